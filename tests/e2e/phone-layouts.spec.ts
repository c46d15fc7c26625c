import { expect, type Page } from '@playwright/test'
import { demoPassword, hydrateOnNavigation, personContext, signIn, test, waitForSearchIndexInSync } from './utils'

const phone = { width: 390, height: 844 }

test.beforeAll(({ request }) => waitForSearchIndexInSync(request))

const noSidewaysScroll = async (page: Page) =>
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'horizontal scroll').toBeLessThanOrEqual(0)

test('on a phone the browse filters fold behind "Bộ lọc" with their count; results come first; chips remove a filter', async ({ page }) => {
	await page.setViewportSize(phone)
	await page.goto('/cong-nghe')
	const results = page.getByTestId('listing-results').getByRole('listitem')
	const filters = page.getByText('Bộ lọc', { exact: true })
	await expect(filters).toBeVisible()
	const firstCheckbox = page.getByTestId('facet-fields').getByRole('checkbox').first()
	await expect(firstCheckbox).toBeHidden()
	// The first result starts on the first screen.
	const top = (await results.first().boundingBox())!.y
	expect(top).toBeLessThan(phone.height)

	await filters.click()
	await expect(firstCheckbox).toBeVisible()
	const aquaculture = page.getByTestId('facet-fields').getByRole('checkbox', { name: /Thủy sản/ })
	await aquaculture.check()
	await expect(page).toHaveURL(/field=aquaculture/)
	// Still open, the box still focused and checked, the count in the summary, a chip above the results.
	await expect(aquaculture).toBeChecked()
	await expect(aquaculture).toBeFocused()
	await expect(page.getByTestId('filters-active-count')).toHaveText(' (1)')
	const chip = page.getByTestId('active-filters').getByRole('link', { name: 'Bỏ lọc Thủy sản' })
	await expect(chip).toBeVisible()
	expect((await chip.boundingBox())!.y).toBeLessThan((await results.first().boundingBox())!.y)
	await noSidewaysScroll(page)

	// The chip is a link to the same page without that filter.
	expect(await chip.getAttribute('href')).not.toContain('aquaculture')
	await chip.click()
	await expect(page).not.toHaveURL(/field=/)
	await expect(page.getByTestId('active-filters')).toHaveCount(0)
	await expect(page.getByTestId('filters-active-count')).toHaveCount(0)
	await expect(aquaculture).not.toBeChecked()
})

test('on a desktop the filters are an open sidebar; a checkbox keeps the keyboard focus while the results update', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 })
	await page.goto('/cong-nghe')
	await expect(page.getByText('Bộ lọc', { exact: true })).toBeHidden()
	const trl = page.getByTestId('facet-trl').getByRole('checkbox')
	await expect(trl.first()).toBeVisible()
	await trl.first().focus()
	await page.keyboard.press('Space')
	await expect(page).toHaveURL(/trl=\d/)
	await expect(trl.first()).toBeChecked()
	await expect(trl.first()).toBeFocused()
	// The next one, still by keyboard, from the same place.
	await page.keyboard.press('Tab')
	await page.keyboard.press('Space')
	await expect.poll(() => new URL(page.url()).searchParams.getAll('trl').length).toBe(2)
	await expect(trl.nth(1)).toBeFocused()
	await expect(page.getByTestId('active-filters').getByRole('link', { name: /^Bỏ lọc TRL/ })).toHaveCount(2)
})

test('without JavaScript the filters still open, apply and show as chips; wide screens show them open', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone })
	const page = await context.newPage()
	await page.goto('/cong-nghe')
	const aquaculture = page.getByTestId('facet-fields').getByRole('checkbox', { name: /Thủy sản/ })
	await expect(aquaculture).toBeHidden()
	await page.getByText('Bộ lọc', { exact: true }).click()
	await aquaculture.check()
	await page.getByRole('button', { name: 'Lọc', exact: true }).click()
	await expect(page).toHaveURL(/field=aquaculture/)
	await expect(page.getByTestId('filters-active-count')).toHaveText(' (1)')
	await expect(page.getByTestId('active-filters').getByRole('link', { name: 'Bỏ lọc Thủy sản' })).toBeVisible()
	await page.setViewportSize({ width: 1280, height: 900 })
	await expect(aquaculture).toBeVisible()
	await expect(aquaculture).toBeChecked()
	await context.close()
})

test('"Tin đăng của tôi" and the officer\'s applications table are readable on a phone, nothing off-screen', async ({ browser }) => {
	test.setTimeout(90_000)
	const member = await personContext(browser, { viewport: phone })
	const page = hydrateOnNavigation(await member.newPage())
	await signIn(page, 'doanhnghiep@demo.sancongnghe.vn', demoPassword)
	await page.goto('/account/listings')
	const items = page.getByTestId('my-listings').getByRole('listitem')
	await expect(items.first()).toBeVisible()
	await noSidewaysScroll(page)
	for (const item of await items.all()) {
		// The title's block uses most of the card's width: not one word per line.
		const text = (await item.locator('p.font-medium').boundingBox())!
		const card = (await item.boundingBox())!
		expect(text.width).toBeGreaterThan(card.width * 0.7)
	}
	await page.screenshot({ path: test.info().outputPath('my-listings-phone.png'), fullPage: true })
	await member.close()

	const officer = await personContext(browser, { viewport: phone })
	const officerPage = hydrateOnNavigation(await officer.newPage())
	await signIn(officerPage, 'chuongtrinh@demo.sancongnghe.vn', demoPassword)
	await officerPage.goto('/programmes/manage')
	await officerPage.locator('main a[href$="/applications"]').first().click()
	const table = officerPage.getByRole('table')
	const row = table.locator('tbody tr').first()
	await expect(row).toBeVisible()
	await noSidewaysScroll(officerPage)
	// Every column of a row is on screen, labelled with its column's name.
	for (const label of ['Tổ chức', 'Dự án', 'Trạng thái', 'Điều kiện', 'Nộp lúc', 'Chuyên gia', 'Điểm trung bình', 'Quyết định']) {
		const cell = row.locator(`td[data-label="${label}"]`)
		await expect(cell, label).toBeVisible()
		const box = (await cell.boundingBox())!
		expect(box.x, label).toBeGreaterThanOrEqual(0)
		expect(box.x + box.width, label).toBeLessThanOrEqual(phone.width)
		expect(await cell.evaluate((element) => getComputedStyle(element, '::before').content), label).toBe(`"${label}"`)
	}
	await row.screenshot({ path: test.info().outputPath('officer-row-phone.png') })
	await officer.close()
})
