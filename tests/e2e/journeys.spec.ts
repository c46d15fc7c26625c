import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { expect, type Locator, type Page } from '@playwright/test'
import { slugify } from '../../app/utils/slug'
import { codeFrom, openMailbox, personContext, test } from './utils'

// The second demo expert, as the seed writes it (prisma/seed/index.ts): a page no other
// spec signs anyone in on.
const expertTitle = 'TS. Trần Thị Minh Huệ - Chuyên gia vật liệu dệt chức năng và kháng khuẩn'
const expertPath = `/chuyen-gia/${slugify(expertTitle, 70)}-${createHash('sha1').update(`EXPERT:${expertTitle}`).digest('hex').slice(0, 6)}`
const expertContact = 'chuyengia2@demo.sancongnghe.vn'
const phone = { width: 390, height: 844 }

// Sign-ups read their codes from the dev mailbox in a second browser: slower than most.
test.describe.configure({ timeout: 90_000 })

let people = 0
function newPerson() {
	people += 1
	const stamp = `${Date.now()}-${people}`
	return { name: 'Đinh Thị Lan', email: `hanh-trinh.${stamp}@example.vn`, password: `đồng lúa Yên Mô ${stamp}` }
}

type Mailbox = Awaited<ReturnType<typeof openMailbox>>

// From the sign-up form on screen: fill it in, verify with the e-mailed code, sign in.
async function signUpVerifyAndSignIn(page: Page, mailbox: Mailbox, person: ReturnType<typeof newPerson>) {
	await expect(page.getByRole('heading', { name: 'Đăng ký' })).toBeVisible()
	await page.getByLabel('Họ và tên').fill(person.name)
	await page.getByLabel('E-mail', { exact: true }).fill(person.email)
	await page.getByLabel('Mật khẩu').fill(person.password)
	await page.getByRole('checkbox', { name: /Thông báo xử lý dữ liệu cá nhân/ }).check()
	await page.getByRole('button', { name: 'Tạo tài khoản' }).click()
	await expect(page.getByRole('heading', { name: 'Xác minh e-mail' })).toBeVisible()
	await page.getByLabel('Mã xác minh').fill(codeFrom((await mailbox.latestTo(person.email)).body))
	await page.getByRole('button', { name: 'Xác minh' }).click()
	await expect(page.getByText('E-mail đã được xác minh. Hãy đăng nhập')).toBeVisible()
	await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue(person.email)
	await page.getByLabel('Mật khẩu').fill(person.password)
	await page.getByRole('button', { name: 'Đăng nhập' }).click()
}

// Every stop of the Tab key inside the header, going on from `start` (or from the top
// of the page), with its box on screen.
async function headerTabStops(page: Page, start?: Locator) {
	if (start) await start.focus()
	else await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
	const stops: { label: string; x: number; y: number; height: number }[] = []
	for (let i = 0; i < 60; i += 1) {
		await page.keyboard.press('Tab')
		const stop = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null
			if (!el || !el.closest('header')) return null
			const box = el.getBoundingClientRect()
			return { label: (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 40), x: box.x, y: box.y, height: box.height }
		})
		if (stop) stops.push(stop)
		else if (stops.length > 0) break
	}
	expect(stops.length).toBeGreaterThan(2)
	return stops
}

// Visual reading order: each stop is on the same line to the right of the previous one,
// or on a line below it.
function expectReadingOrder(stops: { label: string; x: number; y: number; height: number }[]) {
	for (let i = 1; i < stops.length; i += 1) {
		const [a, b] = [stops[i - 1], stops[i]]
		const sameLine = Math.abs(a.y + a.height / 2 - (b.y + b.height / 2)) < Math.max(a.height, b.height) / 2
		const ok = sameLine ? b.x > a.x : b.y > a.y
		expect(ok, `"${b.label}" comes after "${a.label}" in the tab order but not on screen`).toBe(true)
	}
}

test('"Download my data" downloads the JSON file of the signed-in person', async ({ page, browser }) => {
	const mailbox = await openMailbox(browser)
	const person = newPerson()
	await page.goto('/')
	await page.getByRole('banner').getByRole('link', { name: 'Đăng ký' }).click()
	await signUpVerifyAndSignIn(page, mailbox, person)
	await expect(page.getByTestId('account-email')).toHaveText(person.email)

	// Something the person owns: an organisation.
	const organization = `Hợp tác xã Cói Kim Sơn ${Date.now()}`
	await page.goto('/organizations/new')
	await page.getByLabel('Tên tổ chức').fill(organization)
	await page.getByLabel('Loại tổ chức').selectOption('ENTERPRISE')
	await page.getByLabel('Quy mô (doanh nghiệp)').selectOption('SMALL')
	await page.getByLabel('Mã số thuế').fill(String(Date.now()).slice(-10))
	await page.getByRole('checkbox', { name: 'Dệt may', exact: true }).check()
	await page.getByRole('button', { name: 'Tạo tổ chức' }).click()
	await expect(page.getByText('Đã tạo tổ chức.')).toBeVisible()

	await page.goto('/account/privacy')
	const downloading = page.waitForEvent('download')
	await page.getByRole('button', { name: 'Tải xuống (JSON)' }).click()
	const download = await downloading
	expect(download.suggestedFilename()).toMatch(/^du-lieu-ca-nhan-\d{4}-\d{2}-\d{2}\.json$/)
	const exported = JSON.parse(await readFile((await download.path())!, 'utf8'))
	expect(exported.user).toMatchObject({ email: person.email, name: person.name })
	expect(exported.memberships).toEqual([expect.objectContaining({ role: 'OWNER', organization: expect.objectContaining({ name: organization }) })])
	expect(exported.consents).toEqual([expect.objectContaining({ purpose: 'PRIVACY_NOTICE' })])
	expect(exported.sessions.length).toBeGreaterThan(0)
	expect(JSON.stringify(exported)).not.toMatch(/argon2|secretHash|tokenHash/)
	// The page itself stayed where it was.
	await expect(page).toHaveURL(/\/account\/privacy$/)
	await expect(page.getByRole('heading', { name: 'Dữ liệu cá nhân', level: 1 })).toBeVisible()
	await mailbox.close()
})

test('"Sign in to see the contact" on an expert: sign up, verify the e-mail, and land back on the expert with the contact', async ({ page, browser }) => {
	const mailbox = await openMailbox(browser)
	await page.goto(expertPath)
	// The title, then the expert's verified badge.
	await expect(page.getByRole('heading', { level: 1 })).toContainText(expertTitle)
	await expect(page.getByTestId('expert-contact')).toHaveCount(0)
	await page.getByRole('link', { name: 'Đăng nhập để xem liên hệ' }).click()
	await expect(page).toHaveURL(`/login?redirectTo=${encodeURIComponent(expertPath)}`)
	// No account yet: from the sign-in form to the sign-up form, still on the way back.
	await page.locator('#main').getByRole('link', { name: 'Đăng ký' }).click()
	await expect(page).toHaveURL(`/signup?redirectTo=${encodeURIComponent(expertPath)}`)
	await signUpVerifyAndSignIn(page, mailbox, newPerson())
	await expect(page).toHaveURL(expertPath)
	await expect(page.getByTestId('expert-contact')).toContainText(expertContact)
	await mailbox.close()
})

test('the header links to sign in carry the page; an outside address is never followed', async ({ page }) => {
	await page.goto('/chuong-trinh?trang=1')
	await expect(page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' })).toHaveAttribute('href', '/login?redirectTo=%2Fchuong-trinh%3Ftrang%3D1')
	await expect(page.getByRole('banner').getByRole('link', { name: 'Đăng ký' })).toHaveAttribute('href', '/signup?redirectTo=%2Fchuong-trinh%3Ftrang%3D1')
	await page.goto('/login?redirectTo=https%3A%2F%2Fevil.example%2F')
	await expect(page.locator('#login input[name="redirectTo"]')).toHaveValue('')
	await expect(page.locator('#main').getByRole('link', { name: 'Đăng ký' })).toHaveAttribute('href', '/signup')
})

test.describe('on a 390 px phone', () => {
	test.use({ viewport: phone })

	test('the header is one compact row; its menu opens the navigation and account links, closes on navigation and Escape, in visual tab order', async ({ page }) => {
		await page.goto('/')
		const header = page.getByRole('banner')
		const box = (await header.boundingBox())!
		expect(box.height / phone.height).toBeLessThanOrEqual(0.15)
		await expect(header.getByRole('search')).toBeVisible()
		const menu = header.locator('summary')
		await expect(menu).toHaveText('Menu')
		await expect(menu).toHaveAttribute('aria-expanded', 'false')
		// Closed: no navigation link is on screen.
		await expect(header.getByRole('link', { name: 'Chuyên gia' })).toBeHidden()
		expectReadingOrder(await headerTabStops(page))

		await menu.click()
		await expect(menu).toHaveAttribute('aria-expanded', 'true')
		const panel = page.locator('#site-menu')
		await expect(panel.getByRole('link', { name: 'Đăng tin' })).toBeVisible()
		await expect(panel.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link')).toHaveCount(7)
		await expect(panel.getByRole('link', { name: 'Đăng nhập' })).toBeVisible()
		await expect(panel.getByRole('button', { name: 'Switch to English' })).toBeVisible()
		const stops = await headerTabStops(page, menu)
		expect(stops[0].label).toBe('Đăng tin')
		expectReadingOrder([{ label: 'Menu', ...(await menu.boundingBox())! }, ...stops])

		// Escape from inside the menu closes it and puts the focus back on its button.
		await panel.getByRole('link', { name: 'Sáng chế' }).focus()
		await page.keyboard.press('Escape')
		await expect(menu).toHaveAttribute('aria-expanded', 'false')
		await expect(menu).toBeFocused()
		// A click outside closes it too.
		await menu.click()
		await expect(menu).toHaveAttribute('aria-expanded', 'true')
		// (the bottom left corner of the screen: below the menu, beside the page's content)
		await page.mouse.click(2, phone.height - 4)
		await expect(menu).toHaveAttribute('aria-expanded', 'false')

		await menu.click()
		await panel.getByRole('link', { name: 'Chuyên gia' }).click()
		await expect(page).toHaveURL(/\/chuyen-gia$/)
		await expect(menu).toHaveAttribute('aria-expanded', 'false')
		await expect(panel).toBeHidden()
	})

	test('without JavaScript the menu still opens, and "Đăng tin" leads to sign in and back to the listing form', async ({ browser }) => {
		const context = await personContext(browser, { viewport: phone, javaScriptEnabled: false })
		const page = await context.newPage()
		await page.goto('/')
		const header = page.getByRole('banner')
		expect((await header.boundingBox())!.height / phone.height).toBeLessThanOrEqual(0.15)
		await expect(page.locator('#site-menu')).toBeHidden()
		await header.getByText('Menu').click()
		await expect(page.locator('#site-menu').getByRole('link', { name: 'Khởi nghiệp' })).toBeVisible()
		await page.locator('#site-menu').getByRole('link', { name: 'Đăng tin' }).click()
		await expect(page).toHaveURL('/login?redirectTo=%2Flistings%2Fnew')
		await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible()
		await context.close()
	})
})

test('"Đăng tin" on the home page: sign in, then the type chooser explains each listing type, in both languages', async ({ page, browser }) => {
	const mailbox = await openMailbox(browser)
	await page.goto('/')
	// The desktop header keeps the full navigation and its own "Đăng tin".
	const header = page.getByRole('banner')
	await expect(header.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link')).toHaveCount(7)
	await expect(header.getByTestId('post-listing-link')).toBeVisible()
	await expect(header.locator('summary')).toBeHidden()
	expectReadingOrder(await headerTabStops(page))

	await page.getByTestId('home-post-listing').click()
	await expect(page).toHaveURL('/login?redirectTo=%2Flistings%2Fnew')
	await page.locator('#main').getByRole('link', { name: 'Đăng ký' }).click()
	await signUpVerifyAndSignIn(page, mailbox, newPerson())
	await expect(page).toHaveURL('/listings/new')
	await expect(page.getByRole('heading', { name: 'Bạn muốn đăng gì?' })).toBeVisible()
	await expect(page.getByTestId('type-help-TECHNOLOGY_REQUEST')).toContainText('Ai đăng: Doanh nghiệp, hợp tác xã')
	await expect(page.getByTestId('type-help-EXPERT')).toContainText('có thể đăng với tư cách cá nhân')
	await expect(page.locator('#main').getByRole('link', { name: 'Nhu cầu công nghệ' })).toHaveAccessibleDescription(/Để làm gì: Mô tả vấn đề/)

	await page.getByRole('button', { name: 'Switch to English' }).click()
	await expect(page.getByRole('heading', { name: 'What would you like to list?' })).toBeVisible()
	await expect(page.getByTestId('type-help-INCUBATOR')).toContainText('Who posts it: Incubators and innovation centres.')
	await expect(page.getByTestId('type-help-STARTUP')).toContainText('What it is for: Present your product')
	await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click()
	await mailbox.close()
})
