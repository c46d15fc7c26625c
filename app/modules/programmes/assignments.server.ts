// Assigning reviewers to the applications of a programme: by hand, or automatically
// with assignment.ts (balanced load; never a reviewer from the applicant's
// organisation or one who declared a conflict with the application).
import type { AppLoadContext } from '@remix-run/node'
import { audit } from '~/modules/audit/audit.server'
import type { SessionUser } from '~/modules/auth/guards.server'
import { hasPermission, hasRole } from '~/modules/auth/permissions'
import { prisma } from '~/utils/db.server'
import { assignReviewers } from './assignment'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

async function officerOf(user: SessionUser, programmeId: string) {
	const programme = await prisma.programme.findUnique({ where: { id: programmeId }, select: { id: true, organizationId: true, reviewersPerApplication: true } })
	if (!programme || !hasPermission(user, 'update:application:any')) return null
	if (hasRole(user, 'admin')) return programme
	const member = await prisma.membership.count({ where: { userId: user.id, organizationId: programme.organizationId } })
	return member ? programme : null
}

async function reviewerPool() {
	const reviewers = await prisma.user.findMany({
		where: { status: 'ACTIVE', roles: { some: { role: { name: 'reviewer' } } } },
		select: { id: true, memberships: { select: { organizationId: true } }, _count: { select: { reviewAssignments: { where: { status: 'ASSIGNED' } } } } },
	})
	return reviewers.map((r) => ({ id: r.id, organizationIds: r.memberships.map((m) => m.organizationId), load: r._count.reviewAssignments }))
}

export async function autoAssignReviewers(user: SessionUser, programmeId: string, ctx: Ctx) {
	const programme = await officerOf(user, programmeId)
	if (!programme) return { ok: false as const, status: 404 as const }
	return prisma.$transaction(async (tx) => {
		// One automatic assignment at a time per programme.
		await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`assign:${programmeId}`}, 0))`
		const applications = await tx.application.findMany({
			where: { programmeId, status: 'IN_REVIEW' },
			select: { id: true, organizationId: true, assignments: { select: { reviewerId: true, status: true } } },
		})
		const conflicts = new Set(applications.flatMap((a) => a.assignments.filter((x) => x.status === 'CONFLICT_DECLARED').map((x) => `${x.reviewerId}:${a.id}`)))
		const result = assignReviewers({
			applications: applications.map((a) => ({
				id: a.id,
				organizationId: a.organizationId,
				// A reviewer who declared a conflict no longer counts towards the number needed.
				reviewerIds: a.assignments.filter((x) => x.status !== 'CONFLICT_DECLARED').map((x) => x.reviewerId),
			})),
			reviewers: await reviewerPool(),
			perApplication: programme.reviewersPerApplication,
			conflicts,
		})
		// Someone with a declared conflict keeps that record and is never assigned again.
		const declared = new Set(applications.flatMap((a) => a.assignments.map((x) => `${x.reviewerId}:${a.id}`)))
		const fresh = result.assignments.filter((a) => !declared.has(`${a.reviewerId}:${a.applicationId}`))
		if (fresh.length) await tx.reviewAssignment.createMany({ data: fresh.map((a) => ({ ...a, assignedById: user.id })) })
		await audit({ action: 'review.assigned', actorId: user.id, entityType: 'programme', entityId: programmeId, metadata: { assigned: fresh.length, shortfalls: result.shortfalls.length }, ...ctx }, tx)
		return { ok: true as const, assigned: fresh.length, shortfalls: result.shortfalls }
	})
}
