// The HTTP edge on the real, built app: what only documents show (server/security.ts).
import { expect } from '@playwright/test'
import { demoPassword, signIn, test } from './utils'

test('a signed-in page and its .data are private, no-store; a public page keeps its caching', async ({ page, request }) => {
	await signIn(page, 'admin@demo.sancongnghe.vn', demoPassword)
	for (const path of ['/admin/mailbox', '/admin/mailbox.data', '/account', '/cong-nghe']) {
		const response = await page.request.get(path, { maxRedirects: 0 })
		expect(response.status(), path).toBe(200)
		expect(response.headers()['cache-control'], path).toBe('private, no-store')
	}
	const anonymous = await request.get('/cong-nghe')
	expect(anonymous.status()).toBe(200)
	expect(anonymous.headers()['cache-control']).toBeUndefined()
})

test('the search page refuses a client past its search budget with a translated 429 and Retry-After', async ({ request }) => {
	const headers = { 'X-Forwarded-For': '192.0.2.77' }
	let status = 200
	let attempts = 0
	// 60 a minute by default (SEARCH_RATE_LIMIT); the budget is per address.
	while (status === 200 && attempts < 100) {
		attempts += 1
		status = (await request.get(`/search?q=nuoc${attempts}`, { headers })).status()
	}
	expect(attempts).toBe(61)
	const refused = await request.get('/search?q=nuoc', { headers })
	expect(refused.status()).toBe(429)
	expect(refused.headers()['retry-after']).toMatch(/^\d+$/)
	expect(await refused.text()).toContain('Quá nhiều yêu cầu')
	const browse = await request.get('/cong-nghe?q=nuoc', { headers: { ...headers, Cookie: 'lang=en' } })
	expect(browse.status()).toBe(429)
	expect(browse.headers()['retry-after']).toMatch(/^\d+$/)
	expect(await browse.text()).toContain('Too many requests')
	// Browsing without a query is free.
	expect((await request.get('/cong-nghe', { headers })).status()).toBe(200)
})

test('a NUL byte or broken percent-encoding in the path is a 400, never a 500', async ({ request }) => {
	for (const path of ['/cong-nghe/abc%00def', '/%E0%A4%A', '/organizations/%00', '/chuong-trinh/x%ZZ']) {
		const response = await request.get(path)
		expect(response.status(), path).toBe(400)
	}
})

test('pages carry Permissions-Policy and a CSP that reports to /csp-report, which answers 204', async ({ request }) => {
	const home = await request.get('/')
	expect(home.headers()['permissions-policy']).toContain('camera=()')
	expect(home.headers()['content-security-policy']).toContain('report-uri /csp-report')
	const report = await request.post('/csp-report', {
		headers: { 'Content-Type': 'application/csp-report' },
		data: JSON.stringify({ 'csp-report': { 'document-uri': 'http://localhost/', 'blocked-uri': 'inline', 'effective-directive': 'script-src-elem' } }),
	})
	expect(report.status()).toBe(204)
})

test('/healthz tells anyone up or down only', async ({ request }) => {
	const response = await request.get('/healthz')
	expect(response.status()).toBe(200)
	expect(await response.json()).toEqual({ status: 'ok' })
})
