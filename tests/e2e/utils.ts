import { test as base, expect, type APIRequestContext, type Browser, type Page } from '@playwright/test'

// The demo listings are indexed by the relay when the site starts: specs that read listing
// pages or search wait until the index holds every published listing. /healthz gives that
// detail only to monitoring that sends the token the test server was started with.
export async function waitForSearchIndexInSync(request: APIRequestContext) {
	const headers = { 'X-Health-Token': process.env.E2E_HEALTH_TOKEN! }
	await expect
		.poll(async () => ((await (await request.get('/healthz', { headers })).json()) as { searchIndex?: { inSync: boolean } }).searchIndex?.inSync, { timeout: 60_000 })
		.toBe(true)
}

// Waits until React has hydrated, so clicks exercise the enhanced forms and are not
// lost while the page becomes interactive.
export function hydrateOnNavigation(page: Page) {
	const goto = page.goto.bind(page)
	page.goto = async (url, options) => {
		const response = await goto(url, options)
		await page.locator('html[data-hydrated]').waitFor()
		return response
	}
	return page
}

// Each test's own browser also comes from an address of its own (see personContext), so
// per-address limits on sign-up and sign-in count each test separately.
let lastTestAddress = 0
export const test = base.extend({
	page: async ({ page }, use) => {
		lastTestAddress += 1
		await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `203.0.113.${lastTestAddress % 250}` })
		await use(hydrateOnNavigation(page))
	},
})

export const demoPassword = 'demo-ninhbinh-2026'

// Another person's browser, with an address of its own: the server trusts one proxy hop
// in these tests (playwright.config.ts), so each person's sign-ins count against their
// own per-address limit rather than one address shared by every test.
let lastAddress = 0
export async function personContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
	lastAddress += 1
	return browser.newContext({ ...options, extraHTTPHeaders: { ...options.extraHTTPHeaders, 'X-Forwarded-For': `198.51.100.${lastAddress}` } })
}

export async function signIn(page: Page, email: string, password: string) {
	await page.goto('/login')
	await page.getByLabel('E-mail', { exact: true }).fill(email)
	await page.getByLabel('Mật khẩu').fill(password)
	await page.getByRole('button', { name: 'Đăng nhập' }).click()
	// Signed in once the header holds the account (the redirect has finished). On a phone
	// it sits in the closed menu, so it is there without being visible.
	await expect(page).not.toHaveURL(/\/login/)
	await expect(page.getByTestId('account-link')).toBeAttached()
}

// The dev mailbox (no SMTP configured) is read the way a developer would: as the
// demo administrator, in a browser context of its own.
export async function openMailbox(browser: Browser) {
	const context = await personContext(browser)
	const page = hydrateOnNavigation(await context.newPage())
	await signIn(page, 'admin@demo.sancongnghe.vn', demoPassword)
	await expect(page.getByTestId('account-link')).toBeVisible()
	return {
		async latestTo(address: string) {
			await page.goto('/admin/mailbox')
			const mail = page.getByTestId('mail').filter({ hasText: address }).first()
			await expect(mail).toBeVisible()
			return { subject: await mail.getByTestId('mail-subject').innerText(), body: await mail.getByTestId('mail-body').innerText() }
		},
		close: () => context.close(),
	}
}

export function codeFrom(body: string) {
	const code = body.match(/\b[A-Z2-7]{10}\b/)?.[0]
	expect(code, body).toBeTruthy()
	return code!
}

export function linkFrom(body: string, path: string) {
	const link = body.match(new RegExp(`https?://[^\\s]+${path}[^\\s]*`))?.[0]
	expect(link, body).toBeTruthy()
	return new URL(link!).pathname + new URL(link!).search
}

// A new member, as a visitor becomes one: signs up, verifies the e-mailed code and signs in.
export async function signUp(page: Page, mailbox: Awaited<ReturnType<typeof openMailbox>>, email: string, name: string, password: string) {
	await page.goto('/signup')
	await page.getByLabel('Họ và tên').fill(name)
	await page.getByLabel('E-mail', { exact: true }).fill(email)
	await page.getByLabel('Mật khẩu').fill(password)
	await page.getByRole('checkbox', { name: /Thông báo xử lý dữ liệu cá nhân/ }).check()
	await page.getByRole('button', { name: 'Tạo tài khoản' }).click()
	await expect(page.getByRole('heading', { name: 'Xác minh e-mail' })).toBeVisible()
	await page.getByLabel('Mã xác minh').fill(codeFrom((await mailbox.latestTo(email)).body))
	await page.getByRole('button', { name: 'Xác minh' }).click()
	await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue(email)
	await page.getByLabel('Mật khẩu').fill(password)
	await page.getByRole('button', { name: 'Đăng nhập' }).click()
	await expect(page.getByTestId('account-email')).toHaveText(email)
}
