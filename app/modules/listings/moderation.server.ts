// The moderators' review queue: oldest submission first; approve publishes, reject
// returns the listing to its authors with a reason, in-app and by e-mail.
import type { AppLoadContext } from '@remix-run/node'
import type { ListingType } from '~/generated/prisma/enums'
import { audit } from '~/modules/audit/audit.server'
import { renderMarkdown } from '~/modules/content/markdown.server'
import { notify } from '~/modules/notifications/notifications.server'
import { prisma } from '~/utils/db.server'
import { nextStatus } from './lifecycle'
import { listingUrl } from './listing-paths'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

export async function listReviewQueue(type?: ListingType) {
	const listings = await prisma.listing.findMany({
		where: { status: 'PENDING_REVIEW', ...(type ? { type } : {}) },
		orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
		take: 50,
		select: {
			id: true,
			type: true,
			title: true,
			summary: true,
			description: true,
			submittedAt: true,
			organization: { select: { name: true, verificationStatus: true } },
			author: { select: { name: true } },
		},
	})
	return listings.map(({ description, ...listing }) => ({ ...listing, descriptionHtml: renderMarkdown(description) }))
}

export async function decideListing(
	input: { moderatorId: string; listingId: string; approve: boolean; reason?: string; origin: string },
	ctx: Ctx,
) {
	const listing = await prisma.listing.findUnique({
		where: { id: input.listingId },
		select: { id: true, status: true, type: true, slug: true, title: true, publishedAt: true, authorId: true, organizationId: true },
	})
	if (!listing) return { ok: false as const, status: 404 }
	const status = nextStatus(listing.status, input.approve ? 'approve' : 'reject', { everPublished: listing.publishedAt !== null })
	if (!status) return { ok: false as const, status: 409 }
	const now = new Date()
	const updated = await prisma.$transaction(async (tx) => {
		const { count } = await tx.listing.updateMany({
			where: { id: listing.id, status: 'PENDING_REVIEW' },
			data: input.approve
				? { status, publishedAt: listing.publishedAt ?? now, rejectionReason: null }
				: { status, rejectionReason: input.reason ?? null },
		})
		if (!count) return false
		await tx.searchOutbox.create({ data: { entityType: 'listing', entityId: listing.id } })
		await audit(
			{ action: input.approve ? 'listing.approve' : 'listing.reject', actorId: input.moderatorId, entityType: 'listing', entityId: listing.id, metadata: input.reason ? { reason: input.reason } : {}, ...ctx },
			tx,
		)
		return true
	})
	if (!updated) return { ok: false as const, status: 409 }
	// The author and the organisation's owners hear about it.
	const owners = listing.organizationId
		? await prisma.membership.findMany({ where: { organizationId: listing.organizationId, role: 'OWNER' }, select: { userId: true } })
		: []
	const recipients = new Set([listing.authorId, ...owners.map((o) => o.userId)])
	const link = input.approve ? listingUrl(listing.type, listing.slug) : '/account/listings'
	for (const userId of recipients) {
		await notify({
			userId,
			type: input.approve ? 'listing.approved' : 'listing.rejected',
			data: { listingId: listing.id, title: listing.title, ...(input.reason ? { reason: input.reason } : {}) },
			link,
			email: {
				template: input.approve ? 'listingApproved' : 'listingRejected',
				params: { title: listing.title, reason: input.reason ?? '', link: `${input.origin}${link}` },
			},
		})
	}
	return { ok: true as const, status }
}
