// Who runs a programme: a programme officer who is a member of the programme's
// organisation (neither deleted nor suspended), or an administrator. Everyone else gets null (the page answers 404,
// so programmes of other organisations do not reveal themselves).
import { forbidden, notFound, requireVerifiedUser, type SessionUser } from '~/modules/auth/guards.server'
import { hasPermission, hasRole } from '~/modules/auth/permissions'
import { prisma } from '~/utils/db.server'

export function mayRunProgrammes(user: SessionUser | null) {
	return Boolean(user && (hasRole(user, 'admin') || (hasRole(user, 'programme_officer') && hasPermission(user, 'update:programme:own'))))
}

// The organisations on whose behalf this user may create and run programmes.
export async function officerOrganizations(user: SessionUser) {
	if (!mayRunProgrammes(user)) return []
	const memberships = await prisma.membership.findMany({
		where: { userId: user.id, organization: { deletedAt: null, suspendedAt: null } },
		orderBy: { organization: { name: 'asc' } },
		select: { organization: { select: { id: true, name: true, type: true } } },
	})
	return memberships.map((m) => m.organization)
}

export async function isOfficerOf(user: SessionUser, organizationId: string) {
	if (!mayRunProgrammes(user)) return false
	if (hasRole(user, 'admin')) return true
	return (await prisma.membership.count({ where: { userId: user.id, organizationId, organization: { deletedAt: null, suspendedAt: null } } })) > 0
}

// The programme if this user runs it, else null.
export async function programmeForOfficer(user: SessionUser | null, programmeId: string) {
	if (!user || !mayRunProgrammes(user)) return null
	const programme = await prisma.programme.findUnique({
		where: { id: programmeId },
		select: { id: true, slug: true, title: true, status: true, organizationId: true, opensAt: true, closesAt: true, reviewersPerApplication: true, requiredReviews: true, publishScores: true, resultsPublishedAt: true, maxPerApplicationVnd: true },
	})
	if (!programme || !(await isOfficerOf(user, programme.organizationId))) return null
	return programme
}

// Route guards. Someone who runs no programme at all gets 403 on the officer's own pages.
export async function requireProgrammeRunner(request: Request) {
	const user = await requireVerifiedUser(request)
	if (!mayRunProgrammes(user)) throw forbidden()
	return user
}

// The signed-in officer and the programme they run; anyone else gets 404 (the
// anonymous visitor is sent to sign in, an unverified e-mail to be verified first).
export async function requireProgrammeOfficer(request: Request, programmeId: string) {
	const user = await requireVerifiedUser(request)
	const programme = await programmeForOfficer(user, programmeId)
	if (!programme) throw notFound()
	return { user, programme }
}
