import type { Prisma } from '~/generated/prisma/client'
import type { ListingType } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
import { listingTypes } from './listing-types'


export async function countPublishedByType(): Promise<Record<ListingType, number>> {
	const groups = await prisma.listing.groupBy({
		by: ['type'],
		where: published(),
		_count: { _all: true },
	})
	const counts = Object.fromEntries(listingTypes.map((type) => [type, 0])) as Record<ListingType, number>
	for (const group of groups) counts[group.type] = group._count._all
	return counts
}

export async function latestPublished(limit: number) {
	return prisma.listing.findMany({
		where: published(),
		orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
		take: limit,
		select: {
			id: true,
			slug: true,
			type: true,
			title: true,
			summary: true,
			publishedAt: true,
			organization: { select: { name: true } },
			fields: { select: { field: { select: { slug: true, nameVi: true, nameEn: true } } } },
		},
	})
}

// What a listing's page shows of it (also what a moderator reviews): every field its
// author entered, except the offer's confidential details.
export const listingDetailSelect = {
	organization: { select: { name: true, slug: true, verificationStatus: true, type: true } },
	commune: { select: { name: true } },
	fields: { select: { field: { select: { id: true, slug: true, nameVi: true, nameEn: true } } } },
	technologyOffer: {
		select: {
			trl: true, transferModes: true, priceVnd: true, priceNegotiable: true, ipStatus: true, applications: true, buyerRequirements: true, confidentialityTerms: true,
			linkedPatents: { where: { patent: { listing: published() } }, select: { patent: { select: { listing: { select: { slug: true, title: true } } } } } },
		},
	},
	patent: {
		select: {
			kind: true, applicationNumber: true, applicationDate: true, grantNumber: true, grantDate: true, ipcClasses: true,
			inventors: true, owners: true, legalStatus: true, abstract: true, claimsSummary: true, commercialisationStatus: true,
		},
	},
	technologyRequest: {
		select: { problem: true, requiredCapability: true, budgetMinVnd: true, budgetMaxVnd: true, deadline: true, preferredTransferModes: true, isCommissioned: true },
	},
	expertProfile: {
		select: {
			academicTitle: true, degree: true, position: true, affiliation: true, specialities: true, projects: true, publications: true,
			languages: true, availableForConsulting: true, contactEmail: true, contactPhone: true, verifiedAt: true, verificationStatus: true,
		},
	},
	incubatorProfile: { select: { services: true, capacity: true, alumniCount: true, alumniStartups: true, isAccelerator: true } },
	startupProfile: {
		select: {
			stage: true, foundedOn: true, teamSize: true, seeks: true,
			pitchDeck: { select: { id: true, fileName: true, sizeBytes: true, approvedAt: true, deletedAt: true } },
		},
	},
} as const satisfies Prisma.ListingSelect

type DetailRow = Prisma.ListingGetPayload<{ select: typeof listingDetailSelect }>

const money = (value: bigint | null | undefined) => (value === null || value === undefined ? null : value.toString())

// The details as a page receives them: amounts as strings, the pitch deck only once
// approved (a moderator sees it before: `pitchDeckUnapproved`).
export function detailView<T extends Pick<DetailRow, 'technologyOffer' | 'technologyRequest' | 'startupProfile'>>(row: T, options: { pitchDeckUnapproved?: boolean } = {}) {
	const { technologyOffer, technologyRequest, startupProfile, ...rest } = row
	const deck = startupProfile?.pitchDeck
	const deckShown = deck && !deck.deletedAt && (deck.approvedAt || options.pitchDeckUnapproved)
	return {
		...rest,
		technologyOffer: technologyOffer ? { ...technologyOffer, priceVnd: money(technologyOffer.priceVnd) } : null,
		technologyRequest: technologyRequest
			? { ...technologyRequest, budgetMinVnd: money(technologyRequest.budgetMinVnd), budgetMaxVnd: money(technologyRequest.budgetMaxVnd) }
			: null,
		startupProfile: startupProfile
			? { ...startupProfile, pitchDeck: deckShown ? { id: deck.id, fileName: deck.fileName, sizeBytes: deck.sizeBytes } : null }
			: null,
	}
}

export type ListingDetailView = ReturnType<typeof detailView<DetailRow>>

// Only published listings, ever: every public query goes through `published()`. The
// listings of a suspended or deleted organisation are hidden with it.
function published(type?: ListingType) {
	return {
		status: 'PUBLISHED' as const,
		...(type ? { type } : {}),
		OR: [{ organizationId: null }, { organization: { deletedAt: null, suspendedAt: null } }],
	}
}

export async function getPublishedListing(type: ListingType, slug: string) {
	return prisma.listing.findFirst({
		where: { ...published(type), slug },
		select: {
			id: true,
			slug: true,
			type: true,
			title: true,
			summary: true,
			description: true,
			keywords: true,
			publishedAt: true,
			updatedAt: true,
			viewCount: true,
			coverImageId: true,
			...listingDetailSelect,
		},
	})
}

export async function relatedListings(listing: { id: string; type: ListingType; fieldIds: string[] }, limit = 4) {
	if (listing.fieldIds.length === 0) return []
	return prisma.listing.findMany({
		where: { ...published(), id: { not: listing.id }, fields: { some: { fieldId: { in: listing.fieldIds } } } },
		orderBy: [{ publishedAt: 'desc' }],
		take: limit,
		select: { id: true, slug: true, type: true, title: true, summary: true },
	})
}

export async function sitemapEntries() {
	return prisma.listing.findMany({
		where: published(),
		orderBy: { publishedAt: 'desc' },
		select: { slug: true, type: true, updatedAt: true },
	})
}
