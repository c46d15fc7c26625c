import { describe, expect, test } from 'vitest'
import { rateLimitAddress } from './client-address.server'

describe('rateLimitAddress', () => {
	test('an IPv4 address is itself, also when written IPv4-mapped', () => {
		expect(rateLimitAddress('203.0.113.7')).toBe('203.0.113.7')
		expect(rateLimitAddress('::ffff:203.0.113.7')).toBe('203.0.113.7')
		expect(rateLimitAddress('::FFFF:cb00:7107')).toBe('203.0.113.7')
		expect(rateLimitAddress('0:0:0:0:0:ffff:203.0.113.7')).toBe('203.0.113.7')
	})

	test('every address of one IPv6 /64 is the same key, whatever its spelling', () => {
		const key = rateLimitAddress('2001:db8:1234:5678::1')
		expect(key).toBe('2001:db8:1234:5678::/64')
		for (const other of ['2001:db8:1234:5678::3c', '2001:0DB8:1234:5678:ffff:ffff:ffff:ffff', '2001:db8:1234:5678:0:0:0:0', '2001:db8:1234:5678::9%eth0']) {
			expect(rateLimitAddress(other)).toBe(key)
		}
	})

	test('neighbouring /64s are different keys', () => {
		expect(rateLimitAddress('2001:db8:1234:5679::1')).not.toBe(rateLimitAddress('2001:db8:1234:5678::1'))
		expect(rateLimitAddress('::1')).toBe('0:0:0:0::/64')
		expect(rateLimitAddress('64:ff9b::198.51.100.1')).toBe('64:ff9b:0:0::/64')
	})

	test('what is not an address is kept as it is', () => {
		expect(rateLimitAddress('unknown')).toBe('unknown')
	})
})
