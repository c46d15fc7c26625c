// A programme with every kind of question, required documents and a rubric, the
// people around it (officers, applicants, a reviewer, strangers) and applications.
import { randomUUID } from 'node:crypto'
import { getOptionalUser, type SessionUser } from '~/modules/auth/guards.server'
import { prisma } from '~/utils/db.server'
import { createOrganization, createUser, sessionCookieFor } from './factories'

export const pdfBytes = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
export const pdf = (name: string) => new File([pdfBytes], name, { type: 'application/pdf' })

export type Person = { id: string; name: string; cookie: string; user: SessionUser }

async function person(options: Parameters<typeof createUser>[0] = {}): Promise<Person> {
	const row = await createUser(options)
	const { cookie } = await sessionCookieFor(row.id)
	const user = (await getOptionalUser(new Request('http://localhost/', { headers: { Cookie: cookie } })))!
	return { id: row.id, name: row.name, cookie, user }
}

export type ApplyingWorld = Awaited<ReturnType<typeof createApplyingWorld>>

// officer: programme officer of the programme's organisation; outsiderOfficer: of another
// one; applicant: owner of the applying organisation; colleague: its editor; stranger:
// owner of an unrelated organisation; reviewer: a reviewer with no assignment yet.
export async function createApplyingWorld() {
	const [officer, outsiderOfficer, applicant, colleague, stranger, reviewer, admin] = await Promise.all([
		person({ roles: ['programme_officer'], name: 'Cán Bộ Sở' }),
		person({ roles: ['programme_officer'] }),
		person({ name: 'Trần Thị Nộp' }),
		person({ name: 'Lê Văn Đồng Nghiệp' }),
		person(),
		person({ roles: ['reviewer'], name: 'Chuyên Gia Bí Mật' }),
		person({ roles: ['admin'] }),
	])
	const dost = await createOrganization(officer.id, { name: 'Sở Khoa học và Công nghệ Ninh Bình' })
	await createOrganization(outsiderOfficer.id)
	const startup = await createOrganization(applicant.id, { name: 'Công ty Khởi nghiệp Tràng An' })
	await prisma.membership.create({ data: { organizationId: startup.id, userId: colleague.id, role: 'EDITOR' } })
	await createOrganization(stranger.id)
	return { officer, outsiderOfficer, applicant, colleague, stranger, reviewer, admin, dost, startup }
}

export async function createApplyingProgramme(world: ApplyingWorld, options: { minTrl?: number; closesAt?: Date; publishScores?: boolean } = {}) {
	return prisma.programme.create({
		data: {
			slug: `ct-${randomUUID().slice(0, 8)}`,
			organizationId: world.dost.id,
			title: 'Hỗ trợ đổi mới sáng tạo 2027',
			// Tests about the reviews a decision needs set it; the others decide without reviews.
			requiredReviews: 0,
			supportType: 'GRANT',
			opensAt: new Date(Date.now() - 86_400_000),
			closesAt: options.closesAt ?? new Date(Date.now() + 30 * 86_400_000),
			status: 'OPEN',
			minTrl: options.minTrl ?? null,
			maxPerApplicationVnd: 2_000_000_000n,
			publishScores: options.publishScores ?? false,
			questions: {
				create: [
					{ type: 'SHORT_TEXT', label: 'Tên sản phẩm', maxLength: 40, sortOrder: 1 },
					{ type: 'LONG_TEXT', label: 'Mô tả dự án', help: 'Nêu rõ vấn đề và giải pháp.', maxLength: 2000, sortOrder: 2 },
					{ type: 'NUMBER', label: 'Số lao động', required: false, sortOrder: 3 },
					{ type: 'CHOICE', label: 'Giai đoạn', options: ['Ý tưởng', 'Sản phẩm mẫu', 'Thương mại hoá'], sortOrder: 4 },
					{ type: 'YES_NO', label: 'Đã có doanh thu', required: false, sortOrder: 5 },
					{ type: 'FILE', label: 'Bản thuyết minh', sortOrder: 6 },
				],
			},
			documents: {
				create: [
					{ title: 'Giấy chứng nhận đăng ký doanh nghiệp', sortOrder: 1 },
					{ title: 'Báo cáo tài chính', required: false, sortOrder: 2 },
				],
			},
			criteria: { create: [{ title: 'Tính mới', weight: 60, maxScore: 10, sortOrder: 1 }, { title: 'Khả thi', weight: 40, maxScore: 10, sortOrder: 2 }] },
		},
		include: { questions: { orderBy: { sortOrder: 'asc' } }, documents: { orderBy: { sortOrder: 'asc' } }, criteria: { orderBy: { sortOrder: 'asc' } } },
	})
}

export type ApplyingProgramme = Awaited<ReturnType<typeof createApplyingProgramme>>

export function questionIds(programme: ApplyingProgramme) {
	const [name, description, staff, stage, revenue, plan] = programme.questions.map((q) => q.id) as [string, string, string, string, string, string]
	const [registration, finance] = programme.documents.map((d) => d.id) as [string, string]
	return { name, description, staff, stage, revenue, plan, registration, finance }
}

// A draft of the applying organisation (the same row startApplication makes).
export async function createDraft(world: ApplyingWorld, programme: ApplyingProgramme, options: { status?: 'DRAFT' | 'RETURNED' | 'SUBMITTED' | 'IN_REVIEW' | 'APPROVED' } = {}) {
	const application = await prisma.application.create({
		data: {
			referenceNumber: `HS-2027-${randomUUID().slice(0, 6)}`,
			programmeId: programme.id,
			organizationId: world.startup.id,
			applicantId: world.applicant.id,
			status: options.status ?? 'DRAFT',
			events: { create: { toStatus: 'DRAFT', actorId: world.applicant.id } },
		},
		select: { id: true, referenceNumber: true },
	})
	return application
}

// Everything required answered and attached, directly in the database.
export async function completeDraft(applicationId: string, programme: ApplyingProgramme, uploadedById: string, organizationId: string) {
	const ids = questionIds(programme)
	const attachment = (name: string) =>
		prisma.attachment.create({
			data: { kind: 'DOCUMENT', fileName: name, contentType: 'application/pdf', sizeBytes: pdfBytes.byteLength, sha256: 'x', storageKey: `test/${randomUUID()}.pdf`, uploadedById, organizationId },
			select: { id: true },
		})
	await prisma.application.update({ where: { id: applicationId }, data: { projectTitle: 'Truy xuất nguồn gốc gạo Kim Sơn' } })
	await prisma.applicationAnswer.createMany({
		data: [
			{ applicationId, questionId: ids.name, value: 'Gạo ST25' },
			{ applicationId, questionId: ids.description, value: 'Mã QR cho từng bao gạo.' },
			{ applicationId, questionId: ids.stage, value: 'Sản phẩm mẫu' },
			{ applicationId, questionId: ids.plan, attachmentId: (await attachment('thuyet-minh.pdf')).id },
		],
	})
	await prisma.applicationDocument.create({ data: { applicationId, requirementId: ids.registration, attachmentId: (await attachment('dkkd.pdf')).id } })
}
