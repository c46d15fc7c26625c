// The listings a member manages: those of every organisation they belong to, and
// their own expert profile. Lifecycle changes keep the search index in step.
import type { AppLoadContext } from '@remix-run/node'
import { audit } from '~/modules/audit/audit.server'
import type { SessionUser } from '~/modules/auth/guards.server'
import { hasPermission } from '~/modules/auth/permissions'
import { prisma } from '~/utils/db.server'
import { nextStatus, type ListingAction } from './lifecycle'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

export function managedBy(userId: string) {
	return {
		OR: [
			{ organization: { memberships: { some: { userId } } } },
			{ organizationId: null, authorId: userId },
		],
	}
}

export async function listMyListings(userId: string) {
	return prisma.listing.findMany({
		where: managedBy(userId),
		orderBy: [{ updatedAt: 'desc' }],
		select: {
			id: true,
			slug: true,
			type: true,
			status: true,
			title: true,
			rejectionReason: true,
			viewCount: true,
			updatedAt: true,
			organization: { select: { name: true, slug: true } },
		},
	})
}

// The listing if this user may manage it; null otherwise (the caller answers 404).
export async function findManagedListing(user: SessionUser, listingId: string) {
	const anyListing = hasPermission(user, 'update:listing:any')
	return prisma.listing.findFirst({
		where: { id: listingId, ...(anyListing ? {} : managedBy(user.id)) },
		select: { id: true, status: true, publishedAt: true, organization: { select: { suspendedAt: true, deletedAt: true } } },
	})
}

export type ManagerAction = Extract<ListingAction, 'submit' | 'withdraw' | 'archive' | 'restore'>

export async function changeListingStatus(user: SessionUser, listingId: string, action: ManagerAction, ctx: Ctx) {
	const listing = await findManagedListing(user, listingId)
	if (!listing) return { ok: false as const, status: 404 }
	// The members of a suspended (or deleted) organisation cannot publish for it.
	if ((listing.organization?.suspendedAt || listing.organization?.deletedAt) && (action === 'submit' || action === 'restore')) return { ok: false as const, status: 409 }
	const status = nextStatus(listing.status, action, { everPublished: listing.publishedAt !== null })
	if (!status) return { ok: false as const, status: 409 }
	const now = new Date()
	await prisma.$transaction(async (tx) => {
		// Compare-and-set on the status, so two clicks never apply one action twice.
		const { count } = await tx.listing.updateMany({
			where: { id: listing.id, status: listing.status },
			data: {
				status,
				version: { increment: 1 },
				...(action === 'submit' ? { submittedAt: now, rejectionReason: null } : {}),
				...(action === 'archive' ? { archivedAt: now } : {}),
				...(action === 'restore' ? { archivedAt: null } : {}),
			},
		})
		if (!count) return
		await tx.searchOutbox.create({ data: { entityType: 'listing', entityId: listing.id } })
		await audit({ action: `listing.${action}`, actorId: user.id, entityType: 'listing', entityId: listing.id, metadata: { from: listing.status, to: status }, ...ctx }, tx)
	})
	return { ok: true as const, status }
}
