import { expect } from '@playwright/test'
import { demoPassword, hydrateOnNavigation, personContext, signIn, test } from './utils'

// Nothing is decided here: both refusals leave the demo application as it was.
test('the decision form asks for a confirmation of a 0 VND award and for a reason to decide before the required reviews, on their fields, keeping what was typed', async ({ browser }) => {
	test.setTimeout(120_000)
	const context = await personContext(browser)
	const page = hydrateOnNavigation(await context.newPage())
	await signIn(page, 'chuongtrinh@demo.sancongnghe.vn', demoPassword)
	await page.goto('/programmes/manage')
	await page.getByRole('row').filter({ hasText: 'Hỗ trợ doanh nghiệp đổi mới công nghệ năm 2027' }).getByRole('link', { name: 'Hồ sơ', exact: true }).click()
	await page.getByRole('row').filter({ hasText: 'Hệ thống thu hồi nhiệt lò hơi xưởng nhuộm' }).getByRole('link').first().click()

	await expect(page.getByText(/Chương trình yêu cầu 2 đánh giá đã nộp trước khi quyết định; hiện có 0\./)).toBeVisible()
	await page.getByLabel('Phê duyệt', { exact: true }).check()
	await page.getByLabel('Kinh phí được duyệt (VND)').fill('0')
	await page.getByLabel('Lý do', { exact: true }).fill('Thử quyết định không kinh phí.')
	await page.getByRole('button', { name: 'Ghi nhận quyết định' }).click()
	await expect(page.getByText('Số tiền tài trợ bằng 0 hoặc lớn hơn số tiền đề nghị. Hãy kiểm tra lại và đánh dấu ô xác nhận nếu đúng.')).toBeVisible()
	await expect(page.getByLabel('Kinh phí được duyệt (VND)')).toHaveValue('0')
	await expect(page.getByLabel('Kinh phí được duyệt (VND)')).toHaveAttribute('aria-invalid', 'true')

	await page.getByLabel('Tôi xác nhận số tiền tài trợ này').check()
	await page.getByRole('button', { name: 'Ghi nhận quyết định' }).click()
	await expect(page.getByText(/^Chưa đủ số đánh giá đã nộp mà chương trình yêu cầu/)).toBeVisible()
	await expect(page.getByLabel('Lý do quyết định khi chưa đủ đánh giá')).toHaveAttribute('aria-invalid', 'true')
	await expect(page.getByLabel('Lý do', { exact: true })).toHaveValue('Thử quyết định không kinh phí.')
	await context.close()
})
