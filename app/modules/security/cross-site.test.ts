import { describe, expect, test } from 'vitest'
import { isCrossSiteMutation } from './cross-site'

const base = { method: 'POST', path: '/login', host: 'san.example.vn', origin: undefined, secFetchSite: undefined }

describe('isCrossSiteMutation', () => {
	test('same-origin posts pass', () => {
		expect(isCrossSiteMutation({ ...base, secFetchSite: 'same-origin' })).toBe(false)
		expect(isCrossSiteMutation({ ...base, origin: 'https://san.example.vn' })).toBe(false)
		expect(isCrossSiteMutation({ ...base, secFetchSite: 'none' })).toBe(false)
	})

	test('cross-site and same-site (another subdomain) posts are refused', () => {
		expect(isCrossSiteMutation({ ...base, secFetchSite: 'cross-site' })).toBe(true)
		expect(isCrossSiteMutation({ ...base, secFetchSite: 'same-site' })).toBe(true)
		expect(isCrossSiteMutation({ ...base, origin: 'https://evil.example' })).toBe(true)
		expect(isCrossSiteMutation({ ...base, origin: 'null' })).toBe(true)
		expect(isCrossSiteMutation({ ...base, origin: 'not a url' })).toBe(true)
	})

	test('Sec-Fetch-Site wins over Origin', () => {
		expect(isCrossSiteMutation({ ...base, secFetchSite: 'cross-site', origin: 'https://san.example.vn' })).toBe(true)
	})

	test('reads and exempt webhooks are never refused', () => {
		expect(isCrossSiteMutation({ ...base, method: 'GET', secFetchSite: 'cross-site' })).toBe(false)
		expect(
			isCrossSiteMutation({ ...base, path: '/webhooks/stripe', secFetchSite: 'cross-site', exemptPrefixes: ['/webhooks/'] }),
		).toBe(false)
	})

	test('non-browser clients without either header pass', () => {
		expect(isCrossSiteMutation(base)).toBe(false)
	})
})
