// What the server sends: HTML without stray bytes, and JavaScript within budget, in the
// page's language only. Figures per page are written to test-results/page-weight.json
// (docs/performance.md records them).
import { mkdirSync, writeFileSync } from 'node:fs'
import { expect, type APIRequestContext, type Response } from '@playwright/test'
import { test } from './utils'

const budgetBytes = 150 * 1024
// Many pages per test, each in a fresh tab.
test.describe.configure({ timeout: 300_000 })

// The first listing linked from a browse page (once the fresh server has indexed its demo data).
async function firstLink(request: APIRequestContext, listPath: string) {
	let href: string | undefined
	await expect
		.poll(async () => {
			const html = await (await request.get(listPath)).text()
			href = html.match(new RegExp(`href="(${listPath}/[^"?#]+)"`))?.[1]
			return href
		}, { message: `a detail link on ${listPath}`, timeout: 30_000 })
		.toBeTruthy()
	return href!
}

test('pages with long Vietnamese text stream without a NUL byte', async ({ request }) => {
	const paths = ['/', '/cong-nghe', '/sang-che', '/nhu-cau', '/chuyen-gia', '/vuon-uom', '/khoi-nghiep', '/chuong-trinh']
	for (const list of ['/cong-nghe', '/sang-che', '/nhu-cau', '/chuyen-gia']) paths.push(await firstLink(request, list))
	for (const path of paths) {
		for (const lang of ['vi', 'en']) {
			const response = await request.get(path, { headers: { Cookie: `lang=${lang}` } })
			expect(response.status(), path).toBe(200)
			const body = await response.body()
			expect(body.length, path).toBeGreaterThan(10_000)
			expect(body.indexOf(0), `${path} (${lang}) has a NUL byte`).toBe(-1)
			// The bytes decode as UTF-8 without replacement characters.
			expect(body.toString('utf8').includes('\uFFFD'), `${path} (${lang}) is valid UTF-8`).toBe(false)
		}
	}
})

test('every public page loads at most 150 KB of compressed JavaScript, with the strings of its language only', async ({ browser, request }) => {
	const pages = ['/', '/cong-nghe', '/sang-che', '/nhu-cau', '/chuyen-gia', '/vuon-uom', '/khoi-nghiep', '/chuong-trinh', '/search?q=n%C6%B0%E1%BB%9Bc', '/login', '/signup', '/privacy']
	for (const list of ['/cong-nghe', '/sang-che', '/nhu-cau', '/chuyen-gia', '/vuon-uom', '/khoi-nghiep', '/chuong-trinh']) pages.push(await firstLink(request, list))
	const figures: Record<string, Record<string, number>> = {}
	// Vietnamese strings are the larger bundle, so every page is weighed in Vietnamese; a few
	// in English prove that a page downloads its own language only.
	const runs = [...pages.map((path) => ({ lang: 'vi' as const, path })), ...pages.slice(0, 4).map((path) => ({ lang: 'en' as const, path }))]
	for (const { lang, path } of runs) {
		// A new visitor each time: nothing cached from the page before.
		const context = await browser.newContext()
		await context.addCookies([{ name: 'lang', value: lang, url: 'http://localhost' }])
		const page = await context.newPage()
		const scripts: Response[] = []
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script' || new URL(response.url()).pathname.endsWith('.js')) scripts.push(response)
		})
		await page.goto(path, { waitUntil: 'networkidle' })
		await page.locator('html[data-hydrated]').waitFor()
		await expect(page.locator('html')).toHaveAttribute('lang', lang)
		// The bytes on the wire: each file as the server sent it (precompressed, with its length).
		const sizes = await Promise.all(
			scripts.map(async (script) => {
				const length = Number(await script.headerValue('content-length'))
				expect(length, `${script.url()} has a Content-Length`).toBeGreaterThan(0)
				return length
			}),
		)
		const encodings = new Set(await Promise.all(scripts.map(async (script) => (await script.headerValue('content-encoding')) ?? 'none')))
		expect(encodings.has('br'), `${path}: scripts sent with Brotli (${[...encodings]})`).toBe(true)
		const total = sizes.reduce((sum, size) => sum + size, 0)
		const names = scripts.map((script) => new URL(script.url()).pathname.split('/').pop() ?? '')
		const other = lang === 'vi' ? 'en' : 'vi'
		expect(names.some((name) => name.startsWith(`${lang}-`)), `${path}: ${lang} strings loaded`).toBe(true)
		expect(names.filter((name) => name.startsWith(`${other}-`)), `${path}: no ${other} strings`).toEqual([])
		expect(total, `${path} (${lang}): ${total} bytes of compressed JavaScript`).toBeLessThanOrEqual(budgetBytes)
		;(figures[path] ??= {})[lang] = total
		await context.close()
	}
	mkdirSync('test-results', { recursive: true })
	writeFileSync('test-results/page-weight.json', `${JSON.stringify(figures, null, 2)}\n`)
})
