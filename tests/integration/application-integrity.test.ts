// What keeps an application honest when several things happen at once: a submission
// checked against the programme as it is when it commits, a save that cannot change a
// submitted application, the programme's budget, and who is told about each step.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import type { SessionUser } from '~/modules/auth/guards.server'
import { saveDraft } from '~/modules/programmes/applicant.server'
import { missingForSubmission, transitionApplication } from '~/modules/programmes/applications.server'
import { prisma } from '~/utils/db.server'
import { createOrganization, createUser } from '../support/factories'
import { sessionUser } from '../support/programmes-evaluation'

const ctx = { request: new Request('http://localhost/') }
const origin = 'http://localhost'
let officer: SessionUser
let applicant: SessionUser
let agencyId = ''
let startupId = ''

beforeAll(async () => {
	const [officerRow, applicantRow] = await Promise.all([createUser({ roles: ['programme_officer'] }), createUser({ name: 'Hoàng Thị Nộp' })])
	agencyId = (await createOrganization(officerRow.id)).id
	startupId = (await createOrganization(applicantRow.id)).id
	;[officer, applicant] = await Promise.all([sessionUser(officerRow.id), sessionUser(applicantRow.id)])
})

async function programmeWith(options: { totalBudgetVnd?: bigint; maxPerApplicationVnd?: bigint; minTrl?: number } = {}) {
	return prisma.programme.create({
		data: {
			slug: `ct-${randomUUID().slice(0, 8)}`,
			organizationId: agencyId,
			title: 'Hỗ trợ ứng dụng công nghệ 2027',
			// Decisions here are taken without reviews (the reviews a decision needs are tested elsewhere).
			requiredReviews: 0,
			supportType: 'GRANT',
			status: 'OPEN',
			opensAt: new Date(Date.now() - 86_400_000),
			closesAt: new Date(Date.now() + 30 * 86_400_000),
			totalBudgetVnd: options.totalBudgetVnd ?? null,
			maxPerApplicationVnd: options.maxPerApplicationVnd ?? null,
			minTrl: options.minTrl ?? null,
			questions: { create: [{ type: 'SHORT_TEXT', label: 'Sản phẩm', required: true }] },
		},
		include: { questions: true },
	})
}

async function application(programmeId: string, options: { status?: 'DRAFT' | 'IN_REVIEW'; answered?: boolean; projectTitle?: string } = {}) {
	const programme = await prisma.programme.findUniqueOrThrow({ where: { id: programmeId }, include: { questions: true } })
	return prisma.application.create({
		data: {
			referenceNumber: `HS-2027-${randomUUID().slice(0, 8)}`,
			programmeId,
			organizationId: startupId,
			applicantId: applicant.id,
			status: options.status ?? 'DRAFT',
			submittedAt: options.status === 'IN_REVIEW' ? new Date() : null,
			projectTitle: options.projectTitle ?? 'Máy sấy nông sản',
			requestedAmountVnd: 100_000_000n,
			...(options.answered === false ? {} : { answers: { create: programme.questions.map((q) => ({ questionId: q.id, value: 'Máy sấy bơm nhiệt' })) } }),
		},
	})
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('a submission against the programme as it is', () => {
	test('a required question added while the submission waits is required of it', async () => {
		const programme = await programmeWith()
		const draft = await application(programme.id)
		let submitted: ReturnType<typeof transitionApplication> | undefined
		// An officer's edit holds the programme row (as saveProgramme does) while the applicant submits.
		await prisma.$transaction(async (tx) => {
			await tx.$queryRaw`SELECT "id" FROM "Programme" WHERE "id" = ${programme.id} FOR UPDATE`
			submitted = transitionApplication(applicant, { applicationId: draft.id, action: 'submit', origin }, ctx)
			await pause(300)
			await tx.programmeQuestion.create({ data: { programmeId: programme.id, type: 'YES_NO', label: 'Cam kết không trùng lặp', required: true, sortOrder: 2 } })
		})
		const outcome = await submitted!
		expect(outcome).toMatchObject({ ok: false, status: 400, error: 'programmes.errors.incomplete' })
		expect((await prisma.application.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('DRAFT')
	})

	test('the project title, and the declared TRL when the programme sets a minimum, are part of what is missing', async () => {
		const programme = await programmeWith({ minTrl: 4 })
		const draft = await application(programme.id, { projectTitle: '  ' })
		expect(await missingForSubmission(draft.id)).toEqual({ fields: ['projectTitle', 'declaredTrl'], questions: [], documents: [] })
		const outcome = await transitionApplication(applicant, { applicationId: draft.id, action: 'submit', origin }, ctx)
		expect(outcome).toMatchObject({ ok: false, status: 400, error: 'programmes.errors.incomplete', missing: { fields: ['projectTitle', 'declaredTrl'] } })
	})
})

describe('someone on both sides', () => {
	test('an officer who is also a member of the applying organisation submits as an applicant from the applicant’s page', async () => {
		const programme = await programmeWith()
		const draft = await application(programme.id)
		await prisma.membership.create({ data: { organizationId: startupId, userId: officer.id, role: 'EDITOR' } })
		try {
			// Without a side, the officer's side wins: submitting is not an officer's step.
			expect(await transitionApplication(officer, { applicationId: draft.id, action: 'submit', origin }, ctx)).toMatchObject({ ok: false, status: 403 })
			expect(await transitionApplication(officer, { applicationId: draft.id, action: 'submit', origin, side: 'applicant' }, ctx)).toMatchObject({ ok: true, status: 'SUBMITTED' })
			// And the applicant's side cannot decide.
			expect(await transitionApplication(officer, { applicationId: draft.id, action: 'startScreening', origin, side: 'applicant' }, ctx)).toMatchObject({ ok: false, status: 403 })
		} finally {
			await prisma.membership.deleteMany({ where: { organizationId: startupId, userId: officer.id } })
		}
	})
})

describe('saving a draft', () => {
	test('a save that was waiting while the application was submitted changes nothing', async () => {
		const programme = await programmeWith()
		const draft = await application(programme.id)
		let saved: ReturnType<typeof saveDraft> | undefined
		await prisma.$transaction(async (tx) => {
			await tx.$queryRaw`SELECT "id" FROM "Application" WHERE "id" = ${draft.id} FOR UPDATE`
			saved = saveDraft(applicant, draft.id, { projectTitle: 'Tên đã đổi sau khi nộp', requestedAmountVnd: null, answers: {} })
			await pause(300)
			await tx.application.update({ where: { id: draft.id }, data: { status: 'SUBMITTED', submittedAt: new Date() } })
		})
		expect(await saved!).toMatchObject({ ok: false, status: 409 })
		expect((await prisma.application.findUniqueOrThrow({ where: { id: draft.id } })).projectTitle).toBe('Máy sấy nông sản')
	})

	test('a requested amount above the programme’s maximum is refused on its field', async () => {
		const programme = await programmeWith({ maxPerApplicationVnd: 200_000_000n })
		const draft = await application(programme.id)
		const refused = await saveDraft(applicant, draft.id, { projectTitle: 'Máy sấy', requestedAmountVnd: 250_000_000, answers: {} })
		expect(refused).toMatchObject({ ok: false, status: 400, fieldErrors: { requestedAmountVnd: 'programmes.errors.amountAboveMax' } })
		expect(await saveDraft(applicant, draft.id, { projectTitle: 'Máy sấy', requestedAmountVnd: 200_000_000, answers: {} })).toEqual({ ok: true })
	})
})

describe('who is told', () => {
	test('the programme’s officers hear of each submission, in the app and by e-mail; the applicant is not told of their own step', async () => {
		const programme = await programmeWith()
		const draft = await application(programme.id)
		expect(await transitionApplication(applicant, { applicationId: draft.id, action: 'submit', origin }, ctx)).toMatchObject({ ok: true })
		const link = `/programmes/${programme.id}/applications/${draft.id}`
		expect(await prisma.notification.count({ where: { userId: officer.id, type: 'application.received', link } })).toBe(1)
		const officerEmail = (await prisma.user.findUniqueOrThrow({ where: { id: officer.id }, select: { email: true } })).email
		expect(await prisma.emailOutbox.count({ where: { to: officerEmail, subject: { startsWith: `Hồ sơ mới ${draft.referenceNumber}` } } })).toBe(1)
		expect(await prisma.notification.count({ where: { userId: applicant.id, link: `/account/applications/${draft.id}` } })).toBe(0)
	})
})

describe('decisions', () => {
	test('approvals never add up beyond the total budget, even at the same moment', async () => {
		const programme = await programmeWith({ totalBudgetVnd: 300_000_000n })
		const [a, b] = await Promise.all([application(programme.id, { status: 'IN_REVIEW' }), application(programme.id, { status: 'IN_REVIEW' })])
		const approve = (id: string) => transitionApplication(officer, { applicationId: id, action: 'approve', reason: 'Đạt yêu cầu', awardedAmountVnd: 200_000_000, origin }, ctx)
		const results = await Promise.all([approve(a.id), approve(b.id)])
		expect(results.filter((r) => r.ok)).toHaveLength(1)
		expect(results.find((r) => !r.ok)).toEqual({ ok: false, status: 409, error: 'programmes.errors.budgetExceeded' })
		const approved = await prisma.applicationDecision.aggregate({ where: { application: { programmeId: programme.id }, outcome: 'APPROVED' }, _sum: { awardedAmountVnd: true } })
		expect(approved._sum.awardedAmountVnd).toBe(200_000_000n)
	})

	test('a decision keeps the average weighted score it was taken on; without reviews there is none', async () => {
		const programme = await programmeWith()
		const [novelty, feasibility] = await Promise.all([
			prisma.rubricCriterion.create({ data: { programmeId: programme.id, title: 'Tính mới', weight: 60, maxScore: 10 } }),
			prisma.rubricCriterion.create({ data: { programmeId: programme.id, title: 'Khả thi', weight: 40, maxScore: 5 } }),
		])
		const reviewed = await application(programme.id, { status: 'IN_REVIEW' })
		for (const [reviewerScores, index] of [[[8, 5], 1], [[6, 3], 2]] as const) {
			const reviewer = await createUser({ roles: ['reviewer'], email: `chuyen-gia-${index}-${randomUUID()}@example.vn` })
			await prisma.reviewAssignment.create({
				data: {
					applicationId: reviewed.id, reviewerId: reviewer.id, status: 'SUBMITTED', submittedAt: new Date(), conflictCheckedAt: new Date(),
					scores: { create: [{ criterionId: novelty.id, score: reviewerScores[0] }, { criterionId: feasibility.id, score: reviewerScores[1] }] },
				},
			})
		}
		await transitionApplication(officer, { applicationId: reviewed.id, action: 'approve', reason: 'Đạt', awardedAmountVnd: 10_000_000, origin }, ctx)
		// (0.6·8/10 + 0.4·5/5)·100 = 88 and (0.6·6/10 + 0.4·3/5)·100 = 60: on average 74.
		expect((await prisma.applicationDecision.findUniqueOrThrow({ where: { applicationId: reviewed.id } })).weightedScore?.toNumber()).toBe(74)

		const unreviewed = await application(programme.id, { status: 'IN_REVIEW' })
		await transitionApplication(officer, { applicationId: unreviewed.id, action: 'reject', reason: 'Không đạt', origin }, ctx)
		expect((await prisma.applicationDecision.findUniqueOrThrow({ where: { applicationId: unreviewed.id } })).weightedScore).toBeNull()
	})

	test('the applicant is told while a member; after leaving, the organisation’s owners are told instead', async () => {
		const programme = await programmeWith()
		const colleagueRow = await createUser()
		const colleague = await sessionUser(colleagueRow.id)
		await prisma.membership.create({ data: { organizationId: startupId, userId: colleagueRow.id, role: 'EDITOR' } })
		const first = await application(programme.id, { status: 'IN_REVIEW' })
		await prisma.application.update({ where: { id: first.id }, data: { applicantId: colleague.id } })
		await transitionApplication(officer, { applicationId: first.id, action: 'waitlist', reason: 'Chờ kinh phí', origin }, ctx)
		expect(await prisma.notification.count({ where: { userId: colleague.id, type: 'application.status' } })).toBe(1)

		await prisma.membership.deleteMany({ where: { organizationId: startupId, userId: colleague.id } })
		await transitionApplication(officer, { applicationId: first.id, action: 'approve', reason: 'Đã có kinh phí', awardedAmountVnd: 50_000_000, origin }, ctx)
		expect(await prisma.notification.count({ where: { userId: colleague.id, type: 'application.status' } })).toBe(1)
		// The owner of the organisation (the applicant of the other tests) hears about it.
		expect(await prisma.notification.count({ where: { userId: applicant.id, type: 'application.status', link: `/account/applications/${first.id}` } })).toBe(1)
	})
})
