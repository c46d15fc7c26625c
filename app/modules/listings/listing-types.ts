import type { ListingType } from '~/generated/prisma/enums'

export const listingTypes = [
	'TECHNOLOGY_OFFER',
	'PATENT',
	'TECHNOLOGY_REQUEST',
	'EXPERT',
	'INCUBATOR',
	'STARTUP',
] as const satisfies readonly ListingType[]
