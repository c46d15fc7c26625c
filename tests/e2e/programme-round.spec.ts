import { expect, type Browser, type Page } from '@playwright/test'
import { demoPassword, hydrateOnNavigation, personContext, signIn, test } from './utils'

async function signedInPage(browser: Browser, email: string, language: 'vi' | 'en' = 'vi') {
	const context = await personContext(browser)
	const page = hydrateOnNavigation(await context.newPage())
	await signIn(page, email, demoPassword)
	if (language === 'en') await context.addCookies([{ name: 'lang', value: 'en', url: new URL('/', page.url()).toString() }])
	return { page, close: () => context.close() }
}

// A small real PDF: the upload pipeline checks the file's bytes, not its name.
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

test('a full programme round: an officer creates and publishes a programme; a startup checks eligibility, drafts, returns and submits; it is returned and resubmitted; two reviewers declare no conflict and score (one in English); the officer decides and publishes; the startup sees the decision and the public statistics', async ({ browser }) => {
	test.setTimeout(180_000)
	const stamp = Date.now()
	const title = `Hỗ trợ thử nghiệm sản phẩm mẫu ${stamp}`
	const project = `Máy bóc vỏ lạc tự động ${stamp}`
	let programmeId = ''
	let slug = ''

	const officer = await signedInPage(browser, 'chuongtrinh@demo.sancongnghe.vn')
	const page = officer.page
	await test.step('the officer writes a programme, previews it and publishes it', async () => {
		await page.goto('/programmes/manage')
		await page.getByRole('link', { name: 'Tạo chương trình' }).click()
		await page.getByLabel('Đơn vị chủ trì').selectOption({ index: 1 })
		await page.getByLabel('Tên chương trình').fill(title)
		await page.getByLabel('Tóm tắt').fill('Hỗ trợ doanh nghiệp thử nghiệm, hoàn thiện sản phẩm mẫu.')
		await page.getByLabel('Hình thức hỗ trợ').selectOption('GRANT')
		await page.getByLabel('Mức hỗ trợ tối đa mỗi hồ sơ (VNĐ)').fill('200.000.000')
		await page.getByLabel('Mở nhận hồ sơ').fill('2026-01-01T08:00')
		await page.getByLabel('Hạn nộp hồ sơ').fill('2030-12-31T17:00')
		await page.getByRole('button', { name: '+ Thêm câu hỏi' }).click()
		await page.getByLabel('Nội dung câu hỏi').fill('Mô tả sản phẩm mẫu')
		await page.getByRole('button', { name: '+ Thêm tài liệu' }).click()
		await page.getByLabel('Tên tài liệu').fill('Giấy chứng nhận đăng ký doanh nghiệp')
		await page.getByLabel('Tiêu chí', { exact: true }).fill('Tính khả thi của sản phẩm')
		// A bad weight is refused on its field; nothing typed is lost.
		await page.getByLabel('Trọng số').fill('không')
		await page.getByRole('button', { name: 'Tạo chương trình' }).click()
		await expect(page.getByText('Trọng số là số lớn hơn 0, không quá 100, tối đa 2 chữ số thập phân.')).toBeVisible()
		await expect(page.getByLabel('Tên chương trình')).toHaveValue(title)
		await page.getByLabel('Trọng số').fill('100')
		await page.getByRole('button', { name: 'Tạo chương trình' }).click()
		await expect(page.getByText('Đã lưu chương trình.')).toBeVisible()
		programmeId = new URL(page.url()).pathname.split('/')[2]!

		await page.getByRole('link', { name: 'Xem trước' }).click()
		await expect(page.getByText('Bản xem trước: đây là trang người nộp hồ sơ sẽ thấy.')).toBeVisible()
		await expect(page.getByLabel(/Mô tả sản phẩm mẫu/)).toBeDisabled()
		await page.getByRole('button', { name: 'Công bố và mở nhận hồ sơ' }).click()
		await expect(page.getByRole('button', { name: 'Đóng nhận hồ sơ' })).toBeVisible()
		await page.goto('/chuong-trinh')
		await page.getByRole('link', { name: title }).click()
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
		slug = new URL(page.url()).pathname.split('/')[2]!
	})

	const startup = await signedInPage(browser, 'doanhnghiep@demo.sancongnghe.vn')
	const applicationUrl = { path: '' }
	await test.step('the startup sees it can apply, saves a draft, comes back, attaches the document and submits', async () => {
		const p = startup.page
		await p.goto(`/chuong-trinh/${slug}`)
		await expect(p.getByText('✓ Tổ chức của bạn đủ điều kiện đăng ký.')).toBeVisible()
		await p.getByRole('button', { name: /^Bắt đầu hồ sơ cho/ }).click()
		await expect(p.getByRole('heading', { level: 1, name: /^Hồ sơ HS-/ })).toBeVisible()
		applicationUrl.path = new URL(p.url()).pathname
		await p.getByLabel('Tên dự án').fill(project)
		await p.getByLabel(/Kinh phí đề nghị hỗ trợ/).fill('150.000.000')
		await p.getByRole('button', { name: 'Lưu bản nháp' }).click()
		await expect(p.getByText('Đã lưu bản nháp.')).toBeVisible()
		// What is still missing is listed before submitting.
		await expect(p.getByText('Câu hỏi: Mô tả sản phẩm mẫu')).toBeVisible()

		// Coming back later: the application is in the list, with what was saved.
		await p.goto('/account/applications')
		await p.getByRole('row').filter({ hasText: project }).getByRole('link').first().click()
		await expect(p.getByLabel('Tên dự án')).toHaveValue(project)
		// Typing is saved by itself (autosave), without pressing the save button.
		await p.getByLabel(/Mô tả sản phẩm mẫu/).fill('Máy bóc vỏ lạc 300 kg/giờ, tỷ lệ hạt vỡ dưới 3 %.')
		await expect(p.getByRole('status').filter({ hasText: /^Đã lưu lúc/ })).toBeVisible()
		await p.reload()
		await expect(p.getByLabel(/Mô tả sản phẩm mẫu/)).toHaveValue('Máy bóc vỏ lạc 300 kg/giờ, tỷ lệ hạt vỡ dưới 3 %.')
		await p.getByLabel('Chọn tệp').first().setInputFiles({ name: 'giay-chung-nhan.pdf', mimeType: 'application/pdf', buffer: pdf })
		await p.getByRole('button', { name: 'Tải lên' }).first().click()
		await expect(p.getByText('Đã tải tệp lên.')).toBeVisible()
		await expect(p.getByText('Hồ sơ đã có đủ các mục bắt buộc.')).toBeVisible()
		await p.getByRole('button', { name: 'Nộp hồ sơ' }).click()
		await expect(p.getByText('Đã nộp hồ sơ. Bạn sẽ nhận được thông báo ở từng bước xử lý.')).toBeVisible()
	})

	const applicationId = applicationUrl.path.split('/').pop()!
	const officerApplication = `/programmes/${programmeId}/applications/${applicationId}`
	await test.step('the officer returns it for changes with a message', async () => {
		await page.goto(`/programmes/${programmeId}/applications`)
		await expect(page.getByRole('row').filter({ hasText: project })).toBeVisible()
		await page.goto(officerApplication)
		await page.getByRole('button', { name: 'Trả lại để bổ sung' }).click()
		await expect(page.getByText('Vui lòng nêu lý do; người nộp hồ sơ sẽ đọc được.')).toBeVisible()
		await page.getByLabel('Nội dung yêu cầu hoặc lý do').fill('Đề nghị bổ sung công suất máy và giá thành dự kiến.')
		await page.getByRole('button', { name: 'Trả lại để bổ sung' }).click()
		await expect(page.getByText('Hồ sơ đã được trả lại kèm yêu cầu bổ sung của bạn.')).toBeVisible()
	})

	await test.step('the startup reads the message and resubmits', async () => {
		const p = startup.page
		await p.goto(applicationUrl.path)
		await expect(p.getByText('Hồ sơ được trả lại để bổ sung, chỉnh sửa')).toBeVisible()
		await expect(p.getByText('Đề nghị bổ sung công suất máy và giá thành dự kiến.').first()).toBeVisible()
		await p.getByLabel(/Mô tả sản phẩm mẫu/).fill('Máy bóc vỏ lạc 300 kg/giờ, tỷ lệ hạt vỡ dưới 3 %, giá dự kiến 85 triệu đồng.')
		await p.getByRole('button', { name: 'Nộp lại hồ sơ' }).click()
		await expect(p.getByText('Đã nộp lại hồ sơ.')).toBeVisible()
	})

	await test.step('the officer marks it eligible and assigns reviewers automatically', async () => {
		await page.goto(officerApplication)
		await page.getByRole('button', { name: 'Xác nhận đủ điều kiện' }).click()
		await expect(page.getByText('Hồ sơ đủ điều kiện và đã chuyển sang thẩm định.')).toBeVisible()
		await page.getByRole('button', { name: 'Phân công chuyên gia tự động' }).click()
		await expect(page.getByText('Vũ Thị Lan Anh')).toBeVisible()
		await expect(page.getByText('Đỗ Minh Tuấn')).toBeVisible()
	})

	const reference = (await startup.page.getByRole('heading', { level: 1 }).innerText()).replace('Hồ sơ ', '').trim()
	await test.step('the first reviewer declares no conflict and scores', async () => {
		const reviewer = await signedInPage(browser, 'thamdinh@demo.sancongnghe.vn')
		const p = reviewer.page
		await p.goto('/account/reviews')
		await p.getByRole('link', { name: `Mở hồ sơ ${reference}` }).click()
		await p.getByRole('checkbox', { name: /Tôi xác nhận không có xung đột lợi ích/ }).check()
		await p.getByRole('button', { name: 'Xác nhận và mở hồ sơ' }).click()
		await expect(p.getByText(project).first()).toBeVisible()
		await p.getByLabel('Điểm', { exact: true }).fill('9')
		await p.getByLabel('Nhận xét', { exact: true }).fill('Sản phẩm mẫu hoàn thiện, có thị trường.')
		await p.getByRole('button', { name: 'Nộp kết quả thẩm định' }).click()
		await expect(p.getByText('Đã nộp kết quả thẩm định. Kết quả này không thể thay đổi nữa.')).toBeVisible()
		await reviewer.close()
	})

	await test.step('the second reviewer does the same in English', async () => {
		const reviewer = await signedInPage(browser, 'thamdinh2@demo.sancongnghe.vn', 'en')
		const p = reviewer.page
		await p.goto('/account/reviews')
		await p.getByRole('link', { name: `Open application ${reference}` }).click()
		await p.getByRole('checkbox', { name: /I confirm that I have no conflict of interest/ }).check()
		await p.getByRole('button', { name: 'Confirm and open the application' }).click()
		await expect(p.getByText(project).first()).toBeVisible()
		await p.getByLabel('Score', { exact: true }).fill('11')
		await p.getByRole('button', { name: 'Submit review' }).click()
		await expect(p.getByText("The score must be a whole number within the criterion's range.")).toBeVisible()
		await p.getByLabel('Score', { exact: true }).fill('7')
		await p.getByRole('button', { name: 'Submit review' }).click()
		// Only now are the first reviewer's scores shown, anonymised.
		await expect(p.getByRole('heading', { name: 'Reviewer 1' })).toBeVisible()
		await reviewer.close()
	})

	await test.step('the officer reads the reviews, decides, closes the programme and publishes the results', async () => {
		await page.goto(officerApplication)
		await expect(page.getByText('Vũ Thị Lan Anh: 90 / 100')).toBeVisible()
		await page.getByLabel('Phê duyệt', { exact: true }).check()
		await page.getByLabel('Kinh phí được duyệt (VND)').fill('150.000.000')
		await page.getByLabel('Lý do', { exact: true }).fill('Hồ sơ đạt 80/100 điểm; sản phẩm có tính ứng dụng cao.')
		await page.getByRole('button', { name: 'Ghi nhận quyết định' }).click()
		await expect(page.getByText('Quyết định đã được ghi nhận và thông báo tới tổ chức nộp hồ sơ.')).toBeVisible()
		await page.goto(`/programmes/${programmeId}/applications`)
		await page.getByRole('button', { name: 'Đóng nhận hồ sơ' }).click()
		await expect(page.getByText('Chương trình đã ngừng nhận hồ sơ.')).toBeVisible()
		await page.getByRole('button', { name: 'Công bố kết quả' }).click()
		await expect(page.getByText('Kết quả đã được công bố.')).toBeVisible()
	})

	await test.step('the startup sees the decision and its timeline; everyone sees the statistics, in both languages', async () => {
		const p: Page = startup.page
		await p.goto(applicationUrl.path)
		await expect(p.getByRole('heading', { name: 'Kết quả xét chọn' })).toBeVisible()
		await expect(p.getByText('Được hỗ trợ').first()).toBeVisible()
		await expect(p.getByText('Hồ sơ đạt 80/100 điểm; sản phẩm có tính ứng dụng cao.').first()).toBeVisible()
		await p.goto('/account/notifications')
		await expect(p.getByText(reference).first()).toBeVisible()

		await p.goto(`/chuong-trinh/${slug}`)
		const results = p.getByRole('region', { name: 'Kết quả và thống kê' })
		await expect(results.locator('[data-statistic="received"]')).toHaveText('1')
		await expect(results.locator('[data-statistic="approved"]')).toHaveText('1')
		await expect(results.getByRole('cell', { name: project })).toBeVisible()

		await p.context().addCookies([{ name: 'lang', value: 'en', url: new URL('/', p.url()).toString() }])
		await p.goto(`/chuong-trinh/${slug}`)
		await expect(p.getByRole('heading', { name: 'Results and statistics' })).toBeVisible()
		await expect(p.getByText('Applications received')).toBeVisible()
		await p.goto(applicationUrl.path)
		await expect(p.getByText('Approved for support').first()).toBeVisible()
		await startup.close()
		await officer.close()
	})
})
