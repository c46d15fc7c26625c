// The moderators' review queue: oldest submission first; approve publishes, reject
// returns the listing to its authors with a reason, in-app and by e-mail.
import type { AppLoadContext } from '@remix-run/node'
import type { ListingType } from '~/generated/prisma/enums'
import { audit } from '~/modules/audit/audit.server'
import { renderMarkdown } from '~/modules/content/markdown.server'
import { notify } from '~/modules/notifications/notifications.server'
import { prisma } from '~/utils/db.server'
import { approveListingFiles } from './attachments.server'
import { currentFormValues, referencesFor, writeListingContent, type RevisionContent } from './editor.server'
import { nextStatus } from './lifecycle'
import { listingUrl } from './listing-paths'
import { detailView, listingDetailSelect } from './public-listings.server'
import { referencedIds, revisionDiff, type Names } from './revision-diff'
import { getI18n, type Locale } from '~/utils/i18n'

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
			keywords: true,
			...listingDetailSelect,
			organization: { select: { name: true, verificationStatus: true } },
			author: { select: { name: true } },
			attachments: {
				where: { deletedAt: null },
				orderBy: { createdAt: 'asc' },
				select: { id: true, kind: true, fileName: true, sizeBytes: true, caption: true, thumbnailKey: true },
			},
		},
	})
	// The moderator sees the type's own fields, and the pitch deck before anyone else.
	return listings.map(({ description, attachments, ...listing }) => ({
		...detailView(listing, { pitchDeckUnapproved: true }),
		descriptionHtml: renderMarkdown(description),
		files: attachments.map(({ thumbnailKey, ...file }) => ({ ...file, hasThumbnail: thumbnailKey !== null })),
	}))
}

export async function openRevisionForm(listingId: string) {
	const revision = await prisma.listingRevision.findFirst({
		where: { listingId, status: { in: ['DRAFT', 'PENDING_REVIEW'] } },
		select: { content: true },
	})
	const content = revision?.content as RevisionContent | undefined
	return content?.form ?? null
}

// Edits of published listings awaiting review, with what changed since the approved version.
export async function listPendingRevisions(type: ListingType | undefined, locale: Locale) {
	const revisions = await prisma.listingRevision.findMany({
		where: { status: 'PENDING_REVIEW', listing: { status: 'PUBLISHED', ...(type ? { type } : {}) } },
		orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
		take: 50,
		select: {
			id: true,
			number: true,
			content: true,
			submittedAt: true,
			author: { select: { name: true } },
			listing: { select: { id: true, type: true, title: true, slug: true, organization: { select: { name: true } } } },
		},
	})
	const t = getI18n(locale).t
	return Promise.all(
		revisions.map(async (revision) => {
			const before = (await currentFormValues(revision.listing.id)) as Record<string, unknown>
			// What approving would write: the parsed input (the form as typed is kept for the editor).
			const content = revision.content as RevisionContent
			const after = (content.input ?? content.form) as unknown as Record<string, unknown>
			const names = await namesFor(referencedIds(revision.listing.type, [before, after]), locale)
			const changes = revisionDiff(revision.listing.type, before, after, { t, locale, names })
			return { id: revision.id, number: revision.number, submittedAt: revision.submittedAt, author: revision.author?.name ?? '', listing: revision.listing, changes }
		}),
	)
}

// The names a moderator reads for the ids and codes a revision refers to.
async function namesFor(ids: ReturnType<typeof referencedIds>, locale: Locale): Promise<Names> {
	const [organizations, fields, communes, patents] = await Promise.all([
		prisma.organization.findMany({ where: { id: { in: ids.organizations } }, select: { id: true, name: true } }),
		prisma.field.findMany({ where: { slug: { in: ids.fields } }, select: { slug: true, nameVi: true, nameEn: true } }),
		prisma.commune.findMany({ where: { code: { in: ids.communes } }, select: { code: true, name: true } }),
		prisma.listing.findMany({ where: { id: { in: ids.patents } }, select: { id: true, title: true } }),
	])
	return {
		organizations: Object.fromEntries(organizations.map((o) => [o.id, o.name])),
		fields: Object.fromEntries(fields.map((f) => [f.slug, locale === 'vi' ? f.nameVi : f.nameEn])),
		communes: Object.fromEntries(communes.map((c) => [c.code, c.name])),
		patents: Object.fromEntries(patents.map((p) => [p.id, p.title])),
	}
}

export async function decideRevision(
	input: { moderatorId: string; revisionId: string; approve: boolean; reason?: string; origin: string },
	ctx: Ctx,
) {
	const revision = await prisma.listingRevision.findUnique({
		where: { id: input.revisionId },
		select: { id: true, status: true, content: true, authorId: true, listing: { select: { id: true, type: true, slug: true, title: true, status: true } } },
	})
	if (!revision) return { ok: false as const, status: 404 }
	if (revision.status !== 'PENDING_REVIEW' || revision.listing.status !== 'PUBLISHED') return { ok: false as const, status: 409 }
	const { input: content } = revision.content as RevisionContent
	if (input.approve) {
		// References are checked again as the author: the organisation, fields and patents may have changed since.
		const refs = revision.authorId ? await referencesFor(revision.authorId, content) : null
		if (!refs || !refs.ok) return { ok: false as const, status: 409 }
		await prisma.$transaction(async (tx) => {
			await writeListingContent(tx, revision.listing.id, content, refs)
			await tx.listingRevision.update({ where: { id: revision.id }, data: { status: 'APPROVED', reviewerId: input.moderatorId, reviewedAt: new Date() } })
			await tx.searchOutbox.create({ data: { entityType: 'listing', entityId: revision.listing.id } })
			await audit({ action: 'listing.revision.approve', actorId: input.moderatorId, entityType: 'listing', entityId: revision.listing.id, ...ctx }, tx)
		})
	} else {
		await prisma.$transaction(async (tx) => {
			await tx.listingRevision.update({
				where: { id: revision.id },
				data: { status: 'REJECTED', reviewerId: input.moderatorId, reviewedAt: new Date(), rejectionReason: input.reason ?? null },
			})
			await audit({ action: 'listing.revision.reject', actorId: input.moderatorId, entityType: 'listing', entityId: revision.listing.id, metadata: input.reason ? { reason: input.reason } : {}, ...ctx }, tx)
		})
	}
	if (revision.authorId) {
		const link = input.approve ? listingUrl(revision.listing.type, revision.listing.slug) : '/account/listings'
		await notify({
			userId: revision.authorId,
			type: input.approve ? 'listing.revision.approved' : 'listing.revision.rejected',
			data: { listingId: revision.listing.id, title: revision.listing.title, ...(input.reason ? { reason: input.reason } : {}) },
			link,
			email: { template: input.approve ? 'listingApproved' : 'listingRejected', params: { title: revision.listing.title, reason: input.reason ?? '', link: `${input.origin}${link}` } },
		})
	}
	return { ok: true as const }
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
		if (input.approve) await approveListingFiles(tx, listing.id)
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
