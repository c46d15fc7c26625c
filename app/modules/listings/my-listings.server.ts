// The listings a member manages: those of every organisation they belong to, and
// their own expert profile. Archive and restore keep the search index in step.
import type { AppLoadContext } from '@remix-run/node'
import type { SessionUser } from '~/modules/auth/guards.server'
import { hasPermission } from '~/modules/auth/permissions'
import { prisma } from '~/utils/db.server'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

function managedBy(userId: string) {
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
		select: { id: true, status: true, publishedAt: true },
	})
}

export async function archiveListing(user: SessionUser, listingId: string, _ctx: Ctx) {
	const listing = await findManagedListing(user, listingId)
	if (!listing) return { ok: false as const, status: 404 }
	if (listing.status === 'ARCHIVED') return { ok: false as const, status: 409 }
	await prisma.$transaction([
		prisma.listing.update({ where: { id: listing.id }, data: { status: 'ARCHIVED', archivedAt: new Date() } }),
		prisma.searchOutbox.create({ data: { entityType: 'listing', entityId: listing.id } }),
	])
	return { ok: true as const }
}

// A listing that had been approved returns to the public; one that never was goes back to draft.
export async function restoreListing(user: SessionUser, listingId: string, _ctx: Ctx) {
	const listing = await findManagedListing(user, listingId)
	if (!listing) return { ok: false as const, status: 404 }
	if (listing.status !== 'ARCHIVED') return { ok: false as const, status: 409 }
	await prisma.$transaction([
		prisma.listing.update({
			where: { id: listing.id },
			data: { status: listing.publishedAt ? 'PUBLISHED' : 'DRAFT', archivedAt: null },
		}),
		prisma.searchOutbox.create({ data: { entityType: 'listing', entityId: listing.id } }),
	])
	return { ok: true as const }
}
