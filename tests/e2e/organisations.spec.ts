import { expect, type Browser, type Page } from '@playwright/test'
import { demoPassword, hydrateOnNavigation, openMailbox, personContext, signIn, signUp, test } from './utils'

const incubatorCohort = '/chuong-trinh/khoa-uom-tao-khoi-nghiep-2027'

async function createEnterprise(page: Page, name: string, taxCode: string, fields: string[]) {
	await page.goto('/organizations/new')
	await page.getByLabel('Tên tổ chức').fill(name)
	await page.getByLabel('Loại tổ chức').selectOption('ENTERPRISE')
	await page.getByLabel('Quy mô (doanh nghiệp)').selectOption('MICRO')
	await page.getByLabel('Mã số thuế').fill(taxCode)
	await page.getByLabel('Xã, phường nơi đặt trụ sở').selectOption({ label: 'Phường Hoa Lư' })
	// No field of activity: refused on that field, keeping what was typed.
	await page.getByRole('button', { name: 'Tạo tổ chức' }).click()
	await expect(page.getByText('Vui lòng chọn ít nhất một lĩnh vực hoạt động.')).toBeVisible()
	await expect(page.getByLabel('Tên tổ chức')).toHaveValue(name)
	for (const field of fields) await page.getByRole('checkbox', { name: field, exact: true }).check()
	await page.getByRole('button', { name: 'Tạo tổ chức' }).click()
	await expect(page.getByText('Đã tạo tổ chức.')).toBeVisible()
}

async function asModerator(browser: Browser) {
	const context = await personContext(browser)
	const page = hydrateOnNavigation(await context.newPage())
	await signIn(page, 'kiemduyet@demo.sancongnghe.vn', demoPassword)
	return { page, close: () => context.close() }
}

test('a new startup sets its fields and commune, fixes an eligibility reason through its link, and hears that its verification was refused and why', async ({ page, browser }) => {
	test.setTimeout(240_000)
	const stamp = Date.now()
	const founder = `ho.minh.khoa.${stamp}@example.vn`
	const organization = `Công ty TNHH Dệt Thêu Văn Lâm ${stamp}`
	const mailbox = await openMailbox(browser)
	await signUp(page, mailbox, founder, 'Hồ Minh Khoa', 'thêu ren Văn Lâm 2026')
	// Textiles only: the incubator's cohort asks for other fields.
	await createEnterprise(page, organization, String(stamp).slice(-10), ['Dệt may'])

	await page.goto(incubatorCohort)
	const mine = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: organization }) })
	await expect(mine.getByText('Tổ chức của bạn chưa đủ điều kiện:')).toBeVisible()
	await expect(mine.getByText(/Tổ chức cần hoạt động trong ít nhất một lĩnh vực/)).toBeVisible()
	// The type is not something to fix in the form: only size, fields and commune link there.
	await mine.getByRole('link', { name: 'Cập nhật lĩnh vực hoạt động' }).click()
	await expect(page).toHaveURL(/\/settings#organization-fields$/)
	await expect(page.getByRole('checkbox', { name: 'Dệt may', exact: true })).toBeChecked()
	await expect(page.getByLabel('Xã, phường nơi đặt trụ sở')).toHaveValue('NB001')
	await page.getByRole('checkbox', { name: 'CNTT & chuyển đổi số', exact: true }).check()
	await page.getByRole('button', { name: 'Lưu' }).click()
	await expect(page.getByText('Đã lưu thông tin tổ chức.')).toBeVisible()
	await page.goto(incubatorCohort)
	await expect(mine.getByText('✓ Tổ chức của bạn đủ điều kiện đăng ký.')).toBeVisible()
	await expect(mine.getByRole('button', { name: `Bắt đầu hồ sơ cho ${organization}` })).toBeVisible()

	// A moderator refuses the verification; a reason is required.
	const moderator = await asModerator(browser)
	await moderator.page.goto('/admin/organizations')
	const item = moderator.page.getByTestId('verification-item').filter({ hasText: organization })
	await item.getByRole('button', { name: 'Từ chối' }).click()
	await expect(item.getByText('Vui lòng nêu lý do.')).toBeVisible()
	await item.getByPlaceholder('Lý do từ chối').fill('Mã số thuế không khớp với giấy chứng nhận đăng ký doanh nghiệp')
	await item.getByRole('button', { name: 'Từ chối' }).click()
	await expect(moderator.page.getByTestId('verification-item').filter({ hasText: organization })).toHaveCount(0)
	await moderator.close()

	// The owner is told in the app, by e-mail, and sees the status and the reason.
	await page.goto('/account/notifications')
	await page.getByRole('link', { name: `Yêu cầu xác minh tổ chức ${organization} đã bị từ chối.` }).click()
	await expect(page.getByRole('heading', { name: 'Xác minh tổ chức' })).toBeVisible()
	await expect(page.getByText('Lý do từ chối: Mã số thuế không khớp với giấy chứng nhận đăng ký doanh nghiệp')).toBeVisible()
	const mail = await mailbox.latestTo(founder)
	expect(mail.subject).toBe(`${organization} chưa được xác minh`)
	expect(mail.body).toContain('Lý do: Mã số thuế không khớp')
	await page.goto('/account/organizations')
	await expect(page.getByText('Bị từ chối xác minh')).toBeVisible()
	await page.getByRole('link', { name: 'Thông tin tổ chức' }).click()
	await page.getByRole('button', { name: 'Gửi yêu cầu xác minh lại' }).click()
	await expect(page.getByText('Đã gửi yêu cầu xác minh. Kiểm duyệt viên sẽ xem xét sớm.')).toBeVisible()
	await expect(page.locator('[data-verification-status="PENDING"]')).toBeVisible()
	// The public page shows no status but "verified".
	await page.getByRole('link', { name: 'Xem trang công khai' }).click()
	await expect(page.getByRole('heading', { level: 1, name: organization })).toBeVisible()
	await expect(page.getByText('Đang chờ xác minh')).toHaveCount(0)
	await mailbox.close()
})

test('in English: an administrator finds an organisation, suspends it (hidden from the public, shown as suspended to its members), lifts it, then deletes it after confirming', async ({ page, browser }) => {
	test.setTimeout(240_000)
	const stamp = Date.now()
	const owner = `le.thu.trang.${stamp}@example.vn`
	const organization = `Công ty TNHH Gạo Kim Sơn ${stamp}`
	const mailbox = await openMailbox(browser)
	await signUp(page, mailbox, owner, 'Lê Thu Trang', 'ruộng lúa Kim Sơn 2026')
	await createEnterprise(page, organization, String(stamp + 7).slice(-10), ['Nông nghiệp', 'Chế biến thực phẩm'])
	await mailbox.close()
	const publicPath = `/organizations/${new URL(page.url()).pathname.split('/')[2]}`

	const adminContext = await personContext(browser)
	const admin = hydrateOnNavigation(await adminContext.newPage())
	await signIn(admin, 'admin@demo.sancongnghe.vn', demoPassword)
	await adminContext.addCookies([{ name: 'lang', value: 'en', url: admin.url() }])
	await admin.goto('/admin/organizations')
	await admin.getByLabel('Name or tax code').fill(String(stamp))
	await admin.getByLabel('Type of organisation').selectOption('ENTERPRISE')
	await admin.getByRole('button', { name: 'Filter' }).click()
	await expect(admin.getByText('1 organisation(s)')).toBeVisible()
	await admin.getByTestId('organization-row').getByRole('link', { name: organization }).click()
	await expect(admin.getByRole('heading', { level: 1, name: organization })).toBeVisible()
	// The edit form carries the fields and the commune.
	await expect(admin.getByRole('checkbox', { name: 'Agriculture', exact: true })).toBeChecked()
	await expect(admin.getByLabel('Commune or ward of the head office')).toHaveValue('NB001')

	await admin.getByRole('button', { name: 'Suspend the organisation' }).click()
	await expect(admin.getByText('Please give a reason.')).toBeVisible()
	await admin.getByLabel('Reason for the suspension (its members will see it)').fill('Misleading product claims')
	await admin.getByRole('button', { name: 'Suspend the organisation' }).click()
	await expect(admin.getByText('Organisation suspended. Its public page and listings are hidden.')).toBeVisible()

	// Hidden from the public; its members see it as suspended, with the reason.
	const anonymous = await personContext(browser)
	const visitor = await anonymous.newPage()
	expect((await visitor.goto(publicPath))!.status()).toBe(404)
	await page.goto('/account/organizations')
	await expect(page.getByText('Đang bị tạm ngừng')).toBeVisible()
	await expect(page.getByText('Lý do tạm ngừng: Misleading product claims')).toBeVisible()

	await admin.getByRole('button', { name: 'Lift the suspension' }).click()
	await expect(admin.getByText('Suspension lifted.', { exact: false })).toBeVisible()
	expect((await visitor.goto(publicPath))!.status()).toBe(200)

	await admin.getByRole('link', { name: 'Delete the organisation…' }).click()
	await expect(admin.getByText(`Do you really want to delete “${organization}”?`, { exact: false })).toBeVisible()
	await admin.getByRole('button', { name: 'Delete for good' }).click()
	await expect(admin).toHaveURL(/\/admin\/organizations\?status=deleted$/)
	await expect(admin.getByTestId('organization-row').filter({ hasText: organization })).toContainText('Deleted')
	expect((await visitor.goto(publicPath))!.status()).toBe(404)
	await page.goto('/account/organizations')
	await expect(page.getByText(organization)).toHaveCount(0)
	await anonymous.close()
	await adminContext.close()
})

test("an incubator's page links its cohorts", async ({ page }) => {
	await page.goto('/vuon-uom')
	await page.getByRole('link', { name: /Vườn ươm Doanh nghiệp KH&CN Ninh Bình - ươm tạo/ }).first().click()
	const cohorts = page.getByTestId('organization-cohorts')
	await expect(cohorts.getByRole('heading', { name: 'Chương trình, khóa ươm tạo' })).toBeVisible()
	await cohorts.getByRole('link', { name: 'Khóa ươm tạo khởi nghiệp đổi mới sáng tạo năm 2027' }).click()
	await expect(page).toHaveURL(new RegExp(`${incubatorCohort}$`))
})
