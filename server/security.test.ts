import http from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { bodyLimits, installEdgeMiddleware } from './security'

// The edge as server/app.ts installs it, in front of a handler that reads the whole body
// (as Remix does) and says how many bytes it got.
const logged: object[] = []
let base = ''
let port = 0
let close: () => void
beforeAll(async () => {
	const app = express()
	installEdgeMiddleware(app, { isProduction: true, logger: { warn: (details) => logged.push(details) }, cspReportsPerMinute: 5 })
	app.all('*', (req, res) => {
		let received = 0
		req.on('data', (chunk: Buffer) => (received += chunk.length))
		req.on('end', () => res.send(`handled ${received}`))
	})
	const server = app.listen(0, '127.0.0.1')
	await new Promise((resolve) => server.once('listening', resolve))
	port = (server.address() as AddressInfo).port
	base = `http://127.0.0.1:${port}`
	close = () => server.close()
})
afterAll(() => close())

const mib = 1024 * 1024

// Sends `total` bytes in 64 KiB chunks with chunked transfer encoding (no Content-Length),
// stopping when the server answers or closes the connection. Resolves with the status
// (if an answer came) and how many bytes were written by then.
function sendChunked(path: string, total: number, headers: Record<string, string> = {}) {
	return new Promise<{ status: number | null; body: string; sent: number }>((resolve) => {
		const request = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Transfer-Encoding': 'chunked', ...headers } })
		const chunk = Buffer.alloc(64 * 1024, 'a')
		let sent = 0
		let status: number | null = null
		let body = ''
		let stopped = false
		const finish = () => {
			if (stopped) return
			stopped = true
			resolve({ status, body, sent })
		}
		request.on('response', (response) => {
			status = response.statusCode ?? null
			response.setEncoding('utf8')
			response.on('data', (text: string) => (body += text))
			response.on('end', () => {
				request.destroy()
				finish()
			})
		})
		request.on('error', () => finish())
		request.on('close', () => finish())
		const write = () => {
			while (!stopped && status === null && sent < total) {
				sent += chunk.length
				if (!request.write(chunk)) return void request.once('drain', write)
			}
			if (!stopped && status === null && sent >= total) request.end()
		}
		write()
	})
}

describe('server security', () => {
	test('security headers (production): CSP with a report endpoint, Permissions-Policy', async () => {
		const response = await fetch(`${base}/`)
		const csp = response.headers.get('content-security-policy')!
		const nonce = csp.match(/'nonce-([^']+)'/)?.[1]
		expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
		expect(csp.replace(nonce!, 'NONCE')).toBe(
			"default-src 'self';base-uri 'self';connect-src 'self';font-src 'self';form-action 'self';frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'strict-dynamic' 'self' 'nonce-NONCE';script-src-attr 'none';style-src 'self';report-uri /csp-report;report-to csp",
		)
		expect(response.headers.get('reporting-endpoints')).toBe('csp="/csp-report"')
		const permissions = response.headers.get('permissions-policy')!
		for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=(self)', 'usb=()']) expect(permissions).toContain(feature)
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
		const post = (path: string, headers: Record<string, string>) => fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: 'a=1' })
		expect((await post('/login', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403)
		expect((await post('/login', { Origin: 'https://evil.example' })).status).toBe(403)
		expect((await post('/login', { 'Sec-Fetch-Site': 'same-origin', Origin: base })).status).toBe(200)
		expect((await post('/login', {})).status).toBe(200)
		// The whole origin counts: another port or scheme on the same host is another site.
		expect((await post('/login', { Origin: `http://127.0.0.1:${port + 1}` })).status).toBe(403)
		expect((await post('/login', { Origin: `https://127.0.0.1:${port}` })).status).toBe(403)
		// Without Origin and Sec-Fetch-Site, a foreign Referer gives it away.
		expect((await post('/login', { Referer: 'https://evil.example/form.html' })).status).toBe(403)
		expect((await post('/login', { Referer: `${base}/login` })).status).toBe(200)
	})

	test('only the exact webhook path is exempt from the cross-site check', async () => {
		const post = (path: string) => fetch(`${base}${path}`, { method: 'POST', headers: { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' }, body: '{}' })
		expect((await post('/webhooks/stripe')).status).toBe(200)
		// fetch() would normalise these paths itself: they are sent as written with node:http.
		for (const path of ['/webhooks/../login', '//webhooks/stripe', '/webhooks/x/../../login', '/webhooks/%2e%2e/login', '/webhooks/stripe/../../login']) {
			const status = await new Promise<number>((resolve, reject) => {
				const request = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/x-www-form-urlencoded' } }, (response) => {
					response.resume()
					resolve(response.statusCode!)
				})
				request.on('error', reject)
				request.end('a=1')
			})
			expect(status, path).toBe(403)
		}
	})

	test('a POST whose Origin Remix itself would refuse (forwarded host) is a 403 here, not a 500 later', async () => {
		const response = await fetch(`${base}/login`, { method: 'POST', headers: { Origin: base, 'X-Forwarded-Host': 'evil.example', 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1' })
		expect(response.status).toBe(403)
	})

	test('page mutations accept only HTML form bodies (415 otherwise); APIs and webhooks parse their own', async () => {
		const post = (path: string, headers: Record<string, string>, body: BodyInit) => fetch(`${base}${path}`, { method: 'POST', headers, body })
		expect((await post('/account', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'a=1')).status).toBe(200)
		expect((await post('/account', {}, new FormData())).status).toBe(200)
		expect((await post('/account', { 'Content-Type': 'application/json' }, '{}')).status).toBe(415)
		expect((await post('/account', { 'Content-Type': 'text/plain' }, 'a=1')).status).toBe(415)
		expect((await post('/api/search', { 'Content-Type': 'application/json' }, '{}')).status).toBe(200)
		expect((await post('/webhooks/stripe', { 'Content-Type': 'application/json' }, '{}')).status).toBe(200)
		expect((await fetch(`${base}/account`)).status).toBe(200)
	})

	test('a chunked body past the form limit is cut off with 413 before it is read to the end', async () => {
		const total = 25 * mib
		const result = await sendChunked('/login', total)
		expect(result.status).toBe(413)
		expect(result.body).toBe('Payload Too Large')
		// The server answered and closed the connection long before 25 MiB went out.
		expect(result.sent).toBeLessThan(total)
		expect(result.sent).toBeGreaterThan(bodyLimits.form)
		// The same over single fetch.
		expect((await sendChunked('/login.data', 2 * mib + 1)).status).toBe(413)
	})

	test('a declared Content-Length past the limit is refused at once; small forms pass', async () => {
		const tooLarge = await fetch(`${base}/login`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a'.repeat(bodyLimits.form + 1) })
		expect(tooLarge.status).toBe(413)
		const small = await fetch(`${base}/login`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a'.repeat(bodyLimits.form) })
		expect(await small.text()).toBe(`handled ${bodyLimits.form}`)
		expect((await sendChunked('/login', 512 * 1024)).body).toBe(`handled ${512 * 1024}`)
	})

	test('upload routes take chunked bodies up to their own, larger limit', async () => {
		const upload = 5 * mib
		for (const path of ['/listings/abc/files', '/listings/abc/files.data', '/admin/import', '/account/applications/abc', '/organizations/hop-tac-xa/settings']) {
			const accepted = await sendChunked(path, upload, { 'Content-Type': 'multipart/form-data; boundary=x' })
			expect(accepted.status, path).toBe(200)
			expect(accepted.body, path).toBe(`handled ${upload}`)
		}
		const tooLarge = await sendChunked('/listings/abc/files', 30 * mib, { 'Content-Type': 'multipart/form-data; boundary=x' })
		expect(tooLarge.status).toBe(413)
		expect(tooLarge.sent).toBeGreaterThan(bodyLimits.upload)
		expect(tooLarge.sent).toBeLessThan(30 * mib)
		// A path that only normalises to an upload route gets the form limit.
		expect((await sendChunked('/listings/abc/files/../files', 2 * mib)).status).toBe(413)
	})

	test('a malformed or NUL-carrying path is a 400, never reaching a route', async () => {
		for (const path of ['/cong-nghe/abc%00def', '/%E0%A4%A', '/cong-nghe/%zz', '/search%0a']) {
			const response = await fetch(`${base}${path}`)
			expect(response.status, path).toBe(400)
			expect(await response.text(), path).toBe('Bad Request: malformed address')
		}
		expect((await fetch(`${base}/cong-nghe/nu%C6%B0%E1%BB%9Bc%20sach`)).status).toBe(200)
	})

	test('CSP reports are accepted from browsers (either format), logged, answered 204', async () => {
		const legacy = { 'csp-report': { 'document-uri': `${base}/`, 'blocked-uri': 'https://evil.example/x.js', 'effective-directive': 'script-src-elem' } }
		const first = await fetch(`${base}/csp-report`, { method: 'POST', headers: { 'Content-Type': 'application/csp-report', 'Sec-Fetch-Site': 'same-origin' }, body: JSON.stringify(legacy) })
		expect(first.status).toBe(204)
		const modern = [{ type: 'csp-violation', body: { documentURL: `${base}/cong-nghe`, blockedURL: 'inline', effectiveDirective: 'script-src-elem', disposition: 'enforce' } }]
		// Reporting API deliveries may come without a same-origin marker.
		const second = await fetch(`${base}/csp-report`, { method: 'POST', headers: { 'Content-Type': 'application/reports+json', Origin: 'null' }, body: JSON.stringify(modern) })
		expect(second.status).toBe(204)
		expect(logged).toEqual([
			{ cspViolation: { documentUri: `${base}/`, blockedUri: 'https://evil.example/x.js', directive: 'script-src-elem', sourceFile: undefined, disposition: undefined } },
			{ cspViolation: { documentUri: `${base}/cong-nghe`, blockedUri: 'inline', directive: 'script-src-elem', sourceFile: undefined, disposition: 'enforce' } },
		])
		expect((await fetch(`${base}/csp-report`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415)
		expect((await fetch(`${base}/csp-report`, { method: 'POST', headers: { 'Content-Type': 'application/csp-report' }, body: JSON.stringify({ 'csp-report': { x: 'a'.repeat(20_000) } }) })).status).toBe(413)
		// Five a minute per address here (cspReportsPerMinute), refused ones included: the sixth is refused.
		expect((await fetch(`${base}/csp-report`, { method: 'POST', headers: { 'Content-Type': 'application/csp-report' }, body: '{}' })).status).toBe(204)
		const sixth = await fetch(`${base}/csp-report`, { method: 'POST', headers: { 'Content-Type': 'application/csp-report' }, body: '{}' })
		expect(sixth.status).toBe(429)
		expect(sixth.headers.get('retry-after')).toMatch(/^\d+$/)
		expect(logged).toHaveLength(3)
	})
})
