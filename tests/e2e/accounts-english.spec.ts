import { expect } from '@playwright/test'
import { demoPassword, test } from './utils'

test('in English: sign-up errors, sign-in, the account pages and sign-out', async ({ page, context }) => {
	await page.goto('/')
	await context.addCookies([{ name: 'lang', value: 'en', url: page.url() }])
	await page.goto('/signup')
	await expect(page).toHaveTitle('Sign up · Tech Marketplace')
	await page.getByLabel('Full name').fill('Tran Van Binh')
	await page.getByLabel('E-mail', { exact: true }).fill('not-an-email')
	await page.getByLabel('Password').fill('short')
	await page.getByRole('button', { name: 'Create account' }).click()
	await expect(page.getByText('This e-mail address is not valid.')).toBeVisible()
	await expect(page.getByText('The password needs at least 8 characters.')).toBeVisible()
	await expect(page.getByText('You need to accept the personal data notice to create an account.')).toBeVisible()
	await expect(page.getByLabel('Full name')).toHaveValue('Tran Van Binh')

	await page.goto('/login')
	await page.getByLabel('E-mail', { exact: true }).fill('thamdinh@demo.sancongnghe.vn')
	await page.getByLabel('Password').fill('wrong password')
	await page.getByRole('button', { name: 'Sign in' }).click()
	await expect(page.getByText('The e-mail or password is not correct.')).toBeVisible()
	await page.getByLabel('Password').fill(demoPassword)
	await page.getByRole('button', { name: 'Sign in' }).click()
	await expect(page.getByTestId('account-link')).toBeVisible()

	await page.goto('/account/sessions')
	await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible()
	await expect(page.getByText('This device')).toBeVisible()
	await page.goto('/account/privacy')
	await expect(page.getByRole('heading', { name: 'Download my data' })).toBeVisible()
	await page.getByRole('button', { name: 'Sign out' }).click()
	await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible()
})
