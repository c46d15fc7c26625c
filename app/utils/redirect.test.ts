import { describe, expect, test } from 'vitest'
import { authHref, currentReturnPath, returnPath, safeRedirectPath } from './redirect'

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

describe('returnPath: where signing in, up or verifying returns the person', () => {
	test('keeps a page of the site', () => {
		expect(returnPath('/chuyen-gia/nguyen-van-a')).toBe('/chuyen-gia/nguyen-van-a')
		expect(returnPath('/cong-nghe?q=l%C3%BAa&page=2')).toBe('/cong-nghe?q=l%C3%BAa&page=2')
	})

	test.each([
		['https://evil.example/'],
		['//evil.example/path'],
		['/\\evil.example'],
		['/.//evil.example'],
		['javascript:alert(1)'],
		['/login'],
		['/login?redirectTo=%2Faccount'],
		['/signup/'],
		['/Verify?email=a%40b.vn'],
		['/forgot-password'],
		['/reset-password?code=X'],
		['/logout'],
		['/a/../login'],
		[''],
		[undefined],
	])('refuses %s (another site, or the sign-in journey itself)', (target) => {
		expect(returnPath(target, '/account')).toBe('/account')
	})

	test('pages whose names only start like a sign-in page are kept', () => {
		expect(returnPath('/login-help')).toBe('/login-help')
		expect(returnPath('/signups')).toBe('/signups')
	})
})

describe('authHref: links into the sign-in journey carry the way back', () => {
	test('adds a safe redirectTo, encoded', () => {
		expect(authHref('/login', '/chuyen-gia/tran-b?tab=1')).toBe('/login?redirectTo=%2Fchuyen-gia%2Ftran-b%3Ftab%3D1')
		expect(authHref('/signup', '/listings/new', { email: 'a@b.vn' })).toBe('/signup?email=a%40b.vn&redirectTo=%2Flistings%2Fnew')
	})

	test('leaves it out for the home page, another site or an auth page', () => {
		expect(authHref('/login', '/')).toBe('/login')
		expect(authHref('/signup', 'https://evil.example/')).toBe('/signup')
		expect(authHref('/login', '/signup?redirectTo=%2Fx')).toBe('/login')
		expect(authHref('/login', null)).toBe('/login')
	})
})

describe('currentReturnPath: the way back from the page a link is on', () => {
	test('an ordinary page returns to itself', () => {
		expect(currentReturnPath('/chuong-trinh/ho-tro-2026', '?tab=rules')).toBe('/chuong-trinh/ho-tro-2026?tab=rules')
	})

	test('a page of the sign-in journey passes on its own redirectTo, if safe', () => {
		expect(currentReturnPath('/login', '?redirectTo=%2Fchuyen-gia%2Fa')).toBe('/chuyen-gia/a')
		expect(currentReturnPath('/signup', '?redirectTo=https%3A%2F%2Fevil.example')).toBe('')
		expect(currentReturnPath('/verify', '')).toBe('')
	})
})
