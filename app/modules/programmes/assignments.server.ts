// Assigning reviewers to the applications of a programme: by hand, or automatically
// with assignment.ts (balanced load; never a reviewer from the applicant's
// organisation or one who declared a conflict with the application).
import type { AppLoadContext } from '@remix-run/node'
import type { Prisma } from '~/generated/prisma/client'
import { audit } from '~/modules/audit/audit.server'
import type { SessionUser } from '~/modules/auth/guards.server'
import { notify } from '~/modules/notifications/notifications.server'
import { prisma } from '~/utils/db.server'
import { siteOrigin } from '~/utils/locale.server'
import { assignReviewers } from './assignment'
import { applicantSidePairs, conflictedApplicationIds, conflictError, hasConflict } from './conflicts.server'
import { programmeForOfficer } from './officers.server'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

// Each reviewer hears of a new assignment, in the app and by e-mail, once it is committed.
async function notifyAssigned(assignments: { id: string; reviewerId: string; applicationId: string }[], request: Request) {
	if (!assignments.length) return
	const applications = await prisma.application.findMany({
		where: { id: { in: [...new Set(assignments.map((a) => a.applicationId))] } },
		select: { id: true, referenceNumber: true, programme: { select: { title: true } } },
	})
	const byId = new Map(applications.map((a) => [a.id, a]))
	for (const assignment of assignments) {
		const application = byId.get(assignment.applicationId)
		if (!application) continue
		const link = `/account/reviews/${assignment.id}`
		const params = { reference: application.referenceNumber, programme: application.programme.title }
		await notify({ userId: assignment.reviewerId, type: 'review.assigned', data: params, link, email: { template: 'reviewAssigned', params: { ...params, link: `${siteOrigin(request)}${link}` } } })
	}
}

// Assigning reviewers to a programme's applications, automatic or by hand, happens one
// at a time per programme: both take this lock first, inside their transaction.
async function lockAssignments(tx: Prisma.TransactionClient, programmeId: string) {
	await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`assign:${programmeId}`}, 0))`
}

// Who may review a programme's applications: active users with the reviewer role, but
// never one who also runs the programme (an officer of its organisation sees every
// reviewer's scores, so their own review would not be blind).
export function reviewerWhere(programmeOrganizationId: string): Prisma.UserWhereInput {
	return {
		status: 'ACTIVE',
		roles: { some: { role: { name: 'reviewer' } } },
		NOT: { AND: [{ roles: { some: { role: { name: 'programme_officer' } } } }, { memberships: { some: { organizationId: programmeOrganizationId } } }] },
	}
}

// Who can read an application's submitted reviews without being assigned to it:
// administrators (the officers of the programme's organisation are never its reviewers,
// see reviewerWhere). Once a review of an application is submitted, such a person may
// have read it, so their own review of it would not be blind: they are not assigned to it
// any more (the first assignment of an administrator is blind while it is pending).
export const readsReviewsWhere: Prisma.UserWhereInput = { roles: { some: { role: { name: 'admin' } } } }

export const selfAssignmentError = 'programmeIntegrity.errors.selfAssignment'
const readReviewsError = 'programmeIntegrity.errors.reviewerMayHaveReadReviews'

// The pool for the automatic assignment, never the acting officer themselves.
async function reviewerPool(programmeOrganizationId: string, actingUserId: string) {
	const reviewers = await prisma.user.findMany({
		where: { ...reviewerWhere(programmeOrganizationId), id: { not: actingUserId } },
		select: { id: true, memberships: { select: { organizationId: true } }, roles: { where: { role: { name: 'admin' } }, select: { roleId: true } }, _count: { select: { reviewAssignments: { where: { status: 'ASSIGNED' } } } } },
	})
	return reviewers.map((r) => ({ id: r.id, organizationIds: r.memberships.map((m) => m.organizationId), load: r._count.reviewAssignments, readsReviews: r.roles.length > 0 }))
}

export async function autoAssignReviewers(user: SessionUser, programmeId: string, ctx: Ctx) {
	const programme = await programmeForOfficer(user, programmeId)
	if (!programme) return { ok: false as const, status: 404 as const }
	const outcome = await prisma.$transaction(async (tx) => {
		// The applications' assignments are read under the lock, so a manual assignment
		// made meanwhile is seen.
		await lockAssignments(tx, programmeId)
		const inReview = await tx.application.findMany({
			where: { programmeId, status: 'IN_REVIEW' },
			select: { id: true, organizationId: true, assignments: { select: { reviewerId: true, status: true } } },
		})
		// Applications the acting officer may not handle are left to another officer.
		const notMine = await conflictedApplicationIds(user.id, inReview.map((a) => a.id))
		const applications = inReview.filter((a) => !notMine.has(a.id))
		// Declared conflicts, and the applicant's side of each application (its author and
		// whoever submitted or withdrew it), even after they left the organisation.
		// Administrators are not assigned where a review is already submitted (readsReviewsWhere).
		const pool = await reviewerPool(programme.organizationId, user.id)
		const readers = pool.filter((r) => r.readsReviews)
		const reviewed = applications.filter((a) => a.assignments.some((x) => x.status === 'SUBMITTED'))
		const conflicts = new Set([
			...applications.flatMap((a) => a.assignments.filter((x) => x.status === 'CONFLICT_DECLARED').map((x) => `${x.reviewerId}:${a.id}`)),
			...(await applicantSidePairs(applications.map((a) => a.id))),
			...reviewed.flatMap((a) => readers.map((r) => `${r.id}:${a.id}`)),
		])
		const result = assignReviewers({
			applications: applications.map((a) => ({
				id: a.id,
				organizationId: a.organizationId,
				// A reviewer who declared a conflict no longer counts towards the number needed.
				reviewerIds: a.assignments.filter((x) => x.status !== 'CONFLICT_DECLARED').map((x) => x.reviewerId),
			})),
			reviewers: pool,
			perApplication: programme.reviewersPerApplication,
			conflicts,
		})
		// Someone with a declared conflict keeps that record and is never assigned again.
		const declared = new Set(applications.flatMap((a) => a.assignments.map((x) => `${x.reviewerId}:${a.id}`)))
		const fresh = result.assignments.filter((a) => !declared.has(`${a.reviewerId}:${a.applicationId}`))
		// skipDuplicates: a pair created some other way meanwhile is kept, never a 500.
		const created = fresh.length
			? await tx.reviewAssignment.createManyAndReturn({ data: fresh.map((a) => ({ ...a, assignedById: user.id })), skipDuplicates: true, select: { id: true, reviewerId: true, applicationId: true } })
			: []
		await audit({ action: 'review.assigned', actorId: user.id, entityType: 'programme', entityId: programmeId, metadata: { assigned: created.length, shortfalls: result.shortfalls.length }, ...ctx }, tx)
		return { ok: true as const, assigned: created.length, shortfalls: result.shortfalls, created }
	})
	if (outcome.ok) await notifyAssigned(outcome.created, ctx.request)
	return outcome.ok ? { ok: true as const, assigned: outcome.assigned, shortfalls: outcome.shortfalls } : outcome
}

const reviewerConflictError = 'programmeIntegrity.errors.reviewerConflicted'

type ManualResult = { ok: true } | { ok: false; status: 400 | 403 | 404 | 409; error: string }
type AssignedResult = { ok: true; assignment: { id: string; reviewerId: string; applicationId: string } } | Exclude<ManualResult, { ok: true }>

// One reviewer assigned by hand, by the same rules as the automatic assignment: a user
// with the reviewer role, never one with a conflict of interest (conflicts.server.ts).
export async function assignReviewer(user: SessionUser, input: { applicationId: string; reviewerId: string }, ctx: Ctx): Promise<ManualResult> {
	const application = await prisma.application.findUnique({ where: { id: input.applicationId }, select: { programmeId: true, organizationId: true } })
	const programme = application ? await programmeForOfficer(user, application.programmeId) : null
	if (!application || !programme) return { ok: false, status: 404, error: 'errors.notFound' }
	if (await hasConflict(user.id, input.applicationId)) return { ok: false, status: 403, error: conflictError }
	// Nobody makes themselves a reviewer: an officer or administrator has read the reviews.
	if (input.reviewerId === user.id) return { ok: false, status: 403, error: selfAssignmentError }
	const reviewer = await prisma.user.findFirst({
		where: { id: input.reviewerId, status: 'ACTIVE', roles: { some: { role: { name: 'reviewer' } } } },
		select: { id: true, roles: { where: { role: { name: 'admin' } }, select: { roleId: true } }, memberships: { where: { organizationId: application.organizationId }, select: { id: true } } },
	})
	if (!reviewer) return { ok: false, status: 400, error: 'evaluation.errors.notAReviewer' }
	if ((await prisma.user.count({ where: { id: reviewer.id, ...reviewerWhere(programme.organizationId) } })) === 0) return { ok: false, status: 400, error: 'evaluation.errors.reviewerRunsProgramme' }
	if (reviewer.memberships.length) return { ok: false, status: 400, error: 'evaluation.errors.reviewerOwnOrganization' }
	// The author, or someone who acted for the applicant, even after leaving its organisation
	// (a declared conflict keeps its own message, checked again under the lock below).
	if (await hasConflict(reviewer.id, input.applicationId)) {
		const declared = await prisma.reviewAssignment.count({ where: { applicationId: input.applicationId, reviewerId: reviewer.id, status: 'CONFLICT_DECLARED' } })
		return { ok: false, status: 400, error: declared ? 'evaluation.errors.reviewerConflict' : reviewerConflictError }
	}
	const outcome = await prisma.$transaction(async (tx): Promise<AssignedResult> => {
		// The programme's assignment lock first (as the automatic assignment takes it), then the application's row.
		await lockAssignments(tx, application.programmeId)
		await tx.$queryRaw`SELECT "id" FROM "Application" WHERE "id" = ${input.applicationId} FOR UPDATE`
		const current = await tx.application.findUniqueOrThrow({ where: { id: input.applicationId }, select: { status: true } })
		if (current.status !== 'IN_REVIEW') return { ok: false, status: 409, error: 'programmes.errors.notAllowedNow' }
		const existing = await tx.reviewAssignment.findUnique({ where: { applicationId_reviewerId: { applicationId: input.applicationId, reviewerId: reviewer.id } }, select: { status: true } })
		if (existing?.status === 'CONFLICT_DECLARED') return { ok: false, status: 400, error: 'evaluation.errors.reviewerConflict' }
		if (existing) return { ok: false, status: 409, error: 'evaluation.errors.reviewerAlreadyAssigned' }
		// Under the application's lock: a reviewer's submission (which takes it for share) is in, or waits.
		if (reviewer.roles.length && (await tx.reviewAssignment.count({ where: { applicationId: input.applicationId, status: 'SUBMITTED' } })) > 0) return { ok: false, status: 400, error: readReviewsError }
		const assignment = await tx.reviewAssignment.create({ data: { applicationId: input.applicationId, reviewerId: reviewer.id, assignedById: user.id }, select: { id: true, reviewerId: true, applicationId: true } })
		await audit({ action: 'review.assigned', actorId: user.id, entityType: 'application', entityId: input.applicationId, metadata: { reviewerId: reviewer.id, manual: true }, ...ctx }, tx)
		return { ok: true, assignment }
	})
	if (!outcome.ok) return outcome
	await notifyAssigned([outcome.assignment], ctx.request)
	return { ok: true }
}

// Only an assignment without submitted scores can be withdrawn; a declared conflict is
// kept on record (so the reviewer is never assigned to that application again).
export async function unassignReviewer(user: SessionUser, assignmentId: string, ctx: Ctx): Promise<ManualResult> {
	const assignment = await prisma.reviewAssignment.findUnique({ where: { id: assignmentId }, select: { applicationId: true, reviewerId: true, application: { select: { programmeId: true } } } })
	if (!assignment || !(await programmeForOfficer(user, assignment.application.programmeId))) return { ok: false, status: 404, error: 'errors.notFound' }
	if (await hasConflict(user.id, assignment.applicationId)) return { ok: false, status: 403, error: conflictError }
	// Withdrawing one's own assignment would lift blind review for oneself.
	if (assignment.reviewerId === user.id) return { ok: false, status: 403, error: selfAssignmentError }
	return prisma.$transaction(async (tx): Promise<ManualResult> => {
		// Once decided, the reviews the decision was taken on stay as they are (the
		// application first, then the assignment: the order a reviewer's save takes them in).
		const [application] = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text AS "status" FROM "Application" WHERE "id" = ${assignment.applicationId} FOR SHARE`
		if (application?.status !== 'IN_REVIEW') return { ok: false, status: 409, error: 'programmes.errors.notAllowedNow' }
		// The reviewer may be submitting at this very moment: their submission takes the same lock.
		const locked = await tx.$queryRaw<{ status: string; reviewerId: string }[]>`SELECT "status"::text AS "status", "reviewerId" FROM "ReviewAssignment" WHERE "id" = ${assignmentId} FOR UPDATE`
		const current = locked[0]
		if (!current) return { ok: false, status: 409, error: 'evaluation.errors.assignmentChanged' }
		if (current.status === 'SUBMITTED') return { ok: false, status: 409, error: 'evaluation.errors.reviewAlreadySubmitted' }
		if (current.status === 'CONFLICT_DECLARED') return { ok: false, status: 409, error: 'evaluation.errors.conflictKept' }
		await tx.reviewScore.deleteMany({ where: { assignmentId } })
		await tx.reviewAssignment.delete({ where: { id: assignmentId } })
		await audit({ action: 'review.unassigned', actorId: user.id, entityType: 'application', entityId: assignment.applicationId, metadata: { reviewerId: current.reviewerId }, ...ctx }, tx)
		return { ok: true }
	})
}
