// Verified experts, as verified organisations: the expert (or whoever wrote the
// profile) asks, a moderator checks and verifies or rejects with a reason, the
// expert is told in the app and by e-mail, and a verified profile shows a badge on
// its page and its search card. Every step is audited.
import type { AppLoadContext } from '@remix-run/node'
import { audit } from '~/modules/audit/audit.server'
import type { SessionUser } from '~/modules/auth/guards.server'
import { notify } from '~/modules/notifications/notifications.server'
import { prisma } from '~/utils/db.server'
import { listingUrl } from './listing-paths'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

// The expert themself, or the profile's author: nobody else may ask (others get 404).
function askableBy(userId: string) {
	return { type: 'EXPERT' as const, OR: [{ authorId: userId }, { expertProfile: { userId } }] }
}

export async function expertVerificationFor(user: SessionUser, listingId: string) {
	const listing = await prisma.listing.findFirst({
		where: { id: listingId, ...askableBy(user.id) },
		select: { status: true, expertProfile: { select: { verificationStatus: true, verificationRejectionReason: true, verificationRequestedAt: true } } },
	})
	if (!listing?.expertProfile) return null
	const { verificationStatus: status, verificationRejectionReason: reason } = listing.expertProfile
	return { status, reason, canRequest: listing.status !== 'ARCHIVED' && (status === 'UNVERIFIED' || status === 'REJECTED') }
}

export async function requestExpertVerification(user: SessionUser, listingId: string, ctx: Ctx) {
	const listing = await prisma.listing.findFirst({ where: { id: listingId, ...askableBy(user.id) }, select: { id: true, status: true } })
	if (!listing) return { ok: false as const, status: 404 as const }
	if (listing.status === 'ARCHIVED') return { ok: false as const, status: 409 as const }
	const requested = await prisma.$transaction(async (tx) => {
		// Compare-and-set: a second click (or a pending or verified profile) changes nothing.
		const { count } = await tx.expertProfile.updateMany({
			where: { listingId, verificationStatus: { in: ['UNVERIFIED', 'REJECTED'] } },
			data: { verificationStatus: 'PENDING', verificationRequestedAt: new Date(), verificationRejectionReason: null },
		})
		if (count) await audit({ action: 'expert.verification.requested', actorId: user.id, entityType: 'listing', entityId: listingId, ...ctx }, tx)
		return count > 0
	})
	return requested ? { ok: true as const } : { ok: false as const, status: 409 as const }
}

// The queue, each expert marked `own` when this moderator may not decide on it.
export async function listExpertVerificationQueue(moderatorId: string) {
	const ownOrganizations = new Set((await prisma.membership.findMany({ where: { userId: moderatorId }, select: { organizationId: true } })).map((m) => m.organizationId))
	const queue = await prisma.expertProfile.findMany({
		where: { verificationStatus: 'PENDING' },
		orderBy: [{ verificationRequestedAt: 'asc' }, { listingId: 'asc' }],
		take: 100,
		select: {
			listingId: true,
			academicTitle: true,
			degree: true,
			position: true,
			affiliation: true,
			specialities: true,
			verificationRequestedAt: true,
			userId: true,
			listing: {
				select: {
					type: true, slug: true, title: true, summary: true, status: true, version: true, authorId: true, organizationId: true,
					author: { select: { name: true } }, organization: { select: { name: true } },
				},
			},
			user: { select: { name: true, email: true } },
		},
	})
	return queue.map(({ userId, listing: { authorId, organizationId, ...listing }, ...expert }) => ({
		...expert,
		listing,
		own: userId === moderatorId || authorId === moderatorId || (organizationId !== null && ownOrganizations.has(organizationId)),
	}))
}

export async function decideExpertVerification(
	// version: the listing's version the moderator read (bumped by every change of its authors).
	input: { moderatorId: string; listingId: string; version: number; approve: boolean; reason?: string; origin: string },
	ctx: Ctx,
) {
	const profile = await prisma.expertProfile.findUnique({
		where: { listingId: input.listingId },
		select: { userId: true, verificationStatus: true, listing: { select: { id: true, type: true, slug: true, title: true, status: true, authorId: true, organizationId: true } } },
	})
	if (!profile) return { ok: false as const, status: 404 as const }
	// Nobody verifies their own profile, nor an expert of an organisation they belong to.
	if (profile.userId === input.moderatorId || profile.listing.authorId === input.moderatorId) return { ok: false as const, status: 403 as const, reason: 'own' as const }
	const colleague = profile.listing.organizationId
		? await prisma.membership.count({ where: { userId: input.moderatorId, organizationId: profile.listing.organizationId } })
		: 0
	if (colleague > 0) return { ok: false as const, status: 403 as const, reason: 'ownOrganization' as const }
	const now = new Date()
	const decided = await prisma.$transaction(async (tx) => {
		// Compare-and-set on the status and on the version of the profile the moderator read.
		const { count } = await tx.expertProfile.updateMany({
			where: { listingId: input.listingId, verificationStatus: 'PENDING', listing: { is: { version: input.version } } },
			data: input.approve
				? { verificationStatus: 'VERIFIED', verifiedAt: now, verificationRejectionReason: null }
				: { verificationStatus: 'REJECTED', verifiedAt: null, verificationRejectionReason: input.reason ?? null },
		})
		if (!count) return false
		// The badge shows on the search card too.
		await tx.searchOutbox.create({ data: { entityType: 'listing', entityId: input.listingId } })
		await audit(
			{
				action: input.approve ? 'expert.verification.approved' : 'expert.verification.rejected',
				actorId: input.moderatorId,
				entityType: 'listing',
				entityId: input.listingId,
				metadata: { version: input.version, ...(input.reason ? { reason: input.reason } : {}) },
				...ctx,
			},
			tx,
		)
		return true
	})
	if (!decided) {
		// Still waiting: the profile changed after the moderator opened it.
		const now = await prisma.expertProfile.findUnique({ where: { listingId: input.listingId }, select: { verificationStatus: true } })
		return { ok: false as const, status: 409 as const, reason: now?.verificationStatus === 'PENDING' ? ('changed' as const) : ('alreadyDecided' as const) }
	}
	const { listing } = profile
	const link = input.approve && listing.status === 'PUBLISHED' ? listingUrl(listing.type, listing.slug) : `/listings/${listing.id}/edit`
	for (const userId of new Set([profile.userId, listing.authorId].filter((id): id is string => Boolean(id)))) {
		await notify({
			userId,
			type: input.approve ? 'expertVerification.approved' : 'expertVerification.rejected',
			data: { listingId: listing.id, title: listing.title, ...(input.reason ? { reason: input.reason } : {}) },
			link,
			email: {
				template: input.approve ? 'listingDetails.email.expertVerified' : 'listingDetails.email.expertRejected',
				params: { title: listing.title, reason: input.reason ?? '', link: `${input.origin}${link}` },
			},
		})
	}
	return { ok: true as const }
}
