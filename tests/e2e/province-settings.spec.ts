import { expect } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { readFile } from 'node:fs/promises'
import sharp from 'sharp'
import { demoPassword, signIn, test } from './utils'

// The administrator sets up the province: contact details, logo, the communes list
// (dry run, then import), and reads what was done in the audit log. The demo province's
// names are left as they are (other specs read them); only contact details change.
test('an administrator fills the province settings, imports communes and finds it all in the audit log and its CSV', async ({ page }) => {
	test.slow()
	const stamp = String(Date.now()).slice(-6)
	const phone = `0229 38${stamp.slice(0, 2)} ${stamp.slice(2)}`
	await signIn(page, 'admin@demo.sancongnghe.vn', demoPassword)

	await test.step('contact details: a wrong one is refused on its field, nothing typed is lost; then saved and shown in the footer', async () => {
		await page.goto('/admin/settings')
		await page.getByLabel('Địa chỉ').fill('Số 2 Lê Đại Hành, phường Hoa Lư, tỉnh Ninh Bình')
		await page.getByLabel('Điện thoại').fill('gọi cho tôi')
		await page.getByLabel('E-mail liên hệ').fill('sokhcn@ninhbinh.gov.vn')
		await page.getByRole('button', { name: 'Lưu' }).click()
		await expect(page.getByText('Số điện thoại không hợp lệ')).toBeVisible()
		await expect(page.getByLabel('Địa chỉ')).toHaveValue('Số 2 Lê Đại Hành, phường Hoa Lư, tỉnh Ninh Bình')
		await expect(page.getByLabel('E-mail liên hệ')).toHaveValue('sokhcn@ninhbinh.gov.vn')
		await page.getByLabel('Điện thoại').fill(phone)
		await page.getByRole('button', { name: 'Lưu' }).click()
		await expect(page.getByText('Đã lưu thông tin tỉnh.')).toBeVisible()
		const contact = page.getByTestId('operator-contact')
		await expect(contact).toContainText('Số 2 Lê Đại Hành')
		await expect(contact.getByRole('link', { name: phone })).toHaveAttribute('href', `tel:${phone.replace(/ /g, '')}`)
		await expect(contact.getByRole('link', { name: 'sokhcn@ninhbinh.gov.vn' })).toHaveAttribute('href', 'mailto:sokhcn@ninhbinh.gov.vn')
		await page.getByRole('contentinfo').getByRole('link', { name: 'Điều khoản sử dụng' }).click()
		await expect(page.getByRole('heading', { level: 1, name: 'Điều khoản sử dụng' })).toBeVisible()
		await expect(page.getByText('Sàn là nơi kết nối')).toBeVisible()
	})

	await test.step('a logo is uploaded, re-encoded, and shown publicly', async () => {
		await page.goto('/admin/settings')
		const logo = await sharp({ create: { width: 240, height: 240, channels: 3, background: '#b91c1c' } }).png().toBuffer()
		await page.getByLabel('Tệp logo').setInputFiles({ name: 'logo-so.png', mimeType: 'image/png', buffer: logo })
		await page.getByRole('button', { name: 'Tải logo lên' }).click()
		await expect(page.getByText('Đã cập nhật logo.')).toBeVisible()
		await expect.poll(() => page.getByTestId('province-logo').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240)
		const src = await page.getByTestId('province-logo').getAttribute('src')
		const anonymous = await page.request.fetch(src!, { headers: { Cookie: '' } })
		expect(anonymous.status()).toBe(200)
		expect(anonymous.headers()['content-type']).toBe('image/png')
	})

	const newCommune = { code: `E2E${stamp}`, name: `Phường Tràng An ${stamp}` }
	await test.step('the communes file: a dry run reports the bad row and writes nothing; then the import adds the new commune', async () => {
		await page.goto('/admin/settings')
		// The current list (kept whole, so nothing other tests use becomes inactive), plus a new ward.
		const current = await page.locator('section', { has: page.getByRole('heading', { name: 'Danh sách xã, phường, đặc khu' }) }).locator('tbody tr').evaluateAll((rows) =>
			rows
				.filter((row) => row.children[3]?.textContent === 'Đang dùng')
				.map((row) => [row.children[0].textContent, row.children[1].textContent, row.children[2].textContent] as string[]),
		)
		expect(current.length).toBeGreaterThan(10)
		const lines = ['code,name,kind', ...current.map(([code, name, kind]) => `${code},"${name}",${kind}`), `${newCommune.code},${newCommune.name},phường`]
		const badLine = lines.length + 1
		await page.getByLabel('Tệp CSV danh sách xã, phường').setInputFiles({ name: 'xa-phuong.csv', mimeType: 'text/csv', buffer: Buffer.from([...lines, `${stamp}X,Xã Lỗi,huyện`].join('\n')) })
		await page.getByRole('button', { name: 'Kiểm tra và xem trước' }).click()
		const issues = page.getByTestId('commune-issues')
		await expect(issues).toContainText('Tệp có 1 lỗi')
		await expect(issues).toContainText(`Dòng ${badLine} · Loại: Loại phải là xã, phường hoặc đặc khu.`)
		await expect(issues).toContainText('Chưa có gì được ghi')

		await page.getByLabel('Tệp CSV danh sách xã, phường').setInputFiles({ name: 'xa-phuong.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}`) })
		await page.getByRole('button', { name: 'Kiểm tra và xem trước' }).click()
		const preview = page.getByTestId('commune-preview')
		await expect(preview).toContainText('1 xã, phường mới')
		await expect(preview).toContainText('0 xã, phường không còn trong danh sách sẽ ngừng sử dụng')
		await preview.getByRole('button', { name: 'Nhập danh sách này' }).click()
		await expect(page.getByText('Đã nhập: 1 mới')).toBeVisible()
	})

	await test.step('the new commune is offered by the programme editor\'s commune select', async () => {
		await page.goto('/programmes/new')
		await expect(page.getByLabel('Xã, phường').getByRole('option', { name: newCommune.name })).toHaveCount(1)
	})

	await test.step('the audit log is filtered to the import and downloaded as CSV', async () => {
		await page.goto('/admin/audit')
		await page.getByLabel('Người thực hiện').fill('admin@demo.sancongnghe.vn')
		await page.getByLabel('Thao tác').selectOption({ label: 'Nhập danh sách xã, phường' })
		const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date())
		await page.getByLabel('Từ ngày').fill('31/02/2026')
		await page.getByRole('button', { name: 'Lọc', exact: true }).click()
		await expect(page.getByText('Ngày không hợp lệ')).toBeVisible()
		await expect(page.getByLabel('Người thực hiện')).toHaveValue('admin@demo.sancongnghe.vn')
		await page.getByLabel('Từ ngày').fill(today)
		await page.getByLabel('Đến ngày').fill(today)
		await page.getByRole('button', { name: 'Lọc', exact: true }).click()
		const table = page.getByTestId('audit-table')
		await expect(table.locator('tbody tr')).toHaveCount(1)
		await expect(table).toContainText('Nhập danh sách xã, phường')
		await expect(table).toContainText('admin@demo.sancongnghe.vn')

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-csv').click()])
		expect(download.suggestedFilename()).toMatch(/^nhat-ky-\d{4}-\d{2}-\d{2}\.csv$/)
		const bytes = await readFile((await download.path())!)
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
		const [header, ...rows] = parse(bytes, { bom: true }) as string[][]
		expect(header.slice(0, 3)).toEqual(['Thời gian', 'Thao tác', 'Mã thao tác'])
		expect(rows).toHaveLength(1)
		expect(rows[0].slice(1, 3)).toEqual(['Nhập danh sách xã, phường', 'settings.communes.imported'])
		expect(rows[0][rows[0].length - 1]).toContain('"created":1')

		// The same export over plain HTTP: its headers.
		const href = await page.getByTestId('audit-csv').getAttribute('href')
		const response = await page.request.get(href!)
		expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8')
		expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="nhat-ky-/)
	})
})
