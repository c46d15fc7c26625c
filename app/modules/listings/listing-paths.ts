import type { ListingType } from '~/generated/prisma/enums'

// Public URLs of each listing type, in Vietnamese (the site's first language).
export const listingPaths = {
	TECHNOLOGY_OFFER: 'cong-nghe',
	PATENT: 'sang-che',
	TECHNOLOGY_REQUEST: 'nhu-cau',
	EXPERT: 'chuyen-gia',
	INCUBATOR: 'vuon-uom',
	STARTUP: 'khoi-nghiep',
} as const satisfies Record<ListingType, string>

export function listingTypeFromPath(pathname: string): ListingType | null {
	const segment = pathname.split('/').filter(Boolean)[0]
	const match = Object.entries(listingPaths).find(([, path]) => path === segment)
	return match ? (match[0] as ListingType) : null
}

export function listingUrl(type: ListingType, slug: string) {
	return `/${listingPaths[type]}/${slug}`
}
