import { beforeAll, describe, expect, test } from 'vitest'
import { loader as apiLoader } from '~/routes/api/search'
import { loader as searchPageLoader } from '~/routes/search'
import { drainOutbox, ensureListingsIndex } from '~/modules/search/indexer.server'
import { prisma } from '~/utils/db.server'
import { getRequest, invoke, routeArgs } from '../support/routes'
import { createSearchableListing } from '../support/search'

let published: { id: string; slug: string }
let patent: { id: string }

beforeAll(async () => {
	await ensureListingsIndex()
	published = await createSearchableListing({ title: 'Bể biogas composite cho trang trại lợn', summary: 'Xử lý chất thải chăn nuôi.', externalId: 'SKHCN-2026-0042' })
	patent = await createSearchableListing({ title: 'Sáng chế bể biogas nổi', type: 'PATENT' })
	await createSearchableListing({ title: 'Bể biogas bản nháp', status: 'DRAFT' })
	await drainOutbox()
})

type ApiBody = { query: object; totalHits: number; totalPages: number; degraded: boolean; hits: { id: string; type: string; title: string; url: string; externalId: string | null }[] }

async function api(query: string, ip = '10.9.0.1') {
	const response = (await invoke(apiLoader, getRequest(`/api/search?${query}`), {}, { clientIp: ip })) as Response
	expect(response.headers.get('Content-Type')).toContain('application/json')
	return { status: response.status, body: (await response.json()) as ApiBody & { error?: string; message?: string }, response }
}

describe('GET /api/search', () => {
	test('answers published listings with id, type, title, absolute URL and externalId', async () => {
		const { status, body } = await api('q=biogas')
		expect(status).toBe(200)
		expect(body.degraded).toBe(false)
		expect(body.hits.map((hit) => hit.title).sort()).toEqual(['Bể biogas composite cho trang trại lợn', 'Sáng chế bể biogas nổi'])
		expect(body.hits.find((hit) => hit.id === published.id)).toEqual(
			expect.objectContaining({ type: 'TECHNOLOGY_OFFER', url: `http://localhost/cong-nghe/${published.slug}`, externalId: 'SKHCN-2026-0042' }),
		)
		expect(JSON.stringify(body)).not.toContain('bản nháp')
	})

	test('filters by type and pages', async () => {
		const { body } = await api('q=biogas&type=PATENT&page=1')
		expect(body.hits.map((hit) => hit.id)).toEqual([patent.id])
		expect(body.query).toEqual({ q: 'biogas', type: 'PATENT', page: 1 })
		expect((await api('q=biogas&page=2')).body.hits).toEqual([])
	})

	test('bad parameters get a 400 that says which one', async () => {
		const badType = await api('q=x&type=SECRET')
		expect(badType.status).toBe(400)
		expect(badType.body).toMatchObject({ error: 'invalid_query', message: expect.stringContaining('type:') })
		const badPage = await api('page=abc')
		expect(badPage.status).toBe(400)
		expect(badPage.body.message).toContain('page:')
		expect((await api(`q=${'x'.repeat(300)}`)).status).toBe(400)
	})

	test('is rate-limited per IP (61st request in a minute gets 429 with Retry-After)', async () => {
		const ip = `10.9.1.${Math.floor(Math.random() * 200)}`
		for (let i = 0; i < 60; i++) expect((await api('q=a', ip)).status).toBe(200)
		const limited = await api('q=a', ip)
		expect(limited.status).toBe(429)
		expect(limited.body.error).toBe('rate_limited')
		expect(limited.response.headers.get('Retry-After')).toMatch(/^\d+$/)
		expect((await api('q=a', '10.9.2.1')).status).toBe(200)
	})

	test('one IPv6 /64 shares one budget, whichever of its addresses asks', async () => {
		const net = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:1`
		for (let i = 1; i <= 60; i++) expect((await api('q=a', `${net}::${i.toString(16)}`)).status).toBe(200)
		expect((await api('q=a', `${net}:ffff:ffff:ffff:ffff`)).status).toBe(429)
		expect((await api('q=a', `${net.replace(/:1$/, ':2')}::1`)).status).toBe(200)
	})

	test('the grouped results page answers every type in one go, without drafts', async () => {
		const page = await searchPageLoader(routeArgs(getRequest('/search?q=biogas')))
		const byType = Object.fromEntries(page.groups.map((group) => [group.type, group.hits.map((hit) => hit.id)]))
		expect(byType).toMatchObject({ TECHNOLOGY_OFFER: [published.id], PATENT: [patent.id], EXPERT: [] })
		expect(await prisma.listing.count({ where: { title: 'Bể biogas bản nháp' } })).toBe(1)
	})
})
