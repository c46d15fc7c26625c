import AxeBuilder from '@axe-core/playwright'
import { expect, type Browser, type Page } from '@playwright/test'
import { listingPaths } from '../../app/modules/listings/listing-paths'
import { demoPassword, hydrateOnNavigation, personContext, signIn, test, waitForSearchIndexInSync } from './utils'

// WCAG 2.1 A and AA, checked by axe on every public page and the main signed-in pages,
// on a phone (390×844) and on a desktop. Any violation fails, with its id, the elements
// and axe's help in the message.
//
// Adding a page is one line: a path, or `firstLink(from, selector)` for a page whose URL
// comes from the data (the first matching link on another page).

// axe reads the whole page twice per test: allow for a busy machine.
// Every test only reads, so they spread over the workers.
test.describe.configure({ mode: 'parallel', timeout: 120_000 })

type Target = string | { name: string; find: (page: Page) => Promise<string> }

function firstLink(from: Target, selector: string, name: string): Target {
	return {
		name,
		async find(page) {
			await page.goto(await resolve(page, from))
			const href = await page.locator(selector).first().getAttribute('href')
			expect(href, `a link ${selector} on ${typeof from === 'string' ? from : from.name}`).toBeTruthy()
			return href!
		},
	}
}

const firstResult = (path: string) => firstLink(path, '[data-testid="listing-results"] h2 a', `first listing of ${path}`)

const publicPages: Target[] = [
	'/',
	...Object.values(listingPaths).map((path) => `/${path}`),
	...Object.values(listingPaths).map((path) => firstResult(`/${path}`)),
	'/search?q=n%C6%B0%E1%BB%9Bc%20th%E1%BA%A3i',
	'/chuong-trinh',
	firstLink('/chuong-trinh', 'main a[href^="/chuong-trinh/"]', 'a programme'),
	firstLink(firstResult('/cong-nghe'), 'main a[href^="/organizations/"]', 'an organisation'),
	'/login',
	'/signup',
	'/forgot-password',
	'/privacy',
]

// Signed-in pages, per demo account (only read here).
const signedInPages: { email: string; pages: Target[] }[] = [
	{
		email: 'doanhnghiep@demo.sancongnghe.vn',
		pages: ['/account', '/account/listings', '/account/organizations', '/account/notifications', '/account/applications', '/listings/new'],
	},
	{
		email: 'chuongtrinh@demo.sancongnghe.vn',
		pages: ['/programmes/manage', firstLink('/programmes/manage', 'main a[href$="/applications"]', "an officer's applications table")],
	},
	{ email: 'admin@demo.sancongnghe.vn', pages: ['/admin'] },
]

const viewports = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 900 },
] as const

async function resolve(page: Page, target: Target) {
	return typeof target === 'string' ? target : target.find(page)
}

export async function expectNoAxeViolations(page: Page, what: string) {
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
	const report = violations
		.map((v) => [`${v.id} (${v.impact}): ${v.help} ${v.helpUrl}`, ...v.nodes.map((node) => `  ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ')}`)].join('\n'))
		.join('\n')
	expect(violations.map((v) => v.id), `axe on ${what}:\n${report}`).toEqual([])
}

// Each page at each size: no axe violation, and on the phone no horizontal scrolling.
async function checkPage(page: Page, target: Target) {
	const path = await resolve(page, target)
	for (const viewport of viewports) {
		await page.setViewportSize({ width: viewport.width, height: viewport.height })
		const response = await page.goto(path)
		expect(response?.status(), path).toBeLessThan(400)
		await expectNoAxeViolations(page, `${path} (${viewport.name})`)
		if (viewport.name === 'phone') {
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
			expect(overflow, `${path} scrolls sideways on a phone`).toBeLessThanOrEqual(0)
		}
	}
}

test.beforeAll(({ request }) => waitForSearchIndexInSync(request))

for (const target of publicPages) {
	test(`axe: ${typeof target === 'string' ? target : target.name}`, async ({ page }) => {
		await checkPage(page, target)
	})
}

async function signedIn(browser: Browser, email: string) {
	const context = await personContext(browser)
	const page = hydrateOnNavigation(await context.newPage())
	await signIn(page, email, demoPassword)
	return { page, close: () => context.close() }
}

for (const { email, pages } of signedInPages) {
	test(`axe: signed in as ${email}: ${pages.map((p) => (typeof p === 'string' ? p : p.name)).join(', ')}`, async ({ browser }) => {
		test.setTimeout(300_000)
		const person = await signedIn(browser, email)
		for (const target of pages) await checkPage(person.page, target)
		await person.close()
	})
}

test('axe: the header search with its suggestions open, on a phone and a desktop', async ({ page }) => {
	for (const viewport of viewports) {
		await page.setViewportSize({ width: viewport.width, height: viewport.height })
		await page.goto('/')
		const box = page.getByRole('combobox', { name: 'Tìm kiếm trên sàn' })
		await box.pressSequentially('nuoc thai', { delay: 20 })
		await expect(page.getByRole('listbox', { name: 'Gợi ý' }).getByRole('option').first()).toBeVisible()
		await box.press('ArrowDown')
		await expectNoAxeViolations(page, `the open search suggestions (${viewport.name})`)
	}
})

test('the search combobox: counts announced politely, the active option visible and contrasted, Tab leaves in one step', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 })
	await page.goto('/')
	const box = page.getByRole('combobox', { name: 'Tìm kiếm trên sàn' })
	await box.pressSequentially('cong nghe', { delay: 20 })
	const listbox = page.getByRole('listbox', { name: 'Gợi ý' })
	const options = listbox.getByRole('option')
	await expect(options.first()).toBeVisible()
	// The count is in a polite live region (role status) that existed before it changed.
	await expect(page.getByRole('status').filter({ hasText: /\d+ kết quả/ })).toHaveText(/^\d+ kết quả\. Dùng phím mũi tên/)

	// Walk down to the last option: it is scrolled into view inside the dropdown, and marked.
	const count = await options.count()
	expect(count).toBeGreaterThan(4)
	for (let i = 0; i < count; i++) await box.press('ArrowDown')
	const last = options.nth(count - 1)
	await expect(last).toHaveAttribute('aria-selected', 'true')
	await expect(box).toHaveAttribute('aria-activedescendant', (await last.getAttribute('id'))!)
	await expect(last).toBeInViewport()
	const inside = await last.evaluate((option) => {
		const list = option.closest('[data-testid="search-suggestions"]')!.getBoundingClientRect()
		const box = option.getBoundingClientRect()
		return box.top >= list.top - 1 && box.bottom <= list.bottom + 1
	})
	expect(inside, 'the active option is scrolled into view within the dropdown').toBe(true)

	// The active option's background against an inactive one's: at least 3:1.
	const ratio = await page.evaluate(
		([activeId]) => {
			const rgb = (element: Element) => {
				let node: Element | null = element
				let color = 'rgba(0, 0, 0, 0)'
				while (node && /rgba\(0, 0, 0, 0\)|transparent/.test((color = getComputedStyle(node).backgroundColor))) node = node.parentElement
				const canvas = document.createElement('canvas').getContext('2d')!
				canvas.fillStyle = color
				canvas.fillRect(0, 0, 1, 1)
				return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)]
			}
			const luminance = ([r, g, b]: number[]) =>
				[r!, g!, b!].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0)
			const active = document.getElementById(activeId!)!
			const inactive = [...document.querySelectorAll('[role="option"][aria-selected="false"]')][0]!
			const [a, b] = [luminance(rgb(active)), luminance(rgb(inactive))]
			return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
		},
		[(await last.getAttribute('id'))!],
	)
	expect(ratio).toBeGreaterThanOrEqual(3)

	// Tab: out of the search in one step (to the search button), the dropdown closed.
	await box.press('Tab')
	await expect(page.getByRole('button', { name: 'Tìm', exact: true })).toBeFocused()
	await expect(listbox).toBeHidden()
	await expect(box).toHaveAttribute('aria-expanded', 'false')
})

test('each error message is referenced once by its field', async ({ browser }) => {
	const context = await personContext(browser)
	const page = hydrateOnNavigation(await context.newPage())
	await page.goto('/signup')
	await page.getByLabel('E-mail', { exact: true }).fill('not-an-address')
	await page.getByRole('button', { name: 'Tạo tài khoản' }).click()
	const email = page.getByLabel('E-mail', { exact: true })
	await expect(email).toHaveAttribute('aria-invalid', 'true')
	await expect(email).toHaveValue('not-an-address')
	const described = await page.locator('[aria-describedby]').evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-describedby')!.split(/\s+/)))
	expect(described.length).toBeGreaterThan(0)
	for (const ids of described) expect(ids, ids.join(' ')).toEqual([...new Set(ids)])
	const ids = described.flat()
	// The e-mail's message is announced with the field, and exists.
	const errorId = (await email.getAttribute('aria-describedby'))!.split(/\s+/).find((id) => id.includes('error'))
	expect(errorId).toBeTruthy()
	await expect(page.locator(`[id="${errorId}"]`)).toBeVisible()
	expect(ids.filter((id) => id === errorId)).toHaveLength(1)
	await expectNoAxeViolations(page, '/signup with errors')
	await context.close()
})

test('the hero tagline reads at 4.5:1 or more on every width', async ({ page }) => {
	for (const width of [320, 390, 768, 1024, 1440]) {
		await page.setViewportSize({ width, height: 900 })
		await page.goto('/')
		const { violations } = await new AxeBuilder({ page }).include('section[aria-labelledby="home-title"]').withRules(['color-contrast']).analyze()
		expect(violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`)), `width ${width}`).toEqual([])
	}
})

test('Be Vietnam Pro is served from /assets (Vietnamese and Latin woff2) and nothing 404s', async ({ page }) => {
	const fonts: { url: string; status: number; type: string | undefined }[] = []
	const failures: string[] = []
	page.on('response', (response) => {
		if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`)
		if (response.url().endsWith('.woff2')) fonts.push({ url: response.url(), status: response.status(), type: response.headers()['content-type'] })
	})
	page.on('requestfailed', (request) => failures.push(`failed ${request.url()}`))
	await page.goto('/')
	await page.evaluate(() => document.fonts.ready)
	expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Công nghệ chào bán'))).toBe(true)
	expect(await page.evaluate(() => [...document.fonts].filter((font) => font.family.includes('Be Vietnam Pro') && font.status === 'loaded').length)).toBeGreaterThanOrEqual(2)
	const paths = fonts.map((font) => new URL(font.url).pathname)
	expect(paths.some((path) => /^\/assets\/be-vietnam-pro-vietnamese-400-normal-[\w-]+\.woff2$/.test(path)), paths.join(', ')).toBe(true)
	expect(paths.some((path) => /^\/assets\/be-vietnam-pro-latin-400-normal-[\w-]+\.woff2$/.test(path)), paths.join(', ')).toBe(true)
	for (const font of fonts) {
		expect(font.status, font.url).toBe(200)
		expect(font.type, font.url).toBe('font/woff2')
	}
	expect(failures).toEqual([])
	// Only the Vietnamese and Latin subsets exist, with font-display: swap.
	const faces = await page.evaluate(() =>
		[...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule).map((rule) => rule.cssText),
	)
	expect(faces).toHaveLength(8)
	for (const face of faces) {
		expect(face).toContain('font-display: swap')
		expect(face).toMatch(/be-vietnam-pro-(vietnamese|latin)-(400|500|600|700)-normal/)
	}
})

test('the axe check itself fails on a violation and names it', async ({ page }) => {
	await page.setContent('<!doctype html><html lang="vi"><head><title>t</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>')
	const failure = await expectNoAxeViolations(page, 'a page with an image without text').then(
		() => null,
		(error: Error) => error.message,
	)
	expect(failure).toContain('image-alt')
	expect(failure).toContain('img')
})
