// What the search index holds about a listing: only public fields of published
// listings. Anything else (draft, pending, rejected, archived, deleted) has no document.
import type { ListingType } from '~/generated/prisma/enums'
import { markdownToPlainText } from '~/modules/content/markdown.server'
import { listingUrl } from '~/modules/listings/listing-paths'
import { prisma } from '~/utils/db.server'
import { stripHighlightMarkers } from './hits'

export type ListingDocument = {
	id: string
	type: ListingType
	slug: string
	url: string
	title: string
	summary: string
	description: string
	keywords: string[]
	fields: string[]
	fieldNames: string[]
	organizationName: string | null
	organizationType: string | null
	organizationVerified: boolean
	commune: string | null
	communeName: string | null
	trl: number | null
	transferModes: string[]
	priceVnd: number | null
	// A request's budget and deadline (unix seconds), shown on its card.
	budgetMinVnd?: number | null
	budgetMaxVnd?: number | null
	deadline?: number | null
	expertVerified?: boolean
	patentKind: string | null
	legalStatus: string | null
	ipcClasses: string[]
	inventors: string[]
	startupStage: string | null
	specialities: string[]
	incubatorServices: string[]
	coverId: string | null
	externalId: string | null
	publishedAt: number
}

const documentSelect = {
	id: true,
	type: true,
	slug: true,
	status: true,
	title: true,
	summary: true,
	description: true,
	keywords: true,
	publishedAt: true,
	externalId: true,
	coverImageId: true,
	coverImage: { select: { approvedAt: true, deletedAt: true } },
	organization: { select: { name: true, type: true, verificationStatus: true, deletedAt: true, suspendedAt: true } },
	commune: { select: { code: true, name: true } },
	fields: { select: { field: { select: { slug: true, nameVi: true, nameEn: true } } } },
	technologyOffer: { select: { trl: true, transferModes: true, priceVnd: true } },
	technologyRequest: { select: { preferredTransferModes: true, budgetMinVnd: true, budgetMaxVnd: true, deadline: true } },
	patent: { select: { kind: true, legalStatus: true, ipcClasses: true, inventors: true } },
	expertProfile: { select: { specialities: true, affiliation: true, verifiedAt: true } },
	incubatorProfile: { select: { services: true } },
	startupProfile: { select: { stage: true } },
} as const

// Markdown to plain text, for searching (never shown as HTML).
function plainText(markdown: string, max = 4000) {
	// Bounded input keeps the work per listing small whatever was written.
	return markdownToPlainText(markdown.slice(0, max * 2)).slice(0, max)
}

const money = (value: bigint | null | undefined) => (value === null || value === undefined ? null : Number(value))

// For each id: its document when it is public, null when it must not be in the index.
export async function loadListingDocuments(ids: string[]): Promise<Map<string, ListingDocument | null>> {
	const rows = await prisma.listing.findMany({ where: { id: { in: ids } }, select: documentSelect })
	const result = new Map<string, ListingDocument | null>(ids.map((id) => [id, null]))
	for (const row of rows) {
		// A suspended or deleted organisation's listings are not public.
		if (row.status !== 'PUBLISHED' || !row.publishedAt || row.organization?.deletedAt || row.organization?.suspendedAt) continue
		result.set(row.id, toDocument(row))
	}
	return result
}

type Row = NonNullable<Awaited<ReturnType<typeof prisma.listing.findFirst<{ select: typeof documentSelect }>>>>

export function toDocument(row: Row): ListingDocument {
	const offer = row.technologyOffer
	const request = row.technologyRequest
	const coverVisible = row.coverImage && row.coverImage.approvedAt && !row.coverImage.deletedAt
	return {
		id: row.id,
		type: row.type,
		slug: row.slug,
		url: listingUrl(row.type, row.slug),
		title: stripHighlightMarkers(row.title),
		summary: stripHighlightMarkers(row.summary),
		description: stripHighlightMarkers(plainText(row.description)),
		keywords: row.keywords,
		fields: row.fields.map((f) => f.field.slug),
		fieldNames: row.fields.flatMap((f) => [f.field.nameVi, f.field.nameEn]),
		organizationName: row.organization?.name ?? null,
		organizationType: row.organization?.type ?? null,
		organizationVerified: row.organization?.verificationStatus === 'VERIFIED',
		commune: row.commune?.code ?? null,
		communeName: row.commune?.name ?? null,
		trl: offer?.trl ?? null,
		transferModes: offer?.transferModes ?? request?.preferredTransferModes ?? [],
		priceVnd: money(offer?.priceVnd ?? request?.budgetMaxVnd),
		budgetMinVnd: money(request?.budgetMinVnd),
		budgetMaxVnd: money(request?.budgetMaxVnd),
		deadline: request?.deadline ? Math.floor(request.deadline.getTime() / 1000) : null,
		expertVerified: Boolean(row.expertProfile?.verifiedAt),
		patentKind: row.patent?.kind ?? null,
		legalStatus: row.patent?.legalStatus ?? null,
		ipcClasses: row.patent?.ipcClasses ?? [],
		inventors: row.patent?.inventors ?? [],
		startupStage: row.startupProfile?.stage ?? null,
		specialities: row.expertProfile?.specialities ?? [],
		incubatorServices: row.incubatorProfile?.services ?? [],
		coverId: coverVisible ? row.coverImageId : null,
		externalId: row.externalId,
		publishedAt: Math.floor(row.publishedAt!.getTime() / 1000),
	}
}

// Ids of every published listing, in pages (for a full reindex).
export async function* publishedListingIdPages(pageSize = 1000) {
	let cursor: string | undefined
	for (;;) {
		const page = await prisma.listing.findMany({
			where: { status: 'PUBLISHED', publishedAt: { not: null } },
			orderBy: { id: 'asc' },
			take: pageSize,
			...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
			select: { id: true },
		})
		if (page.length === 0) return
		yield page.map((row) => row.id)
		cursor = page[page.length - 1]!.id
	}
}
