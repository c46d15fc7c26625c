import { describe, expect, test } from 'vitest'
import { safeRedirectPath } from './redirect'

describe('safeRedirectPath', () => {
	test('keeps same-origin paths with query and hash', () => {
		expect(safeRedirectPath('/search?q=cong%20nghe#top')).toBe('/search?q=cong%20nghe#top')
	})

	test.each([
		['https://evil.example/'],
		['//evil.example/path'],
		['/\\evil.example'],
		['javascript:alert(1)'],
		['/.//evil.example'],
		['/a/..//evil.example'],
		['/%2e%2e//evil.example'],
		[''],
		[null],
	])('refuses %s', (target) => {
		expect(safeRedirectPath(target, '/home')).toBe('/home')
	})
})
