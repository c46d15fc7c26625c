// A programme as an officer evaluates it: its officer and people around it, a rubric,
// questions, a required document, and applications in any state.
import { randomUUID } from 'node:crypto'
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { expect } from 'vitest'
import type { ApplicationStatus, ProgrammeStatus } from '~/generated/prisma/enums'
import { getOptionalUser, type SessionUser } from '~/modules/auth/guards.server'
import { prisma } from '~/utils/db.server'
import { outcomeOf, type Outcome } from './auth-matrix'
import { addMember, createOrganization, createUser, sessionCookieFor } from './factories'

export const evaluationActors = ['anonymous', 'member', 'applicant', 'otherOfficer', 'reviewer', 'officer', 'admin'] as const
// People on both sides of an application (see createEvaluationWorld): a matrix includes
// them where it names them, i.e. wherever a request concerns one application.
export const dualRoleActors = ['officerApplicant', 'adminApplicant', 'reviewerApplicant', 'conflictedOfficer'] as const
export type DualRoleActor = (typeof dualRoleActors)[number]
export type EvaluationActor = (typeof evaluationActors)[number] | DualRoleActor

export async function sessionUser(userId: string): Promise<SessionUser> {
	const { cookie } = await sessionCookieFor(userId)
	return (await getOptionalUser(new Request('http://localhost/', { headers: { Cookie: cookie } })))!
}

export const ctx = { request: new Request('http://localhost/') }

export async function createProgramme(organizationId: string, options: { status?: ProgrammeStatus; closesAt?: Date; criteria?: boolean; maxPerApplicationVnd?: bigint | null; publishScores?: boolean; requiredReviews?: number } = {}) {
	return prisma.programme.create({
		data: {
			slug: `ct-danh-gia-${randomUUID().slice(0, 8)}`,
			organizationId,
			title: 'Hỗ trợ đổi mới công nghệ doanh nghiệp 2027',
			supportType: 'GRANT',
			opensAt: new Date(Date.now() - 10 * 86_400_000),
			closesAt: options.closesAt ?? new Date(Date.now() - 86_400_000),
			status: options.status ?? 'CLOSED',
			maxPerApplicationVnd: options.maxPerApplicationVnd === undefined ? 300_000_000n : options.maxPerApplicationVnd,
			reviewersPerApplication: 2,
			// Tests about the reviews a decision needs set it; the others decide without reviews.
			requiredReviews: options.requiredReviews ?? 0,
			publishScores: options.publishScores ?? false,
			minTrl: 4,
			questions: { create: [{ type: 'LONG_TEXT', label: 'Mô tả giải pháp công nghệ', required: true, sortOrder: 1 }, { type: 'FILE', label: 'Bản vẽ thiết kế', required: false, sortOrder: 2 }] },
			documents: { create: [{ title: 'Giấy chứng nhận đăng ký doanh nghiệp', required: true }] },
			...(options.criteria === false
				? {}
				: { criteria: { create: [{ title: 'Tính mới của công nghệ', weight: 60, maxScore: 10, sortOrder: 1 }, { title: 'Khả năng thương mại hóa', weight: 40, maxScore: 10, sortOrder: 2 }] } }),
		},
		select: { id: true, slug: true, organizationId: true, criteria: { orderBy: { sortOrder: 'asc' }, select: { id: true } }, questions: { orderBy: { sortOrder: 'asc' }, select: { id: true } } },
	})
}

export type EvaluationWorld = Awaited<ReturnType<typeof createEvaluationWorld>>

// officer: programme officer and owner of the programme's organisation; otherOfficer: a
// programme officer of another organisation; reviewer: a reviewer in no organisation;
// member: a plain member in no organisation; applicant: owner of the applying
// organisation (also in `users`); admin.
// On both sides: officerApplicant, a programme officer of the agency who is also a member
// of the applying organisation; adminApplicant and reviewerApplicant, an administrator
// and a reviewer who are members of it; conflictedOfficer, a programme officer of the
// agency who declares a conflict with an application (declareConflict).
export async function createEvaluationWorld() {
	const [officer, otherOfficer, reviewer, member, admin, applicant, secondApplicant, officerApplicant, adminApplicant, reviewerApplicant, conflictedOfficer] = await Promise.all([
		createUser({ roles: ['programme_officer'], name: 'Trần Thị Cán Bộ' }),
		createUser({ roles: ['programme_officer'] }),
		createUser({ roles: ['reviewer'], name: 'Lê Văn Chuyên Gia' }),
		createUser(),
		createUser({ roles: ['admin'] }),
		createUser({ name: 'Phạm Minh Nộp' }),
		createUser(),
		createUser({ roles: ['programme_officer'], name: 'Đỗ Văn Hai Vai' }),
		createUser({ roles: ['admin'] }),
		createUser({ roles: ['reviewer'] }),
		createUser({ roles: ['programme_officer'], name: 'Vũ Thị Khai Báo' }),
	])
	const agency = await createOrganization(officer.id, { name: 'Sở Khoa học và Công nghệ Ninh Bình' })
	await createOrganization(otherOfficer.id, { name: 'Sở Khoa học và Công nghệ Nam Định' })
	const startup = await createOrganization(applicant.id, { name: 'Công ty TNHH Cơ khí Hoa Lư' })
	await Promise.all([
		addMember(agency.id, officerApplicant.id, 'EDITOR'),
		addMember(agency.id, conflictedOfficer.id, 'EDITOR'),
		addMember(startup.id, officerApplicant.id, 'EDITOR'),
		addMember(startup.id, adminApplicant.id, 'EDITOR'),
		addMember(startup.id, reviewerApplicant.id, 'EDITOR'),
	])
	const secondStartup = await createOrganization(secondApplicant.id, { name: 'Công ty CP Gạo sạch Kim Sơn' })
	const programme = await createProgramme(agency.id)
	const users = { officer, otherOfficer, reviewer, member, admin, applicant, officerApplicant, adminApplicant, reviewerApplicant, conflictedOfficer }
	const cookies: Record<EvaluationActor, string | null> = { anonymous: null } as Record<EvaluationActor, string | null>
	for (const [name, user] of Object.entries(users)) cookies[name as EvaluationActor] = (await sessionCookieFor(user.id)).cookie
	return { users, cookies, agency, startup, secondStartup, applicant, secondApplicant, programme }
}

let sequence = 0
export async function createApplication(
	programmeId: string,
	organizationId: string,
	options: { status?: ApplicationStatus; projectTitle?: string; requestedAmountVnd?: bigint | null; declaredTrl?: number | null; submittedAt?: Date | null; applicantId?: string } = {},
) {
	sequence += 1
	const status = options.status ?? 'SUBMITTED'
	return prisma.application.create({
		data: {
			referenceNumber: `HS-2027-${randomUUID().slice(0, 4)}${String(sequence).padStart(4, '0')}`,
			programmeId,
			organizationId,
			applicantId: options.applicantId ?? null,
			status,
			projectTitle: options.projectTitle ?? 'Dây chuyền sấy lạnh nông sản',
			requestedAmountVnd: options.requestedAmountVnd === undefined ? 200_000_000n : options.requestedAmountVnd,
			declaredTrl: options.declaredTrl === undefined ? 5 : options.declaredTrl,
			submittedAt: options.submittedAt === undefined ? (status === 'DRAFT' ? null : new Date()) : options.submittedAt,
		},
		select: { id: true, referenceNumber: true, organizationId: true },
	})
}

// An officer's declared conflict with an application, kept on record as a reviewer's is.
export async function declareConflict(applicationId: string, userId: string) {
	await prisma.reviewAssignment.upsert({
		where: { applicationId_reviewerId: { applicationId, reviewerId: userId } },
		create: { applicationId, reviewerId: userId, assignedById: userId, status: 'CONFLICT_DECLARED', conflictCheckedAt: new Date(), conflictNote: 'Người thân làm việc tại doanh nghiệp' },
		update: {},
	})
}

// A submitted review with the given score on every criterion.
export async function submittedReview(applicationId: string, reviewerId: string, criterionIds: string[], score: number) {
	return prisma.reviewAssignment.create({
		data: {
			applicationId,
			reviewerId,
			status: 'SUBMITTED',
			conflictCheckedAt: new Date(),
			submittedAt: new Date(),
			overallComment: `Nhận xét chung ${score}`,
			scores: { create: criterionIds.map((criterionId) => ({ criterionId, score, comment: `Điểm ${score}` })) },
		},
		select: { id: true },
	})
}

// 'login' = sent to sign in; 'verify' = sent to verify the e-mail; 'ok' = handled; else the status.
export type EvaluationOutcome = Outcome

type Handler = (args: ActionFunctionArgs | LoaderFunctionArgs) => Promise<unknown>

// The same request by every actor of the evaluation world, each with its expected outcome.
export async function expectEvaluationMatrix(options: {
	world: EvaluationWorld
	handler: Handler
	url: string
	params: Record<string, string>
	method?: 'GET' | 'POST'
	form?: () => Record<string, string> | URLSearchParams
	expected: Record<(typeof evaluationActors)[number], EvaluationOutcome> & Partial<Record<DualRoleActor, EvaluationOutcome>>
	before?: (actor: EvaluationActor) => Promise<void>
}) {
	const seen = {} as Record<EvaluationActor, EvaluationOutcome | number>
	for (const actor of [...evaluationActors, ...dualRoleActors.filter((a) => a in options.expected)]) {
		await options.before?.(actor)
		const headers = new Headers()
		const cookie = options.world.cookies[actor]
		if (cookie) headers.set('Cookie', cookie)
		const method = options.method ?? 'POST'
		const form = options.form?.() ?? {}
		const body = method === 'POST' ? (form instanceof URLSearchParams ? form : new URLSearchParams(form)) : undefined
		seen[actor] = await outcomeOf(options.handler, new Request(`http://localhost${options.url}`, { method, headers, body }), options.params)
	}
	expect(seen).toEqual(options.expected)
}
