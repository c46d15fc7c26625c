import { describe, expect, test } from 'vitest'
import { action as forgotAction } from '~/routes/auth/forgot-password'
import { action as loginAction } from '~/routes/auth/login'
import { action as signupAction } from '~/routes/auth/signup'
import { prisma } from '~/utils/db.server'
import { createUser, testPassword } from '../support/factories'
import { formRequest, multipartBody, routeArgs, settle, statusOf } from '../support/routes'

// Each test posts from its own client address, so one test's per-address rate limits
// never reach another. The body is multipart, as these tests have always sent it.
function post(path: string, fields: Record<string, string>, ip = '10.0.0.1') {
	return routeArgs(formRequest(path, multipartBody(fields)), {}, { clientIp: ip })
}

describe('sign-up', () => {
	test('records each consent with the notice version; unticked purposes are not granted', async () => {
		const email = `dang-ky-${Date.now()}@example.vn`
		const result = await settle(signupAction(post('/signup', { name: 'Lê Văn Cường', email, password: 'phù sa sông Hồng 2026', consentPrivacy: 'on', consentEmailAlerts: 'on' }, '10.1.0.1')))
		expect(statusOf(result)).toBe(302)
		const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { emailVerifiedAt: true, consents: { select: { purpose: true, noticeVersion: true, withdrawnAt: true } } } })
		expect(user.emailVerifiedAt).toBeNull()
		expect(user.consents.map((c) => c.purpose).sort()).toEqual(['EMAIL_ALERTS', 'PRIVACY_NOTICE'])
		expect(user.consents.every((c) => c.noticeVersion === '2026-01' && c.withdrawnAt === null)).toBe(true)
		const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { to: email } })
		expect(mail.subject).toMatch(/Mã xác minh e-mail: [A-Z2-7]{10}/)
	})

	test('an address that already has an account gets the same answer (no enumeration)', async () => {
		const existing = await createUser()
		const fresh = `moi-${Date.now()}@example.vn`
		const a = (await settle(signupAction(post('/signup', { name: 'Ai Đó', email: existing.email, password: 'phù sa sông Hồng 2026', consentPrivacy: 'on' }, '10.1.0.2')))) as Response
		const b = (await settle(signupAction(post('/signup', { name: 'Ai Đó', email: fresh, password: 'phù sa sông Hồng 2026', consentPrivacy: 'on' }, '10.1.0.2')))) as Response
		expect(a.status).toBe(b.status)
		expect(a.headers.get('Location')?.replace(encodeURIComponent(existing.email), 'X')).toBe(b.headers.get('Location')?.replace(encodeURIComponent(fresh), 'X'))
		const notice = await prisma.emailOutbox.findFirstOrThrow({ where: { to: existing.email } })
		expect(notice.subject).toContain('đã có tài khoản')
	})

	test('a common password is refused on the password field', async () => {
		const result = await settle(signupAction(post('/signup', { name: 'Ai Đó', email: `pw-${Date.now()}@example.vn`, password: 'matkhau123', consentPrivacy: 'on' }, '10.1.0.3')))
		expect(statusOf(result)).toBe(400)
		expect(JSON.stringify(result)).toContain('validation.password.common')
	})

	test('a filled honeypot is refused', async () => {
		const result = await settle(signupAction(post('/signup', { name: 'Bot', email: 'bot@example.vn', password: 'phù sa sông Hồng', consentPrivacy: 'on', contact_website: 'http://spam' }, '10.1.0.4')))
		expect(statusOf(result)).toBe(400)
		expect(await prisma.user.findUnique({ where: { email: 'bot@example.vn' } })).toBeNull()
	})
})

describe('sign-in', () => {
	test('succeeds with a new session cookie and writes the audit log', async () => {
		const user = await createUser()
		const result = (await settle(loginAction(post('/login', { email: user.email, password: testPassword, redirectTo: '//evil.example' }, '10.2.0.1')))) as Response
		expect(result.status).toBe(302)
		expect(result.headers.get('Location')).toBe('/account')
		expect(result.headers.get('Set-Cookie')).toMatch(/^session=[a-z2-7]+\.[a-z2-7]+; HttpOnly; SameSite=Lax; Path=\/; Expires=/)
		expect(await prisma.auditLog.count({ where: { action: 'auth.login.success', actorId: user.id } })).toBe(1)
	})

	test('unknown account and wrong password look the same', async () => {
		const user = await createUser()
		const wrong = await settle(loginAction(post('/login', { email: user.email, password: 'not the password' }, '10.2.0.2')))
		const unknown = await settle(loginAction(post('/login', { email: `khong-co-${Date.now()}@example.vn`, password: 'not the password' }, '10.2.0.2')))
		expect(statusOf(wrong)).toBe(400)
		expect(statusOf(unknown)).toBe(400)
		expect(JSON.stringify(wrong)).toContain('auth.login.invalid')
		expect(JSON.stringify(unknown)).toContain('auth.login.invalid')
		expect(await prisma.auditLog.count({ where: { action: 'auth.login.failure', actorId: user.id } })).toBe(1)
	})

	test('a suspended account cannot sign in', async () => {
		const user = await createUser()
		await prisma.user.update({ where: { id: user.id }, data: { status: 'SUSPENDED' } })
		expect(statusOf(await settle(loginAction(post('/login', { email: user.email, password: testPassword }, '10.2.0.4'))))).toBe(403)
	})
})

describe('password reset', () => {
	test('the answer is the same whether or not the address has an account', async () => {
		const user = await createUser()
		const known = (await settle(forgotAction(post('/forgot-password', { email: user.email }, '10.3.0.1')))) as Response
		const unknownEmail = `khong-${Date.now()}@example.vn`
		const unknown = (await settle(forgotAction(post('/forgot-password', { email: unknownEmail }, '10.3.0.1')))) as Response
		expect(known.status).toBe(unknown.status)
		expect(known.headers.get('Location')?.replace(encodeURIComponent(user.email), 'X')).toBe(unknown.headers.get('Location')?.replace(encodeURIComponent(unknownEmail), 'X'))
		expect(await prisma.emailOutbox.count({ where: { to: user.email } })).toBe(1)
		expect(await prisma.emailOutbox.count({ where: { to: unknownEmail } })).toBe(0)
	})
})

describe('e-mail verification and re-authentication', () => {
	test('verifying proves the address but does not sign in', async () => {
		const { action: verifyAction } = await import('~/routes/auth/verify')
		const { createVerification } = await import('~/modules/auth/verification.server')
		const user = await createUser({ verified: false })
		const code = await createVerification({ type: 'EMAIL_VERIFICATION', target: user.email, userId: user.id })
		const wrong = await settle(verifyAction(post('/verify', { email: user.email, code: 'AAAAAAAAAA' }, '10.4.0.1')))
		expect(statusOf(wrong)).toBe(400)
		const result = (await settle(verifyAction(post('/verify', { email: user.email, code }, '10.4.0.1')))) as Response
		expect(result.status).toBe(302)
		expect(result.headers.get('Location')).toMatch(/^\/login\?verified=1/)
		expect(result.headers.get('Set-Cookie')).toBeNull()
		expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeInstanceOf(Date)
		// Single use.
		expect(statusOf(await settle(verifyAction(post('/verify', { email: user.email, code }, '10.4.0.1'))))).toBe(400)
	})

	test('a password change revokes outstanding reset codes', async () => {
		const { changePassword } = await import('~/modules/auth/auth.server')
		const { createVerification, consumeVerification } = await import('~/modules/auth/verification.server')
		const user = await createUser()
		const code = await createVerification({ type: 'PASSWORD_RESET', target: user.email, userId: user.id })
		const outcome = await changePassword(
			{ userId: user.id, sessionId: 'none', currentPassword: testPassword, newPassword: 'một mật khẩu mới hoàn toàn', signOutOthers: false },
			{ request: new Request('http://localhost/account/security'), locale: 'vi' },
		)
		expect(outcome).toMatchObject({ ok: true })
		expect(await consumeVerification({ type: 'PASSWORD_RESET', target: user.email, code })).toBeNull()
	})

	test('re-entering the current password is rate-limited per account', async () => {
		const { checkCurrentPassword } = await import('~/modules/auth/auth.server')
		const user = await createUser()
		const results = []
		for (let i = 0; i < 11; i++) results.push(await checkCurrentPassword(user.id, `guess ${i}`))
		expect(results.slice(0, 10)).toEqual(Array(10).fill('wrong'))
		expect(results[10]).toBe('limited')
		expect(await checkCurrentPassword(user.id, testPassword)).toBe('limited')
	})

	test('a decomposed (NFD) password signs in like the composed one', async () => {
		const { hashPassword } = await import('~/modules/auth/password.server')
		const user = await createUser()
		await prisma.password.update({ where: { userId: user.id }, data: { hash: await hashPassword('mật khẩu tiếng Việt'.normalize('NFC')) } })
		const result = (await settle(loginAction(post('/login', { email: user.email, password: 'mật khẩu tiếng Việt'.normalize('NFD') }, '10.4.0.2')))) as Response
		expect(result.status).toBe(302)
	})
})
