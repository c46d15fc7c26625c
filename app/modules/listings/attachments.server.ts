// Images and documents of a listing. Files added before a listing's first approval
// are reviewed with it; files added to a published listing stay private until a
// moderator approves them, like edits to its text.
import type { AppLoadContext } from '@remix-run/node'
import type { Prisma } from '~/generated/prisma/client'
import type { AttachmentKind, ListingStatus } from '~/generated/prisma/enums'
import { audit } from '~/modules/audit/audit.server'
import type { SessionUser } from '~/modules/auth/guards.server'
import { hasPermission } from '~/modules/auth/permissions'
import { removeStoredFiles, storeUpload, UploadError } from '~/modules/files/files.server'
import { notify } from '~/modules/notifications/notifications.server'
import { mayViewApplicationFile } from '~/modules/programmes/application-files.server'
import { prisma } from '~/utils/db.server'
import { listingUrl } from './listing-paths'
import { findManagedListing, managedBy } from './my-listings.server'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

export const maxFilesPerListing = 20

export type AttachmentVisibility = 'public' | 'pendingReview' | 'withListing'

function visibilityOf(listingStatus: ListingStatus, approvedAt: Date | null): AttachmentVisibility {
	if (approvedAt) return listingStatus === 'PUBLISHED' ? 'public' : 'withListing'
	return listingStatus === 'PUBLISHED' ? 'pendingReview' : 'withListing'
}

const attachmentFields = {
	id: true,
	kind: true,
	fileName: true,
	contentType: true,
	sizeBytes: true,
	caption: true,
	width: true,
	height: true,
	thumbnailKey: true,
	approvedAt: true,
	createdAt: true,
} as const satisfies Prisma.AttachmentSelect

function present(row: Prisma.AttachmentGetPayload<{ select: typeof attachmentFields }>, listingStatus: ListingStatus, coverImageId: string | null, pitchDeckId: string | null = null) {
	const { thumbnailKey, approvedAt, ...rest } = row
	return { ...rest, hasThumbnail: thumbnailKey !== null, isCover: row.id === coverImageId, isPitchDeck: row.id === pitchDeckId, visibility: visibilityOf(listingStatus, approvedAt) }
}

export async function getListingFiles(user: SessionUser, listingId: string) {
	const managed = await findManagedListing(user, listingId)
	if (!managed) return null
	const listing = await prisma.listing.findUniqueOrThrow({
		where: { id: listingId },
		select: {
			id: true,
			type: true,
			slug: true,
			title: true,
			status: true,
			coverImageId: true,
			startupProfile: { select: { pitchDeckId: true } },
			attachments: { where: { deletedAt: null }, orderBy: { createdAt: 'asc' }, select: attachmentFields },
		},
	})
	const { attachments, startupProfile, ...rest } = listing
	const pitchDeckId = startupProfile?.pitchDeckId ?? null
	return { listing: rest, files: attachments.map((a) => present(a, listing.status, listing.coverImageId, pitchDeckId)) }
}

export async function addListingFile(
	user: SessionUser,
	listingId: string,
	input: { file: File; kind: AttachmentKind; caption: string },
	ctx: Ctx,
) {
	const managed = await findManagedListing(user, listingId)
	if (!managed) return { ok: false as const, status: 404 as const }
	if (managed.status === 'ARCHIVED' || managed.status === 'PENDING_REVIEW') return { ok: false as const, status: 409 as const }
	const count = await prisma.attachment.count({ where: { listingId, deletedAt: null } })
	if (count >= maxFilesPerListing) throw new UploadError('tooMany', 409)
	const stored = await storeUpload({ file: input.file, kind: input.kind, uploadedById: user.id, listingId, caption: input.caption.slice(0, 200) })
	await prisma.$transaction(async (tx) => {
		// The first image becomes the cover; a published listing's cover only shows once approved.
		if (input.kind === 'IMAGE') await tx.listing.updateMany({ where: { id: listingId, coverImageId: null }, data: { coverImageId: stored.id } })
		await bumpVersion(tx, listingId)
		await audit({ action: 'listing.file.add', actorId: user.id, entityType: 'listing', entityId: listingId, metadata: { attachmentId: stored.id }, ...ctx }, tx)
	})
	return { ok: true as const, attachmentId: stored.id }
}

// A startup's pitch deck: one PDF, replacing the previous one. Like any listing file it is
// reviewed with the listing (or on its own once the listing is published); who may fetch
// it is decided in findViewableAttachment.
export async function addPitchDeck(user: SessionUser, listingId: string, file: File, ctx: Ctx) {
	const managed = await findManagedListing(user, listingId)
	if (!managed) return { ok: false as const, status: 404 as const }
	const profile = await prisma.startupProfile.findUnique({ where: { listingId }, select: { pitchDeckId: true } })
	if (!profile) return { ok: false as const, status: 404 as const }
	if (managed.status === 'ARCHIVED' || managed.status === 'PENDING_REVIEW') return { ok: false as const, status: 409 as const }
	const count = await prisma.attachment.count({ where: { listingId, deletedAt: null, ...(profile.pitchDeckId ? { id: { not: profile.pitchDeckId } } : {}) } })
	if (count >= maxFilesPerListing) throw new UploadError('tooMany', 409)
	const stored = await storeUpload({ file, kind: 'DOCUMENT', uploadedById: user.id, listingId, onlyTypes: ['application/pdf'] })
	const previous = profile.pitchDeckId
		? await prisma.attachment.findUnique({ where: { id: profile.pitchDeckId }, select: { id: true, storageKey: true, thumbnailKey: true } })
		: null
	await prisma.$transaction(async (tx) => {
		await tx.startupProfile.update({ where: { listingId }, data: { pitchDeckId: stored.id } })
		if (previous) await tx.attachment.delete({ where: { id: previous.id } })
		await bumpVersion(tx, listingId)
		await audit({ action: 'listing.pitchDeck.add', actorId: user.id, entityType: 'listing', entityId: listingId, metadata: { attachmentId: stored.id, ...(previous ? { replaced: previous.id } : {}) }, ...ctx }, tx)
	})
	if (previous) await removeStoredFiles([previous])
	return { ok: true as const, attachmentId: stored.id }
}

export async function removeListingFile(user: SessionUser, listingId: string, attachmentId: string, ctx: Ctx) {
	const managed = await findManagedListing(user, listingId)
	if (!managed) return { ok: false as const, status: 404 as const }
	const row = await prisma.attachment.findFirst({ where: { id: attachmentId, listingId, deletedAt: null }, select: { id: true, storageKey: true, thumbnailKey: true } })
	if (!row) return { ok: false as const, status: 404 as const }
	await prisma.$transaction(async (tx) => {
		await tx.attachment.delete({ where: { id: row.id } })
		await bumpVersion(tx, listingId)
		await tx.searchOutbox.create({ data: { entityType: 'listing', entityId: listingId } })
		await audit({ action: 'listing.file.remove', actorId: user.id, entityType: 'listing', entityId: listingId, metadata: { attachmentId }, ...ctx }, tx)
	})
	await removeStoredFiles([row])
	return { ok: true as const }
}

export async function setListingCover(user: SessionUser, listingId: string, attachmentId: string, ctx: Ctx) {
	const managed = await findManagedListing(user, listingId)
	if (!managed) return { ok: false as const, status: 404 as const }
	const image = await prisma.attachment.findFirst({ where: { id: attachmentId, listingId, kind: 'IMAGE', deletedAt: null }, select: { id: true } })
	if (!image) return { ok: false as const, status: 404 as const }
	await prisma.$transaction(async (tx) => {
		await tx.listing.update({ where: { id: listingId }, data: { coverImageId: image.id, version: { increment: 1 } } })
		await tx.searchOutbox.create({ data: { entityType: 'listing', entityId: listingId } })
		await audit({ action: 'listing.file.cover', actorId: user.id, entityType: 'listing', entityId: listingId, metadata: { attachmentId }, ...ctx }, tx)
	})
	return { ok: true as const }
}

// Files are part of what a moderator reviews: any change to them is a new version of
// the listing (see decideListing).
async function bumpVersion(tx: Prisma.TransactionClient, listingId: string) {
	await tx.listing.update({ where: { id: listingId }, data: { version: { increment: 1 } } })
}

// Called in the transaction that approves a listing or an edit of it.
export async function approveListingFiles(tx: Prisma.TransactionClient, listingId: string) {
	await tx.attachment.updateMany({ where: { listingId, approvedAt: null, deletedAt: null }, data: { approvedAt: new Date() } })
}

// Published listings with files waiting for a moderator, oldest upload first.
export async function listPendingFiles(type: Prisma.ListingWhereInput['type'] | undefined, moderatorId: string) {
	const ownOrganizations = new Set((await prisma.membership.findMany({ where: { userId: moderatorId }, select: { organizationId: true } })).map((m) => m.organizationId))
	const rows = await prisma.attachment.findMany({
		where: { approvedAt: null, deletedAt: null, listing: { status: 'PUBLISHED', ...(type ? { type } : {}) } },
		orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
		take: 200,
		select: { ...attachmentFields, uploadedById: true, listing: { select: { id: true, type: true, slug: true, title: true, coverImageId: true, authorId: true, organizationId: true, organization: { select: { name: true } } } } },
	})
	type ListingInfo = Omit<NonNullable<(typeof rows)[number]['listing']>, 'coverImageId' | 'authorId' | 'organizationId'>
	const byListing = new Map<string, { listing: ListingInfo; files: ReturnType<typeof present>[]; own: boolean }>()
	for (const { listing, uploadedById, ...row } of rows) {
		if (!listing) continue
		const { coverImageId, authorId, organizationId, ...listingInfo } = listing
		const own = authorId === moderatorId || uploadedById === moderatorId || (organizationId !== null && ownOrganizations.has(organizationId))
		const entry = byListing.get(listing.id) ?? { listing: listingInfo, files: [], own }
		entry.own ||= own
		entry.files.push(present(row, 'PUBLISHED', coverImageId))
		byListing.set(listing.id, entry)
	}
	return [...byListing.values()]
}

class AlreadyDecided extends Error {}

// Approve or refuse every waiting file of one published listing. Refused files are deleted.
export async function decidePendingFiles(
	// attachmentIds: the files the moderator saw; files uploaded since wait for another decision.
	input: { moderatorId: string; listingId: string; approve: boolean; reason?: string; origin: string; attachmentIds?: string[] },
	ctx: Ctx,
) {
	// Nobody moderates the files of their own listing (or of their organisation's).
	const owner = await prisma.listing.findUnique({ where: { id: input.listingId }, select: { authorId: true, organizationId: true } })
	if (!owner) return { ok: false as const, status: 404 as const }
	const ownMembership = owner.organizationId ? await prisma.membership.count({ where: { userId: input.moderatorId, organizationId: owner.organizationId } }) : 0
	if (owner.authorId === input.moderatorId || ownMembership > 0) return { ok: false as const, status: 403 as const, reason: 'own' as const }
	const pending = await prisma.attachment.findMany({
		where: {
			listingId: input.listingId,
			approvedAt: null,
			deletedAt: null,
			listing: { status: 'PUBLISHED' },
			...(input.attachmentIds ? { id: { in: input.attachmentIds } } : {}),
		},
		select: { id: true, storageKey: true, thumbnailKey: true, uploadedById: true, listing: { select: { title: true, type: true, slug: true } } },
	})
	// Nor files they uploaded themselves, even after leaving the organisation.
	if (pending.some((p) => p.uploadedById === input.moderatorId)) return { ok: false as const, status: 403 as const, reason: 'own' as const }
	if (pending.length === 0) {
		// The files the moderator was shown exist but were decided meanwhile (by another moderator).
		const shown = input.attachmentIds?.length ? await prisma.attachment.count({ where: { id: { in: input.attachmentIds }, listingId: input.listingId } }) : 0
		return shown > 0 ? { ok: false as const, status: 409 as const } : { ok: false as const, status: 404 as const }
	}
	const ids = pending.map((p) => p.id)
	const decided = await prisma.$transaction(async (tx) => {
		// Still waiting? Another moderator may have decided on them a moment ago.
		const still = { id: { in: ids }, approvedAt: null, deletedAt: null }
		const { count } = input.approve
			? await tx.attachment.updateMany({ where: still, data: { approvedAt: new Date() } })
			: await tx.attachment.deleteMany({ where: still })
		if (count !== ids.length) throw new AlreadyDecided()
		await tx.searchOutbox.create({ data: { entityType: 'listing', entityId: input.listingId } })
		await audit(
			{
				action: input.approve ? 'listing.files.approve' : 'listing.files.reject',
				actorId: input.moderatorId,
				entityType: 'listing',
				entityId: input.listingId,
				metadata: { attachmentIds: ids, ...(input.reason ? { reason: input.reason } : {}) },
				...ctx,
			},
			tx,
		)
	}).catch((error) => {
		if (error instanceof AlreadyDecided) return 'alreadyDecided' as const
		throw error
	})
	if (decided === 'alreadyDecided') return { ok: false as const, status: 409 as const }
	if (!input.approve) await removeStoredFiles(pending)
	const listing = pending[0]!.listing!
	const link = input.approve ? listingUrl(listing.type, listing.slug) : `/listings/${input.listingId}/files`
	for (const userId of new Set(pending.map((p) => p.uploadedById).filter((id): id is string => id !== null))) {
		await notify({
			userId,
			type: input.approve ? 'listing.files.approved' : 'listing.files.rejected',
			data: { listingId: input.listingId, title: listing.title, ...(input.reason ? { reason: input.reason } : {}) },
			link,
			...(input.approve
				? {}
				: { email: { template: 'listingFilesRejected' as const, params: { title: listing.title, reason: input.reason ?? '', link: `${input.origin}${link}` } } }),
		})
	}
	return { ok: true as const, count: ids.length }
}

// The public gallery and documents of a published listing.
export async function publicListingFiles(listingId: string) {
	const rows = await prisma.attachment.findMany({
		// A startup's pitch deck is not among them: it is for signed-in members only (see findViewableAttachment).
		where: { listingId, approvedAt: { not: null }, deletedAt: null, listing: { status: 'PUBLISHED' }, pitchDeckOf: { is: null } },
		orderBy: { createdAt: 'asc' },
		select: attachmentFields,
	})
	const files = rows.map(({ thumbnailKey, approvedAt, ...rest }) => ({ ...rest, hasThumbnail: thumbnailKey !== null }))
	return { images: files.filter((f) => f.kind === 'IMAGE'), documents: files.filter((f) => f.kind === 'DOCUMENT') }
}

// Who may fetch a stored file: organisation logos and approved files of published
// listings are public, except a startup's pitch deck, which is for signed-in members;
// a listing's other files (and a pitch deck not yet approved) only for those who
// manage or moderate it.
export async function findViewableAttachment(id: string, user: SessionUser | null) {
	const row = await prisma.attachment.findFirst({
		where: { id, deletedAt: null },
		select: {
			id: true,
			kind: true,
			fileName: true,
			contentType: true,
			sizeBytes: true,
			storageKey: true,
			thumbnailKey: true,
			approvedAt: true,
			logoOf: { select: { id: true } },
			pitchDeckOf: { select: { listingId: true } },
			listing: { select: { id: true, status: true, organization: { select: { suspendedAt: true, deletedAt: true } } } },
			applicationDocuments: { select: { applicationId: true }, take: 1 },
			applicationAnswers: { select: { applicationId: true }, take: 1 },
		},
	})
	if (!row) return null
	const { logoOf, pitchDeckOf, listing, approvedAt, applicationDocuments, applicationAnswers, ...file } = row
	// A file of a support application follows the application's rule, never the listing's.
	const applicationId = applicationDocuments[0]?.applicationId ?? applicationAnswers[0]?.applicationId
	if (applicationId) return (await mayViewApplicationFile(user, applicationId)) ? { ...file, isPublic: false } : null
	if (logoOf) return { ...file, isPublic: true }
	if (!listing) return null
	const staff = user !== null && (hasPermission(user, 'moderate:listing:any') || hasPermission(user, 'update:listing:any'))
	// The files of a suspended or deleted organisation's listings go with their pages: only staff still see them.
	if (listing.organization && (listing.organization.suspendedAt || listing.organization.deletedAt)) return staff ? { ...file, isPublic: false } : null
	// A startup's pitch deck, once approved with its published listing, is for signed-in members only.
	if (listing.status === 'PUBLISHED' && approvedAt) return pitchDeckOf ? (user ? { ...file, isPublic: false } : null) : { ...file, isPublic: true }
	if (!user) return null
	const mayView =
		staff ||
		(await prisma.listing.count({ where: { id: listing.id, ...managedBy(user.id) } })) > 0
	return mayView ? { ...file, isPublic: false } : null
}
