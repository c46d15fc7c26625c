import { expect } from '@playwright/test'
import { test, waitForSearchIndexInSync } from './utils'

test.beforeAll(({ request }) => waitForSearchIndexInSync(request))

const resultCount = async (page: import('@playwright/test').Page) => Number((await page.getByTestId('result-count').innerText()).replace(/\D/g, ''))

test('typing into the header search shows results grouped by type as you type; keyboard opens one', async ({ page }) => {
	await page.goto('/')
	const box = page.getByRole('combobox', { name: 'Tìm kiếm trên sàn' })
	// No diacritics, as people type on a phone.
	await box.pressSequentially('xu ly nuoc thai', { delay: 30 })
	const suggestions = page.getByRole('listbox', { name: 'Gợi ý' })
	await expect(suggestions).toBeVisible()
	const offers = suggestions.getByRole('group', { name: 'Công nghệ chào bán' })
	const option = offers.getByRole('option', { name: 'Công nghệ xử lý nước thải dệt nhuộm bằng keo tụ điện hóa kết hợp ozone' })
	await expect(option).toBeVisible()
	await expect(option.locator('mark').first()).toHaveText(/xử lý nước thải/i)
	// The expert on wastewater is found in the same request, in its own group.
	await expect(suggestions.getByRole('group', { name: 'Chuyên gia' }).getByRole('option').first()).toContainText('xử lý nước thải')

	// Arrow down to the offer and open it with Enter.
	const options = suggestions.getByRole('option')
	const position = (await options.allInnerTexts()).findIndex((text) => text.startsWith('Công nghệ xử lý nước thải dệt nhuộm'))
	for (let i = 0; i <= position; i++) await box.press('ArrowDown')
	await expect(option).toHaveAttribute('aria-selected', 'true')
	await box.press('Enter')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Công nghệ xử lý nước thải dệt nhuộm bằng keo tụ điện hóa kết hợp ozone')
})

test('the results page works without JavaScript and links to each type with the query kept', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false })
	const page = await context.newPage()
	await page.goto('/')
	await page.getByRole('combobox', { name: 'Tìm kiếm trên sàn' }).fill('AI')
	await page.getByRole('button', { name: 'Tìm', exact: true }).click()
	await expect(page).toHaveURL(/\/search\?q=AI/)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả cho “AI”')
	// "AI" is a synonym of "trí tuệ nhân tạo".
	const offers = page.getByTestId('group-TECHNOLOGY_OFFER')
	await expect(offers.locator('mark').filter({ hasText: /trí tuệ nhân tạo/i }).first()).toBeVisible()
	await offers.getByRole('link', { name: /^Xem tất cả/ }).click()
	await expect(page).toHaveURL(/\/cong-nghe\?q=AI/)
	await expect(page.getByLabel('Từ khóa')).toHaveValue('AI')
	expect(await resultCount(page)).toBeGreaterThan(0)
	await context.close()
})

test('facets narrow a type page with counts, every state is in the URL, and the back button restores it', async ({ page }) => {
	await page.goto('/')
	await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Công nghệ', exact: true }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Công nghệ chào bán' })).toBeVisible()
	const total = await resultCount(page)
	expect(total).toBeGreaterThanOrEqual(20)

	const fields = page.getByTestId('facet-fields')
	const aquaculture = fields.getByRole('checkbox', { name: /Thủy sản/ })
	const shown = Number((await fields.locator('label').filter({ hasText: 'Thủy sản' }).innerText()).replace(/\D/g, ''))
	await aquaculture.check()
	await expect(page).toHaveURL(/field=aquaculture/)
	await expect.poll(() => resultCount(page)).toBe(shown)
	expect(shown).toBeLessThan(total)

	// A second facet narrows further; the chosen field keeps its own count.
	const trl = page.getByTestId('facet-trl')
	const firstTrl = trl.getByRole('checkbox').first()
	const trlLabel = await trl.locator('label').first().innerText()
	await firstTrl.check()
	await expect(page).toHaveURL(/trl=\d/)
	await expect.poll(() => resultCount(page)).toBe(Number(trlLabel.replace(/^TRL \d\s*/, '').replace(/\D/g, '')))
	await expect(page.getByRole('link', { name: /^Bỏ lọc Thủy sản/ })).toBeVisible()

	await page.getByLabel('Sắp xếp').selectOption({ label: 'TRL cao nhất' })
	await expect(page).toHaveURL(/sort=trl/)

	// Back: the TRL filter goes, then the field.
	await page.goBack()
	await expect(page).not.toHaveURL(/sort=trl/)
	await page.goBack()
	await expect(page).not.toHaveURL(/trl=/)
	await expect.poll(() => resultCount(page)).toBe(shown)
	await expect(aquaculture).toBeChecked()

	const first = page.getByTestId('listing-results').getByRole('heading').first()
	const title = await first.innerText()
	await first.getByRole('link').click()
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
	const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
	expect(jsonLd).toMatchObject({ '@type': 'Product', name: title })
})
