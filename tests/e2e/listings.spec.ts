import { expect } from '@playwright/test'
import { test } from './utils'

test('a visitor browses technology offers, filters by field and opens a detail page', async ({ page }) => {
	await page.goto('/')
	await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Công nghệ', exact: true }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Công nghệ chào bán' })).toBeVisible()
	const total = Number((await page.getByTestId('result-count').innerText()).replace(/\D/g, ''))
	expect(total).toBeGreaterThanOrEqual(20)

	const before = await page.getByTestId('result-count').innerText()
	await page.getByLabel('Lĩnh vực').selectOption({ label: 'Thủy sản' })
	await page.getByRole('button', { name: 'Lọc' }).click()
	await expect(page).toHaveURL(/field=aquaculture/)
	await expect(page.getByTestId('result-count')).not.toHaveText(before)
	const filtered = Number((await page.getByTestId('result-count').innerText()).replace(/\D/g, ''))
	expect(filtered).toBeGreaterThan(0)
	expect(filtered).toBeLessThan(total)

	const first = page.getByTestId('listing-results').getByRole('link').first()
	const title = await first.innerText()
	await first.click()
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/cong-nghe\//)
	const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
	expect(jsonLd).toMatchObject({ '@type': 'Product', name: title })
	await expect(page.getByText('Thủy sản').first()).toBeVisible()
})
