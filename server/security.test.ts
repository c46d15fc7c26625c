import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { assignCspNonce, rejectCrossSiteMutations, requireFormBodiesForPageMutations, securityHeaders } from './security'

let base = ''
let close: () => void
beforeAll(async () => {
	const app = express()
	app.use(assignCspNonce, securityHeaders({ isProduction: true }), rejectCrossSiteMutations)
	app.use('/forms', requireFormBodiesForPageMutations)
	app.all('*', (_req, res) => res.send('handled'))
	const server = app.listen(0, '127.0.0.1')
	await new Promise((resolve) => server.once('listening', resolve))
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
	close = () => server.close()
})
afterAll(() => close())

describe('server security', () => {
	test('security headers (production)', async () => {
		const response = await fetch(`${base}/`)
		const csp = response.headers.get('content-security-policy')!
		const nonce = csp.match(/'nonce-([^']+)'/)?.[1]
		expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
		expect(csp.replace(nonce!, 'NONCE')).toBe(
			"default-src 'self';base-uri 'self';connect-src 'self';font-src 'self';form-action 'self';frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'strict-dynamic' 'self' 'nonce-NONCE';script-src-attr 'none';style-src 'self'",
		)
		expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains')
		expect(response.headers.get('x-content-type-options')).toBe('nosniff')
		expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
		expect(response.headers.get('x-frame-options')).toBe('DENY')
		expect(response.headers.get('x-powered-by')).toBeNull()
		// A new nonce for every response.
		const again = (await fetch(`${base}/`)).headers.get('content-security-policy')!
		expect(again).not.toContain(nonce)
	})

	test('a cross-site POST is refused with 403; same-origin and server-to-server pass', async () => {
		const crossSite = await fetch(`${base}/login`, { method: 'POST', headers: { 'Sec-Fetch-Site': 'cross-site' }, body: 'a=1' })
		expect(crossSite.status).toBe(403)
		const foreignOrigin = await fetch(`${base}/login`, { method: 'POST', headers: { Origin: 'https://evil.example' }, body: 'a=1' })
		expect(foreignOrigin.status).toBe(403)
		const sameOrigin = await fetch(`${base}/login`, { method: 'POST', headers: { 'Sec-Fetch-Site': 'same-origin', Origin: base }, body: 'a=1' })
		expect(sameOrigin.status).toBe(200)
		const webhook = await fetch(`${base}/webhooks/stripe`, { method: 'POST', headers: { 'Sec-Fetch-Site': 'cross-site' }, body: '{}' })
		expect(webhook.status).toBe(200)
	})

	test('page mutations accept only HTML form bodies (415 otherwise); APIs and webhooks parse their own', async () => {
		const post = (path: string, headers: Record<string, string>, body: BodyInit) => fetch(`${base}${path}`, { method: 'POST', headers, body })
		expect((await post('/forms/account', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'a=1')).status).toBe(200)
		expect((await post('/forms/account', {}, new FormData())).status).toBe(200)
		expect((await post('/forms/account', { 'Content-Type': 'application/json' }, '{}')).status).toBe(415)
		expect((await post('/forms/account', { 'Content-Type': 'text/plain' }, 'a=1')).status).toBe(415)
		expect((await post('/forms/api/search', { 'Content-Type': 'application/json' }, '{}')).status).toBe(200)
		expect((await post('/forms/webhooks/stripe', { 'Content-Type': 'application/json' }, '{}')).status).toBe(200)
		expect((await fetch(`${base}/forms/account`)).status).toBe(200)
	})
})
