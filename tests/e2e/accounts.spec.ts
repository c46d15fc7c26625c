import { expect } from '@playwright/test'
import { codeFrom, hydrateOnNavigation, linkFrom, openMailbox, signIn, signUp, test, personContext } from './utils'

// Whole journeys of several people, each password hashed on the server: more than the
// default 30 s when the other worker is busy too.
test.describe.configure({ timeout: 90_000 })

test('sign up, verify by e-mail, create an organisation, invite a colleague who accepts, sign out', async ({ page, browser }) => {
	const stamp = Date.now()
	const founder = `nguyen.an.${stamp}@example.vn`
	const colleague = `tran.binh.${stamp}@example.vn`
	const mailbox = await openMailbox(browser)

	await page.goto('/signup')
	await page.getByLabel('Họ và tên').fill('Nguyễn Văn An')
	await page.getByLabel('E-mail', { exact: true }).fill(founder)
	await page.getByLabel('Mật khẩu').fill('lúa mùa Hải Hậu 2026')
	await page.getByRole('button', { name: 'Tạo tài khoản' }).click()
	// The privacy notice is not pre-ticked: the form says so on the right field.
	await expect(page.getByText('Bạn cần đồng ý với thông báo xử lý dữ liệu cá nhân để tạo tài khoản.')).toBeVisible()
	await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn An')
	await page.getByRole('checkbox', { name: /Thông báo xử lý dữ liệu cá nhân/ }).check()
	await page.getByRole('button', { name: 'Tạo tài khoản' }).click()

	await expect(page.getByRole('heading', { name: 'Xác minh e-mail' })).toBeVisible()
	const verification = await mailbox.latestTo(founder)
	expect(verification.subject).toContain('Mã xác minh')
	await page.getByLabel('Mã xác minh').fill(codeFrom(verification.body))
	await page.getByRole('button', { name: 'Xác minh' }).click()
	// Verifying proves the address; signing in still needs the password.
	await expect(page.getByText('E-mail đã được xác minh. Hãy đăng nhập')).toBeVisible()
	await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue(founder)
	await page.getByLabel('Mật khẩu').fill('lúa mùa Hải Hậu 2026')
	await page.getByRole('button', { name: 'Đăng nhập' }).click()
	await expect(page.getByTestId('account-email')).toHaveText(founder)

	await page.goto('/organizations/new')
	await page.getByLabel('Tên tổ chức').fill(`Công ty TNHH Cơ khí Giao Thủy ${stamp}`)
	await page.getByLabel('Loại tổ chức').selectOption('ENTERPRISE')
	await page.getByLabel('Quy mô (doanh nghiệp)').selectOption('SMALL')
	await page.getByLabel('Mã số thuế').fill('12345')
	await page.getByRole('checkbox', { name: 'Cơ khí chế tạo', exact: true }).check()
	await page.getByRole('button', { name: 'Tạo tổ chức' }).click()
	await expect(page.getByText('Mã số thuế gồm 10 hoặc 13 chữ số.')).toBeVisible()
	await page.getByLabel('Mã số thuế').fill(String(stamp).slice(-10).padStart(10, '0'))
	await page.getByRole('button', { name: 'Tạo tổ chức' }).click()
	await expect(page.getByText('Đã tạo tổ chức.')).toBeVisible()

	await page.getByLabel('E-mail', { exact: true }).fill(colleague)
	await page.getByRole('button', { name: 'Gửi lời mời' }).click()
	await expect(page.getByText(`Đã gửi lời mời tới ${colleague}.`)).toBeVisible()
	const invitationMail = await mailbox.latestTo(colleague)
	const invitationPath = linkFrom(invitationMail.body, '/invitations/')

	// The colleague signs up, verifies, and accepts.
	const colleagueContext = await personContext(browser)
	const colleaguePage = hydrateOnNavigation(await colleagueContext.newPage())
	await colleaguePage.goto('/signup')
	await colleaguePage.getByLabel('Họ và tên').fill('Trần Thị Bình')
	await colleaguePage.getByLabel('E-mail', { exact: true }).fill(colleague)
	await colleaguePage.getByLabel('Mật khẩu').fill('cánh đồng muối Bạch Long')
	await colleaguePage.getByRole('checkbox', { name: /Thông báo xử lý dữ liệu cá nhân/ }).check()
	await colleaguePage.getByRole('button', { name: 'Tạo tài khoản' }).click()
	await expect(colleaguePage.getByRole('heading', { name: 'Xác minh e-mail' })).toBeVisible()
	const colleagueVerification = await mailbox.latestTo(colleague)
	await colleaguePage.goto(linkFrom(colleagueVerification.body, '/verify'))
	await colleaguePage.getByRole('button', { name: 'Xác minh' }).click()
	await colleaguePage.getByLabel('Mật khẩu').fill('cánh đồng muối Bạch Long')
	await colleaguePage.getByRole('button', { name: 'Đăng nhập' }).click()
	await expect(colleaguePage.getByTestId('account-email')).toHaveText(colleague)
	await colleaguePage.goto(invitationPath)
	await colleaguePage.getByRole('button', { name: 'Chấp nhận lời mời' }).click()
	await expect(colleaguePage.getByTestId('member-list')).toContainText('Trần Thị Bình')
	await expect(colleaguePage.getByTestId('member-list')).toContainText('Nguyễn Văn An')
	await colleagueContext.close()

	await page.reload()
	await expect(page.getByTestId('member-list')).toContainText('Trần Thị Bình')
	await page.getByRole('button', { name: 'Đăng xuất' }).first().click()
	await expect(page.getByRole('link', { name: 'Đăng nhập' })).toBeVisible()
	await page.goto('/account')
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount/)
	await mailbox.close()
})

test('a forgotten password is reset with the e-mailed code, ending old sessions', async ({ page, browser }) => {
	const mailbox = await openMailbox(browser)
	// An account no other end-to-end test signs in with (they share one database).
	const email = 'chuyengia@demo.sancongnghe.vn'
	const newPassword = 'tôm thẻ chân trắng Kim Sơn'

	const otherDevice = await personContext(browser)
	const otherPage = hydrateOnNavigation(await otherDevice.newPage())
	await signIn(otherPage, email, 'demo-ninhbinh-2026')
	await expect(otherPage.getByTestId('account-link')).toBeVisible()

	await page.goto('/forgot-password')
	await page.getByLabel('E-mail', { exact: true }).fill(email)
	await page.getByRole('button', { name: 'Gửi mã' }).click()
	await expect(page.getByRole('heading', { name: 'Đặt lại mật khẩu' })).toBeVisible()
	const mail = await mailbox.latestTo(email)
	expect(mail.subject).toContain('đặt lại mật khẩu')
	await page.getByLabel('Mã xác minh').fill(codeFrom(mail.body))
	await page.getByLabel('Mật khẩu mới').fill('password123')
	await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click()
	await expect(page.getByText('Mật khẩu này quá phổ biến')).toBeVisible()
	await page.getByLabel('Mật khẩu mới').fill(newPassword)
	await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click()
	await expect(page.getByText('Mật khẩu đã được đổi')).toBeVisible()

	await signIn(page, email, newPassword)
	await expect(page.getByTestId('account-link')).toBeVisible()
	// The session opened before the reset is gone.
	await otherPage.goto('/account')
	await expect(otherPage).toHaveURL(/\/login/)
	await otherDevice.close()
	await mailbox.close()
})

test('a password change and an e-mail change sign the other devices out by default; a password like your name is refused on its field', async ({ page, browser }) => {
	const email = `vu.thanh.${Date.now()}@example.vn`
	const password = 'sóng nước Tràng An mùa thu'
	const mailbox = await openMailbox(browser)
	await signUp(page, mailbox, email, 'Vũ Thị Thanh', password)
	const otherDevice = await personContext(browser)
	const otherPage = hydrateOnNavigation(await otherDevice.newPage())
	await signIn(otherPage, email, password)

	await page.goto('/account/security')
	const form = page.locator('form#change-password')
	await expect(form.getByRole('checkbox', { name: 'Đăng xuất khỏi mọi thiết bị khác' })).toBeChecked()
	await form.getByLabel('Mật khẩu hiện tại').fill(password)
	await form.getByLabel('Mật khẩu mới').fill('VuThiThanh2026')
	await form.getByRole('button', { name: 'Đổi mật khẩu' }).click()
	await expect(form.getByText('Mật khẩu quá giống tên hoặc e-mail của bạn.')).toBeVisible()
	await expect(form.getByRole('checkbox', { name: 'Đăng xuất khỏi mọi thiết bị khác' })).toBeChecked()
	await form.getByLabel('Mật khẩu hiện tại').fill(password)
	await form.getByLabel('Mật khẩu mới').fill('đêm trăng trên sông Ngô Đồng')
	await form.getByRole('button', { name: 'Đổi mật khẩu' }).click()
	await expect(page.getByText('Đã đổi mật khẩu. Số phiên khác đã đăng xuất: 1.')).toBeVisible()

	await otherPage.goto('/account')
	await expect(otherPage).toHaveURL(/\/login/)

	// Confirming a new e-mail address signs the other devices out by default too.
	const newPassword = 'đêm trăng trên sông Ngô Đồng'
	await signIn(otherPage, email, newPassword)
	const newEmail = `vu.thanh.moi.${Date.now()}@example.vn`
	await page.goto('/account/security')
	const emailForm = page.locator('form#change-email')
	await emailForm.getByLabel('E-mail mới').fill(newEmail)
	await emailForm.getByLabel('Mật khẩu hiện tại').fill(newPassword)
	await emailForm.getByRole('button', { name: 'Đổi e-mail' }).click()
	await expect(page.getByRole('heading', { name: 'Xác nhận e-mail mới' })).toBeVisible()
	await expect(page.getByRole('checkbox', { name: 'Đăng xuất khỏi mọi thiết bị khác' })).toBeChecked()
	await page.getByLabel('Mã xác minh').fill(codeFrom((await mailbox.latestTo(newEmail)).body))
	await page.getByRole('button', { name: 'Xác minh' }).click()
	await expect(page).toHaveURL(/\/account\?saved=1/)
	await otherPage.goto('/account')
	await expect(otherPage).toHaveURL(/\/login/)
	await otherDevice.close()
	await mailbox.close()
})
