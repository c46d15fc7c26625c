// The integrity of a programme's decisions, through the pages an officer, a reviewer and
// an applicant use: nobody handles an application they have a stake in, review stays
// blind for every role, a decision rests on the reviews the programme requires, unusual
// amounts are confirmed, and a suspended organisation neither applies nor runs programmes.
import { beforeAll, describe, expect, test } from 'vitest'
import { action as accountApplicationAction } from '~/routes/account/application'
import { action as reviewAction } from '~/routes/account/review'
import { action as detailAction, loader as detailLoader } from '~/routes/programmes/application'
import { loader as csvLoader } from '~/routes/programmes/applications-csv'
import { action as tableAction, loader as tableLoader } from '~/routes/programmes/applications'
import { action as programmePageAction, loader as programmePageLoader } from '~/routes/programmes/detail'
import { leaveOrganization } from '~/modules/orgs/orgs.server'
import { autoAssignReviewers } from '~/modules/programmes/assignments.server'
import { saveScores } from '~/modules/programmes/reviews.server'
import { prisma } from '~/utils/db.server'
import { addMember, createOrganization, createUser, sessionCookieFor } from '../support/factories'
import { completeDraft, createApplyingProgramme, createApplyingWorld, createDraft, type ApplyingWorld } from '../support/programmes-applying'
import { createApplication, createEvaluationWorld, createProgramme, ctx, sessionUser, submittedReview, type EvaluationWorld } from '../support/programmes-evaluation'
import { formRequest, getRequest, invoke, payloadOf, statusOf } from '../support/routes'

type Reply = { form: string; error: string | null; result?: { error?: Record<string, string[]>; initialValue?: Record<string, unknown> } }
type Detail = {
	application: {
		conflict: boolean
		reviewsHidden: string | null
		reviews: { summary: { average: number | null }; submitted: { overallComment: string }[] }
		decision: { reviewOverrideReason: string | null } | null
	}
	candidates: unknown[]
}

let world: EvaluationWorld
let programmeId = ''

beforeAll(async () => {
	world = await createEvaluationWorld()
	programmeId = (await createProgramme(world.agency.id, { requiredReviews: 2 })).id
})

const url = (applicationId: string) => `/programmes/${programmeId}/applications/${applicationId}`
const post = (applicationId: string, fields: Record<string, string>, cookie: string | null) => invoke(detailAction, formRequest(url(applicationId), fields, cookie), { programmeId, applicationId })
const detail = async (applicationId: string, cookie: string | null) => payloadOf<Detail>(await invoke(detailLoader, getRequest(url(applicationId), cookie), { programmeId, applicationId }))
const statusNow = async (applicationId: string) => (await prisma.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } })).status

async function reviewers(count: number) {
	return Promise.all(Array.from({ length: count }, () => createUser({ roles: ['reviewer'] })))
}

async function withReviews(applicationId: string, count: number) {
	const criteria = (await prisma.rubricCriterion.findMany({ where: { programmeId }, orderBy: { sortOrder: 'asc' }, select: { id: true } })).map((c) => c.id)
	for (const reviewer of await reviewers(count)) await submittedReview(applicationId, reviewer.id, criteria, 8)
}

describe('conflicts of interest', () => {
	test('an officer who joins the applying organisation cannot screen, assign reviewers to or decide its application; the page says so and offers no control', async () => {
		const officer = await createUser({ roles: ['programme_officer'] })
		await addMember(world.agency.id, officer.id, 'EDITOR')
		const { cookie } = await sessionCookieFor(officer.id)
		const application = await createApplication(programmeId, world.startup.id, { status: 'SUBMITTED', applicantId: world.applicant.id })
		// Joined after being given the programme: checked when acting, not when assigned.
		await addMember(world.startup.id, officer.id, 'EDITOR')

		for (const intent of ['startScreening', 'markEligible']) {
			const refused = await post(application.id, { intent, reason: '' }, cookie)
			expect(statusOf(refused)).toBe(403)
			expect(payloadOf<Reply>(refused).error).toBe('programmeIntegrity.errors.conflictOfInterest')
		}
		expect(await statusNow(application.id)).toBe('SUBMITTED')

		await prisma.application.update({ where: { id: application.id }, data: { status: 'IN_REVIEW' } })
		await withReviews(application.id, 2)
		const [free] = await reviewers(1)
		expect(statusOf(await post(application.id, { intent: 'assign', reviewerId: free!.id }, cookie))).toBe(403)
		expect(statusOf(await post(application.id, { intent: 'autoAssign' }, cookie))).toBe(403)
		const approve = await post(application.id, { intent: 'decide', outcome: 'approve', awardedAmountVnd: '200000000', reason: 'Tự phê duyệt.' }, cookie)
		expect(statusOf(approve)).toBe(403)
		expect(payloadOf<Reply>(approve).error).toBe('programmeIntegrity.errors.conflictOfInterest')
		expect(await statusNow(application.id)).toBe('IN_REVIEW')
		expect(await prisma.reviewAssignment.count({ where: { applicationId: application.id, reviewerId: free!.id } })).toBe(0)

		// The bulk decision of the table refuses it too, as one of the items.
		const bulk = payloadOf<{ items: { ok: boolean; error?: string }[] }>(
			await invoke(tableAction, formRequest(`/programmes/${programmeId}/applications`, { intent: 'bulkDecide', applicationIds: application.id, outcome: 'reject', template: 'Không đạt.' }, cookie), { programmeId }),
		)
		expect(bulk.items).toEqual([expect.objectContaining({ ok: false, error: 'programmeIntegrity.errors.conflictOfInterest' })])
		expect(await statusNow(application.id)).toBe('IN_REVIEW')

		const page = await detail(application.id, cookie)
		expect(page.application.conflict).toBe(true)
		expect(page.application.reviews.submitted).toEqual([])
		expect(page.candidates).toEqual([])
		const table = payloadOf<{ rows: { id: string; conflict: boolean; decidable: boolean }[] }>(await invoke(tableLoader, getRequest(`/programmes/${programmeId}/applications`, cookie), { programmeId }))
		expect(table.rows.find((r) => r.id === application.id)).toMatchObject({ conflict: true, decidable: false })

		// Another officer of the programme handles it.
		expect(statusOf(await post(application.id, { intent: 'decide', outcome: 'approve', awardedAmountVnd: '200000000', reason: 'Đạt yêu cầu.' }, world.cookies.officer))).toBe(302)
		expect(await statusNow(application.id)).toBe('APPROVED')
	})

	test('an administrator who is a member of the applicant cannot decide it either', async () => {
		const admin = await createUser({ roles: ['admin'] })
		await addMember(world.startup.id, admin.id, 'OWNER')
		const { cookie } = await sessionCookieFor(admin.id)
		const application = await createApplication(programmeId, world.startup.id, { status: 'IN_REVIEW' })
		await withReviews(application.id, 2)
		expect(statusOf(await post(application.id, { intent: 'decide', outcome: 'reject', reason: 'Không đạt.' }, cookie))).toBe(403)
		expect(await statusNow(application.id)).toBe('IN_REVIEW')
	})

	test('an officer declares a conflict on the page: recorded and audited, never assigned, and refused every later action', async () => {
		const officer = await createUser({ roles: ['programme_officer', 'reviewer'] })
		await addMember(world.agency.id, officer.id, 'EDITOR')
		const { cookie } = await sessionCookieFor(officer.id)
		const application = await createApplication(programmeId, world.secondStartup.id, { status: 'IN_REVIEW' })
		expect((await detail(application.id, cookie)).application.conflict).toBe(false)

		expect(statusOf(await post(application.id, { intent: 'declareConflict', note: 'Anh trai tôi là giám đốc doanh nghiệp.' }, cookie))).toBe(302)
		expect(await prisma.reviewAssignment.findUniqueOrThrow({ where: { applicationId_reviewerId: { applicationId: application.id, reviewerId: officer.id } }, select: { status: true, conflictNote: true } })).toEqual({
			status: 'CONFLICT_DECLARED',
			conflictNote: 'Anh trai tôi là giám đốc doanh nghiệp.',
		})
		expect(await prisma.auditLog.count({ where: { action: 'review.conflict.declared', actorId: officer.id, entityId: application.id } })).toBe(1)
		expect(statusOf(await post(application.id, { intent: 'declareConflict' }, cookie))).toBe(409)

		await withReviews(application.id, 2)
		const refused = await post(application.id, { intent: 'decide', outcome: 'waitlist', reason: 'Chờ ngân sách.' }, cookie)
		expect(statusOf(refused)).toBe(403)
		expect((await detail(application.id, cookie)).application).toMatchObject({ conflict: true, reviewsHidden: 'conflict' })
		// Another officer cannot make them a reviewer of it.
		const assign = await post(application.id, { intent: 'assign', reviewerId: officer.id }, world.cookies.admin)
		expect(statusOf(assign)).toBe(400)
		expect(await statusNow(application.id)).toBe('IN_REVIEW')
	})

	test('a reviewer who joins the applying organisation after being assigned can no longer score it', async () => {
		const application = await createApplication(programmeId, world.secondStartup.id, { status: 'IN_REVIEW' })
		const [reviewer] = await reviewers(1)
		const { cookie } = await sessionCookieFor(reviewer!.id)
		const assignment = await prisma.reviewAssignment.create({ data: { applicationId: application.id, reviewerId: reviewer!.id, conflictCheckedAt: new Date() }, select: { id: true } })
		await addMember(world.secondStartup.id, reviewer!.id, 'EDITOR')
		const criteria = await prisma.rubricCriterion.findMany({ where: { programmeId }, orderBy: { sortOrder: 'asc' }, select: { id: true } })
		const fields: Record<string, string> = { intent: 'submit', overallComment: 'Rất tốt.' }
		criteria.forEach((criterion, index) => {
			fields[`scores[${index}].criterionId`] = criterion.id
			fields[`scores[${index}].score`] = '10'
			fields[`scores[${index}].comment`] = 'Xuất sắc'
		})
		const result = await invoke(reviewAction, formRequest(`/account/reviews/${assignment.id}`, fields, cookie), { assignmentId: assignment.id })
		expect(statusOf(result)).toBe(403)
		expect(JSON.stringify(payloadOf(result))).toContain('programmeIntegrity.errors.conflictOfInterest')
		expect(await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: assignment.id }, select: { status: true } })).toEqual({ status: 'ASSIGNED' })
		expect(await prisma.reviewScore.count({ where: { assignmentId: assignment.id } })).toBe(0)
	})
})

describe('whoever acted for the applicant keeps the conflict after leaving its organisation', () => {
	const bulkDecide = (applicationIds: string[], cookie: string) =>
		invoke(tableAction, formRequest(`/programmes/${programmeId}/applications`, new URLSearchParams([['intent', 'bulkDecide'], ...applicationIds.map((id) => ['applicationIds', id]), ['outcome', 'approve'], ['template', 'Đạt.']]), cookie), { programmeId })

	test('an officer who wrote the application, or only submitted it, then left the startup, can neither screen nor decide it (single or bulk)', async () => {
		const author = await createUser({ roles: ['programme_officer'] })
		const submitter = await createUser({ roles: ['programme_officer'] })
		for (const officer of [author, submitter]) {
			await addMember(world.agency.id, officer.id, 'EDITOR')
			await addMember(world.startup.id, officer.id, 'EDITOR')
		}
		const written = await createApplication(programmeId, world.startup.id, { status: 'SUBMITTED', applicantId: author.id })
		const submitted = await createApplication(programmeId, world.startup.id, { status: 'SUBMITTED', applicantId: world.applicant.id })
		await prisma.applicationEvent.create({ data: { applicationId: submitted.id, fromStatus: 'DRAFT', toStatus: 'SUBMITTED', actorId: submitter.id } })
		for (const officer of [author, submitter]) expect((await leaveOrganization(world.startup.id, officer.id, ctx)).ok).toBe(true)

		for (const [officer, application] of [[author, written], [submitter, submitted]] as const) {
			const { cookie } = await sessionCookieFor(officer.id)
			for (const intent of ['startScreening', 'markEligible']) {
				const refused = await post(application.id, { intent, reason: 'ok' }, cookie)
				expect(statusOf(refused)).toBe(403)
				expect(JSON.stringify(payloadOf(refused))).toContain('programmeIntegrity.errors.conflictOfInterest')
			}
			expect(await statusNow(application.id)).toBe('SUBMITTED')
			await prisma.application.update({ where: { id: application.id }, data: { status: 'IN_REVIEW' } })
			await withReviews(application.id, 2)
			expect(statusOf(await post(application.id, { intent: 'decide', outcome: 'approve', awardedAmountVnd: '200000000', reason: 'Đạt.' }, cookie))).toBe(403)
			const bulk = payloadOf<{ items: { applicationId: string; ok: boolean; error?: string }[] }>(await bulkDecide([application.id], cookie))
			expect(bulk.items).toEqual([expect.objectContaining({ applicationId: application.id, ok: false, error: 'programmeIntegrity.errors.conflictOfInterest' })])
			expect((await detail(application.id, cookie)).application.conflict).toBe(true)
			expect(await statusNow(application.id)).toBe('IN_REVIEW')
			expect(await prisma.applicationDecision.count({ where: { applicationId: application.id } })).toBe(0)
		}
	})

	test('a reviewer who wrote the application and left is never a candidate, never assigned (by hand or automatically) and cannot score it', async () => {
		const reviewer = await createUser({ roles: ['reviewer'] })
		await addMember(world.startup.id, reviewer.id, 'EDITOR')
		const own = await createProgramme(world.agency.id, { requiredReviews: 0 })
		const application = await createApplication(own.id, world.startup.id, { status: 'IN_REVIEW', applicantId: reviewer.id })
		expect((await leaveOrganization(world.startup.id, reviewer.id, ctx)).ok).toBe(true)
		const ownUrl = `/programmes/${own.id}/applications/${application.id}`
		const page = payloadOf<{ candidates: { id: string }[] }>(await invoke(detailLoader, getRequest(ownUrl, world.cookies.officer), { programmeId: own.id, applicationId: application.id }))
		expect(page.candidates.length).toBeGreaterThan(0)
		expect(page.candidates.map((c) => c.id)).not.toContain(reviewer.id)

		const assign = await invoke(detailAction, formRequest(ownUrl, { intent: 'assign', reviewerId: reviewer.id }, world.cookies.officer), { programmeId: own.id, applicationId: application.id })
		expect(statusOf(assign)).toBe(400)
		expect(JSON.stringify(payloadOf(assign))).toContain('programmeIntegrity.errors.reviewerConflicted')
		// Every reviewer there is would be wanted: the author is still left out.
		await prisma.programme.update({ where: { id: own.id }, data: { reviewersPerApplication: 10_000 } })
		expect((await autoAssignReviewers(await sessionUser(world.users.officer.id), own.id, ctx)).ok).toBe(true)
		expect(await prisma.reviewAssignment.count({ where: { applicationId: application.id } })).toBeGreaterThan(0)
		expect(await prisma.reviewAssignment.count({ where: { applicationId: application.id, reviewerId: reviewer.id } })).toBe(0)

		// An assignment made some other way still cannot be scored.
		const assignment = await prisma.reviewAssignment.create({ data: { applicationId: application.id, reviewerId: reviewer.id, conflictCheckedAt: new Date() }, select: { id: true } })
		const criteria = own.criteria.map((c) => ({ criterionId: c.id, score: 10, comment: '' }))
		expect(await saveScores(await sessionUser(reviewer.id), assignment.id, { scores: criteria, overallComment: 'Xuất sắc', submit: true }, ctx)).toMatchObject({ ok: false, status: 403, error: 'programmeIntegrity.errors.conflictOfInterest' })
		expect(await prisma.reviewScore.count({ where: { assignmentId: assignment.id } })).toBe(0)
	})
})

describe('the reviews a decision needs', () => {
	test('fewer submitted reviews than the programme requires: refused on the form, unless a written reason is given, which is stored, audited and shown', async () => {
		const application = await createApplication(programmeId, world.secondStartup.id, { status: 'IN_REVIEW' })
		await withReviews(application.id, 1)
		const refused = await post(application.id, { intent: 'decide', outcome: 'approve', awardedAmountVnd: '150.000.000', reason: 'Giải pháp tốt.' }, world.cookies.officer)
		expect(statusOf(refused)).toBe(400)
		expect(payloadOf<Reply>(refused).result?.error).toEqual({ reviewOverrideReason: ['programmeIntegrity.errors.reviewsMissing'] })
		expect(payloadOf<Reply>(refused).result?.initialValue).toMatchObject({ awardedAmountVnd: '150.000.000', reason: 'Giải pháp tốt.' })
		expect(await statusNow(application.id)).toBe('IN_REVIEW')

		const override = 'Chuyên gia thứ hai ốm dài ngày; hạn giải ngân là cuối tháng.'
		expect(statusOf(await post(application.id, { intent: 'decide', outcome: 'approve', awardedAmountVnd: '150.000.000', reason: 'Giải pháp tốt.', reviewOverrideReason: override }, world.cookies.officer))).toBe(302)
		expect(await prisma.applicationDecision.findUniqueOrThrow({ where: { applicationId: application.id }, select: { outcome: true, reviewOverrideReason: true } })).toEqual({ outcome: 'APPROVED', reviewOverrideReason: override })
		const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'application.approve', entityId: application.id }, select: { metadata: true } })
		expect(audit.metadata).toMatchObject({ reviewOverrideReason: override })
		expect((await detail(application.id, world.cookies.officer)).application.decision?.reviewOverrideReason).toBe(override)
	})

	test('with the required reviews submitted, no reason is needed and none is stored; the bulk decision refuses those without them', async () => {
		const reviewed = await createApplication(programmeId, world.secondStartup.id, { status: 'IN_REVIEW' })
		const unreviewed = await createApplication(programmeId, world.secondStartup.id, { status: 'IN_REVIEW' })
		await withReviews(reviewed.id, 2)
		const bulk = payloadOf<{ items: { applicationId: string; ok: boolean; error?: string }[] }>(
			await invoke(tableAction, formRequest(`/programmes/${programmeId}/applications`, new URLSearchParams([['intent', 'bulkDecide'], ['applicationIds', reviewed.id], ['applicationIds', unreviewed.id], ['outcome', 'waitlist'], ['template', 'Danh sách chờ.']]), world.cookies.officer), { programmeId }),
		)
		expect(bulk.items).toEqual([
			expect.objectContaining({ applicationId: reviewed.id, ok: true }),
			expect.objectContaining({ applicationId: unreviewed.id, ok: false, error: 'programmeIntegrity.errors.reviewsMissing' }),
		])
		expect(await prisma.applicationDecision.findUniqueOrThrow({ where: { applicationId: reviewed.id }, select: { reviewOverrideReason: true } })).toEqual({ reviewOverrideReason: null })
		expect(await statusNow(unreviewed.id)).toBe('IN_REVIEW')
	})

	test('the number is a setting of the programme, 2 unless the officer sets it', async () => {
		const programme = await prisma.programme.create({
			data: { slug: `ct-mac-dinh-${Date.now()}`, organizationId: world.agency.id, title: 'Mặc định', supportType: 'GRANT', opensAt: new Date(), closesAt: new Date(Date.now() + 86_400_000) },
			select: { requiredReviews: true },
		})
		expect(programme.requiredReviews).toBe(2)
	})
})

describe('unusual amounts', () => {
	test('0 VND or more than requested is refused on the amount field (input kept) unless confirmed; the confirmation is audited', async () => {
		for (const amount of ['0', '250.000.000']) {
			const application = await createApplication(programmeId, world.secondStartup.id, { status: 'IN_REVIEW', requestedAmountVnd: 200_000_000n })
			await withReviews(application.id, 2)
			const refused = await post(application.id, { intent: 'decide', outcome: 'approve', awardedAmountVnd: amount, reason: 'Hỗ trợ theo đề nghị.' }, world.cookies.officer)
			expect(statusOf(refused)).toBe(400)
			expect(payloadOf<Reply>(refused).result?.error).toEqual({ awardedAmountVnd: ['programmeIntegrity.errors.amountNeedsConfirmation'] })
			expect(payloadOf<Reply>(refused).result?.initialValue).toMatchObject({ awardedAmountVnd: amount, reason: 'Hỗ trợ theo đề nghị.' })
			expect(await statusNow(application.id)).toBe('IN_REVIEW')

			expect(statusOf(await post(application.id, { intent: 'decide', outcome: 'approve', awardedAmountVnd: amount, confirmAmount: 'on', reason: 'Hỗ trợ theo đề nghị.' }, world.cookies.officer))).toBe(302)
			const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'application.approve', entityId: application.id }, select: { metadata: true } })
			expect(audit.metadata).toMatchObject({ amountConfirmed: true, requestedAmountVnd: '200000000', awardedAmountVnd: amount.replaceAll('.', '') })
		}
	})

	test('an amount within what was requested needs no confirmation', async () => {
		const application = await createApplication(programmeId, world.secondStartup.id, { status: 'IN_REVIEW', requestedAmountVnd: 200_000_000n })
		await withReviews(application.id, 2)
		expect(statusOf(await post(application.id, { intent: 'decide', outcome: 'approve', awardedAmountVnd: '200000000', reason: 'Đạt.' }, world.cookies.officer))).toBe(302)
		const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'application.approve', entityId: application.id }, select: { metadata: true } })
		expect(audit.metadata).not.toHaveProperty('amountConfirmed')
	})
})

describe('blind review holds for every role', () => {
	test('an administrator who is also an assigned reviewer sees no other reviewer’s scores (officer page, table, CSV) until their own review is submitted', async () => {
		const adminReviewer = await createUser({ roles: ['admin', 'reviewer'] })
		const { cookie } = await sessionCookieFor(adminReviewer.id)
		const application = await createApplication(programmeId, world.secondStartup.id, { status: 'IN_REVIEW', projectTitle: 'Hồ sơ mù' })
		const criteria = (await prisma.rubricCriterion.findMany({ where: { programmeId }, orderBy: { sortOrder: 'asc' }, select: { id: true } })).map((c) => c.id)
		// Assigned by an officer, through the page, like any reviewer (before any review is in).
		expect(statusOf(await post(application.id, { intent: 'assign', reviewerId: adminReviewer.id }, world.cookies.officer))).toBe(302)
		const [other] = await reviewers(1)
		await submittedReview(application.id, other!.id, criteria, 3)

		const page = await detail(application.id, cookie)
		expect(page.application.reviewsHidden).toBe('ownReviewPending')
		expect(page.application.reviews.submitted).toEqual([])
		expect(page.application.reviews.summary.average).toBeNull()
		expect(JSON.stringify(page)).not.toContain('Nhận xét chung 3')
		const tableRow = async () => payloadOf<{ rows: { id: string; averageScore: number | null }[] }>(await invoke(tableLoader, getRequest(`/programmes/${programmeId}/applications`, cookie), { programmeId })).rows.find((r) => r.id === application.id)
		expect((await tableRow())?.averageScore).toBeNull()
		const csv = async () => ((await invoke(csvLoader, getRequest(`/programmes/${programmeId}/applications.csv?q=H%E1%BB%93%20s%C6%A1%20m%C3%B9`, cookie), { programmeId })) as Response).text()
		const hiddenCsv = await csv()
		expect(hiddenCsv).toContain('Hồ sơ mù')
		// The average is written with two decimals (30.00).
		expect(hiddenCsv).not.toContain('30.00')

		// The other officers see the scores as before.
		expect((await detail(application.id, world.cookies.officer)).application.reviews.submitted).toHaveLength(1)

		// Once their own review is in, the scores appear.
		await prisma.reviewAssignment.update({ where: { applicationId_reviewerId: { applicationId: application.id, reviewerId: adminReviewer.id } }, data: { status: 'SUBMITTED', submittedAt: new Date(), conflictCheckedAt: new Date() } })
		expect((await detail(application.id, cookie)).application).toMatchObject({ reviewsHidden: null, reviews: { summary: { average: 30 } } })
		expect((await tableRow())?.averageScore).toBe(30)
		expect(await csv()).toContain('30.00')
	})

	test('once unassigned, the scores are visible again', async () => {
		const adminReviewer = await createUser({ roles: ['admin', 'reviewer'] })
		const { cookie } = await sessionCookieFor(adminReviewer.id)
		const application = await createApplication(programmeId, world.secondStartup.id, { status: 'IN_REVIEW' })
		await withReviews(application.id, 1)
		const assignment = await prisma.reviewAssignment.create({ data: { applicationId: application.id, reviewerId: adminReviewer.id }, select: { id: true } })
		expect((await detail(application.id, cookie)).application.reviews.submitted).toEqual([])
		expect(statusOf(await post(application.id, { intent: 'unassign', assignmentId: assignment.id }, world.cookies.officer))).toBe(302)
		expect((await detail(application.id, cookie)).application.reviews.submitted).toHaveLength(1)
	})
})

describe('blind review cannot be lifted by withdrawing an assignment', () => {
	test('nobody assigns or withdraws themselves; an administrator who could read the submitted reviews is never assigned afterwards (by hand, offered or automatically)', async () => {
		const adminReviewer = await createUser({ roles: ['admin', 'reviewer'] })
		const { cookie } = await sessionCookieFor(adminReviewer.id)
		const application = await createApplication(programmeId, world.secondStartup.id, { status: 'IN_REVIEW' })
		await withReviews(application.id, 1)
		const mine = await prisma.reviewAssignment.create({ data: { applicationId: application.id, reviewerId: adminReviewer.id, assignedById: world.users.officer.id }, select: { id: true } })
		expect((await detail(application.id, cookie)).application.reviewsHidden).toBe('ownReviewPending')

		// Withdrawing one's own assignment is refused, with a message; nothing is revealed.
		const unassigned = await post(application.id, { intent: 'unassign', assignmentId: mine.id }, cookie)
		expect(statusOf(unassigned)).toBe(403)
		expect(JSON.stringify(payloadOf(unassigned))).toContain('programmeIntegrity.errors.selfAssignment')
		expect(await prisma.reviewAssignment.count({ where: { id: mine.id } })).toBe(1)
		const page = await detail(application.id, cookie)
		expect(page.application.reviewsHidden).toBe('ownReviewPending')
		expect(page.application.reviews.submitted).toEqual([])
		// Nor does anyone assign themselves, even where no review is in yet.
		const fresh = await createApplication(programmeId, world.secondStartup.id, { status: 'IN_REVIEW' })
		const selfAssigned = await post(fresh.id, { intent: 'assign', reviewerId: adminReviewer.id }, cookie)
		expect(statusOf(selfAssigned)).toBe(403)
		expect(JSON.stringify(payloadOf(selfAssigned))).toContain('programmeIntegrity.errors.selfAssignment')
		expect((await detail(fresh.id, cookie)).candidates).not.toContainEqual(expect.objectContaining({ id: adminReviewer.id }))
		expect(await prisma.reviewAssignment.count({ where: { applicationId: fresh.id } })).toBe(0)

		// Withdrawn by another officer, the administrator reads the reviews: they are not assigned again.
		expect(statusOf(await post(application.id, { intent: 'unassign', assignmentId: mine.id }, world.cookies.officer))).toBe(302)
		expect((await detail(application.id, cookie)).application.reviews.submitted).toHaveLength(1)
		const again = await post(application.id, { intent: 'assign', reviewerId: adminReviewer.id }, world.cookies.officer)
		expect(statusOf(again)).toBe(400)
		expect(payloadOf<Reply>(again).result?.error).toEqual({ reviewerId: ['programmeIntegrity.errors.reviewerMayHaveReadReviews'] })
		expect((await detail(application.id, world.cookies.officer)).candidates).not.toContainEqual(expect.objectContaining({ id: adminReviewer.id }))
		expect(await prisma.reviewAssignment.count({ where: { applicationId: application.id, reviewerId: adminReviewer.id } })).toBe(0)

		// Nor automatically: every reviewer there is would be wanted.
		const own = await createProgramme(world.agency.id)
		const reviewed = await createApplication(own.id, world.secondStartup.id, { status: 'IN_REVIEW' })
		const [someone] = await reviewers(1)
		await submittedReview(reviewed.id, someone!.id, own.criteria.map((c) => c.id), 5)
		await prisma.programme.update({ where: { id: own.id }, data: { reviewersPerApplication: 10_000 } })
		expect((await autoAssignReviewers(await sessionUser(world.users.officer.id), own.id, ctx)).ok).toBe(true)
		expect(await prisma.reviewAssignment.count({ where: { applicationId: reviewed.id, status: 'ASSIGNED' } })).toBeGreaterThan(0)
		expect(await prisma.reviewAssignment.count({ where: { applicationId: reviewed.id, reviewerId: adminReviewer.id } })).toBe(0)
	})
})

describe('bulk decisions keep blind review', () => {
	test('an administrator whose own review is pending cannot bulk-decide the application with a {{score}} message; the others are decided', async () => {
		const published = await createProgramme(world.agency.id, { publishScores: true })
		const criteria = published.criteria.map((c) => c.id)
		const adminReviewer = await createUser({ roles: ['admin', 'reviewer'] })
		const { cookie } = await sessionCookieFor(adminReviewer.id)
		const mine = await createApplication(published.id, world.secondStartup.id, { status: 'IN_REVIEW' })
		const notMine = await createApplication(published.id, world.secondStartup.id, { status: 'IN_REVIEW' })
		const [other] = await reviewers(1)
		for (const application of [mine, notMine]) await submittedReview(application.id, other!.id, criteria, 3)
		await prisma.reviewAssignment.create({ data: { applicationId: mine.id, reviewerId: adminReviewer.id, assignedById: world.users.officer.id } })

		const bulk = payloadOf<{ items: { applicationId: string; ok: boolean; error?: string }[] }>(
			await invoke(tableAction, formRequest(`/programmes/${published.id}/applications`, new URLSearchParams([['intent', 'bulkDecide'], ['applicationIds', mine.id], ['applicationIds', notMine.id], ['outcome', 'waitlist'], ['template', 'Điểm trung bình {{score}}.']]), cookie), { programmeId: published.id }),
		)
		expect(bulk.items).toEqual([
			expect.objectContaining({ applicationId: mine.id, ok: false, error: 'programmeIntegrity.errors.pendingReviewerBulkDecision' }),
			expect.objectContaining({ applicationId: notMine.id, ok: true }),
		])
		expect(await prisma.application.findUniqueOrThrow({ where: { id: mine.id }, select: { status: true } })).toEqual({ status: 'IN_REVIEW' })
		expect(await prisma.applicationDecision.count({ where: { applicationId: mine.id } })).toBe(0)
		expect(await prisma.applicationEvent.count({ where: { applicationId: mine.id, reason: { contains: 'Điểm trung bình' } } })).toBe(0)
		expect(await prisma.applicationDecision.findUniqueOrThrow({ where: { applicationId: notMine.id }, select: { reasons: true } })).toEqual({ reasons: 'Điểm trung bình 30.' })
	})
})

describe('suspended organisations', () => {
	let applying: ApplyingWorld

	beforeAll(async () => {
		applying = await createApplyingWorld()
	})

	test('members of a suspended organisation can neither start nor submit an application, with a clear message', async () => {
		const programme = await createApplyingProgramme(applying)
		const draft = await createDraft(applying, programme)
		await completeDraft(draft.id, programme, applying.applicant.id, applying.startup.id)
		await prisma.organization.update({ where: { id: applying.startup.id }, data: { suspendedAt: new Date(), suspendedReason: 'Vi phạm quy chế' } })
		try {
			// The programme page says why the organisation cannot apply, and offers no start.
			const page = payloadOf<{ programme: { organizations: { id: string; suspended: boolean }[] } }>(await invoke(programmePageLoader, getRequest(`/chuong-trinh/${programme.slug}`, applying.applicant.cookie), { slug: programme.slug }))
			expect(page.programme.organizations.find((o) => o.id === applying.startup.id)?.suspended).toBe(true)
			const start = await invoke(programmePageAction, formRequest(`/chuong-trinh/${programme.slug}`, { intent: 'start', organizationId: applying.startup.id }, applying.applicant.cookie), { slug: programme.slug })
			expect(statusOf(start)).toBe(403)
			expect(payloadOf<{ error: string }>(start).error).toBe('programmeIntegrity.errors.organizationSuspended')
			expect(await prisma.application.count({ where: { programmeId: programme.id } })).toBe(1)

			const submit = await invoke(accountApplicationAction, formRequest(`/account/applications/${draft.id}`, { intent: 'submit', projectTitle: 'Truy xuất nguồn gốc gạo Kim Sơn' }, applying.applicant.cookie), { applicationId: draft.id })
			expect(statusOf(submit)).toBe(403)
			expect(payloadOf<{ error: string }>(submit).error).toBe('programmeIntegrity.errors.organizationSuspended')
			expect(await statusNow(draft.id)).toBe('DRAFT')
		} finally {
			await prisma.organization.update({ where: { id: applying.startup.id }, data: { suspendedAt: null, suspendedReason: null } })
		}
		// Lifted: the same submission goes through.
		const submitted = await invoke(accountApplicationAction, formRequest(`/account/applications/${draft.id}`, { intent: 'submit', projectTitle: 'Truy xuất nguồn gốc gạo Kim Sơn' }, applying.applicant.cookie), { applicationId: draft.id })
		expect(statusOf(submitted)).toBe(302)
	})

	test('officers of a suspended organisation no longer run its programmes (404); administrators still do', async () => {
		const officer = await createUser({ roles: ['programme_officer'] })
		const agency = await createOrganization(officer.id, { name: 'Trung tâm Ứng dụng KH&CN bị đình chỉ' })
		const programme = await createProgramme(agency.id)
		const application = await createApplication(programme.id, world.secondStartup.id, { status: 'SUBMITTED' })
		const { cookie } = await sessionCookieFor(officer.id)
		const tableUrl = `/programmes/${programme.id}/applications`
		expect(statusOf(await invoke(tableLoader, getRequest(tableUrl, cookie), { programmeId: programme.id }))).toBe(200)
		await prisma.organization.update({ where: { id: agency.id }, data: { suspendedAt: new Date(), suspendedReason: 'Thanh tra' } })
		expect(statusOf(await invoke(tableLoader, getRequest(tableUrl, cookie), { programmeId: programme.id }))).toBe(404)
		expect(statusOf(await invoke(detailLoader, getRequest(`${tableUrl}/${application.id}`, cookie), { programmeId: programme.id, applicationId: application.id }))).toBe(404)
		const screen = await invoke(detailAction, formRequest(`${tableUrl}/${application.id}`, { intent: 'markEligible' }, cookie), { programmeId: programme.id, applicationId: application.id })
		expect(statusOf(screen)).toBe(404)
		expect(await statusNow(application.id)).toBe('SUBMITTED')
		expect(statusOf(await invoke(tableLoader, getRequest(tableUrl, world.cookies.admin), { programmeId: programme.id }))).toBe(200)
	})
})
