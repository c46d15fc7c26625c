import { expect } from '@playwright/test'
import { openMailbox, signUp, test } from './utils'

// Forms speak the user's way (issue 11, item 7) and search marks whole words (item 12).
// The person is signed up here, so no other spec's account is touched.
test('a date typed dd/mm/yyyy and an amount with separators are kept, refused politely when wrong, and shown back the Vietnamese way', async ({ page, browser }) => {
	test.slow()
	const stamp = Date.now()
	const email = `le.hoa.${stamp}@example.vn`
	const password = 'mùa nước nổi Kim Sơn 2026'
	const title = `Cần dây chuyền sấy lạnh nông sản ${stamp}`
	const mailbox = await openMailbox(browser)

	await test.step('sign up, verify, sign in and create an organisation', async () => {
		await signUp(page, mailbox, email, 'Lê Thị Hoa', password)
		await page.goto('/organizations/new')
		await page.getByLabel('Tên tổ chức').fill(`Hợp tác xã Nông sản Kim Sơn ${stamp}`)
		await page.getByLabel('Loại tổ chức').selectOption('ENTERPRISE')
		await page.getByLabel('Quy mô (doanh nghiệp)').selectOption('SMALL')
		await page.getByLabel('Mã số thuế').fill(String(stamp + 7).slice(-10).padStart(10, '0'))
		await page.getByRole('checkbox', { name: 'Chế biến thực phẩm', exact: true }).check()
		await page.getByRole('button', { name: 'Tạo tổ chức' }).click()
		await expect(page.getByText('Đã tạo tổ chức.')).toBeVisible()
	})
	await mailbox.close()

	await test.step('the listing form marks required fields and explains the mark', async () => {
		await page.goto('/listings/new?type=TECHNOLOGY_REQUEST')
		await expect(page.getByText('Các mục có dấu * là bắt buộc.')).toBeVisible()
		// The star is seen, not read: the field's name stays "Tiêu đề", and it is required.
		const titleInput = page.getByLabel('Tiêu đề', { exact: true })
		await expect(titleInput).toHaveAttribute('required', '')
		const mark = page.locator(`label[for="${await titleInput.getAttribute('id')}"] .required-mark`)
		expect(await mark.evaluate((element) => getComputedStyle(element, '::after').content)).toContain('*')
		await expect(page.locator(`label[for="${await page.getByLabel('Thời hạn', { exact: true }).getAttribute('id')}"] .required-mark`)).toHaveCount(0)
		await expect(page.getByLabel('Thời hạn', { exact: true })).not.toHaveAttribute('required', '')
	})

	await test.step('the amount is grouped as it is typed; a date that does not exist is refused on its field, the text kept', async () => {
		await page.getByLabel('Tiêu đề', { exact: true }).fill(title)
		await page.getByLabel('Tóm tắt', { exact: true }).fill('Hợp tác xã cần dây chuyền sấy lạnh 500 kg/mẻ cho rau củ quả.')
		await page.getByRole('checkbox', { name: 'Nông nghiệp' }).check()
		const budgetMin = page.getByLabel('Ngân sách từ (VND)', { exact: true })
		await budgetMin.pressSequentially('500000000')
		await expect(budgetMin).toHaveValue('500.000.000')
		await page.getByLabel('Ngân sách đến (VND)', { exact: true }).fill('1.500.000.000')
		const deadline = page.getByLabel('Thời hạn', { exact: true })
		await expect(deadline).toHaveAttribute('placeholder', 'dd/mm/yyyy')
		await deadline.fill('31/02/2027')
		await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
		await expect(page.getByText('Nhập ngày theo dạng dd/mm/yyyy (ví dụ 15/03/2024); ngày phải có thật.')).toBeVisible()
		await expect(deadline).toHaveValue('31/02/2027')
		await expect(deadline).toHaveAttribute('aria-invalid', 'true')
		await expect(budgetMin).toHaveValue('500.000.000')
		await deadline.fill('30/06/2027')
		await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
		await expect(page.getByTestId('my-listings').getByRole('listitem').filter({ hasText: title })).toContainText('Bản nháp')
	})

	await test.step('the edit page says it edits and shows the date and the amounts the Vietnamese way', async () => {
		await page.getByTestId('my-listings').getByRole('listitem').filter({ hasText: title }).getByRole('link', { name: 'Sửa' }).click()
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sửa tin đăng')
		await expect(page).toHaveTitle(/^Sửa tin đăng · /)
		await expect(page.getByLabel('Thời hạn', { exact: true })).toHaveValue('30/06/2027')
		await expect(page.getByLabel('Ngân sách từ (VND)', { exact: true })).toHaveValue('500.000.000')
		await expect(page.getByLabel('Ngân sách đến (VND)', { exact: true })).toHaveValue('1.500.000.000')
	})
})

test('search marks whole words, never a piece of a syllable', async ({ page }) => {
	// "nhiệ" is a prefix: Meilisearch matches "nhiệt" and marks only "nhiệ".
	await page.goto('/search?q=b%C6%A1m%20nhi%E1%BB%87')
	const marks = page.locator('main mark')
	await expect(marks.first()).toBeVisible()
	const edges = await marks.evaluateAll((elements) =>
		elements.map((mark) => {
			const before = mark.previousSibling?.textContent ?? ''
			const after = mark.nextSibling?.textContent ?? ''
			return { text: mark.textContent ?? '', before: before.slice(-1), after: after.slice(0, 1) }
		}),
	)
	const letter = /[\p{L}\p{M}\p{N}]/u
	for (const edge of edges) {
		expect(letter.test(edge.before), JSON.stringify(edge)).toBe(false)
		expect(letter.test(edge.after), JSON.stringify(edge)).toBe(false)
	}
	// The prefix was widened to the whole syllable.
	expect(edges.some((edge) => /nhiệt/i.test(edge.text))).toBe(true)
	expect(edges.every((edge) => !/nhiệ$/i.test(edge.text))).toBe(true)
})
