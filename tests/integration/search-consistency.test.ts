// Search against a Meilisearch of this file's own, so it can be stopped, slowed
// down and restarted without touching the other test files' engine.
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { findFreePort, startMeilisearch } from '../../scripts/lib/engines'
import { ensureSearchKeys } from '~/modules/search/keys.server'
import { prisma } from '~/utils/db.server'
import { createWorld } from '../support/auth-matrix'
import { createSearchableListing } from '../support/search'

type Modules = {
	indexer: typeof import('~/modules/search/indexer.server')
	search: typeof import('~/modules/search/search.server')
	relay: typeof import('~/modules/search/relay.server')
	reindex: typeof import('~/modules/search/reindex.server')
	meili: typeof import('~/modules/search/meili.server')
	query: typeof import('~/modules/search/query')
	moderation: typeof import('~/modules/listings/moderation.server')
}

const root = mkdtempSync(path.join(os.tmpdir(), 'search-consistency-'))
const masterKey = 'consistency-test-master-key-0123456789'
const prefix = 'consistency_'
let port = 0
let meili: Awaited<ReturnType<typeof startMeilisearch>> | null = null
let modules: Modules

async function startEngine() {
	meili = await startMeilisearch({ dataDir: path.join(root, 'meili'), masterKey, port })
	if (new URL(meili.url).port !== String(port)) throw new Error('Meilisearch came back on another port')
}

// Fresh app modules reading the current environment (the env and clients are per module instance).
async function loadModules(url: string): Promise<Modules> {
	process.env.MEILI_URL = url
	vi.resetModules()
	return {
		indexer: await import('~/modules/search/indexer.server'),
		search: await import('~/modules/search/search.server'),
		relay: await import('~/modules/search/relay.server'),
		reindex: await import('~/modules/search/reindex.server'),
		meili: await import('~/modules/search/meili.server'),
		query: await import('~/modules/search/query'),
		moderation: await import('~/modules/listings/moderation.server'),
	}
}

const saved = { url: process.env.MEILI_URL, prefix: process.env.MEILI_INDEX_PREFIX, search: process.env.MEILI_SEARCH_KEY, index: process.env.MEILI_INDEX_KEY }

beforeAll(async () => {
	port = await findFreePort()
	await startEngine()
	const keys = await ensureSearchKeys({ url: meili!.url, masterKey, prefix })
	process.env.MEILI_INDEX_PREFIX = prefix
	process.env.MEILI_SEARCH_KEY = keys.searchKey
	process.env.MEILI_INDEX_KEY = keys.indexKey
	modules = await loadModules(meili!.url)
	await modules.indexer.ensureListingsIndex()
	// Rows other test files of this worker left behind are not this file's business.
	await prisma.searchOutbox.updateMany({ where: { status: 'PENDING' }, data: { status: 'DONE' } })
})

afterAll(async () => {
	await meili?.stop()
	Object.assign(process.env, { MEILI_URL: saved.url, MEILI_INDEX_PREFIX: saved.prefix, MEILI_SEARCH_KEY: saved.search, MEILI_INDEX_KEY: saved.index })
	vi.resetModules()
	rmSync(root, { recursive: true, force: true })
})

async function indexedIds() {
	const { results } = await modules.meili.getIndexClient().index(modules.meili.listingsIndex()).getDocuments({ fields: ['id'], limit: 100_000 })
	return new Set(results.map((doc) => doc.id as string))
}

async function publishedIds() {
	return new Set((await prisma.listing.findMany({ where: { status: 'PUBLISHED' }, select: { id: true } })).map((l) => l.id))
}

function search(q: string) {
	return modules.search.searchListingsOfType('TECHNOLOGY_OFFER', modules.query.parseSearchState(new URLSearchParams({ q }), 'TECHNOLOGY_OFFER'))
}

describe('search consistency', () => {
	test('Meilisearch down: publishing still succeeds, search falls back to PostgreSQL, and the index converges by itself once it is back', async () => {
		const world = await createWorld()
		const listing = await prisma.listing.create({
			data: {
				slug: `mat-dien-${Date.now()}`,
				type: 'TECHNOLOGY_OFFER',
				status: 'PENDING_REVIEW',
				submittedAt: new Date(),
				title: 'Bộ lưu điện Quasarvolt cho trạm bơm',
				authorId: world.users.owner.id,
				organizationId: world.organization.id,
				technologyOffer: { create: {} },
			},
		})
		await meili!.stop()

		const decided = await modules.moderation.decideListing(
			{ moderatorId: world.users.moderator.id, listingId: listing.id, version: 1, approve: true, origin: 'http://localhost' },
			{ request: new Request('http://localhost/admin/listings') },
		)
		expect(decided).toEqual({ ok: true, status: 'PUBLISHED' })

		const during = await search('quasarvolt tram bom')
		expect(during.degraded).toBe(true)
		expect(during.hits.map((hit) => hit.id)).toEqual([listing.id])
		const grouped = await modules.search.searchAllTypes('Quasarvolt trạm')
		expect(grouped.degraded).toBe(true)
		expect(grouped.groups.find((group) => group.type === 'TECHNOLOGY_OFFER')).toMatchObject({ totalHits: 1, hits: [expect.objectContaining({ id: listing.id })] })
		expect(grouped.groups.filter((group) => group.type !== 'TECHNOLOGY_OFFER').every((group) => group.hits.length === 0 && group.totalHits === 0)).toBe(true)

		// The relay runs through the outage without spending the row's attempts.
		const log = { info: vi.fn(), warn: vi.fn() }
		const relay = modules.relay.startSearchRelay({ log, idleMs: 50, unavailableMs: 200 })
		await new Promise((resolve) => setTimeout(resolve, 1_000))
		const waiting = await prisma.searchOutbox.findFirstOrThrow({ where: { entityId: listing.id }, orderBy: { id: 'desc' } })
		expect(waiting).toMatchObject({ status: 'PENDING', attempts: 0 })
		expect(log.warn).toHaveBeenCalledWith({}, 'search relay: Meilisearch unavailable, will retry')

		await startEngine()
		await expect
			.poll(async () => {
				const after = await search('quasarvolt')
				return after.degraded ? 'degraded' : after.hits.map((hit) => hit.id)
			}, { timeout: 30_000, interval: 250 })
			.toEqual([listing.id])
		await relay.stop()
		expect((await prisma.searchOutbox.findFirstOrThrow({ where: { id: waiting.id } })).status).toBe('DONE')
	})

	test('a slow Meilisearch (over SEARCH_TIMEOUT_MS) is not waited for: PostgreSQL answers', async () => {
		await createSearchableListing({ title: 'Máy ép viên nhiên liệu sinh khối Pelletron' })
		await modules.indexer.drainOutbox()
		const proxy = net.createServer((client) => {
			const upstream = net.connect(port, '127.0.0.1')
			client.on('data', (chunk) => setTimeout(() => upstream.write(chunk), 1_500))
			upstream.on('data', (chunk) => client.write(chunk))
			client.on('error', () => upstream.destroy())
			upstream.on('error', () => client.destroy())
			client.on('close', () => upstream.destroy())
		})
		await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
		const slow = await loadModules(`http://127.0.0.1:${(proxy.address() as net.AddressInfo).port}`)
		try {
			// The proxy answers correctly, only late: a degraded result means the search gave up waiting.
			const result = await slow.search.searchListingsOfType('TECHNOLOGY_OFFER', slow.query.parseSearchState(new URLSearchParams({ q: 'pelletron' }), 'TECHNOLOGY_OFFER'))
			expect(result.degraded).toBe(true)
			expect(result.hits.map((hit) => hit.title)).toEqual(['Máy ép viên nhiên liệu sinh khối Pelletron'])
		} finally {
			proxy.close()
			modules = await loadModules(meili!.url)
		}
	})

	test('publish then unpublish, relayed in reverse order, ends unindexed', async () => {
		const { id } = await createSearchableListing({ title: 'Tin đăng rồi gỡ' })
		const publishRow = await prisma.searchOutbox.findFirstOrThrow({ where: { entityId: id } })
		await prisma.$transaction([
			prisma.listing.update({ where: { id }, data: { status: 'ARCHIVED', archivedAt: new Date() } }),
			prisma.searchOutbox.create({ data: { entityType: 'listing', entityId: id } }),
		])
		// The older row (publish) is held back, so the newer one (unpublish) goes first.
		await prisma.searchOutbox.update({ where: { id: publishRow.id }, data: { availableAt: new Date(Date.now() + 60_000) } })
		await modules.indexer.drainOutbox()
		await prisma.searchOutbox.update({ where: { id: publishRow.id }, data: { availableAt: new Date() } })
		await modules.indexer.drainOutbox()
		expect((await indexedIds()).has(id)).toBe(false)
		expect(await prisma.searchOutbox.count({ where: { entityId: id, status: { not: 'DONE' } } })).toBe(0)
	})

	test('two relays working the same outbox at once: every row done once, the index equals the database', async () => {
		for (let i = 0; i < 60; i++) {
			const { id } = await createSearchableListing({ title: `Song song ${i}` })
			if (i % 3 === 0) {
				await prisma.$transaction([
					prisma.listing.update({ where: { id }, data: { status: 'ARCHIVED' } }),
					prisma.searchOutbox.create({ data: { entityType: 'listing', entityId: id } }),
				])
			}
		}
		const [a, b] = await Promise.all([modules.indexer.drainOutbox({ batchSize: 7 }), modules.indexer.drainOutbox({ batchSize: 7 })])
		await modules.indexer.drainOutbox()
		expect(a.done + b.done).toBeGreaterThan(0)
		expect(await prisma.searchOutbox.count({ where: { status: { not: 'DONE' } } })).toBe(0)
		expect(await indexedIds()).toEqual(await publishedIds())
	})

	test('a reindex while writes continue loses nothing, and search keeps answering during the rebuild', async () => {
		for (let i = 0; i < 150; i++) await createSearchableListing({ title: `Tái lập chỉ mục ${i}` })
		await modules.indexer.drainOutbox()
		let writing = true
		const changed: string[] = []
		const searchesDuringRebuild: boolean[] = []
		const writer = (async () => {
			let n = 0
			while (writing) {
				const { id } = await createSearchableListing({ title: `Ghi trong khi tái lập ${n++}` })
				changed.push(id)
				if (n % 4 === 0) {
					await prisma.$transaction([
						prisma.listing.update({ where: { id: changed[n - 3]! }, data: { status: 'ARCHIVED' } }),
						prisma.searchOutbox.create({ data: { entityType: 'listing', entityId: changed[n - 3]! } }),
					])
				}
				await modules.indexer.relayOnce()
				const answer = await search('tái lập')
				searchesDuringRebuild.push(!answer.degraded && answer.totalHits > 0)
			}
		})()
		const progress: number[] = []
		const result = await modules.reindex.reindexListings({ batchSize: 40, onProgress: (p) => progress.push(p.indexed) })
		writing = false
		await writer
		await modules.indexer.drainOutbox()
		expect(result).toMatchObject({ ok: true })
		expect(progress.at(-1)).toBeGreaterThanOrEqual(150)
		expect(changed.length).toBeGreaterThan(0)
		expect(searchesDuringRebuild.every(Boolean)).toBe(true)
		expect(await indexedIds()).toEqual(await publishedIds())
		expect(await modules.reindex.getReindexProgress()).toMatchObject({ state: 'done' })
		// Only the live index is left.
		const { results } = await modules.meili.getIndexClient().getIndexes({ limit: 100 })
		expect(results.map((index) => index.uid).filter((uid) => uid.startsWith(prefix))).toEqual([`${prefix}listings`])
	})
})
