import { beforeAll, describe, expect, test } from 'vitest'
import { loader as healthLoader } from '~/routes/healthz'
import { action as searchAdminAction, loader as searchAdminLoader } from '~/routes/admin/search'
import { action as taxonomyAction } from '~/routes/admin/taxonomy'
import { getReindexProgress } from '~/modules/search/reindex.server'
import { drainOutbox, ensureListingsIndex } from '~/modules/search/indexer.server'
import { parseSearchState } from '~/modules/search/query'
import { searchListingsOfType } from '~/modules/search/search.server'
import { searchIndexStatus } from '~/modules/search/status.server'
import { prisma } from '~/utils/db.server'
import { createWorld, expectMatrix, type World } from '../support/auth-matrix'
import { formRequest, getRequest, invoke, payloadOf, routeArgs, statusOf } from '../support/routes'
import { createSearchableListing } from '../support/search'

let world: World

beforeAll(async () => {
	world = await createWorld()
	await ensureListingsIndex()
	await drainOutbox()
})

const offers = (q: string) => searchListingsOfType('TECHNOLOGY_OFFER', parseSearchState(new URLSearchParams({ q }), 'TECHNOLOGY_OFFER'))

describe('search administration', () => {
	test('authorization matrix: the search index page and its actions are for administrators', async () => {
		await expectMatrix({
			world,
			handler: searchAdminLoader,
			method: 'GET',
			url: '/admin/search',
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 'ok' },
		})
		await expectMatrix({
			world,
			handler: searchAdminAction,
			url: '/admin/search',
			form: () => ({ intent: 'retryDead' }),
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 'ok' },
		})
	})

	test('an edited synonym takes effect without a deploy', async () => {
		const drone = await createSearchableListing({ title: 'Thiết bị bay không người lái phun thuốc trừ sâu' })
		await drainOutbox()
		expect((await offers('drone')).hits.map((hit) => hit.id)).not.toContain(drone.id)
		const saved = await invoke(taxonomyAction, formRequest('/admin/taxonomy', { intent: 'save-synonym', term: 'drone', synonyms: 'thiết bị bay không người lái, UAV' }, world.cookies.admin))
		expect(statusOf(saved)).toBe(302)
		await drainOutbox()
		expect((await offers('drone')).hits[0]?.id).toBe(drone.id)
		expect((await offers('UAV')).hits[0]?.id).toBe(drone.id)
	})

	test("renaming a field re-indexes its listings: the new name is searchable", async () => {
		const listing = await createSearchableListing({ title: 'Máy bóc vỏ hạt điều', fields: ['food-processing'] })
		await drainOutbox()
		const field = await prisma.field.findUniqueOrThrow({ where: { slug: 'food-processing' } })
		const renamed = await invoke(
			taxonomyAction,
			formRequest('/admin/taxonomy', { intent: 'update-field', fieldId: field.id, nameVi: 'Chế biến nông sản thực phẩm', nameEn: 'Agri-food processing', sortOrder: '110', active: 'on' }, world.cookies.admin),
		)
		expect(statusOf(renamed)).toBe(302)
		await drainOutbox()
		expect((await offers('agri-food')).hits.map((hit) => hit.id)).toContain(listing.id)
	})

	test('the page and /healthz report outbox lag, dead letters and documents versus published listings; dead letters can be retried', async () => {
		await drainOutbox()
		const dead = await prisma.searchOutbox.create({ data: { entityType: 'listing', entityId: 'missing', status: 'DEAD', attempts: 8, lastError: 'boom' } })
		const status = await searchIndexStatus()
		expect(status.outbox).toMatchObject({ pending: 0, dead: 1 })
		expect(status.index.documents).toBe(status.database.published)
		const page = (await invoke(searchAdminLoader, getRequest('/admin/search', world.cookies.admin))) as Awaited<ReturnType<typeof searchAdminLoader>>
		expect(page.deadLetters.map((row) => row.id)).toContain(dead.id.toString())
		const health = await (await healthLoader(routeArgs(getRequest('/healthz', world.cookies.admin)))).json()
		expect(health.searchIndex).toMatchObject({ outbox: { pending: 0, dead: 1, lagSeconds: 0 }, database: { published: status.database.published }, index: { documents: status.database.published } })

		expect(statusOf(await invoke(searchAdminAction, formRequest('/admin/search', { intent: 'retryDead' }, world.cookies.admin)))).toBe(302)
		expect(await prisma.searchOutbox.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({ status: 'PENDING', attempts: 0 })
		// The unknown listing is simply removed from the index: done.
		await drainOutbox()
		expect((await searchIndexStatus()).outbox).toMatchObject({ pending: 0, dead: 0 })
	})

	test('a rebuild that stopped reporting (its process died) does not block a new one; a live one does', async () => {
		const startedAt = new Date(Date.now() - 60 * 60_000).toISOString()
		await prisma.setting.upsert({
			where: { key: 'search.reindex' },
			create: { key: 'search.reindex', value: { state: 'running', total: 10, indexed: 3, startedAt, heartbeat: startedAt } },
			update: { value: { state: 'running', total: 10, indexed: 3, startedAt, heartbeat: startedAt } },
		})
		expect(await getReindexProgress()).toMatchObject({ state: 'running', stale: true })
		expect(statusOf(await invoke(searchAdminAction, formRequest('/admin/search', { intent: 'reindex' }, world.cookies.admin)))).toBe(302)
		await expect.poll(async () => (await getReindexProgress())?.state, { timeout: 30_000 }).toBe('done')

		const now = new Date().toISOString()
		await prisma.setting.update({ where: { key: 'search.reindex' }, data: { value: { state: 'running', total: 10, indexed: 3, startedAt: now, heartbeat: now } } })
		const refused = await invoke(searchAdminAction, formRequest('/admin/search', { intent: 'reindex' }, world.cookies.admin))
		expect(statusOf(refused)).toBe(409)
		expect(payloadOf(refused)).toEqual({ error: 'admin.search.alreadyRunning' })
		await prisma.setting.delete({ where: { key: 'search.reindex' } })
	})

	test('the rebuild button rebuilds the index in the background and reports progress', async () => {
		const started = await invoke(searchAdminAction, formRequest('/admin/search', { intent: 'reindex' }, world.cookies.admin))
		expect(statusOf(started)).toBe(302)
		await expect.poll(async () => (await getReindexProgress())?.state, { timeout: 30_000 }).toBe('done')
		const progress = await getReindexProgress()
		expect(progress?.indexed).toBe(await prisma.listing.count({ where: { status: 'PUBLISHED' } }))
		expect((await searchIndexStatus()).inSync).toBe(true)
	})
})
