// What the HTTP edge adds to the app's own routes (server/security.ts), over real HTTP:
// page routes answer their single-fetch `.data` here (documents need the Vite build; the
// end-to-end spec tests/e2e/http-edge.spec.ts covers those).
import { data } from '@remix-run/node'
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest'
import { ensureListingsIndex } from '~/modules/search/indexer.server'
import { hitRateLimit } from '~/modules/security/rate-limit.server'
import * as auditCsv from '~/routes/admin/audit-csv'
import * as mailbox from '~/routes/admin/mailbox'
import * as apiSearch from '~/routes/api/search'
import * as browse from '~/routes/listings/browse'
import * as searchPage from '~/routes/search'
import { prisma } from '~/utils/db.server'
import { createUser, sessionCookieFor } from '../support/factories'
import { serveResourceRoutes } from '../support/http-app'

const searchesPerMinute = vi.hoisted(() => {
	process.env.SEARCH_RATE_LIMIT = '5'
	return 5
})

// A page whose action is refused by a rate limit and answers 429 without setting any header itself.
const limitedAction = {
	action: async () => {
		await hitRateLimit(`probe:${Math.random()}`, { limit: 0, windowMs: 90_000 })
		return data({ error: 'limited' }, { status: 429 })
	},
	default: () => null,
}

// Signing in or out sets or clears the session cookie on an anonymous request.
const startsSession = { loader: () => new Response('signed in', { headers: { 'Set-Cookie': 'session=abc; HttpOnly; Path=/' } }) }

let server: Awaited<ReturnType<typeof serveResourceRoutes>>
beforeAll(async () => {
	await ensureListingsIndex()
	server = await serveResourceRoutes({
		'/search': searchPage,
		'/cong-nghe': browse,
		'/api/search': apiSearch,
		'/admin/mailbox': mailbox,
		'/admin/audit.csv': auditCsv,
		'/probe': limitedAction,
		'/starts-session': startsSession,
	})
})
afterAll(() => server.close())
beforeEach(() => prisma.rateLimit.deleteMany({ where: { key: { startsWith: 'search:' } } }))

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.base}${path}`, { headers, redirect: 'manual' })

describe('search costs the same budget on every route', () => {
	test('/search.data?q= is limited after N queries, with Retry-After', async () => {
		for (let i = 0; i < searchesPerMinute; i++) expect((await get('/search.data?q=n%C6%B0%E1%BB%9Bc')).status).toBe(200)
		const limited = await get('/search.data?q=n%C6%B0%E1%BB%9Bc')
		expect(limited.status).toBe(429)
		expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
		// The budget is shared: the API and the browse pages are refused too.
		const api = await get('/api/search?q=biogas')
		expect(api.status).toBe(429)
		expect(await api.json()).toMatchObject({ error: 'rate_limited' })
		expect((await get('/cong-nghe.data?q=biogas')).status).toBe(429)
		// Browsing without a query costs nothing.
		expect((await get('/cong-nghe.data')).status).toBe(200)
		expect((await get('/cong-nghe.data?page=2')).status).toBe(200)
		expect((await get('/search.data')).status).toBe(200)
	})

	test("a browse page's .data with q is limited after N queries; without q it never is", async () => {
		for (let i = 0; i < searchesPerMinute * 2; i++) expect((await get('/cong-nghe.data')).status).toBe(200)
		for (let i = 0; i < searchesPerMinute; i++) expect((await get(`/cong-nghe.data?q=biogas&page=${i + 1}`)).status).toBe(200)
		const limited = await get('/cong-nghe.data?q=biogas')
		expect(limited.status).toBe(429)
		expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
		expect((await get('/search.data?q=biogas')).status).toBe(429)
	})
})

describe('Retry-After reaches the browser on every 429', () => {
	test('a page action answering 429 without headers gets Retry-After on its .data response', async () => {
		const response = await fetch(`${server.base}/probe.data`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' }, body: 'a=1' })
		expect(response.status).toBe(429)
		expect(response.headers.get('retry-after')).toBe('90')
	})
})

describe('answers that depend on the session are never cached', () => {
	test('a signed-in page (.data) and a signed-in export are private, no-store; public answers keep their caching', async () => {
		const admin = await createUser({ roles: ['admin'] })
		const { cookie } = await sessionCookieFor(admin.id)
		const mail = await get('/admin/mailbox.data', { Cookie: cookie })
		expect(mail.status).toBe(200)
		expect(mail.headers.get('cache-control')).toBe('private, no-store')
		const csv = await get('/admin/audit.csv', { Cookie: cookie })
		expect(csv.status).toBe(200)
		expect(csv.headers.get('cache-control')).toBe('private, no-store')
		// Even a public page read with a session shows that person's header.
		expect((await get('/cong-nghe.data', { Cookie: cookie })).headers.get('cache-control')).toBe('private, no-store')
		// Anonymous: the public API keeps its own caching, a public page sets none.
		expect((await get('/api/search')).headers.get('cache-control')).toBe('public, max-age=30')
		expect((await get('/cong-nghe.data')).headers.get('cache-control')).toBeNull()
		// An anonymous request whose answer starts (or ends) a session.
		expect((await get('/starts-session')).headers.get('cache-control')).toBe('private, no-store')
	})
})
