// Conflicts of interest on an application. Someone who is a member of the applying
// organisation (checked now, at the time of each action, not only when assigned), who
// wrote it (its applicant) or acted on the applicant's side of it (created, submitted,
// resubmitted or withdrew it — leaving the organisation afterwards changes nothing), or
// who declared a conflict with it, never screens it, assigns its reviewers, is assigned
// to it, scores it or decides it — whatever roles they hold.
//
// An officer declares a conflict the way a reviewer does: a review assignment with the
// status CONFLICT_DECLARED, kept on record. So the automatic and manual assignment, which
// already skip declared conflicts, never make that officer a reviewer of it either.
import type { AppLoadContext } from '@remix-run/node'
import type { Prisma } from '~/generated/prisma/client'
import type { ApplicationStatus } from '~/generated/prisma/enums'
import { audit } from '~/modules/audit/audit.server'
import type { SessionUser } from '~/modules/auth/guards.server'
import { prisma } from '~/utils/db.server'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

export const conflictError = 'programmeIntegrity.errors.conflictOfInterest'

// The statuses only the applicant's side moves an application to (application-lifecycle.ts):
// whoever recorded such an event acted for the applicant.
export const applicantSideStatuses: ApplicationStatus[] = ['DRAFT', 'SUBMITTED', 'RESUBMITTED', 'WITHDRAWN']

// The one definition of "conflicted", as a condition on the application.
export function conflictedWhere(userId: string): Prisma.ApplicationWhereInput {
	return {
		OR: [
			{ organization: { memberships: { some: { userId } } } },
			{ applicantId: userId },
			{ events: { some: { actorId: userId, toStatus: { in: applicantSideStatuses } } } },
			{ assignments: { some: { reviewerId: userId, status: 'CONFLICT_DECLARED' } } },
		],
	}
}

// The same definition as a condition on the people: those without a conflict with this
// application (used to list and pick reviewers).
export function notConflictedWith(applicationId: string): Prisma.UserWhereInput {
	return {
		memberships: { none: { organization: { applications: { some: { id: applicationId } } } } },
		applications: { none: { id: applicationId } },
		applicationEvents: { none: { applicationId, toStatus: { in: applicantSideStatuses } } },
		reviewAssignments: { none: { applicationId, status: 'CONFLICT_DECLARED' } },
	}
}

export async function hasConflict(userId: string, applicationId: string) {
	return (await prisma.application.count({ where: { id: applicationId, ...conflictedWhere(userId) } })) > 0
}

// The applications among these that this user may not handle.
export async function conflictedApplicationIds(userId: string, applicationIds: string[]) {
	if (!applicationIds.length) return new Set<string>()
	const rows = await prisma.application.findMany({ where: { id: { in: applicationIds }, ...conflictedWhere(userId) }, select: { id: true } })
	return new Set(rows.map((r) => r.id))
}

// "userId:applicationId" for every person outside the applying organisation who still has
// a conflict with one of these applications: its applicant, and whoever acted on the
// applicant's side (members are matched by organisation, declarations by their assignment).
export async function applicantSidePairs(applicationIds: string[]) {
	if (!applicationIds.length) return new Set<string>()
	const [applications, events] = await Promise.all([
		prisma.application.findMany({ where: { id: { in: applicationIds }, applicantId: { not: null } }, select: { id: true, applicantId: true } }),
		prisma.applicationEvent.findMany({ where: { applicationId: { in: applicationIds }, actorId: { not: null }, toStatus: { in: applicantSideStatuses } }, select: { applicationId: true, actorId: true } }),
	])
	return new Set([...applications.map((a) => `${a.applicantId}:${a.id}`), ...events.map((e) => `${e.actorId}:${e.applicationId}`)])
}

// An officer's own declaration. A review they were assigned (not yet submitted) turns
// into the declaration; a submitted review stays as it is and is refused here.
export async function declareOfficerConflict(user: SessionUser, applicationId: string, note: string, ctx: Ctx) {
	return prisma.$transaction(async (tx) => {
		await tx.$queryRaw`SELECT "id" FROM "Application" WHERE "id" = ${applicationId} FOR UPDATE`
		const existing = await tx.reviewAssignment.findUnique({ where: { applicationId_reviewerId: { applicationId, reviewerId: user.id } }, select: { id: true, status: true } })
		if (existing?.status === 'CONFLICT_DECLARED') return { ok: false as const, status: 409 as const, error: 'programmeIntegrity.errors.conflictAlreadyDeclared' }
		if (existing?.status === 'SUBMITTED') return { ok: false as const, status: 409 as const, error: 'evaluation.errors.reviewAlreadySubmitted' }
		const data = { status: 'CONFLICT_DECLARED' as const, conflictNote: note.trim() || null, conflictCheckedAt: new Date() }
		if (existing) {
			await tx.reviewScore.deleteMany({ where: { assignmentId: existing.id } })
			await tx.reviewAssignment.update({ where: { id: existing.id }, data })
		} else {
			await tx.reviewAssignment.create({ data: { applicationId, reviewerId: user.id, assignedById: user.id, ...data } })
		}
		await audit({ action: 'review.conflict.declared', actorId: user.id, entityType: 'application', entityId: applicationId, metadata: { note: note.trim() || null, side: 'officer' }, ...ctx }, tx)
		return { ok: true as const }
	})
}

// Whether the scores of the other reviewers must stay hidden from this user: they are
// assigned to the application and have not submitted their own review (blind review
// holds whatever other roles they hold).
export async function pendingReviewerOf(userId: string, applicationIds: string[]) {
	if (!applicationIds.length) return new Set<string>()
	const rows = await prisma.reviewAssignment.findMany({
		where: { reviewerId: userId, applicationId: { in: applicationIds }, status: { not: 'SUBMITTED' } },
		select: { applicationId: true },
	})
	return new Set(rows.map((r) => r.applicationId))
}
