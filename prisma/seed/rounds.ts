// Demo programme rounds: the past voucher round decided and its results published
// (public statistics), and applications already moving through the open round, so
// that the officer's table and the reviewers' lists are not empty on a fresh install.
// The demo member's own organisation is left free to apply.
import type { ApplicationStatus, DecisionOutcome } from '../../app/generated/prisma/enums.ts'
import type { PrismaClient } from '../../app/generated/prisma/client.ts'
import { storeUpload } from '../../app/modules/files/files.server.ts'
import { slugify } from '../../app/utils/slug.ts'

type Ids = {
	now: Date
	officerId: string
	reviewerIds: string[]
	programmeId: (slug: string) => string
	orgId: (key: string) => string
	ownerOf: (key: string) => string
}

const day = 86_400_000

type PastApplication = { orgKey: string; project: string; submittedDaysAgo: number; decidedAfterDays: number | null; outcome: DecisionOutcome | 'WITHDRAWN'; awarded?: number; reasons: string; scores: [number, number] }

const pastRound: PastApplication[] = [
	{ orgKey: 'su-rong-bien-hai-thinh', project: 'Kiểm nghiệm và công bố chất lượng nước mắm rong biển', submittedDaysAgo: 75, decidedAfterDays: 21, outcome: 'APPROVED', awarded: 70_000_000, reasons: 'Nội dung dịch vụ phù hợp, báo giá hợp lý.', scores: [8, 9] },
	{ orgKey: 'go-my-nghe-y-yen', project: 'Định giá công nghệ máy chạm khắc gỗ CNC 5 trục', submittedDaysAgo: 70, decidedAfterDays: 25, outcome: 'APPROVED', awarded: 85_000_000, reasons: 'Đạt điểm cao về tính khả thi và hiệu quả.', scores: [9, 8] },
	{ orgKey: 'cong-nghe-so-hoa-lu', project: 'Soạn thảo và nộp đơn sáng chế phần mềm quản lý kho lạnh', submittedDaysAgo: 66, decidedAfterDays: 28, outcome: 'APPROVED', awarded: 60_000_000, reasons: 'Đáp ứng tiêu chí, có tiềm năng thương mại.', scores: [7, 8] },
	{ orgKey: 'nong-san-hai-hau', project: 'Thử nghiệm chỉ tiêu an toàn gạo hữu cơ', submittedDaysAgo: 62, decidedAfterDays: 40, outcome: 'APPROVED', awarded: 45_000_000, reasons: 'Đạt yêu cầu; hỗ trợ 70 % giá trị hợp đồng.', scores: [7, 6] },
	{ orgKey: 'coi-kim-son', project: 'Tư vấn sản xuất sạch hơn cho xưởng dệt chiếu cói', submittedDaysAgo: 58, decidedAfterDays: 35, outcome: 'WAITLISTED', reasons: 'Đạt điểm nhưng đã hết kinh phí đợt 2; đưa vào danh sách chờ.', scores: [6, 7] },
	{ orgKey: 'moi-truong-chau-son', project: 'Kiểm toán năng lượng hệ thống xử lý nước thải', submittedDaysAgo: 55, decidedAfterDays: 30, outcome: 'REJECTED', reasons: 'Báo giá dịch vụ vượt mức trần và chưa có dự thảo hợp đồng.', scores: [4, 5] },
	{ orgKey: 'dien-tu-dong-van', project: 'Thử nghiệm tương thích điện từ bộ điều khiển', submittedDaysAgo: 52, decidedAfterDays: 20, outcome: 'REJECTED', reasons: 'Doanh nghiệp quy mô lớn, không thuộc đối tượng của đợt này.', scores: [0, 0] },
	{ orgKey: 'tu-dong-hoa-phu-ly', project: 'Tư vấn chuyển đổi số quy trình bảo trì', submittedDaysAgo: 50, decidedAfterDays: null, outcome: 'WITHDRAWN', reasons: '', scores: [0, 0] },
]

// The same instant's day in Viet Nam, at a given Viet Nam hour (office hours read better than the seed's clock).
export function atVietnamHour(date: Date, hour: number) {
	const vietnam = new Date(date.getTime() + 7 * 3_600_000)
	return new Date(Date.UTC(vietnam.getUTCFullYear(), vietnam.getUTCMonth(), vietnam.getUTCDate(), hour - 7))
}

// A plausible answer to each kind of question.
function answerFor(question: { type: string; label: string; options: string[] }, project: string, amount: number) {
	switch (question.type) {
		case 'SHORT_TEXT':
			return /tổ chức/i.test(question.label) ? 'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Ninh Bình' : project
		case 'LONG_TEXT':
			return `${project}: giảm 20 % chi phí sản xuất, nâng chất lượng sản phẩm theo tiêu chuẩn xuất khẩu.`
		case 'NUMBER':
			return /TRL/i.test(question.label) ? 5 : Math.round(amount / 0.7)
		case 'CHOICE':
			return question.options[0] ?? null
		case 'YES_NO':
			return false
		default:
			return null
	}
}

// A one-page PDF standing in for each required document of a submitted demo application.
function demoPdf(title: string) {
	const text = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/[()\\]/g, '')
	const stream = `BT /F1 14 Tf 72 720 Td (${text}) Tj ET`
	return `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length ${stream.length} >> stream
${stream}
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
trailer << /Root 1 0 R >>
%%EOF
`
}

async function attachRequiredDocuments(prisma: PrismaClient, application: { id: string; programmeId: string; organizationId: string; applicantId: string }) {
	const documents = await prisma.requiredDocument.findMany({ where: { programmeId: application.programmeId, required: true }, select: { id: true, title: true } })
	for (const document of documents) {
		const file = new File([demoPdf(document.title)], `${slugify(document.title, 60)}.pdf`, { type: 'application/pdf' })
		const stored = await storeUpload({ file, kind: 'DOCUMENT', uploadedById: application.applicantId, organizationId: application.organizationId })
		await prisma.applicationDocument.create({ data: { applicationId: application.id, requirementId: document.id, attachmentId: stored.id } })
	}
}

async function nextReference(prisma: PrismaClient, year: number) {
	const count = await prisma.application.count({ where: { referenceNumber: { startsWith: `HS-${year}-` } } })
	return `HS-${year}-${String(count + 1).padStart(6, '0')}`
}

const yearOf = (date: Date) => Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(date))

export async function seedProgrammeRounds(prisma: PrismaClient, ids: Ids) {
	const { now } = ids
	const voucher = await prisma.programme.findUniqueOrThrow({
		where: { id: ids.programmeId('phieu-ho-tro-doi-moi-sang-tao-dot-2-2026') },
		select: { id: true, closesAt: true, criteria: { select: { id: true, maxScore: true } }, questions: { orderBy: { sortOrder: 'asc' }, select: { id: true, type: true, label: true, options: true } } },
	})
	for (const item of pastRound) {
		const submittedAt = atVietnamHour(new Date(now.getTime() - item.submittedDaysAgo * day), 10)
		const decidedAt = item.decidedAfterDays === null ? null : atVietnamHour(new Date(submittedAt.getTime() + item.decidedAfterDays * day), 15)
		const status: ApplicationStatus = item.outcome
		const screened = item.outcome !== 'WITHDRAWN' && item.scores[0] > 0
		const application = await prisma.application.create({
			data: {
				referenceNumber: await nextReference(prisma, yearOf(voucher.closesAt)),
				programmeId: voucher.id,
				organizationId: ids.orgId(item.orgKey),
				applicantId: ids.ownerOf(item.orgKey),
				status,
				projectTitle: item.project,
				requestedAmountVnd: BigInt(item.awarded ?? 80_000_000),
				createdAt: new Date(submittedAt.getTime() - 3 * day),
				lastSavedAt: submittedAt,
				submittedAt,
				decidedAt,
				withdrawnAt: item.outcome === 'WITHDRAWN' ? new Date(submittedAt.getTime() + 4 * day) : null,
				answers: { create: voucher.questions.filter((q) => q.type !== 'FILE').map((q) => ({ questionId: q.id, value: answerFor(q, item.project, item.awarded ?? 80_000_000) as never })) },
			},
			select: { id: true },
		})
		await attachRequiredDocuments(prisma, { id: application.id, programmeId: voucher.id, organizationId: ids.orgId(item.orgKey), applicantId: ids.ownerOf(item.orgKey) })
		const events: { fromStatus: ApplicationStatus | null; toStatus: ApplicationStatus; at: Date; reason?: string; actorId: string }[] = [
			{ fromStatus: null, toStatus: 'DRAFT', at: new Date(submittedAt.getTime() - 3 * day), actorId: ids.ownerOf(item.orgKey) },
			{ fromStatus: 'DRAFT', toStatus: 'SUBMITTED', at: submittedAt, actorId: ids.ownerOf(item.orgKey) },
		]
		if (item.outcome === 'WITHDRAWN') {
			events.push({ fromStatus: 'SUBMITTED', toStatus: 'WITHDRAWN', at: new Date(submittedAt.getTime() + 4 * day), actorId: ids.ownerOf(item.orgKey) })
		} else if (!screened) {
			events.push({ fromStatus: 'SUBMITTED', toStatus: 'REJECTED', at: decidedAt!, reason: item.reasons, actorId: ids.officerId })
		} else {
			events.push({ fromStatus: 'SUBMITTED', toStatus: 'IN_REVIEW', at: new Date(submittedAt.getTime() + 5 * day), actorId: ids.officerId })
			events.push({ fromStatus: 'IN_REVIEW', toStatus: status, at: decidedAt!, reason: item.reasons, actorId: ids.officerId })
			for (const [index, reviewerId] of ids.reviewerIds.slice(0, 2).entries()) {
				const score = item.scores[index]!
				await prisma.reviewAssignment.create({
					data: {
						applicationId: application.id,
						reviewerId,
						assignedById: ids.officerId,
						status: 'SUBMITTED',
						conflictCheckedAt: new Date(submittedAt.getTime() + 6 * day),
						submittedAt: new Date(submittedAt.getTime() + 12 * day),
						overallComment: score >= 7 ? 'Hồ sơ tốt, đề nghị hỗ trợ.' : 'Hồ sơ cần bổ sung, chưa thuyết phục.',
						scores: { create: voucher.criteria.map((c) => ({ criterionId: c.id, score: Math.min(c.maxScore, Math.round((score / 10) * c.maxScore)), comment: '' })) },
					},
				})
			}
		}
		await prisma.applicationEvent.createMany({ data: events.map((e) => ({ applicationId: application.id, fromStatus: e.fromStatus, toStatus: e.toStatus, actorId: e.actorId, reason: e.reason ?? null, createdAt: e.at })) })
		if (item.outcome !== 'WITHDRAWN') {
			await prisma.applicationDecision.create({
				data: { applicationId: application.id, outcome: item.outcome, reasons: item.reasons, awardedAmountVnd: item.awarded ? BigInt(item.awarded) : null, decidedById: ids.officerId, createdAt: decidedAt! },
			})
		}
	}
	await prisma.programme.update({ where: { id: voucher.id }, data: { status: 'RESULTS_PUBLISHED', resultsPublishedAt: new Date(now.getTime() - 5 * day) } })

	// The open co-funding round: one application waiting for screening, one in review
	// with the two demo reviewers (who still have to declare conflicts and score).
	const open = await prisma.programme.findUniqueOrThrow({
		where: { id: ids.programmeId('ho-tro-doanh-nghiep-doi-moi-cong-nghe-2027') },
		select: { id: true, closesAt: true, questions: { orderBy: { sortOrder: 'asc' }, select: { id: true, type: true, label: true, options: true } } },
	})
	const openApplications = [
		{ orgKey: 'dong-tau-song-ninh', project: 'Tự động hóa hàn vỏ tàu bằng robot', status: 'SUBMITTED' as const, daysAgo: 3 },
		{ orgKey: 'soi-nhuom-thien-truong', project: 'Hệ thống thu hồi nhiệt lò hơi xưởng nhuộm', status: 'IN_REVIEW' as const, daysAgo: 8 },
	]
	for (const item of openApplications) {
		const submittedAt = atVietnamHour(new Date(now.getTime() - item.daysAgo * day), 9)
		const application = await prisma.application.create({
			data: {
				referenceNumber: await nextReference(prisma, yearOf(open.closesAt)),
				programmeId: open.id,
				organizationId: ids.orgId(item.orgKey),
				applicantId: ids.ownerOf(item.orgKey),
				status: item.status,
				projectTitle: item.project,
				requestedAmountVnd: 1_200_000_000n,
				declaredTrl: 5,
				createdAt: new Date(submittedAt.getTime() - 2 * day),
				lastSavedAt: submittedAt,
				submittedAt,
				answers: { create: open.questions.filter((q) => q.type !== 'FILE').map((q) => ({ questionId: q.id, value: answerFor(q, item.project, 1_200_000_000) as never })) },
			},
			select: { id: true },
		})
		await attachRequiredDocuments(prisma, { id: application.id, programmeId: open.id, organizationId: ids.orgId(item.orgKey), applicantId: ids.ownerOf(item.orgKey) })
		const events = [
			{ fromStatus: null, toStatus: 'DRAFT' as const, createdAt: new Date(submittedAt.getTime() - 2 * day), actorId: ids.ownerOf(item.orgKey) },
			{ fromStatus: 'DRAFT' as const, toStatus: 'SUBMITTED' as const, createdAt: submittedAt, actorId: ids.ownerOf(item.orgKey) },
			...(item.status === 'IN_REVIEW' ? [{ fromStatus: 'SUBMITTED' as const, toStatus: 'IN_REVIEW' as const, createdAt: new Date(submittedAt.getTime() + day), actorId: ids.officerId }] : []),
		]
		await prisma.applicationEvent.createMany({ data: events.map((e) => ({ applicationId: application.id, ...e })) })
		if (item.status === 'IN_REVIEW') {
			await prisma.reviewAssignment.createMany({ data: ids.reviewerIds.slice(0, 2).map((reviewerId) => ({ applicationId: application.id, reviewerId, assignedById: ids.officerId })) })
		}
	}
}
