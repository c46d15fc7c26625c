import type { ListingType } from '~/generated/prisma/enums'

// schema.org JSON-LD for a listing, by the type that fits each kind of listing.
export function listingJsonLd(listing: {
	type: ListingType
	title: string
	summary: string
	canonical: string
	keywords: string[]
	publishedAt: Date | null
	organization: { name: string } | null
	imageUrl?: string | null
}) {
	const provider = listing.organization ? { '@type': 'Organization', name: listing.organization.name } : undefined
	const base = {
		'@context': 'https://schema.org',
		name: listing.title,
		description: listing.summary,
		url: listing.canonical,
		...(listing.imageUrl ? { image: listing.imageUrl } : {}),
	}
	switch (listing.type) {
		case 'TECHNOLOGY_OFFER':
			return { ...base, '@type': 'Product', category: 'Technology', brand: provider, keywords: listing.keywords.join(', ') }
		case 'PATENT':
			return { ...base, '@type': 'CreativeWork', additionalType: 'https://schema.org/Patent', creator: provider, datePublished: listing.publishedAt?.toISOString() }
		case 'TECHNOLOGY_REQUEST':
			return { ...base, '@type': 'Demand', seller: provider }
		case 'EXPERT':
			return { ...base, '@type': 'Person', worksFor: provider }
		case 'INCUBATOR':
		case 'STARTUP':
			return { ...base, '@type': 'Organization', parentOrganization: provider }
	}
}
