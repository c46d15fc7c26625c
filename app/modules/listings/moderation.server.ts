// The moderators' review queue: oldest submission first; approve publishes, reject
// returns the listing to its authors with a reason, in-app and by e-mail.
import type { AppLoadContext } from '@remix-run/node'
import type { ListingStatus, ListingType } from '~/generated/prisma/enums'
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

// Nobody moderates their own work: the author of a listing (or of a revision of it) and
// the members of its organisation, or of the organisation a revision would move it to,
// may not approve or reject it (as nobody verifies their own organisation).
export async function isOwnListing(moderatorId: string, item: { authorIds: (string | null)[]; organizationIds: (string | null | undefined)[] }) {
	if (item.authorIds.includes(moderatorId)) return true
	const organizationIds = item.organizationIds.filter((id): id is string => Boolean(id))
	if (organizationIds.length === 0) return false
	return (await prisma.membership.count({ where: { userId: moderatorId, organizationId: { in: organizationIds } } })) > 0
}

// The audit actions that change what a moderator reviews (content and files of a
// listing, or of an edit of it); each is written in the transaction of the change.
const CONTENT_ACTIONS = ['listing.create', 'listing.update', 'listing.revision', 'listing.file.add', 'listing.pitchDeck.add', 'listing.file.remove', 'listing.file.cover']
const APPROVALS = ['listing.approve', 'listing.revision.approve']

// Everyone who wrote any part of the version awaiting review: whoever changed the
// listing's content or files since a moderator last approved it (or since it was
// created). Read from the audit log, which keeps the actor even after they leave the
// organisation, so leaving does not turn one's own work into someone else's.
export async function listingContributors(listingId: string): Promise<string[]> {
	const lastApproval = await prisma.auditLog.findFirst({
		where: { entityType: 'listing', entityId: listingId, action: { in: APPROVALS } },
		orderBy: { createdAt: 'desc' },
		select: { createdAt: true },
	})
	const rows = await prisma.auditLog.findMany({
		where: { entityType: 'listing', entityId: listingId, action: { in: CONTENT_ACTIONS }, ...(lastApproval ? { createdAt: { gte: lastApproval.createdAt } } : {}) },
		distinct: ['actorId'],
		select: { actorId: true },
	})
	return rows.map((r) => r.actorId).filter((id): id is string => id !== null)
}

// Which of these listings the moderator helped write (see listingContributors), to mark them in the queues.
async function contributedTo(moderatorId: string, listingIds: string[]) {
	const candidates = await prisma.auditLog.findMany({
		where: { actorId: moderatorId, entityType: 'listing', entityId: { in: listingIds }, action: { in: CONTENT_ACTIONS } },
		distinct: ['entityId'],
		select: { entityId: true },
	})
	const own = new Set<string>()
	for (const { entityId } of candidates) if (entityId && (await listingContributors(entityId)).includes(moderatorId)) own.add(entityId)
	return own
}

// The organisations a moderator belongs to, to mark their own items in the queues.
async function organizationsOf(userId: string) {
	const memberships = await prisma.membership.findMany({ where: { userId }, select: { organizationId: true } })
	return new Set(memberships.map((m) => m.organizationId))
}

// Why a decision was refused: 403 own item, 404 unknown, 409 decided meanwhile
// (`alreadyDecided`) or changed by its author since the moderator opened it (`changed`).
type Refusal = { ok: false; status: 403 | 404 | 409; reason: 'own' | 'notFound' | 'alreadyDecided' | 'changed' }
const refuse = (status: Refusal['status'], reason: Refusal['reason']): Refusal => ({ ok: false, status, reason })

class Changed extends Error {}

export async function listReviewQueue(type: ListingType | undefined, moderatorId: string) {
	const ownOrganizations = await organizationsOf(moderatorId)
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
			version: true,
			authorId: true,
			organizationId: true,
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
	const contributed = await contributedTo(moderatorId, listings.map((l) => l.id))
	return listings.map(({ description, attachments, authorId, organizationId, ...listing }) => ({
		...detailView(listing, { pitchDeckUnapproved: true }),
		own: authorId === moderatorId || contributed.has(listing.id) || (organizationId !== null && ownOrganizations.has(organizationId)),
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
export async function listPendingRevisions(type: ListingType | undefined, locale: Locale, moderatorId: string) {
	const ownOrganizations = await organizationsOf(moderatorId)
	const revisions = await prisma.listingRevision.findMany({
		where: { status: 'PENDING_REVIEW', listing: { status: 'PUBLISHED', ...(type ? { type } : {}) } },
		orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
		take: 50,
		select: {
			id: true,
			number: true,
			version: true,
			content: true,
			submittedAt: true,
			authorId: true,
			author: { select: { name: true } },
			listing: { select: { id: true, type: true, title: true, slug: true, authorId: true, organizationId: true, organization: { select: { name: true } } } },
		},
	})
	const t = getI18n(locale).t
	const contributed = await contributedTo(moderatorId, revisions.map((r) => r.listing.id))
	return Promise.all(
		revisions.map(async (revision) => {
			const before = (await currentFormValues(revision.listing.id)) as Record<string, unknown>
			// What approving would write: the parsed input (the form as typed is kept for the editor).
			const content = revision.content as RevisionContent
			const after = (content.input ?? content.form) as unknown as Record<string, unknown>
			const names = await namesFor(referencedIds(revision.listing.type, [before, after]), locale)
			const changes = revisionDiff(revision.listing.type, before, after, { t, locale, names })
			const { authorId, organizationId, ...listing } = revision.listing
			const own =
				[revision.authorId, authorId].includes(moderatorId) ||
				contributed.has(revision.listing.id) ||
				[organizationId, content.input?.organizationId].some((id) => Boolean(id) && ownOrganizations.has(id as string))
			return { id: revision.id, number: revision.number, version: revision.version, submittedAt: revision.submittedAt, author: revision.author?.name ?? '', listing, changes, own }
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
	input: { moderatorId: string; revisionId: string; version: number; approve: boolean; reason?: string; origin: string },
	ctx: Ctx,
): Promise<{ ok: true } | Refusal> {
	const revision = await prisma.listingRevision.findUnique({
		where: { id: input.revisionId },
		select: {
			id: true,
			status: true,
			version: true,
			content: true,
			authorId: true,
			listing: { select: { id: true, type: true, slug: true, title: true, status: true, authorId: true, organizationId: true } },
		},
	})
	if (!revision) return refuse(404, 'notFound')
	const { input: content } = revision.content as RevisionContent
	const contributors = await listingContributors(revision.listing.id)
	if (await isOwnListing(input.moderatorId, { authorIds: [revision.authorId, revision.listing.authorId, ...contributors], organizationIds: [revision.listing.organizationId, content?.organizationId] })) {
		return refuse(403, 'own')
	}
	if (revision.status !== 'PENDING_REVIEW' || revision.listing.status !== 'PUBLISHED') return refuse(409, 'alreadyDecided')
	if (revision.version !== input.version) return refuse(409, 'changed')
	// References are checked again as the author: the organisation, fields and patents may have changed since.
	const refs = input.approve ? (revision.authorId ? await referencesFor(revision.authorId, content) : null) : null
	if (input.approve && (!refs || !refs.ok)) return refuse(409, 'alreadyDecided')
	const decided = await prisma
		.$transaction(async (tx) => {
			// Compare-and-set on the version the moderator read: an edit since then (which
			// bumps it) refuses the decision, in the same transaction that applies it.
			const { count } = await tx.listingRevision.updateMany({
				where: { id: revision.id, status: 'PENDING_REVIEW', version: input.version },
				data: input.approve
					? { status: 'APPROVED', reviewerId: input.moderatorId, reviewedAt: new Date() }
					: { status: 'REJECTED', reviewerId: input.moderatorId, reviewedAt: new Date(), rejectionReason: input.reason ?? null },
			})
			if (!count) throw new Changed()
			if (input.approve && refs?.ok) {
				await writeListingContent(tx, revision.listing.id, content, refs)
				await tx.searchOutbox.create({ data: { entityType: 'listing', entityId: revision.listing.id } })
			}
			await audit(
				{
					action: input.approve ? 'listing.revision.approve' : 'listing.revision.reject',
					actorId: input.moderatorId,
					entityType: 'listing',
					entityId: revision.listing.id,
					metadata: { revisionId: revision.id, version: input.version, ...(input.reason && !input.approve ? { reason: input.reason } : {}) },
					...ctx,
				},
				tx,
			)
			return true
		})
		.catch((error) => {
			if (error instanceof Changed) return false
			throw error
		})
	if (!decided) {
		const now = await prisma.listingRevision.findUnique({ where: { id: revision.id }, select: { status: true } })
		return refuse(409, now?.status === 'PENDING_REVIEW' ? 'changed' : 'alreadyDecided')
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
	input: { moderatorId: string; listingId: string; version: number; approve: boolean; reason?: string; origin: string },
	ctx: Ctx,
): Promise<{ ok: true; status: ListingStatus } | Refusal> {
	const listing = await prisma.listing.findUnique({
		where: { id: input.listingId },
		select: { id: true, status: true, version: true, type: true, slug: true, title: true, publishedAt: true, authorId: true, organizationId: true },
	})
	if (!listing) return refuse(404, 'notFound')
	const contributors = await listingContributors(listing.id)
	if (await isOwnListing(input.moderatorId, { authorIds: [listing.authorId, ...contributors], organizationIds: [listing.organizationId] })) return refuse(403, 'own')
	const status = nextStatus(listing.status, input.approve ? 'approve' : 'reject', { everPublished: listing.publishedAt !== null })
	if (!status) return refuse(409, 'alreadyDecided')
	const now = new Date()
	const updated = await prisma.$transaction(async (tx) => {
		// Compare-and-set on the status and the version the moderator reviewed: any change
		// by the authors since (an edit, a file, a withdrawal and resubmission) bumps it.
		const { count } = await tx.listing.updateMany({
			where: { id: listing.id, status: 'PENDING_REVIEW', version: input.version },
			data: input.approve
				? { status, publishedAt: listing.publishedAt ?? now, rejectionReason: null }
				: { status, rejectionReason: input.reason ?? null },
		})
		if (!count) return false
		if (input.approve) await approveListingFiles(tx, listing.id)
		await tx.searchOutbox.create({ data: { entityType: 'listing', entityId: listing.id } })
		await audit(
			{
				action: input.approve ? 'listing.approve' : 'listing.reject',
				actorId: input.moderatorId,
				entityType: 'listing',
				entityId: listing.id,
				metadata: { version: input.version, ...(input.reason ? { reason: input.reason } : {}) },
				...ctx,
			},
			tx,
		)
		return true
	})
	if (!updated) {
		const now = await prisma.listing.findUnique({ where: { id: listing.id }, select: { status: true } })
		return refuse(409, now?.status === 'PENDING_REVIEW' ? 'changed' : 'alreadyDecided')
	}
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
