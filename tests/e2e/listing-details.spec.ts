import { readFileSync } from 'node:fs'
import { expect, type Browser, type Page } from '@playwright/test'
import { demoPassword, hydrateOnNavigation, openMailbox, personContext, signIn, signUp, test } from './utils'

type Mailbox = Awaited<ReturnType<typeof openMailbox>>

// A new member in a browser of their own (signed up, verified and signed in).
async function newMember(browser: Browser, mailbox: Mailbox, name: string, email: string, password: string) {
	const context = await personContext(browser, { acceptDownloads: true })
	const page = hydrateOnNavigation(await context.newPage())
	await signUp(page, mailbox, email, name, password)
	return { page, close: () => context.close() }
}

async function submitForReview(page: Page, title: string) {
	await page.goto('/account/listings')
	const row = page.getByTestId('my-listings').getByRole('listitem').filter({ hasText: title })
	await row.getByRole('button', { name: 'Gửi duyệt' }).click()
	await expect(row).toContainText('Chờ duyệt')
	return row
}

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

test('a startup\'s pitch deck goes through moderation and a member downloads it; an expert is verified and shows the badge; an edit shows the moderator a readable diff', async ({ page, browser }) => {
	test.slow()
	test.setTimeout(480_000)
	const stamp = Date.now()
	const startupTitle = `Nền tảng truy xuất nguồn gốc gạo Tám ${stamp}`
	const expertTitle = `TS. Đinh Thị Hoa, vi sinh thực phẩm ${stamp}`
	const mailbox = await openMailbox(browser)
	const founder = await newMember(browser, mailbox, 'Phạm Quang Huy', `pham.huy.${stamp}@example.vn`, 'gạo Tám thơm Kim Sơn 2026')
	const expert = await newMember(browser, mailbox, 'Đinh Thị Hoa', `dinh.hoa.${stamp}@example.vn`, 'men vi sinh Yên Mô 2026')

	await test.step('the founder lists a startup with a pitch deck (PDF only) and submits it', async () => {
		const p = founder.page
		await p.goto('/organizations/new')
		await p.getByLabel('Tên tổ chức').fill(`Công ty Khởi nghiệp Gạo Tám ${stamp}`)
		await p.getByLabel('Loại tổ chức').selectOption('ENTERPRISE')
		await p.getByLabel('Quy mô (doanh nghiệp)').selectOption('MICRO')
		await p.getByLabel('Mã số thuế').fill(String(stamp).slice(-10).padStart(10, '1'))
		await p.getByRole('checkbox', { name: 'Nông nghiệp', exact: true }).check()
		await p.getByRole('button', { name: 'Tạo tổ chức' }).click()
		await expect(p.getByText('Đã tạo tổ chức.')).toBeVisible()

		await p.goto('/listings/new?type=STARTUP')
		await p.getByLabel('Tiêu đề').fill(startupTitle)
		await p.getByLabel('Tóm tắt', { exact: true }).fill('Mã QR cho từng bao gạo, từ ruộng đến bàn ăn.')
		await p.getByLabel('Giai đoạn').selectOption({ label: 'Sản phẩm khả dụng tối thiểu' })
		await p.getByLabel('Quy mô nhóm').fill('6')
		await p.getByRole('checkbox', { name: 'Vốn đầu tư' }).check()
		await p.getByRole('checkbox', { name: 'Thủy sản' }).check()
		await p.getByRole('button', { name: 'Lưu bản nháp' }).click()
		const row = p.getByTestId('my-listings').getByRole('listitem').filter({ hasText: startupTitle })
		await row.getByRole('link', { name: 'Hình ảnh, tài liệu' }).click()

		const deckForm = p.locator('form').filter({ has: p.getByRole('heading', { name: 'Hồ sơ gọi vốn (PDF)' }) })
		// A picture is not a pitch deck: refused on its field, in words.
		await deckForm.getByLabel('Tệp', { exact: true }).setInputFiles({ name: 'slide.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex') })
		await deckForm.getByRole('button', { name: 'Tải lên' }).click()
		await expect(p.getByText('Hồ sơ gọi vốn phải là tệp PDF.')).toBeVisible()
		await p.locator('form').filter({ has: p.getByRole('heading', { name: 'Hồ sơ gọi vốn (PDF)' }) }).getByLabel('Tệp', { exact: true }).setInputFiles({ name: 'goi-von-gao-tam.pdf', mimeType: 'application/pdf', buffer: pdf })
		await p.locator('form').filter({ has: p.getByRole('heading', { name: 'Hồ sơ gọi vốn (PDF)' }) }).getByRole('button', { name: 'Tải lên' }).click()
		await expect(p.getByText('Đã tải lên hồ sơ gọi vốn.')).toBeVisible()
		await expect(p.getByTestId('listing-files').getByRole('listitem').filter({ hasText: 'goi-von-gao-tam.pdf' })).toContainText('Hồ sơ gọi vốn')
		await submitForReview(p, startupTitle)
	})

	await test.step('the expert writes a personal profile, submits it and asks to be verified', async () => {
		const p = expert.page
		await p.goto('/listings/new?type=EXPERT')
		await p.getByLabel('Tiêu đề').fill(expertTitle)
		await p.getByLabel('Tóm tắt', { exact: true }).fill('Men vi sinh cho nước mắm và tương bần truyền thống.')
		await p.getByLabel('Từ khóa').fill('vi sinh, lên men, nước mắm')
		await p.getByLabel('Đơn vị công tác').fill('Trường Đại học Hoa Lư')
		await p.getByRole('checkbox', { name: 'Thủy sản' }).check()
		await p.getByRole('button', { name: 'Lưu bản nháp' }).click()
		const editPath = await p.getByTestId('my-listings').getByRole('listitem').filter({ hasText: expertTitle }).getByRole('link', { name: 'Sửa' }).getAttribute('href')
		await submitForReview(p, expertTitle)
		// Waiting for review, the profile cannot be edited, but verification can be asked for.
		await p.goto(editPath!)
		const panel = p.getByTestId('expert-verification')
		await expect(panel).toContainText('Chưa xác minh.')
		await panel.getByRole('button', { name: 'Đề nghị xác minh' }).click()
		await expect(panel).toContainText('Đã gửi đề nghị xác minh.')
		await expect(panel).toContainText('Đang chờ kiểm duyệt viên xác minh.')
	})

	const moderatorContext = await personContext(browser, { acceptDownloads: true })
	const moderator = hydrateOnNavigation(await moderatorContext.newPage())
	await signIn(moderator, 'kiemduyet@demo.sancongnghe.vn', demoPassword)

	await test.step('the moderator sees the startup\'s own fields and its pitch deck, and approves both listings', async () => {
		await moderator.goto('/admin/listings')
		const queue = moderator.getByTestId('review-queue')
		const item = queue.getByRole('listitem').filter({ hasText: startupTitle })
		await expect(item.getByTestId('listing-facts')).toContainText('Giai đoạn')
		await expect(item.getByTestId('listing-facts')).toContainText('Sản phẩm khả dụng tối thiểu')
		await expect(item.getByTestId('listing-facts')).toContainText('6 người')
		await expect(item.getByTestId('pitch-deck')).toContainText('goi-von-gao-tam.pdf')
		await item.getByRole('button', { name: 'Duyệt và đăng' }).click()
		await expect(queue).not.toContainText(startupTitle)
		await queue.getByRole('listitem').filter({ hasText: expertTitle }).getByRole('button', { name: 'Duyệt và đăng' }).click()
		await expect(queue).not.toContainText(expertTitle)
	})

	await test.step('a visitor is asked to sign in, and a signed-in member downloads the deck', async () => {
		// The public page, from the founder's list (the search index may lag a moment behind).
		await founder.page.goto('/account/listings')
		const startupPath = (await founder.page.getByTestId('my-listings').getByRole('link', { name: startupTitle }).getAttribute('href'))!
		await page.goto(startupPath)
		const deck = page.getByTestId('pitch-deck')
		await expect(deck).toContainText('Hồ sơ gọi vốn chỉ dành cho thành viên đã đăng nhập.')
		await expect(deck.getByRole('link', { name: /goi-von/ })).toHaveCount(0)
		await expect(deck.getByRole('link', { name: 'Đăng nhập để tải hồ sơ gọi vốn' })).toHaveAttribute('href', `/login?redirectTo=${encodeURIComponent(startupPath)}`)
		// The expert (a member of another organisation) follows the same link and comes back to the page.
		await expert.page.goto(startupPath)
		await expect(expert.page.getByTestId('pitch-deck')).toBeVisible()
		const downloadPromise = expert.page.waitForEvent('download')
		await expert.page.getByTestId('pitch-deck').getByRole('link', { name: /Tải hồ sơ gọi vốn: goi-von-gao-tam\.pdf/ }).click()
		const download = await downloadPromise
		expect(download.suggestedFilename()).toBe('goi-von-gao-tam.pdf')
		const bytes = readFileSync((await download.path())!)
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
		// Signed out, the file itself is not served.
		expect((await page.request.get(await expert.page.getByTestId('pitch-deck').getByRole('link').getAttribute('href') as string)).status()).toBe(404)
	})

	await test.step('the moderator verifies the expert, who is told, and the badge shows on the page', async () => {
		await moderator.goto('/admin/experts')
		const item = moderator.getByTestId('expert-queue').getByRole('listitem').filter({ hasText: expertTitle })
		await expect(item).toContainText('Trường Đại học Hoa Lư')
		await item.getByRole('button', { name: 'Xác minh' }).click()
		await expect(moderator.getByTestId('expert-queue')).not.toContainText(expertTitle)
		await expert.page.goto('/account/notifications')
		await expect(expert.page.getByTestId('notifications')).toContainText(`Hồ sơ chuyên gia "${expertTitle}" đã được xác minh.`)
		await expert.page.getByTestId('notifications').getByRole('link', { name: /đã được xác minh/ }).click()
		await expect(expert.page.getByRole('heading', { level: 1 })).toContainText(expertTitle)
		await expect(expert.page.getByRole('heading', { level: 1 }).getByTestId('verified-badge')).toHaveText('Đã xác minh')
		const mail = await mailbox.latestTo(`dinh.hoa.${stamp}@example.vn`)
		expect(mail.subject).toBe(`Hồ sơ chuyên gia đã được xác minh: ${expertTitle}`)
	})

	await test.step('the expert edits the published profile; the moderator reads the change in words, and a reordered list is no change', async () => {
		const p = expert.page
		await p.goto('/account/listings')
		await p.getByTestId('my-listings').getByRole('listitem').filter({ hasText: expertTitle }).getByRole('link', { name: 'Sửa' }).click()
		await p.getByLabel('Từ khóa').fill('nước mắm, vi sinh, lên men')
		await p.getByLabel('Học vị').selectOption({ label: 'Tiến sĩ (TS.)' })
		await p.getByRole('button', { name: 'Gửi duyệt thay đổi' }).click()
		await expect(p.getByText('Đã gửi bản chỉnh sửa để duyệt.')).toBeVisible()

		await moderator.goto('/admin/listings')
		const revision = moderator.getByTestId('revision-queue').getByRole('listitem').filter({ hasText: expertTitle })
		const diff = revision.getByTestId('revision-diff')
		await expect(diff.getByRole('rowheader')).toHaveText(['Học vị'])
		await expect(diff.getByRole('row').filter({ hasText: 'Học vị' })).toContainText('Tiến sĩ (TS.)')
		await expect(diff).not.toContainText('DOCTORATE')
		await expect(diff).not.toContainText('Từ khóa')
		await revision.getByRole('button', { name: 'Duyệt thay đổi' }).click()
		await expect(revision).toHaveCount(0)
	})

	await moderatorContext.close()
	await founder.close()
	await expert.close()
	await mailbox.close()
})
