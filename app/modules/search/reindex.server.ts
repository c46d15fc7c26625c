// A full rebuild of the listings index without a gap in search: documents go into a
// new index, changes made meanwhile are replayed into it, the two indexes are
// swapped atomically, and the same changes are replayed once more into the live one.
import type { EnqueuedTaskPromise } from 'meilisearch'
import type { Prisma } from '~/generated/prisma/client'
import { prisma } from '~/utils/db.server'
import { publishedListingIdPages, loadListingDocuments } from './documents.server'
import { ensureListingsIndex, relayPolicy, TaskFailedError } from './indexer.server'
import { getIndexClient, listingsIndex } from './meili.server'

export type ReindexProgress = { state: 'running' | 'done' | 'failed'; total: number; indexed: number; startedAt: string; finishedAt?: string; error?: string; durationMs?: number }

const settingKey = 'search.reindex'
// A rebuild that has not reported for this long is considered dead (a crashed process).
const staleAfterMs = 10 * 60_000

// `stale`: marked running, but silent for too long (its process died); a new run may start.
export async function getReindexProgress(): Promise<(ReindexProgress & { stale: boolean }) | null> {
	const row = await prisma.setting.findUnique({ where: { key: settingKey } })
	const value = row?.value as (ReindexProgress & { heartbeat?: string }) | undefined
	if (!value) return null
	const beat = new Date(value.heartbeat ?? value.startedAt).getTime()
	return { ...value, stale: value.state === 'running' && Date.now() - beat >= staleAfterMs }
}

async function saveProgress(progress: ReindexProgress) {
	const value = progress as unknown as Prisma.InputJsonValue
	await prisma.setting.upsert({ where: { key: settingKey }, create: { key: settingKey, value }, update: { value } })
}

// Claims the single reindex slot; false when another rebuild is running.
async function claim(progress: ReindexProgress) {
	return prisma.$transaction(async (tx) => {
		await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('search.reindex', 0))`
		const row = await tx.setting.findUnique({ where: { key: settingKey } })
		const current = row?.value as (ReindexProgress & { heartbeat?: string }) | undefined
		const heartbeat = current?.heartbeat ?? current?.startedAt
		if (current?.state === 'running' && heartbeat && Date.now() - new Date(heartbeat).getTime() < staleAfterMs) return false
		const value = { ...progress, heartbeat: new Date().toISOString() } as unknown as Prisma.InputJsonValue
		await tx.setting.upsert({ where: { key: settingKey }, create: { key: settingKey, value }, update: { value } })
		return true
	})
}

async function highestOutboxId() {
	const [row] = await prisma.$queryRaw<{ max: bigint | null }[]>`SELECT max("id") AS "max" FROM "SearchOutbox"`
	return row?.max ?? 0n
}

type Pending = { task: EnqueuedTaskPromise; documents: number }

// Queues the documents (or deletions) of these listings; returns the queued tasks.
async function queueDocuments(indexName: string, ids: string[]): Promise<Pending[]> {
	const documents = await loadListingDocuments(ids)
	const upserts = [...documents.values()].filter((doc) => doc !== null)
	const deletions = [...documents.entries()].filter(([, doc]) => doc === null).map(([id]) => id)
	const index = getIndexClient().index(indexName)
	const pending: Pending[] = []
	if (upserts.length) pending.push({ task: index.addDocuments(upserts, { primaryKey: 'id' }), documents: upserts.length })
	if (deletions.length) pending.push({ task: index.deleteDocuments(deletions), documents: 0 })
	return pending
}

async function settle(pending: Pending) {
	const done = await pending.task.waitTask({ timeout: relayPolicy.taskTimeoutMs * 10 })
	if (done.status !== 'succeeded') throw new TaskFailedError(done)
	return pending.documents
}

async function writeDocuments(indexName: string, ids: string[]) {
	let written = 0
	for (const pending of await queueDocuments(indexName, ids)) written += await settle(pending)
	return written
}

// Listings changed since `afterId` (whatever the relay did with them) are written again.
async function replayChangesSince(afterId: bigint, indexName: string) {
	const rows = await prisma.$queryRaw<{ entityId: string }[]>`
		SELECT DISTINCT "entityId" FROM "SearchOutbox" WHERE "id" > ${afterId} AND "entityType" = 'listing'`
	const ids = rows.map((row) => row.entityId)
	for (let i = 0; i < ids.length; i += 500) await writeDocuments(indexName, ids.slice(i, i + 500))
	return ids.length
}

type ReindexOptions = { onProgress?: (progress: ReindexProgress) => void; batchSize?: number }

async function claimReindex() {
	const started = Date.now()
	const total = await prisma.listing.count({ where: { status: 'PUBLISHED', publishedAt: { not: null } } })
	const progress: ReindexProgress = { state: 'running', total, indexed: 0, startedAt: new Date(started).toISOString() }
	return (await claim(progress)) ? { started, progress } : null
}

export async function reindexListings(options: ReindexOptions = {}) {
	const claimed = await claimReindex()
	if (!claimed) return { ok: false as const, reason: 'alreadyRunning' as const }
	return runReindex(claimed, options)
}

// For the admin page: claims the rebuild now (a run that stopped reporting for ten
// minutes is taken over), then rebuilds in the background. False when one is running.
export async function startReindexInBackground(onError: (error: unknown) => void) {
	const claimed = await claimReindex()
	if (!claimed) return false
	void runReindex(claimed).catch(onError)
	return true
}

async function runReindex({ started, progress }: { started: number; progress: ReindexProgress }, options: ReindexOptions = {}) {
	const client = getIndexClient()
	const live = listingsIndex()
	const rebuild = `${live}_rebuild_${started}`
	const report = async () => {
		options.onProgress?.({ ...progress })
		await saveProgress({ ...progress, heartbeat: new Date().toISOString() } as ReindexProgress)
	}
	try {
		const mark = await highestOutboxId()
		await ensureListingsIndex(rebuild, client)
		await report()
		// Reading the next page from PostgreSQL overlaps with Meilisearch indexing the
		// previous ones (it also merges queued tasks into larger batches).
		const inFlight: Pending[] = []
		for await (const ids of publishedListingIdPages(options.batchSize ?? 1000)) {
			inFlight.push(...(await queueDocuments(rebuild, ids)))
			// Many queued tasks let Meilisearch merge them into large batches, as raw ingestion does.
			while (inFlight.length > 32) {
				progress.indexed += await settle(inFlight.shift()!)
				await report()
			}
		}
		while (inFlight.length) {
			progress.indexed += await settle(inFlight.shift()!)
			await report()
		}
		await replayChangesSince(mark, rebuild)
		await ensureListingsIndex(live, client)
		const rebuilt = await client.getIndex(rebuild)
		await client.swapIndexes([{ indexes: [live, rebuild], rename: false }])
		// A key limited to this site's indexes cannot read a swap task (it belongs to no
		// single index), so wait for a no-op task queued behind it on the live index,
		// then check that the live name now points at the rebuilt index.
		const barrier = await client.index(live).deleteDocuments(['__swap_barrier__']).waitTask({ timeout: 120_000 })
		if (barrier.status !== 'succeeded') throw new TaskFailedError(barrier)
		const now = await client.getIndex(live)
		if (String(now.createdAt) !== String(rebuilt.createdAt)) throw new Error('the index swap did not take place')
		// Anything the relay wrote to the old index during the rebuild is written again.
		await replayChangesSince(mark, live)
		await client.deleteIndex(rebuild).waitTask({ timeout: 120_000 })
		Object.assign(progress, { state: 'done', finishedAt: new Date().toISOString(), durationMs: Date.now() - started })
		await report()
		return { ok: true as const, indexed: progress.indexed, durationMs: Date.now() - started }
	} catch (error) {
		Object.assign(progress, { state: 'failed', finishedAt: new Date().toISOString(), error: error instanceof Error ? error.message : String(error) })
		await report()
		await client.deleteIndexIfExists(rebuild).catch(() => {})
		throw error
	}
}
