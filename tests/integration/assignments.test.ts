import { randomUUID } from 'node:crypto'
import { expect, test } from 'vitest'
import { getOptionalUser } from '~/modules/auth/guards.server'
import { assignReviewer, autoAssignReviewers } from '~/modules/programmes/assignments.server'
import { reviewerCandidates } from '~/modules/programmes/evaluation.server'
import { prisma } from '~/utils/db.server'
import { createOrganization, createUser, sessionCookieFor } from '../support/factories'

const ctx = { request: new Request('http://localhost/') }
const sessionUser = async (userId: string) => (await getOptionalUser(new Request('http://localhost/', { headers: { Cookie: (await sessionCookieFor(userId)).cookie } })))!

test('automatic assignment: two reviewers each, never a conflicted one or one from the applicant organisation, balanced, idempotent', async () => {
	const [officerRow, outsiderRow, founderA, founderB] = await Promise.all([
		createUser({ roles: ['programme_officer'] }),
		createUser({ roles: ['programme_officer'] }),
		createUser(),
		createUser(),
	])
	const dost = await createOrganization(officerRow.id)
	await createOrganization(outsiderRow.id)
	const [orgA, orgB] = await Promise.all([createOrganization(founderA.id), createOrganization(founderB.id)])
	const reviewers = await Promise.all([1, 2, 3, 4].map(() => createUser({ roles: ['reviewer'] })))
	// Reviewer 1 works for organisation A.
	await prisma.membership.create({ data: { organizationId: orgA.id, userId: reviewers[0]!.id, role: 'EDITOR' } })
	const programme = await prisma.programme.create({
		data: { slug: `pc-${randomUUID().slice(0, 8)}`, organizationId: dost.id, title: 'Phân công thử', supportType: 'GRANT', opensAt: new Date(), closesAt: new Date(), status: 'CLOSED', reviewersPerApplication: 2 },
	})
	const applications = await Promise.all(
		[orgA.id, orgA.id, orgB.id].map((organizationId, i) =>
			prisma.application.create({ data: { referenceNumber: `HS-PC-${randomUUID().slice(0, 6)}-${i}`, programmeId: programme.id, organizationId, status: 'IN_REVIEW' } }),
		),
	)
	// Reviewer 2 declared a conflict with the third application.
	await prisma.reviewAssignment.create({ data: { applicationId: applications[2]!.id, reviewerId: reviewers[1]!.id, status: 'CONFLICT_DECLARED', conflictCheckedAt: new Date() } })

	const officer = await sessionUser(officerRow.id)
	expect(await autoAssignReviewers(await sessionUser(outsiderRow.id), programme.id, ctx)).toEqual({ ok: false, status: 404 })
	const result = await autoAssignReviewers(officer, programme.id, ctx)
	expect(result).toEqual({ ok: true, assigned: 6, shortfalls: [] })

	const assignments = await prisma.reviewAssignment.findMany({ where: { application: { programmeId: programme.id } }, select: { applicationId: true, reviewerId: true, status: true } })
	for (const application of applications) {
		const active = assignments.filter((a) => a.applicationId === application.id && a.status === 'ASSIGNED').map((a) => a.reviewerId)
		expect(new Set(active).size).toBe(2)
		if (application.organizationId === orgA.id) expect(active).not.toContain(reviewers[0]!.id)
	}
	expect(assignments.filter((a) => a.applicationId === applications[2]!.id && a.reviewerId === reviewers[1]!.id)).toEqual([{ applicationId: applications[2]!.id, reviewerId: reviewers[1]!.id, status: 'CONFLICT_DECLARED' }])
	const load = reviewers.map((r) => assignments.filter((a) => a.reviewerId === r.id && a.status === 'ASSIGNED').length)
	expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(1)
	expect(load.reduce((a, b) => a + b, 0)).toBe(6)

	// Each reviewer is told of each new assignment, with a link to it.
	const created = await prisma.reviewAssignment.findMany({ where: { application: { programmeId: programme.id }, status: 'ASSIGNED' }, select: { id: true, reviewerId: true } })
	for (const assignment of created) {
		expect(await prisma.notification.count({ where: { userId: assignment.reviewerId, type: 'review.assigned', link: `/account/reviews/${assignment.id}` } })).toBe(1)
	}

	expect(await autoAssignReviewers(officer, programme.id, ctx)).toEqual({ ok: true, assigned: 0, shortfalls: [] })
	expect(await prisma.auditLog.count({ where: { entityId: programme.id, action: 'review.assigned' } })).toBe(2)
	// Nothing new, nobody told again.
	expect(await prisma.notification.count({ where: { type: 'review.assigned', userId: { in: reviewers.map((r) => r.id) } } })).toBe(6)
})

async function programmeInReview(reviewersPerApplication: number) {
	const [officerRow, founder] = await Promise.all([createUser({ roles: ['programme_officer'] }), createUser()])
	const agency = await createOrganization(officerRow.id)
	const startup = await createOrganization(founder.id)
	const programme = await prisma.programme.create({
		data: { slug: `pc-${randomUUID().slice(0, 8)}`, organizationId: agency.id, title: 'Phân công đồng thời', supportType: 'GRANT', opensAt: new Date(), closesAt: new Date(), status: 'CLOSED', reviewersPerApplication },
	})
	const application = await prisma.application.create({ data: { referenceNumber: `HS-PC-${randomUUID().slice(0, 8)}`, programmeId: programme.id, organizationId: startup.id, status: 'IN_REVIEW', submittedAt: new Date() } })
	return { officer: await sessionUser(officerRow.id), programme, application }
}

test('a manual assignment waits for an automatic assignment of the same programme (one advisory lock per programme)', async () => {
	const { officer, programme, application } = await programmeInReview(2)
	const reviewer = await createUser({ roles: ['reviewer'] })
	let release = () => {}
	const released = new Promise<void>((resolve) => (release = resolve))
	let locked = () => {}
	const isLocked = new Promise<void>((resolve) => (locked = resolve))
	// Someone holds the programme's assignment lock, as an automatic assignment does.
	const holder = prisma.$transaction(async (tx) => {
		await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`assign:${programme.id}`}, 0))`
		locked()
		await released
	}, { timeout: 20_000 })
	await isLocked
	const manual = assignReviewer(officer, { applicationId: application.id, reviewerId: reviewer.id }, ctx)
	await new Promise((resolve) => setTimeout(resolve, 500))
	expect(await prisma.reviewAssignment.count({ where: { applicationId: application.id } })).toBe(0)
	release()
	await holder
	expect(await manual).toEqual({ ok: true })
	expect(await prisma.reviewAssignment.count({ where: { applicationId: application.id, reviewerId: reviewer.id } })).toBe(1)
})

test('manual and automatic assignment at the same time: no error, no duplicate, never more than the reviewers needed', async () => {
	for (let round = 0; round < 5; round++) {
		// Every active reviewer is needed, so the automatic assignment also wants the one assigned by hand.
		const pool = await prisma.user.count({ where: { status: 'ACTIVE', roles: { some: { role: { name: 'reviewer' } } } } })
		const { officer, programme, application } = await programmeInReview(pool + 5)
		const reviewer = await createUser({ roles: ['reviewer'] })
		const [manual, automatic] = await Promise.all([
			assignReviewer(officer, { applicationId: application.id, reviewerId: reviewer.id }, ctx),
			autoAssignReviewers(officer, programme.id, ctx),
		])
		expect(automatic.ok).toBe(true)
		// Either the officer was first, or the automatic assignment had already taken this reviewer.
		expect(manual.ok || (!manual.ok && manual.error === 'evaluation.errors.reviewerAlreadyAssigned')).toBe(true)
		const rows = await prisma.reviewAssignment.findMany({ where: { applicationId: application.id }, select: { reviewerId: true } })
		expect(new Set(rows.map((r) => r.reviewerId)).size).toBe(rows.length)
		expect(rows.map((r) => r.reviewerId)).toContain(reviewer.id)
		expect(rows.length).toBeLessThanOrEqual(pool + 5)
		if (automatic.ok) expect(automatic.assigned).toBe(rows.length - (manual.ok ? 1 : 0))
	}
})

test('someone who runs the programme never reviews for it: not automatically, not by hand, not offered', async () => {
	const { officer, programme, application } = await programmeInReview(1)
	// A colleague of the officer who is both programme officer and reviewer.
	const colleague = await createUser({ roles: ['programme_officer', 'reviewer'] })
	await prisma.membership.create({ data: { organizationId: programme.organizationId, userId: colleague.id, role: 'EDITOR' } })
	const independent = await createUser({ roles: ['reviewer'] })

	expect(await assignReviewer(officer, { applicationId: application.id, reviewerId: colleague.id }, ctx)).toEqual({ ok: false, status: 400, error: 'evaluation.errors.reviewerRunsProgramme' })
	expect((await reviewerCandidates(application.id, officer.id)).map((c) => c.id)).not.toContain(colleague.id)
	expect((await reviewerCandidates(application.id, officer.id)).map((c) => c.id)).toContain(independent.id)
	// However many applications there are, the automatic assignment never picks the colleague.
	for (let round = 0; round < 3; round++) {
		await prisma.application.create({ data: { referenceNumber: `HS-PC-${randomUUID().slice(0, 8)}`, programmeId: programme.id, organizationId: application.organizationId, status: 'IN_REVIEW', submittedAt: new Date() } })
	}
	expect((await autoAssignReviewers(officer, programme.id, ctx)).ok).toBe(true)
	expect(await prisma.reviewAssignment.count({ where: { reviewerId: colleague.id } })).toBe(0)
	expect(await prisma.reviewAssignment.count({ where: { application: { programmeId: programme.id } } })).toBeGreaterThan(0)
})
