import type { ListingType } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
import { listingTypes } from './listing-types'


export async function countPublishedByType(): Promise<Record<ListingType, number>> {
	const groups = await prisma.listing.groupBy({
		by: ['type'],
		where: { status: 'PUBLISHED' },
		_count: { _all: true },
	})
	const counts = Object.fromEntries(listingTypes.map((type) => [type, 0])) as Record<ListingType, number>
	for (const group of groups) counts[group.type] = group._count._all
	return counts
}

export async function latestPublished(limit: number) {
	return prisma.listing.findMany({
		where: { status: 'PUBLISHED' },
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
