import { describe, expect, test } from 'vitest'
import { failsRemixOriginCheck, isCrossSiteMutation, isExactPath } from './cross-site'

const base = { method: 'POST', path: '/login', ownOrigins: ['https://san.example.vn'], origin: undefined, secFetchSite: undefined }

describe('isCrossSiteMutation', () => {
	test('same-origin posts pass', () => {
		expect(isCrossSiteMutation({ ...base, secFetchSite: 'same-origin' })).toBe(false)
		expect(isCrossSiteMutation({ ...base, origin: 'https://san.example.vn' })).toBe(false)
		expect(isCrossSiteMutation({ ...base, secFetchSite: 'none' })).toBe(false)
		expect(isCrossSiteMutation({ ...base, referer: 'https://san.example.vn/login?next=/account' })).toBe(false)
	})

	test('cross-site and same-site (another subdomain) posts are refused', () => {
		expect(isCrossSiteMutation({ ...base, secFetchSite: 'cross-site' })).toBe(true)
		expect(isCrossSiteMutation({ ...base, secFetchSite: 'same-site' })).toBe(true)
		expect(isCrossSiteMutation({ ...base, origin: 'https://evil.example' })).toBe(true)
		expect(isCrossSiteMutation({ ...base, origin: 'null' })).toBe(true)
		expect(isCrossSiteMutation({ ...base, origin: 'not a url' })).toBe(true)
	})

	test('the whole origin must match: scheme, host and port', () => {
		expect(isCrossSiteMutation({ ...base, origin: 'http://san.example.vn' })).toBe(true)
		expect(isCrossSiteMutation({ ...base, origin: 'https://san.example.vn:8443' })).toBe(true)
		expect(isCrossSiteMutation({ ...base, origin: 'https://san.example.vn.evil.example' })).toBe(true)
		expect(isCrossSiteMutation({ ...base, ownOrigins: ['http://127.0.0.1:3000'], origin: 'http://127.0.0.1:4000' })).toBe(true)
		expect(isCrossSiteMutation({ ...base, ownOrigins: ['http://127.0.0.1:3000'], origin: 'http://127.0.0.1:3000' })).toBe(false)
		// A second own origin: the public address when behind a proxy.
		expect(isCrossSiteMutation({ ...base, ownOrigins: ['http://internal:3000', 'https://san.example.vn'], origin: 'https://san.example.vn' })).toBe(false)
	})

	test('a foreign Referer without Origin or Sec-Fetch-Site is cross-site', () => {
		expect(isCrossSiteMutation({ ...base, referer: 'https://evil.example/page' })).toBe(true)
		expect(isCrossSiteMutation({ ...base, referer: 'http://san.example.vn/' })).toBe(true)
		expect(isCrossSiteMutation({ ...base, referer: 'garbage' })).toBe(true)
		// Origin wins over Referer.
		expect(isCrossSiteMutation({ ...base, origin: 'https://san.example.vn', referer: 'https://evil.example/' })).toBe(false)
	})

	test('Sec-Fetch-Site wins over Origin', () => {
		expect(isCrossSiteMutation({ ...base, secFetchSite: 'cross-site', origin: 'https://san.example.vn' })).toBe(true)
	})

	test('reads and exempt webhooks are never refused', () => {
		expect(isCrossSiteMutation({ ...base, method: 'GET', secFetchSite: 'cross-site' })).toBe(false)
		expect(isCrossSiteMutation({ ...base, path: '/webhooks/stripe', secFetchSite: 'cross-site', exemptPaths: ['/webhooks/stripe'] })).toBe(false)
	})

	test('the webhook exemption matches the exact, normalised path only', () => {
		const exempt = ['/webhooks/stripe']
		for (const path of ['/webhooks/../login', '//webhooks/stripe', '/webhooks/x/../../login', '/webhooks/stripe/../../login', '/webhooks/%2e%2e/login', '/webhooks\\..\\login', '/webhooks/stripe/', '/webhooks/other', '/login']) {
			expect(isCrossSiteMutation({ ...base, path, secFetchSite: 'cross-site', exemptPaths: exempt }), path).toBe(true)
		}
		expect(isExactPath('/webhooks/stripe', exempt)).toBe(true)
		expect(isExactPath('/webhooks/./stripe', exempt)).toBe(false)
	})

	test('non-browser clients without any of the headers pass', () => {
		expect(isCrossSiteMutation(base)).toBe(false)
	})
})

describe('failsRemixOriginCheck', () => {
	const post = { method: 'POST', origin: 'https://san.example.vn', host: 'san.example.vn', forwardedHost: undefined }
	test('what Remix would throw on (a 500) is recognised, so the edge can answer 403', () => {
		expect(failsRemixOriginCheck(post)).toBe(false)
		expect(failsRemixOriginCheck({ ...post, forwardedHost: 'evil.example' })).toBe(true)
		expect(failsRemixOriginCheck({ ...post, forwardedHost: 'san.example.vn, proxy.internal' })).toBe(false)
		expect(failsRemixOriginCheck({ ...post, host: undefined })).toBe(true)
		expect(failsRemixOriginCheck({ ...post, origin: 'not a url' })).toBe(true)
		expect(failsRemixOriginCheck({ ...post, method: 'GET', forwardedHost: 'evil.example' })).toBe(false)
		expect(failsRemixOriginCheck({ ...post, origin: 'null' })).toBe(true)
		expect(failsRemixOriginCheck({ ...post, origin: undefined })).toBe(false)
	})
})
