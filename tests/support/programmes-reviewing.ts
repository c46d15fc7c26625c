// A programme in review, as its reviewers see it: a rubric, questions of several kinds
// with answers (one of them a file), a required document, and applications assigned to
// two reviewers; plus the people around it, for the authorization matrix.
import { randomUUID } from 'node:crypto'
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { expect } from 'vitest'
import { prisma } from '~/utils/db.server'
import { outcomeOf, type Outcome } from './auth-matrix'
import { createOrganization, createUser, sessionCookieFor } from './factories'

export const reviewingActors = ['anonymous', 'member', 'applicant', 'otherReviewer', 'reviewer', 'officer', 'admin'] as const
export type ReviewingActor = (typeof reviewingActors)[number]

// Text that only the application's content carries: a page that must not show the
// application must not contain it.
export const secretAnswer = 'GIẢI-PHÁP-BÍ-MẬT-7731'

// reviewer and secondReviewer: assigned to every application made by createReviewedApplication;
// otherReviewer: a reviewer assigned to nothing; member: a plain member of nothing; applicant:
// owner of the applying organisation; officer: programme officer of the programme's
// organisation (not a reviewer); admin.
export async function createReviewingWorld() {
	const [reviewer, secondReviewer, otherReviewer, member, applicant, officer, admin] = await Promise.all([
		createUser({ roles: ['reviewer'], name: 'Nguyễn Văn Thẩm Định' }),
		createUser({ roles: ['reviewer'], name: 'Đỗ Thị Chuyên Gia' }),
		createUser({ roles: ['reviewer'] }),
		createUser(),
		createUser({ name: 'Phạm Minh Nộp' }),
		createUser({ roles: ['programme_officer'] }),
		createUser({ roles: ['admin'] }),
	])
	const agency = await createOrganization(officer.id, { name: 'Sở Khoa học và Công nghệ Ninh Bình' })
	const startup = await createOrganization(applicant.id, { name: 'Công ty TNHH Cơ khí Hoa Lư' })
	const programme = await prisma.programme.create({
		data: {
			slug: `ct-tham-dinh-${randomUUID().slice(0, 8)}`,
			// Tests about the reviews a decision needs set it; the others decide without reviews.
			requiredReviews: 0,
			organizationId: agency.id,
			title: 'Hỗ trợ đổi mới công nghệ doanh nghiệp 2027',
			supportType: 'GRANT',
			opensAt: new Date(Date.now() - 20 * 86_400_000),
			closesAt: new Date(Date.now() - 86_400_000),
			status: 'CLOSED',
			questions: {
				create: [
					{ type: 'LONG_TEXT', label: 'Mô tả giải pháp công nghệ', sortOrder: 1 },
					{ type: 'YES_NO', label: 'Đã có doanh thu từ sản phẩm', sortOrder: 2 },
					{ type: 'NUMBER', label: 'Số lao động', sortOrder: 3 },
					{ type: 'FILE', label: 'Bản vẽ thiết kế', required: false, sortOrder: 4 },
				],
			},
			documents: { create: [{ title: 'Giấy chứng nhận đăng ký doanh nghiệp', required: true, sortOrder: 1 }, { title: 'Báo cáo tài chính', required: false, sortOrder: 2 }] },
			criteria: {
				create: [
					{ title: 'Tính mới của công nghệ', description: 'So với công nghệ đang dùng trong tỉnh', weight: 40, maxScore: 10, sortOrder: 1 },
					{ title: 'Tính khả thi', weight: 60, maxScore: 5, sortOrder: 2 },
				],
			},
		},
		select: {
			id: true,
			criteria: { orderBy: { sortOrder: 'asc' }, select: { id: true } },
			questions: { orderBy: { sortOrder: 'asc' }, select: { id: true } },
			documents: { orderBy: { sortOrder: 'asc' }, select: { id: true } },
		},
	})
	const users = { reviewer, secondReviewer, otherReviewer, member, applicant, officer, admin }
	const cookies = {} as Record<keyof typeof users, string>
	for (const [name, user] of Object.entries(users)) cookies[name as keyof typeof users] = (await sessionCookieFor(user.id)).cookie
	return { users, cookies, agency, startup, programme }
}

export type ReviewingWorld = Awaited<ReturnType<typeof createReviewingWorld>>

async function attachment(fileName: string, organizationId: string) {
	return prisma.attachment.create({
		data: { kind: 'DOCUMENT', fileName, contentType: 'application/pdf', sizeBytes: 1024, sha256: randomUUID().replaceAll('-', ''), storageKey: `test/${randomUUID()}`, organizationId },
		select: { id: true, fileName: true },
	})
}

let sequence = 0

// An application in review with its answers and documents, assigned to both reviewers.
export async function createReviewedApplication(world: ReviewingWorld, options: { projectTitle?: string } = {}) {
	sequence += 1
	const drawing = await attachment('ban-ve-thiet-ke.pdf', world.startup.id)
	const registration = await attachment('giay-dang-ky.pdf', world.startup.id)
	const [description, revenue, staff, file] = world.programme.questions
	const application = await prisma.application.create({
		data: {
			referenceNumber: `HS-2027-${randomUUID().slice(0, 2)}${String(sequence).padStart(4, '0')}`,
			programmeId: world.programme.id,
			organizationId: world.startup.id,
			applicantId: world.users.applicant.id,
			status: 'IN_REVIEW',
			projectTitle: options.projectTitle ?? 'Máy sấy nông sản dùng năng lượng mặt trời',
			requestedAmountVnd: 250_000_000n,
			declaredTrl: 6,
			submittedAt: new Date(Date.now() - 2 * 86_400_000),
			answers: {
				create: [
					{ questionId: description!.id, value: `Sấy bằng năng lượng mặt trời — ${secretAnswer}` },
					{ questionId: revenue!.id, value: true },
					{ questionId: staff!.id, value: 42 },
					{ questionId: file!.id, attachmentId: drawing.id },
				],
			},
			documents: { create: [{ requirementId: world.programme.documents[0]!.id, attachmentId: registration.id }] },
		},
		select: { id: true, referenceNumber: true, projectTitle: true },
	})
	const [first, second] = await Promise.all(
		[world.users.reviewer, world.users.secondReviewer].map((reviewer) =>
			prisma.reviewAssignment.create({ data: { applicationId: application.id, reviewerId: reviewer.id, assignedById: world.users.officer.id }, select: { id: true } }),
		),
	)
	return { ...application, assignmentId: first!.id, secondAssignmentId: second!.id, drawing, registration }
}

// The form fields of the scoring form, as the page names them.
export function scoreFields(world: ReviewingWorld, intent: 'save' | 'submit', values: { score: string; comment?: string }[], overallComment = '') {
	const fields: Record<string, string> = { intent, overallComment }
	world.programme.criteria.forEach((criterion, index) => {
		const value = values[index]
		if (!value) return
		fields[`scores[${index}].criterionId`] = criterion.id
		fields[`scores[${index}].score`] = value.score
		fields[`scores[${index}].comment`] = value.comment ?? ''
	})
	return fields
}

// 'login' = sent to sign in; 'verify' = sent to verify the e-mail; 'ok' = handled (2xx,
// or a redirect elsewhere); else the status.
export type { Outcome }

type Handler = (args: ActionFunctionArgs | LoaderFunctionArgs) => Promise<unknown>

// The same request by every actor, each with the outcome it must get.
export async function expectReviewingMatrix(options: {
	world: ReviewingWorld
	handler: Handler
	url: string
	params?: Record<string, string>
	method?: 'GET' | 'POST'
	form?: Record<string, string>
	expected: Record<ReviewingActor, Outcome>
}) {
	const seen = {} as Record<ReviewingActor, Outcome | number>
	for (const actor of reviewingActors) {
		const headers = new Headers()
		if (actor !== 'anonymous') headers.set('Cookie', options.world.cookies[actor])
		const method = options.method ?? 'POST'
		const body = method === 'POST' ? new URLSearchParams(options.form ?? {}) : undefined
		seen[actor] = await outcomeOf(options.handler, new Request(`http://localhost${options.url}`, { method, headers, body }), options.params ?? {}, '127.0.0.10')
	}
	expect(seen).toEqual(options.expected)
}
