import { expect } from '@playwright/test'
import { test } from './utils'

test('the home page is in Vietnamese, switches to English and remembers it', async ({ page }) => {
	await page.goto('/')
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thị trường khoa học và công nghệ của tỉnh')
	await expect(page.getByRole('search')).toBeVisible()
	// Seeded demo data is on the page.
	const offers = Number((await page.getByTestId('count-TECHNOLOGY_OFFER').textContent())?.replace(/\D/g, ''))
	expect(offers).toBeGreaterThan(0)
	await expect(page.getByRole('heading', { name: 'Mới đăng trên sàn' })).toBeVisible()

	await page.getByRole('button', { name: 'Switch to English' }).click()
	await expect(page.locator('html')).toHaveAttribute('lang', 'en')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("The province's science and technology market")

	await page.reload()
	await expect(page.locator('html')).toHaveAttribute('lang', 'en')
	await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click()
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
})

test('an unknown address gets the 404 page in the chosen language', async ({ page, context }) => {
	const response = await page.goto('/khong-co-trang-nay')
	expect(response?.status()).toBe(404)
	await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible()
	await expect(page.getByRole('link', { name: 'Về trang chủ' })).toBeVisible()

	await context.addCookies([{ name: 'lang', value: 'en', url: page.url() }])
	const english = await page.goto('/no/such/page')
	expect(english?.status()).toBe(404)
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
	await page.getByRole('link', { name: 'Back to home' }).click()
	await expect(page).toHaveURL(/\/$/)
})

test('pages carry an enforced CSP with a nonce and run without CSP violations', async ({ page }) => {
	const violations: string[] = []
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text())
	})
	const response = await page.goto('/')
	const csp = response?.headers()['content-security-policy'] ?? ''
	expect(csp).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+'/)
	expect(csp).toContain("frame-ancestors 'none'")
	expect(response?.headers()['x-content-type-options']).toBe('nosniff')
	// Hydration happened: client-side navigation works under the policy.
	await page.getByRole('button', { name: 'Switch to English' }).click()
	await expect(page.locator('html')).toHaveAttribute('lang', 'en')
	expect(violations).toEqual([])
})
