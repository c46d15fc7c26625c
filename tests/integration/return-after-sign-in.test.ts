import { describe, expect, test } from 'vitest'
import { action as forgotAction, loader as forgotLoader } from '~/routes/auth/forgot-password'
import { action as loginAction, loader as loginLoader } from '~/routes/auth/login'
import { action as resetAction } from '~/routes/auth/reset-password'
import { action as signupAction, loader as signupLoader } from '~/routes/auth/signup'
import { action as verifyAction, loader as verifyLoader } from '~/routes/auth/verify'
import { prisma } from '~/utils/db.server'
import { createUser, sessionCookieFor, testPassword } from '../support/factories'
import { formRequest, getRequest, payloadOf, routeArgs, settle } from '../support/routes'

// Signing in, up, verifying the e-mail and resetting the password all bring the person
// back to the page they set out from, and never to another site.
const expertPage = '/chuyen-gia/nguyen-thi-mai?tab=lien-he'
const encoded = encodeURIComponent(expertPage)
let address = 0
function post(path: string, fields: Record<string, string>) {
	address += 1
	return routeArgs(formRequest(path, fields), {}, { clientIp: `10.57.0.${address}` })
}
async function location(promise: Promise<unknown>) {
	const result = (await settle(promise)) as Response
	expect(result).toBeInstanceOf(Response)
	expect(result.status).toBe(302)
	return result.headers.get('Location')
}
async function codeSentTo(email: string) {
	const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: 'desc' } })
	return { code: mail.text.match(/\b[A-Z2-7]{10}\b/)![0], text: mail.text }
}

describe('sign-up, verification and sign-in carry redirectTo', () => {
	test('the whole journey ends on the page it started from, also through the e-mailed link', async () => {
		const email = `ve-lai-${Date.now()}@example.vn`
		const password = 'ruộng bậc thang Tam Cốc'
		expect(payloadOf<{ redirectTo: string }>(await signupLoader(routeArgs(getRequest(`/signup?redirectTo=${encoded}`)))).redirectTo).toBe(expertPage)

		const toVerify = await location(signupAction(post('/signup', { name: 'Phan Văn Khải', email, password, consentPrivacy: 'on', redirectTo: expertPage })))
		expect(toVerify).toBe(`/verify?${new URLSearchParams({ email, sent: '1', redirectTo: expertPage })}`)
		const { code, text } = await codeSentTo(email)
		// The e-mailed link brings the same way back.
		expect(text).toContain(`/verify?${new URLSearchParams({ email, code, redirectTo: expertPage })}`)
		expect(payloadOf(await verifyLoader(routeArgs(getRequest(toVerify!))))).toMatchObject({ email, redirectTo: expertPage })

		const toLogin = await location(verifyAction(post('/verify', { email, code, redirectTo: expertPage })))
		expect(toLogin).toBe(`/login?${new URLSearchParams({ verified: '1', email, redirectTo: expertPage })}`)
		expect(payloadOf(await loginLoader(routeArgs(getRequest(toLogin!))))).toMatchObject({ redirectTo: expertPage, verified: true, email })

		expect(await location(loginAction(post('/login', { email, password, redirectTo: expertPage })))).toBe(expertPage)
	})

	test('signing in before verifying sends a code and keeps the way back', async () => {
		const user = await createUser({ verified: false })
		const toVerify = await location(loginAction(post('/login', { email: user.email, password: testPassword, redirectTo: expertPage })))
		expect(toVerify).toBe(`/verify?${new URLSearchParams({ email: user.email, sent: '1', redirectTo: expertPage })}`)
		expect((await codeSentTo(user.email)).text).toContain(`redirectTo=${encoded}`)
	})

	test.each([
		['another site', 'https://evil.example/x'],
		['a protocol-relative address', '//evil.example'],
		['a backslash trick', '/\\evil.example'],
		['the sign-up page itself', '/signup?redirectTo=%2Faccount'],
	])('%s is never a way back', async (_name, target) => {
		const email = `la-${Date.now()}-${address}@example.vn`
		const toVerify = await location(signupAction(post('/signup', { name: 'Phan Văn Khải', email, password: 'ruộng bậc thang Tam Cốc', consentPrivacy: 'on', redirectTo: target })))
		expect(toVerify).toBe(`/verify?${new URLSearchParams({ email, sent: '1' })}`)
		expect((await codeSentTo(email)).text).not.toContain('redirectTo')
		const { code } = await codeSentTo(email)
		expect(await location(verifyAction(post('/verify', { email, code, redirectTo: target })))).toBe(`/login?${new URLSearchParams({ verified: '1', email })}`)
		expect(await location(loginAction(post('/login', { email, password: 'ruộng bậc thang Tam Cốc', redirectTo: target })))).toBe('/account')
		expect(payloadOf(await loginLoader(routeArgs(getRequest(`/login?redirectTo=${encodeURIComponent(target)}`))))).toMatchObject({ redirectTo: '' })
	})

	test('someone already signed in who opens a sign-in or sign-up link goes straight to its page', async () => {
		const user = await createUser()
		const { cookie } = await sessionCookieFor(user.id)
		expect(await location(loginLoader(routeArgs(getRequest(`/login?redirectTo=${encoded}`, cookie))))).toBe(expertPage)
		expect(await location(signupLoader(routeArgs(getRequest(`/signup?redirectTo=${encoded}`, cookie))))).toBe(expertPage)
		expect(await location(loginLoader(routeArgs(getRequest('/login?redirectTo=https%3A%2F%2Fevil.example', cookie))))).toBe('/account')
	})

	test('a forgotten password: the reset, its e-mailed link and the sign-in after it keep the way back', async () => {
		const user = await createUser()
		expect(payloadOf(await forgotLoader(routeArgs(getRequest(`/forgot-password?redirectTo=${encoded}`))))).toMatchObject({ redirectTo: expertPage })
		const toReset = await location(forgotAction(post('/forgot-password', { email: user.email, redirectTo: expertPage })))
		expect(toReset).toBe(`/reset-password?${new URLSearchParams({ email: user.email, sent: '1', redirectTo: expertPage })}`)
		const { code, text } = await codeSentTo(user.email)
		expect(text).toContain(`redirectTo=${encoded}`)
		const toLogin = await location(resetAction(post('/reset-password', { email: user.email, code, password: 'mùa nước nổi Kim Sơn', redirectTo: expertPage })))
		expect(toLogin).toBe(`/login?${new URLSearchParams({ reset: '1', redirectTo: expertPage })}`)
	})
})
