import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { createI18n, dictionaryOf, localeCookie, localeFiles, localeFromCookieHeader, locales } from './i18n'

const vi = dictionaryOf('vi')
const en = dictionaryOf('en')

function keysOf(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null) return [prefix]
	return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
}

describe('i18n', () => {
	test('Vietnamese and English have exactly the same keys', () => {
		expect(keysOf(en).sort()).toEqual(keysOf(vi).sort())
	})

	test('each locale file owns its top-level keys: no two files of a language share one', () => {
		for (const language of locales) {
			const files = localeFiles(language)
			expect(Object.keys(files).length).toBeGreaterThan(1)
			const owners = new Map<string, string>()
			for (const [file, dictionary] of Object.entries(files)) {
				for (const key of Object.keys(dictionary)) {
					expect(owners.get(key), `${language}: "${key}" in ${file}.json and ${owners.get(key)}.json`).toBeUndefined()
					owners.set(key, file)
				}
			}
		}
	})

	test('both languages have the same strings files, and every JSON file of a language is in its bundle', () => {
		expect(Object.keys(localeFiles('en')).sort()).toEqual(Object.keys(localeFiles('vi')).sort())
		for (const language of locales) {
			const onDisk = readdirSync(path.resolve(import.meta.dirname, '../locales', language))
				.filter((name) => name.endsWith('.json'))
				.map((name) => name.replace(/\.json$/, ''))
			expect(Object.keys(localeFiles(language)).sort(), language).toEqual(onDisk.sort())
		}
	})

	test('no translation is empty', () => {
		for (const [name, dictionary] of Object.entries({ vi, en })) {
			const empty = keysOf(dictionary).filter((key) => {
				const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], dictionary)
				return typeof value !== 'string' || value.trim() === ''
			})
			expect(empty, name).toEqual([])
		}
	})

	test('Vietnamese is the default and the cookie switches to English', () => {
		expect(localeFromCookieHeader(null)).toBe('vi')
		expect(localeFromCookieHeader('a=1; lang=en')).toBe('en')
		expect(localeFromCookieHeader('lang=fr')).toBe('vi')
		expect(createI18n('vi').t('error.notFoundTitle')).toBe('Không tìm thấy trang')
		expect(createI18n('en').t('error.notFoundTitle')).toBe('Page not found')
		expect(createI18n('en').t('home.closesOn', { date: '01/01/2027' })).toBe('Closes: 01/01/2027')
	})

	test('the locale cookie persists for a year and is Secure over HTTPS', () => {
		expect(localeCookie('en', true)).toBe('lang=en; Path=/; Max-Age=31536000; SameSite=Lax; Secure')
		expect(localeCookie('vi', false)).not.toContain('Secure')
	})
})
