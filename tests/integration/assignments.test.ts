import { randomUUID } from 'node:crypto'
import { expect, test } from 'vitest'
import { getOptionalUser } from '~/modules/auth/guards.server'
import { autoAssignReviewers } from '~/modules/programmes/assignments.server'
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

	expect(await autoAssignReviewers(officer, programme.id, ctx)).toEqual({ ok: true, assigned: 0, shortfalls: [] })
	expect(await prisma.auditLog.count({ where: { entityId: programme.id, action: 'review.assigned' } })).toBe(2)
})
