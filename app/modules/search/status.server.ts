// How far the index is from the database: for /healthz and the admin search page.
import { prisma } from '~/utils/db.server'
import { getIndexClient, listingsIndex } from './meili.server'

export type SearchIndexStatus = {
	outbox: { pending: number; retrying: number; dead: number; lagSeconds: number }
	index: { name: string; documents: number | null; indexing: boolean | null; error?: string }
	database: { published: number }
	inSync: boolean
}

export async function searchIndexStatus(): Promise<SearchIndexStatus> {
	const [counts, published] = await Promise.all([
		prisma.$queryRaw<{ pending: bigint; retrying: bigint; dead: bigint; oldest: Date | null }[]>`
			SELECT count(*) FILTER (WHERE "status" = 'PENDING') AS "pending",
			       count(*) FILTER (WHERE "status" = 'PENDING' AND "attempts" > 0) AS "retrying",
			       count(*) FILTER (WHERE "status" = 'DEAD') AS "dead",
			       min("createdAt") FILTER (WHERE "status" = 'PENDING') AS "oldest"
			FROM "SearchOutbox"`,
		// The same rule as the documents: published, and not of a deleted organisation.
		prisma.listing.count({ where: { status: 'PUBLISHED', publishedAt: { not: null }, OR: [{ organizationId: null }, { organization: { deletedAt: null, suspendedAt: null } }] } }),
	])
	const row = counts[0]!
	const name = listingsIndex()
	let index: SearchIndexStatus['index']
	try {
		const stats = await getIndexClient().index(name).getStats()
		index = { name, documents: stats.numberOfDocuments, indexing: stats.isIndexing }
	} catch (error) {
		index = { name, documents: null, indexing: null, error: error instanceof Error ? error.message.split('\n')[0] : String(error) }
	}
	const outbox = {
		pending: Number(row.pending),
		retrying: Number(row.retrying),
		dead: Number(row.dead),
		lagSeconds: row.oldest ? Math.max(0, Math.round((Date.now() - row.oldest.getTime()) / 1000)) : 0,
	}
	return { outbox, index, database: { published }, inSync: outbox.pending === 0 && index.documents === published }
}

export async function listDeadLetters(limit = 50) {
	return prisma.searchOutbox.findMany({
		where: { status: 'DEAD' },
		orderBy: { id: 'desc' },
		take: limit,
		select: { id: true, entityType: true, entityId: true, attempts: true, lastError: true, createdAt: true },
	})
}

// Dead-lettered items are tried again from scratch (after the cause was fixed).
export async function retryDeadLetters() {
	const { count } = await prisma.searchOutbox.updateMany({ where: { status: 'DEAD' }, data: { status: 'PENDING', attempts: 0, availableAt: new Date(), lastError: null } })
	return count
}
