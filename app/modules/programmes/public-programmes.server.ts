import { prisma } from '~/utils/db.server'

export async function openProgrammes(now = new Date(), limit = 4) {
	return prisma.programme.findMany({
		where: { status: 'OPEN', closesAt: { gt: now } },
		orderBy: { closesAt: 'asc' },
		take: limit,
		select: {
			id: true,
			slug: true,
			title: true,
			summary: true,
			supportType: true,
			closesAt: true,
			maxPerApplicationVnd: true,
			organization: { select: { name: true } },
		},
	})
}
