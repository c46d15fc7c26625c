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
			organization: { select: { name: true, slug: true, verificationStatus: true, type: true } },
			commune: { select: { name: true } },
			fields: { select: { field: { select: { id: true, slug: true, nameVi: true, nameEn: true } } } },
			technologyOffer: {
				select: {
					trl: true, transferModes: true, priceVnd: true, priceNegotiable: true, ipStatus: true, applications: true, buyerRequirements: true,
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
					languages: true, availableForConsulting: true, contactEmail: true, contactPhone: true, verifiedAt: true,
				},
			},
			incubatorProfile: { select: { services: true, capacity: true, alumniCount: true, alumniStartups: true, isAccelerator: true } },
			startupProfile: { select: { stage: true, foundedOn: true, teamSize: true, seeks: true } },
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
