import { describe, expect, test } from 'vitest'
import { hasPermission, hasRole } from './permissions'

describe('hasPermission', () => {
	const member = { roles: ['member'], permissions: ['update:listing:own'] }
	const moderator = { roles: ['member', 'moderator'], permissions: ['update:listing:own', 'update:listing:any'] }

	test('own is satisfied by own or any', () => {
		expect(hasPermission(member, 'update:listing:own')).toBe(true)
		expect(hasPermission(moderator, 'update:listing:own')).toBe(true)
	})

	test('any needs any', () => {
		expect(hasPermission(member, 'update:listing:any')).toBe(false)
		expect(hasPermission(moderator, 'update:listing:any')).toBe(true)
	})

	test('other actions and entities do not leak', () => {
		expect(hasPermission(moderator, 'delete:listing:own')).toBe(false)
		expect(hasPermission(moderator, 'update:organization:own')).toBe(false)
		expect(hasPermission(null, 'update:listing:own')).toBe(false)
	})

	test('roles', () => {
		expect(hasRole(moderator, 'moderator')).toBe(true)
		expect(hasRole(member, 'admin')).toBe(false)
	})
})
