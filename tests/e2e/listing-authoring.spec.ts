import { expect, type Browser } from '@playwright/test'
import sharp from 'sharp'
import { demoPassword, hydrateOnNavigation, signIn, test, personContext } from './utils'

async function signedInPage(browser: Browser, email: string) {
	const context = await personContext(browser)
	const page = hydrateOnNavigation(await context.newPage())
	await signIn(page, email, demoPassword)
	return { page, close: () => context.close() }
}

test('a researcher lists a patent and an offer linked to it; the offer is rejected, fixed and approved; the public finds both; a later edit stays invisible until approved', async ({ page, browser }) => {
	test.slow()
	const stamp = Date.now()
	const patentTitle = `Thiết bị đo độ mặn dùng điện cực graphene ${stamp}`
	const title = `Hệ thống IoT giám sát độ mặn ao nuôi tôm ${stamp}`
	await signIn(page, 'chuongtrinh@demo.sancongnghe.vn', demoPassword)

	await test.step('the researcher lists a patent and submits it', async () => {
		await page.goto('/listings/new')
		await page.locator('#main').getByRole('link', { name: 'Sáng chế' }).click()
		// The researcher belongs to two organisations (the department and the incubator) and lists for the department.
		await page.getByLabel('Tổ chức sở hữu').selectOption({ label: 'Sở Khoa học và Công nghệ tỉnh Ninh Bình' })
		await page.getByLabel('Tiêu đề').fill(patentTitle)
		await page.getByLabel('Tóm tắt', { exact: true }).fill('Điện cực graphene đo độ mặn ổn định trong nước lợ.')
		await page.getByLabel('Loại văn bằng').selectOption({ label: 'Bằng độc quyền giải pháp hữu ích' })
		await page.getByRole('checkbox', { name: 'Thủy sản' }).check()
		await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
		const patentRow = page.getByTestId('my-listings').getByRole('listitem').filter({ hasText: patentTitle })
		await patentRow.getByRole('button', { name: 'Gửi duyệt' }).click()
		await expect(patentRow).toContainText('Chờ duyệt')
	})

	const row = page.getByTestId('my-listings').getByRole('listitem').filter({ hasText: title })
	await test.step('the researcher lists an offer linked to the patent, with a photo, and submits it', async () => {
		await page.goto('/listings/new')
		await page.locator('#main').getByRole('link', { name: 'Công nghệ chào bán' }).click()
		// The researcher belongs to two organisations (the department and the incubator) and lists for the department.
		await page.getByLabel('Tổ chức sở hữu').selectOption({ label: 'Sở Khoa học và Công nghệ tỉnh Ninh Bình' })
		await page.getByLabel('Tiêu đề').fill(title)
		await page.getByLabel('Tóm tắt').fill('Cảm biến độ mặn, pH và oxy hòa tan gửi cảnh báo qua điện thoại.')
		await page.getByLabel('Giá chào (VND)').fill('không rõ')
		await page.getByRole('checkbox', { name: 'Thủy sản' }).check()
		await page.getByRole('checkbox', { name: patentTitle }).check()
		await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
		// A wrong amount is refused on its field, and nothing typed is lost.
		await expect(page.getByText('Số tiền chỉ gồm chữ số (VND).')).toBeVisible()
		await expect(page.getByLabel('Tiêu đề')).toHaveValue(title)
		await expect(page.getByRole('checkbox', { name: patentTitle })).toBeChecked()
		await page.getByLabel('Giá chào (VND)').fill('450.000.000')
		await page.getByLabel('Mức sẵn sàng (TRL)').selectOption('7')
		await page.getByLabel('Mô tả chi tiết').fill('**Thông số:** đo 4 chỉ tiêu, pin 12 tháng.')
		await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
		await expect(row).toContainText('Bản nháp')

		await row.getByRole('link', { name: 'Hình ảnh, tài liệu' }).click()
		const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#1f7a8c' } }).jpeg().toBuffer()
		await page.getByLabel('Chú thích (không bắt buộc)').first().fill('Trạm cảm biến tại ao nuôi')
		await page.getByLabel('Tệp', { exact: true }).first().setInputFiles({ name: 'tram-cam-bien.jpg', mimeType: 'image/jpeg', buffer: photo })
		await page.getByRole('button', { name: 'Tải lên' }).first().click()
		await expect(page.getByText('Đã thêm tệp.')).toBeVisible()
		const file = page.getByTestId('listing-files').getByRole('listitem').filter({ hasText: 'tram-cam-bien.jpg' })
		await expect(file).toContainText('Ảnh đại diện')
		await expect(file).toContainText('Được duyệt cùng tin đăng')
		// The thumbnail really loads for its author.
		await expect.poll(() => file.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480)

		await page.goto('/account/listings')
		await row.getByRole('button', { name: 'Gửi duyệt' }).click()
		await expect(row).toContainText('Chờ duyệt')
	})

	const moderator = await signedInPage(browser, 'kiemduyet@demo.sancongnghe.vn')
	await test.step('a moderator approves the patent and rejects the offer with a reason', async () => {
		await moderator.page.goto('/admin/listings')
		const queue = moderator.page.getByTestId('review-queue')
		// Each waiting listing is one item under its title (the offer's item also names its linked patent).
		await queue.getByRole('listitem').filter({ has: moderator.page.getByRole('heading', { name: patentTitle }) }).getByRole('button', { name: 'Duyệt và đăng' }).click()
		await expect(queue.getByRole('heading', { name: patentTitle })).toHaveCount(0)
		const item = queue.getByRole('listitem').filter({ has: moderator.page.getByRole('heading', { name: title }) })
		await expect(item.getByRole('link', { name: 'tram-cam-bien.jpg' })).toBeVisible()
		await item.getByPlaceholder('Lý do từ chối (gửi cho tác giả)').fill('Bổ sung kết quả thử nghiệm thực tế')
		await item.getByRole('button', { name: 'Từ chối' }).click()
		await expect(queue.getByRole('heading', { name: title })).toHaveCount(0)
	})

	await test.step('the researcher reads the reason, fixes the offer and resubmits it', async () => {
		await page.reload()
		await expect(row).toContainText('Lý do từ chối: Bổ sung kết quả thử nghiệm thực tế')
		await row.getByRole('link', { name: 'Sửa' }).click()
		await page.getByLabel('Mô tả chi tiết').fill('**Thông số:** đo 4 chỉ tiêu, pin 12 tháng. Thử nghiệm tại 12 ao ở Giao Thủy.')
		await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
		await row.getByRole('button', { name: 'Gửi duyệt' }).click()
		await expect(row).toContainText('Chờ duyệt')
	})

	await test.step('the moderator approves the offer', async () => {
		await moderator.page.goto('/admin/listings')
		const queue = moderator.page.getByTestId('review-queue')
		await queue.getByRole('listitem').filter({ has: moderator.page.getByRole('heading', { name: title }) }).getByRole('button', { name: 'Duyệt và đăng' }).click()
		await expect(queue.getByRole('heading', { name: title })).toHaveCount(0)
	})

	const visitorContext = await personContext(browser)
	const visitor = hydrateOnNavigation(await visitorContext.newPage())
	let offerUrl = ''
	await test.step('an anonymous visitor finds the offer, its photo and the linked patent', async () => {
		// Search is eventually consistent: the approved listing reaches the index within moments.
		await expect(async () => {
			await visitor.goto('/cong-nghe?field=aquaculture')
			await expect(visitor.getByRole('link', { name: title })).toBeVisible({ timeout: 1_000 })
		}).toPass({ timeout: 30_000 })
		await visitor.getByRole('link', { name: title }).click()
		await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title)
		offerUrl = new URL(visitor.url()).pathname
		await expect(visitor.getByText('Thử nghiệm tại 12 ao ở Giao Thủy.')).toBeVisible()
		await expect(visitor.getByText('450.000.000')).toBeVisible()
		const cover = visitor.getByRole('img', { name: 'Trạm cảm biến tại ao nuôi' })
		await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(900)
		await visitor.getByRole('region', { name: 'Sáng chế liên quan' }).getByRole('link', { name: patentTitle }).click()
		await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(patentTitle)
		await expect(visitor.getByText('Bằng độc quyền giải pháp hữu ích')).toBeVisible()
	})

	const newSummary = 'Phiên bản 2: thêm cảm biến nhiệt độ và cảnh báo qua Zalo.'
	await test.step('the author edits the published offer: the public keeps the approved version until a moderator approves the change', async () => {
		await page.goto('/account/listings')
		await row.getByRole('link', { name: 'Sửa' }).click()
		await expect(page.getByText('Tin đã đăng: thay đổi sẽ được gửi duyệt')).toBeVisible()
		await page.getByLabel('Tóm tắt').fill(newSummary)
		await page.getByRole('button', { name: 'Gửi duyệt thay đổi' }).click()
		await expect(page.getByText('Đã gửi bản chỉnh sửa để duyệt.')).toBeVisible()

		await visitor.goto(offerUrl)
		await expect(visitor.getByText('Cảm biến độ mặn, pH và oxy hòa tan gửi cảnh báo qua điện thoại.').first()).toBeVisible()
		await expect(visitor.getByText(newSummary)).toHaveCount(0)

		await moderator.page.goto('/admin/listings')
		const change = moderator.page.getByTestId('revision-queue').getByRole('listitem').filter({ hasText: title })
		// The moderator reads the change under its label, not the field's key.
		await expect(change.getByRole('row').filter({ hasText: 'Tóm tắt' })).toContainText(newSummary)
		await change.getByRole('button', { name: 'Duyệt thay đổi' }).click()
		await expect(change).toHaveCount(0)

		await visitor.goto(offerUrl)
		await expect(visitor.getByText(newSummary).first()).toBeVisible()
	})
	await moderator.close()
	await visitorContext.close()
})
