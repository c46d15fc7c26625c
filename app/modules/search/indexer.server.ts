// Keeps Meilisearch in step with the database (the truth), following
// ARCHITECTURE.md "Search consistency": every searchable change writes a
// SearchOutbox row in its own transaction; this relay claims rows with
// FOR UPDATE SKIP LOCKED, re-reads the current state (so order and replays do not
// matter), indexes public documents or deletes, and marks rows done only once
// Meilisearch's task succeeded.
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, MeilisearchTaskTimeOutError, type Meilisearch, type Settings, type Task } from 'meilisearch'
import type { Prisma } from '~/generated/prisma/client'
import { prisma } from '~/utils/db.server'
import { loadListingDocuments } from './documents.server'
import { listingIndexSettings } from './index-settings'
import { getIndexClient, listingsIndex } from './meili.server'

export const relayPolicy = { batchSize: 500, maxAttempts: 8, taskTimeoutMs: 30_000 }

// Meilisearch cannot be reached or is too slow: nothing is wrong with the rows.
export function isUnavailable(error: unknown) {
	if (error instanceof MeilisearchRequestTimeOutError || error instanceof MeilisearchTaskTimeOutError) return true
	if (error instanceof MeilisearchApiError) return error.response.status >= 500
	return error instanceof MeilisearchRequestError
}

export class TaskFailedError extends Error {
	constructor(task: Task) {
		super(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? 'no reason given'}`)
	}
}

async function succeeded(task: Promise<Task>) {
	const done = await task
	if (done.status !== 'succeeded') throw new TaskFailedError(done)
	return done
}

async function synonymRows() {
	return prisma.searchSynonym.findMany({ select: { term: true, synonyms: true } })
}

// Settings as code: only what differs is sent, so a restart with nothing changed is a no-op.
export async function ensureListingsIndex(name = listingsIndex(), client: Meilisearch = getIndexClient()) {
	try {
		await client.getIndex(name)
	} catch (error) {
		if (!(error instanceof MeilisearchApiError) || error.response.status !== 404) throw error
		await succeeded(client.createIndex(name, { primaryKey: 'id' }).waitTask({ timeout: relayPolicy.taskTimeoutMs }))
	}
	const index = client.index(name)
	const desired = listingIndexSettings(await synonymRows())
	const current = (await index.getSettings()) as Record<string, unknown>
	const changes: Settings = {}
	for (const [key, value] of Object.entries(desired)) {
		if (!sameSetting(current[key], value)) (changes as Record<string, unknown>)[key] = value
	}
	if (Object.keys(changes).length === 0) return { changed: [] as string[] }
	await succeeded(index.updateSettings(changes).waitTask({ timeout: 120_000 }))
	return { changed: Object.keys(changes) }
}

// Meilisearch answers settings with every default filled in; compare only what we set.
function sameSetting(current: unknown, desired: unknown): boolean {
	if (Array.isArray(desired)) {
		return Array.isArray(current) && current.length === desired.length && desired.every((value, i) => sameSetting(current[i], value))
	}
	if (desired && typeof desired === 'object') {
		if (!current || typeof current !== 'object') return false
		const currentObject = current as Record<string, unknown>
		const desiredObject = desired as Record<string, unknown>
		if (isPlainMap(desiredObject) && Object.keys(currentObject).length !== Object.keys(desiredObject).length) return false
		return Object.entries(desiredObject).every(([key, value]) => sameSetting(currentObject[key], value))
	}
	return current === desired
}

// Synonyms are a map whose keys we own entirely: an extra key on the server is a difference.
function isPlainMap(value: Record<string, unknown>) {
	return Object.values(value).every((entry) => Array.isArray(entry))
}

type OutboxRow = { id: bigint; entityType: string; entityId: string; attempts: number }

export type RelayResult = { claimed: number; done: number; retried: number; dead: number; unavailable: boolean }

async function applyListingChanges(ids: string[], indexName: string, client: Meilisearch) {
	const documents = await loadListingDocuments(ids)
	const upserts = [...documents.values()].filter((doc) => doc !== null)
	const deletions = [...documents.entries()].filter(([, doc]) => doc === null).map(([id]) => id)
	const index = client.index(indexName)
	const tasks: Promise<Task>[] = []
	if (upserts.length) tasks.push(succeeded(index.addDocuments(upserts, { primaryKey: 'id' }).waitTask({ timeout: relayPolicy.taskTimeoutMs })))
	if (deletions.length) tasks.push(succeeded(index.deleteDocuments(deletions).waitTask({ timeout: relayPolicy.taskTimeoutMs })))
	await Promise.all(tasks)
}

async function applyGroup(entityType: string, entityIds: string[], indexName: string, client: Meilisearch) {
	if (entityType === 'listing') return applyListingChanges(entityIds, indexName, client)
	if (entityType === 'synonyms') {
		await ensureListingsIndex(indexName, client)
		return
	}
	throw new Error(`unknown search outbox entity type "${entityType}"`)
}

// One pass: claim a batch, apply it, record the outcome. Safe with any number of
// workers: rows are claimed with SKIP LOCKED, and an entity is only processed by a
// worker holding its advisory lock, so two workers never race on one listing.
export async function relayOnce(options: { batchSize?: number; indexName?: string; client?: Meilisearch } = {}): Promise<RelayResult> {
	const batchSize = options.batchSize ?? relayPolicy.batchSize
	const indexName = options.indexName ?? listingsIndex()
	const client = options.client ?? getIndexClient()
	const result: RelayResult = { claimed: 0, done: 0, retried: 0, dead: 0, unavailable: false }
	const failures: { rows: OutboxRow[]; error: unknown }[] = []
	await prisma.$transaction(
		async (tx) => {
			const rows = await tx.$queryRaw<OutboxRow[]>`
				SELECT "id", "entityType", "entityId", "attempts" FROM "SearchOutbox"
				WHERE "status" = 'PENDING' AND "availableAt" <= now()
				ORDER BY "id" LIMIT ${batchSize}
				FOR UPDATE SKIP LOCKED`
			result.claimed = rows.length
			if (rows.length === 0) return
			const groups = new Map<string, OutboxRow[]>()
			for (const row of rows) {
				const key = `${row.entityType}:${row.entityId}`
				groups.set(key, [...(groups.get(key) ?? []), row])
			}
			const lockedKeys = await lockEntities(tx, [...groups.keys()])
			const byType = new Map<string, string[]>()
			for (const key of lockedKeys) {
				const [first] = groups.get(key)!
				byType.set(first!.entityType, [...(byType.get(first!.entityType) ?? []), first!.entityId])
			}
			const doneRows: OutboxRow[] = []
			for (const [entityType, ids] of byType) {
				const rowsOf = (entityIds: string[]) => entityIds.flatMap((id) => groups.get(`${entityType}:${id}`)!)
				try {
					await applyGroup(entityType, ids, indexName, client)
					doneRows.push(...rowsOf(ids))
				} catch (error) {
					if (isUnavailable(error)) throw error
					// One bad entity must not hold back the others: retry them one by one.
					for (const id of ids) {
						try {
							if (ids.length > 1) await applyGroup(entityType, [id], indexName, client)
							else throw error
							doneRows.push(...rowsOf([id]))
						} catch (single) {
							if (isUnavailable(single)) throw single
							failures.push({ rows: rowsOf([id]), error: single })
						}
					}
				}
			}
			if (doneRows.length) {
				await tx.searchOutbox.updateMany({ where: { id: { in: doneRows.map((r) => r.id) } }, data: { status: 'DONE', processedAt: new Date() } })
				result.done = doneRows.length
			}
			for (const failure of failures) {
				for (const row of failure.rows) {
					const attempts = row.attempts + 1
					const dead = attempts >= relayPolicy.maxAttempts
					await tx.searchOutbox.update({
						where: { id: row.id },
						data: {
							attempts,
							status: dead ? 'DEAD' : 'PENDING',
							lastError: String(failure.error instanceof Error ? failure.error.message : failure.error).slice(0, 1000),
							// Exponential back-off: 2 s, 4 s, 8 s ... at most 5 minutes.
							availableAt: new Date(Date.now() + Math.min(2 ** attempts, 300) * 1000),
						},
					})
					if (dead) result.dead += 1
					else result.retried += 1
				}
			}
		},
		{ timeout: relayPolicy.taskTimeoutMs * 4, maxWait: 10_000 },
	).catch((error) => {
		// Meilisearch is away: the rows stay as they were, without counting an attempt.
		if (isUnavailable(error)) {
			result.unavailable = true
			result.done = 0
			return
		}
		throw error
	})
	return result
}

async function lockEntities(tx: Prisma.TransactionClient, keys: string[]) {
	const locked: string[] = []
	for (const key of keys) {
		const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtextextended(${`search:${key}`}, 0)) AS "locked"`
		if (row?.locked) locked.push(key)
	}
	return locked
}

// Runs the relay until the outbox has nothing ready (tests, reindex, scripts).
export async function drainOutbox(options: Parameters<typeof relayOnce>[0] = {}) {
	const total: RelayResult = { claimed: 0, done: 0, retried: 0, dead: 0, unavailable: false }
	for (;;) {
		const pass = await relayOnce(options)
		total.claimed += pass.claimed
		total.done += pass.done
		total.retried += pass.retried
		total.dead += pass.dead
		if (pass.unavailable) return { ...total, unavailable: true }
		if (pass.claimed === 0 || pass.done + pass.retried + pass.dead === 0) return total
	}
}
