import { expect } from '@playwright/test'
import { demoPassword, hydrateOnNavigation, signIn, test } from './utils'

test('a member lists a technology, a moderator rejects then approves it, and the public finds it', async ({ page, browser }) => {
	const title = `Hệ thống IoT giám sát độ mặn ao nuôi tôm ${Date.now()}`
	await signIn(page, 'chuongtrinh@demo.sancongnghe.vn', demoPassword)
	await page.goto('/listings/new')
	await page.getByRole('link', { name: 'Công nghệ chào bán' }).click()
	await page.getByLabel('Tiêu đề').fill(title)
	await page.getByLabel('Tóm tắt').fill('Cảm biến độ mặn, pH và oxy hòa tan gửi cảnh báo qua điện thoại.')
	await page.getByLabel('Giá chào (VND)').fill('không rõ')
	await page.getByRole('checkbox', { name: 'Thủy sản' }).check()
	await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
	// A wrong amount is refused on its field, and nothing typed is lost.
	await expect(page.getByText('Số tiền chỉ gồm chữ số (VND).')).toBeVisible()
	await expect(page.getByLabel('Tiêu đề')).toHaveValue(title)
	await page.getByLabel('Giá chào (VND)').fill('450.000.000')
	await page.getByLabel('Mức sẵn sàng (TRL)').selectOption('7')
	await page.getByLabel('Mô tả chi tiết').fill('**Thông số:** đo 4 chỉ tiêu, pin 12 tháng.')
	await page.getByRole('button', { name: 'Lưu bản nháp' }).click()

	const row = page.getByTestId('my-listings').getByRole('listitem').filter({ hasText: title })
	await expect(row).toContainText('Bản nháp')
	await row.getByRole('button', { name: 'Gửi duyệt' }).click()
	await expect(row).toContainText('Chờ duyệt')

	const moderatorContext = await browser.newContext()
	const moderator = hydrateOnNavigation(await moderatorContext.newPage())
	await signIn(moderator, 'kiemduyet@demo.sancongnghe.vn', demoPassword)
	await moderator.goto('/admin/listings')
	const item = moderator.getByTestId('review-queue').getByRole('listitem').filter({ hasText: title })
	await item.getByPlaceholder('Lý do từ chối (gửi cho tác giả)').fill('Bổ sung kết quả thử nghiệm thực tế')
	await item.getByRole('button', { name: 'Từ chối' }).click()
	await expect(moderator.getByTestId('review-queue')).not.toContainText(title)

	await page.reload()
	await expect(row).toContainText('Lý do từ chối: Bổ sung kết quả thử nghiệm thực tế')
	await row.getByRole('link', { name: 'Sửa' }).click()
	await page.getByLabel('Mô tả chi tiết').fill('**Thông số:** đo 4 chỉ tiêu, pin 12 tháng. Thử nghiệm tại 12 ao ở Giao Thủy.')
	await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
	await row.getByRole('button', { name: 'Gửi duyệt' }).click()
	await expect(row).toContainText('Chờ duyệt')

	await moderator.goto('/admin/listings')
	await moderator.getByTestId('review-queue').getByRole('listitem').filter({ hasText: title }).getByRole('button', { name: 'Duyệt và đăng' }).click()
	await expect(moderator.getByTestId('review-queue')).not.toContainText(title)
	await moderatorContext.close()

	const visitorContext = await browser.newContext()
	const visitor = hydrateOnNavigation(await visitorContext.newPage())
	await visitor.goto('/cong-nghe?field=aquaculture')
	await visitor.getByRole('link', { name: title }).click()
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title)
	await expect(visitor.getByText('Thử nghiệm tại 12 ao ở Giao Thủy.')).toBeVisible()
	await expect(visitor.getByText('450.000.000')).toBeVisible()
	await visitorContext.close()
})
