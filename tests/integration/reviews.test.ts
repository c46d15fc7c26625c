import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { getOptionalUser, type SessionUser } from '~/modules/auth/guards.server'
import { declareConflict, reviewForReviewer, reviewsForOfficer, saveScores } from '~/modules/programmes/reviews.server'
import { prisma } from '~/utils/db.server'
import { createOrganization, createUser, sessionCookieFor } from '../support/factories'

const ctx = { request: new Request('http://localhost/') }
let reviewerA: SessionUser
let reviewerB: SessionUser
let outsider: SessionUser
let criteria: { id: string }[] = []
let programmeId = ''
let applicantOrgId = ''

async function sessionUser(userId: string) {
	const { cookie } = await sessionCookieFor(userId)
	return (await getOptionalUser(new Request('http://localhost/', { headers: { Cookie: cookie } })))!
}

beforeAll(async () => {
	const [a, b, c, owner, applicant] = await Promise.all([createUser({ roles: ['reviewer'] }), createUser({ roles: ['reviewer'] }), createUser({ roles: ['reviewer'] }), createUser(), createUser()])
	;[reviewerA, reviewerB, outsider] = await Promise.all([a, b, c].map((u) => sessionUser(u.id)))
	const dost = await createOrganization(owner.id)
	applicantOrgId = (await createOrganization(applicant.id)).id
	const programme = await prisma.programme.create({
		data: {
			slug: `tham-dinh-${randomUUID().slice(0, 8)}`,
			organizationId: dost.id,
			title: 'Chương trình thẩm định thử',
			supportType: 'GRANT',
			opensAt: new Date(Date.now() - 10 * 86_400_000),
			closesAt: new Date(Date.now() - 86_400_000),
			status: 'CLOSED',
			criteria: { create: [{ title: 'Tính mới', weight: 40, maxScore: 10, sortOrder: 1 }, { title: 'Khả thi', weight: 60, maxScore: 5, sortOrder: 2 }] },
		},
		include: { criteria: { orderBy: { sortOrder: 'asc' } } },
	})
	programmeId = programme.id
	criteria = programme.criteria
})

async function applicationWithReviewers() {
	const application = await prisma.application.create({
		data: { referenceNumber: `HS-TD-${randomUUID().slice(0, 8)}`, programmeId, organizationId: applicantOrgId, status: 'IN_REVIEW', projectTitle: 'Máy gặt đập liên hợp mini', submittedAt: new Date() },
	})
	const [assignmentA, assignmentB] = await Promise.all(
		[reviewerA, reviewerB].map((reviewer) => prisma.reviewAssignment.create({ data: { applicationId: application.id, reviewerId: reviewer.id } })),
	)
	return { applicationId: application.id, a: assignmentA!.id, b: assignmentB!.id }
}

const scores = (novelty: number, feasibility: number, note = '') => [
	{ criterionId: criteria[0]!.id, score: novelty, comment: `Tính mới ${note}` },
	{ criterionId: criteria[1]!.id, score: feasibility, comment: `Khả thi ${note}` },
]

describe('reviews', () => {
	test('only one\'s own assignment, and the application opens only after declaring no conflict', async () => {
		const { a } = await applicationWithReviewers()
		expect(await reviewForReviewer(outsider, a)).toBeNull()
		expect(await declareConflict(outsider, a, { conflict: false }, ctx)).toEqual({ ok: false, status: 404, error: 'errors.notFound' })
		const closed = await reviewForReviewer(reviewerA, a)
		expect(closed).toMatchObject({ application: null, criteria: [] })
		expect(await saveScores(reviewerA, a, { scores: scores(5, 3), overallComment: '', submit: false }, ctx)).toMatchObject({ ok: false, status: 409 })
		expect(await declareConflict(reviewerA, a, { conflict: false }, ctx)).toEqual({ ok: true })
		expect(await declareConflict(reviewerA, a, { conflict: true }, ctx)).toEqual({ ok: false, status: 409, error: 'reviewing.errors.alreadyDeclared' })
		expect((await reviewForReviewer(reviewerA, a))?.application?.projectTitle).toBe('Máy gặt đập liên hợp mini')
	})

	test('blind review: another reviewer\'s scores are never in the page until one has submitted', async () => {
		const { applicationId, a, b } = await applicationWithReviewers()
		await declareConflict(reviewerA, a, { conflict: false }, ctx)
		await declareConflict(reviewerB, b, { conflict: false }, ctx)
		expect(await saveScores(reviewerA, a, { scores: scores(9, 4, 'BÍ-MẬT-A'), overallComment: 'Nhận xét BÍ-MẬT-A', submit: true }, ctx)).toEqual({ ok: true })
		const beforeOwn = await reviewForReviewer(reviewerB, b)
		expect(beforeOwn?.others).toBeNull()
		expect(JSON.stringify(beforeOwn)).not.toContain('BÍ-MẬT-A')
		await saveScores(reviewerB, b, { scores: scores(5, 2), overallComment: 'Nhận xét B', submit: false }, ctx)
		expect(JSON.stringify(await reviewForReviewer(reviewerB, b))).not.toContain('BÍ-MẬT-A')
		await saveScores(reviewerB, b, { scores: scores(5, 2), overallComment: 'Nhận xét B', submit: true }, ctx)
		const afterOwn = await reviewForReviewer(reviewerB, b)
		expect(afterOwn?.others).toEqual([{ label: 1, overallComment: 'Nhận xét BÍ-MẬT-A', scores: expect.arrayContaining([expect.objectContaining({ score: 9 })]) }])
		// The officer sees both, with the weighted totals and the disagreement flagged.
		const officerView = await reviewsForOfficer(applicationId)
		expect(officerView.summary).toMatchObject({ average: 64, spread: 40, disagreement: true })
	})

	test('scores within range, every criterion before submitting, read-only once submitted', async () => {
		const { a } = await applicationWithReviewers()
		await declareConflict(reviewerA, a, { conflict: false }, ctx)
		const outOfRange = await saveScores(reviewerA, a, { scores: scores(11, 3), overallComment: '', submit: false }, ctx)
		expect(outOfRange).toEqual({ ok: false, status: 400, error: 'programmes.errors.scoresInvalid', fieldErrors: { [criteria[0]!.id]: 'programmes.errors.scoreOutOfRange' } })
		expect(await saveScores(reviewerA, a, { scores: scores(7, 3).slice(0, 1), overallComment: '', submit: false }, ctx)).toEqual({ ok: true })
		const incomplete = await saveScores(reviewerA, a, { scores: [], overallComment: '', submit: true }, ctx)
		expect(incomplete).toMatchObject({ ok: false, status: 400, fieldErrors: { [criteria[1]!.id]: 'programmes.errors.scoreRequired' } })
		expect(await saveScores(reviewerA, a, { scores: scores(7, 3), overallComment: 'Tốt', submit: true }, ctx)).toEqual({ ok: true })
		expect(await saveScores(reviewerA, a, { scores: scores(1, 1), overallComment: 'Đổi ý', submit: false }, ctx)).toMatchObject({ ok: false, status: 409 })
		expect((await prisma.reviewScore.findMany({ where: { assignmentId: a }, orderBy: { score: 'asc' } })).map((s) => s.score)).toEqual([3, 7])
	})

	test('two reviewers scoring at once both land; one reviewer submitting twice at once submits once', async () => {
		const { applicationId, a, b } = await applicationWithReviewers()
		await Promise.all([declareConflict(reviewerA, a, { conflict: false }, ctx), declareConflict(reviewerB, b, { conflict: false }, ctx)])
		const [ra, rb] = await Promise.all([
			saveScores(reviewerA, a, { scores: scores(8, 4), overallComment: 'A', submit: true }, ctx),
			saveScores(reviewerB, b, { scores: scores(6, 3), overallComment: 'B', submit: true }, ctx),
		])
		expect([ra, rb]).toEqual([{ ok: true }, { ok: true }])
		expect(await prisma.reviewScore.count({ where: { assignment: { applicationId } } })).toBe(4)
		const again = await applicationWithReviewers()
		await declareConflict(reviewerA, again.a, { conflict: false }, ctx)
		const twice = await Promise.all([1, 2].map(() => saveScores(reviewerA, again.a, { scores: scores(8, 4), overallComment: 'A', submit: true }, ctx)))
		expect(twice.filter((r) => r.ok)).toHaveLength(1)
		expect(await prisma.auditLog.count({ where: { entityId: again.applicationId, action: 'review.submitted' } })).toBe(1)
	})

	test('a declared conflict closes the application to that reviewer and leaves them out of the totals', async () => {
		const { applicationId, a, b } = await applicationWithReviewers()
		expect(await declareConflict(reviewerA, a, { conflict: true, note: 'Từng làm cố vấn cho doanh nghiệp này' }, ctx)).toEqual({ ok: true })
		expect(await reviewForReviewer(reviewerA, a)).toMatchObject({ application: null })
		expect(await saveScores(reviewerA, a, { scores: scores(10, 5), overallComment: '', submit: true }, ctx)).toMatchObject({ ok: false, status: 409 })
		await declareConflict(reviewerB, b, { conflict: false }, ctx)
		await saveScores(reviewerB, b, { scores: scores(10, 5), overallComment: '', submit: true }, ctx)
		expect((await reviewsForOfficer(applicationId)).summary).toMatchObject({ average: 100, disagreement: false })
	})

	test('once the application is decided, the review stays readable but every write is refused (409) and nothing changes', async () => {
		const { applicationId, a, b } = await applicationWithReviewers()
		await declareConflict(reviewerA, a, { conflict: false }, ctx)
		await saveScores(reviewerA, a, { scores: scores(8, 4), overallComment: 'A', submit: true }, ctx)
		await declareConflict(reviewerB, b, { conflict: false }, ctx)
		await saveScores(reviewerB, b, { scores: scores(6, 3), overallComment: 'Nháp B', submit: false }, ctx)
		const before = await reviewsForOfficer(applicationId)
		await prisma.application.update({ where: { id: applicationId }, data: { status: 'APPROVED', decidedAt: new Date() } })

		const decided = { ok: false, status: 409, error: 'reviewing.errors.applicationDecided' }
		// B's draft can be neither saved nor submitted; A's submitted review not touched either.
		expect(await saveScores(reviewerB, b, { scores: scores(10, 5), overallComment: 'Đổi sau quyết định', submit: false }, ctx)).toEqual(decided)
		expect(await saveScores(reviewerB, b, { scores: scores(10, 5), overallComment: 'Đổi sau quyết định', submit: true }, ctx)).toEqual(decided)
		expect(await saveScores(reviewerA, a, { scores: scores(1, 1), overallComment: '', submit: false }, ctx)).toEqual(decided)
		// Even an invalid change is a conflict, not a validation error.
		expect(await saveScores(reviewerB, b, { scores: scores(99, 99), overallComment: '', submit: false }, ctx)).toEqual(decided)
		const stored = await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: b }, select: { status: true, overallComment: true, scores: { orderBy: { score: 'desc' }, select: { score: true } } } })
		expect(stored).toEqual({ status: 'ASSIGNED', overallComment: 'Nháp B', scores: [{ score: 6 }, { score: 3 }] })
		expect(await reviewsForOfficer(applicationId)).toEqual(before)
		expect(await prisma.auditLog.count({ where: { entityId: applicationId, action: 'review.submitted' } })).toBe(1)

		// A reviewer who had not declared yet cannot declare now, either way.
		const later = await applicationWithReviewers()
		await prisma.application.update({ where: { id: later.applicationId }, data: { status: 'REJECTED', decidedAt: new Date() } })
		expect(await declareConflict(reviewerA, later.a, { conflict: false }, ctx)).toEqual(decided)
		expect(await declareConflict(reviewerB, later.b, { conflict: true, note: 'Muộn' }, ctx)).toEqual(decided)
		expect(await prisma.reviewAssignment.count({ where: { applicationId: later.applicationId, OR: [{ conflictCheckedAt: { not: null } }, { status: { not: 'ASSIGNED' } }] } })).toBe(0)

		// Still readable: the decided review as it was.
		expect(await reviewForReviewer(reviewerB, b)).toMatchObject({ assignment: { stage: 'inProgress', closed: true }, overallComment: 'Nháp B', myTotal: 60 })
		expect(await reviewForReviewer(reviewerA, a)).toMatchObject({ assignment: { stage: 'submitted', closed: true }, myTotal: 80 })
	})

	test('a decision taken while a reviewer is saving: the save waits for it and is refused, never lands after it', async () => {
		const { applicationId, a } = await applicationWithReviewers()
		await declareConflict(reviewerA, a, { conflict: false }, ctx)
		let saving: ReturnType<typeof saveScores> | undefined
		// The officer's decision holds the application row (as decideApplication does) while the reviewer saves.
		await prisma.$transaction(async (tx) => {
			await tx.$queryRaw`SELECT "id" FROM "Application" WHERE "id" = ${applicationId} FOR UPDATE`
			saving = saveScores(reviewerA, a, { scores: scores(9, 5), overallComment: 'Chen vào', submit: true }, ctx)
			await new Promise((resolve) => setTimeout(resolve, 500))
			await tx.application.update({ where: { id: applicationId }, data: { status: 'WAITLISTED', decidedAt: new Date() } })
		})
		expect(await saving).toEqual({ ok: false, status: 409, error: 'reviewing.errors.applicationDecided' })
		expect(await prisma.reviewScore.count({ where: { assignmentId: a } })).toBe(0)
		expect((await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: a }, select: { status: true } })).status).toBe('ASSIGNED')
	})

	test('two declarations at once (two tabs, "no conflict" and "conflict"): exactly one lands, the other is a 409', async () => {
		for (let round = 0; round < 3; round++) {
			const { applicationId, a } = await applicationWithReviewers()
			const results = await Promise.all([declareConflict(reviewerA, a, { conflict: false }, ctx), declareConflict(reviewerA, a, { conflict: true, note: 'Tab thứ hai' }, ctx)])
			expect(results.filter((r) => r.ok)).toHaveLength(1)
			expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, status: 409, error: 'reviewing.errors.alreadyDeclared' }])
			const stored = await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: a }, select: { status: true, conflictNote: true } })
			// The stored state is the winner's, and only the winner is audited.
			expect(stored).toEqual(results[0]!.ok ? { status: 'ASSIGNED', conflictNote: null } : { status: 'CONFLICT_DECLARED', conflictNote: 'Tab thứ hai' })
			expect(await prisma.auditLog.count({ where: { entityId: applicationId, action: { startsWith: 'review.conflict' } } })).toBe(1)
		}
	})

	test('an assignment withdrawn while the reviewer declares: a refusal, not an exception', async () => {
		const { applicationId, a } = await applicationWithReviewers()
		let declaring: ReturnType<typeof declareConflict> | undefined
		// The officer withdraws the assignment (as unassignReviewer does: row lock, then delete) while the reviewer declares.
		await prisma.$transaction(async (tx) => {
			await tx.$queryRaw`SELECT "id" FROM "ReviewAssignment" WHERE "id" = ${a} FOR UPDATE`
			declaring = declareConflict(reviewerA, a, { conflict: false }, ctx)
			await new Promise((resolve) => setTimeout(resolve, 500))
			await tx.reviewAssignment.delete({ where: { id: a } })
		})
		const outcome = await declaring!
		expect(outcome.ok).toBe(false)
		expect([404, 409]).toContain(outcome.ok ? null : outcome.status)
		expect(await prisma.auditLog.count({ where: { entityId: applicationId, action: { startsWith: 'review.conflict' } } })).toBe(0)
	})

	test('an assignment withdrawn while the reviewer saves: 404, not an exception', async () => {
		const { a } = await applicationWithReviewers()
		await declareConflict(reviewerA, a, { conflict: false }, ctx)
		let saving: ReturnType<typeof saveScores> | undefined
		await prisma.$transaction(async (tx) => {
			await tx.$queryRaw`SELECT "id" FROM "ReviewAssignment" WHERE "id" = ${a} FOR UPDATE`
			saving = saveScores(reviewerA, a, { scores: scores(5, 3), overallComment: '', submit: false }, ctx)
			await new Promise((resolve) => setTimeout(resolve, 500))
			await tx.reviewAssignment.delete({ where: { id: a } })
		})
		expect(await saving!).toEqual({ ok: false, status: 404, error: 'errors.notFound' })
	})
})
