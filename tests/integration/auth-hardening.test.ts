import { afterEach, describe, expect, test, vi } from 'vitest'
import * as authEmail from '~/modules/auth/auth-email.server'
import * as passwords from '~/modules/auth/password.server'
import * as verifications from '~/modules/auth/verification.server'
import { validateSessionToken } from '~/modules/auth/session.server'
import { action as confirmEmailAction } from '~/routes/account/confirm-email'
import { action as securityAction } from '~/routes/account/security'
import { action as forgotAction } from '~/routes/auth/forgot-password'
import { action as loginAction } from '~/routes/auth/login'
import { action as resetAction } from '~/routes/auth/reset-password'
import { action as signupAction } from '~/routes/auth/signup'
import { prisma } from '~/utils/db.server'
import { createUser, sessionCookieFor, testPassword } from '../support/factories'
import { formRequest, payloadOf, routeArgs, settle, statusOf } from '../support/routes'

function post(path: string, fields: Record<string, string>, ip: string, cookie?: string) {
	return routeArgs(formRequest(path, fields, cookie), {}, { clientIp: ip })
}

async function signIn(email: string, password: string, ip: string) {
	const result = await settle(loginAction(post('/login', { email, password }, ip)))
	const retryAfter = result instanceof Response ? result.headers.get('Retry-After') : (result as { init?: { headers?: Record<string, string> } })?.init?.headers?.['Retry-After']
	return { status: statusOf(result), retryAfter: retryAfter ? Number(retryAfter) : null, body: JSON.stringify(result) }
}

afterEach(() => {
	vi.useRealTimers()
})

describe('sign-in throttling', () => {
	test('an attacker failing 20 times from two other addresses does not stop the owner signing in from their own address', async () => {
		const owner = await createUser()
		vi.useFakeTimers({ toFake: ['Date'], now: new Date() })
		const attackers = ['10.20.0.1', '10.20.0.2']
		let failures = 0
		while (failures < 20) {
			const { status } = await signIn(owner.email, `guess ${failures}`, attackers[failures % 2])
			if (status === 400) failures++
			// Waits out whatever back-off the attacking pair has earned, so all 20 count.
			else vi.setSystemTime(Date.now() + 16 * 60_000)
		}
		const ownerAttempt = await signIn(owner.email, testPassword, '10.20.0.3')
		expect(ownerAttempt.status).toBe(302)
	})

	test('twenty colleagues behind one address all sign in within a minute', async () => {
		const colleagues = await Promise.all(Array.from({ length: 20 }, () => createUser()))
		const statuses = []
		for (const colleague of colleagues) statuses.push((await signIn(colleague.email, testPassword, '10.21.0.1')).status)
		expect(statuses).toEqual(Array(20).fill(302))
	})

	test('the failing pair gets 429 with a Retry-After that grows; the right password then resets it', async () => {
		const user = await createUser()
		const ip = '10.22.0.1'
		vi.useFakeTimers({ toFake: ['Date'], now: new Date() })
		for (let attempt = 1; attempt <= 5; attempt++) expect((await signIn(user.email, `wrong ${attempt}`, ip)).status).toBe(400)
		const waits: number[] = []
		for (let round = 0; round < 4; round++) {
			const limited = await signIn(user.email, testPassword, ip)
			expect(limited.status).toBe(429)
			expect(limited.body).toContain('errors.rateLimited')
			waits.push(limited.retryAfter!)
			vi.setSystemTime(Date.now() + limited.retryAfter! * 1000)
			expect((await signIn(user.email, `wrong again ${round}`, ip)).status).toBe(400)
		}
		expect(waits).toEqual([1, 2, 4, 8])
		vi.setSystemTime(Date.now() + 16_000)
		expect((await signIn(user.email, testPassword, ip)).status).toBe(302)
		// The success cleared the pair's failures: the next mistake is not held back.
		expect((await signIn(user.email, 'one more typo', ip)).status).toBe(400)
	})

	test('forty guesses sent at the same moment from one address get no more checks than the pair allows', async () => {
		const victim = await createUser()
		const guesses = Array.from({ length: 39 }, (_, i) => `wrong guess ${i}`)
		guesses.push(testPassword)
		const statuses = (await Promise.all(guesses.map((guess) => signIn(victim.email, guess, '10.24.0.1')))).map((r) => r.status)
		const checked = statuses.filter((status) => status !== 429)
		expect(checked.length).toBeLessThanOrEqual(5)
		expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(35)
	})

	test('simultaneous guesses for one account from many addresses are held to the account limit for addresses that failed', async () => {
		const victim = await createUser()
		// Every address has failed once already, sequentially: 10 failures reach the account limit.
		const ips = Array.from({ length: 10 }, (_, i) => `10.25.0.${i + 1}`)
		for (const ip of ips) expect((await signIn(victim.email, 'first wrong', ip)).status).toBe(400)
		const statuses = (await Promise.all(ips.flatMap((ip) => [1, 2, 3].map((n) => signIn(victim.email, `burst ${n}`, ip))))).map((r) => r.status)
		expect(statuses.every((status) => status === 429)).toBe(true)
		// The owner from a clean address still gets in.
		expect((await signIn(victim.email, testPassword, '10.25.1.1')).status).toBe(302)
	})

	test('guesses from ever new addresses of one IPv6 /64 are throttled as one address', async () => {
		const victim = await createUser()
		const statuses: number[] = []
		for (let i = 1; i <= 12; i++) statuses.push((await signIn(victim.email, `wrong guess ${i}`, `2001:db8:1234:5678::${i.toString(16)}`)).status)
		expect(statuses.slice(0, 5)).toEqual(Array(5).fill(400))
		expect(statuses.slice(5).every((status) => status === 429)).toBe(true)
		// The same network written IPv4-mapped is the IPv4 address: one pair too.
		for (let i = 0; i < 5; i++) await signIn(victim.email, `mapped ${i}`, '198.51.100.9')
		expect((await signIn(victim.email, 'mapped again', '::ffff:198.51.100.9')).status).toBe(429)
		// The owner from another network still gets in.
		expect((await signIn(victim.email, testPassword, '2001:db8:1234:9999::1')).status).toBe(302)
	})

	test('failures from one address across many accounts are limited per address', async () => {
		const ip = '10.23.0.1'
		const statuses = []
		for (let attempt = 0; attempt < 51; attempt++) statuses.push((await signIn(`nobody-${attempt}-${Date.now()}@example.vn`, 'wrong', ip)).status)
		expect(statuses.slice(0, 50).every((s) => s === 400)).toBe(true)
		expect(statuses[50]).toBe(429)
	})
})

// What a request did that takes time: password hashes, one-time codes, e-mails written.
function countWork() {
	const spies = {
		hashes: vi.spyOn(passwords, 'hashPassword'),
		codes: vi.spyOn(verifications, 'createVerification'),
		emails: vi.spyOn(authEmail, 'queueAuthEmail'),
	}
	return () => {
		const counts = { hashes: spies.hashes.mock.calls.length, codes: spies.codes.mock.calls.length, emails: spies.emails.mock.calls.length }
		for (const spy of Object.values(spies)) spy.mockClear()
		return counts
	}
}

const withoutAddress = (response: Response, email: string) => response.headers.get('Location')?.replace(encodeURIComponent(email), 'X')

describe('no account enumeration through timing: the same work either way', () => {
	test('forgot password does the same work for an address with and without an account', async () => {
		const user = await createUser()
		const unknown = `khong-co-${Date.now()}@example.vn`
		const work = countWork()
		const known = (await settle(forgotAction(post('/forgot-password', { email: user.email }, '10.30.0.1')))) as Response
		const knownWork = work()
		const missing = (await settle(forgotAction(post('/forgot-password', { email: unknown }, '10.30.0.1')))) as Response
		const missingWork = work()
		expect(knownWork).toEqual({ hashes: 0, codes: 1, emails: 1 })
		expect(missingWork).toEqual(knownWork)
		expect(missing.status).toBe(known.status)
		expect(withoutAddress(missing, unknown)).toBe(withoutAddress(known, user.email))
		// Only the owner of an account receives anything.
		expect(await prisma.emailOutbox.count({ where: { to: user.email } })).toBe(1)
		expect(await prisma.emailOutbox.count({ where: { to: unknown } })).toBe(0)
	})

	test('sign-up does the same work for a taken and a new address, and the owner of the taken one gets a working reset code', async () => {
		const owner = await createUser()
		const fresh = `moi-${Date.now()}@example.vn`
		const fields = { name: 'Ai Đó', password: 'phù sa sông Hồng 2026', consentPrivacy: 'on' }
		const work = countWork()
		const taken = (await settle(signupAction(post('/signup', { ...fields, email: owner.email }, '10.30.0.2')))) as Response
		const takenWork = work()
		const created = (await settle(signupAction(post('/signup', { ...fields, email: fresh }, '10.30.0.2')))) as Response
		const createdWork = work()
		expect(createdWork).toEqual({ hashes: 1, codes: 1, emails: 1 })
		expect(takenWork).toEqual(createdWork)
		expect(taken.status).toBe(created.status)
		expect(withoutAddress(taken, owner.email)).toBe(withoutAddress(created, fresh))

		const notice = await prisma.emailOutbox.findFirstOrThrow({ where: { to: owner.email } })
		expect(notice.subject).toContain('đã có tài khoản')
		const code = notice.text.match(/mã: ([A-Z2-7]{10})/)?.[1]
		expect(code, notice.text).toBeTruthy()
		const reset = await settle(resetAction(post('/reset-password', { email: owner.email, code: code!, password: 'đầm Vân Long mùa chim về' }, '10.30.0.2')))
		expect(statusOf(reset)).toBe(302)
		expect((await signIn(owner.email, 'đầm Vân Long mùa chim về', '10.30.0.2')).status).toBe(302)
	})
	test('an e-mail change request does the same work for a taken and a free new address', async () => {
		const user = await createUser()
		const other = await createUser()
		const { cookie } = await sessionCookieFor(user.id)
		const request = (newEmail: string) => settle(securityAction(post('/account/security', { intent: 'change-email', currentPassword: testPassword, newEmail }, '10.30.0.3', cookie))) as Promise<Response>
		const work = countWork()
		const taken = await request(other.email)
		const takenWork = work()
		const free = `dia-chi-moi-${Date.now()}@example.vn`
		const fresh = await request(free)
		const freeWork = work()
		expect(freeWork).toEqual({ hashes: 0, codes: 1, emails: 1 })
		expect(takenWork).toEqual(freeWork)
		expect(withoutAddress(taken, other.email)).toBe(withoutAddress(fresh, free))
	})
})

describe('password policy on the forms', () => {
	test('sign-up refuses the province name with a year on the password field and keeps the other fields', async () => {
		const email = `chinh-sach-${Date.now()}@example.vn`
		const result = await settle(signupAction(post('/signup', { name: 'Trần Thị Mai', email, password: 'ninhbinh2026', consentPrivacy: 'on' }, '10.31.0.1')))
		expect(statusOf(result)).toBe(400)
		const reply = payloadOf<{ result: { error: Record<string, string[]>; initialValue: Record<string, string> } }>(result).result
		expect(reply.error.password).toEqual(['authHardening.password.similarToSite'])
		expect(reply.initialValue).toMatchObject({ name: 'Trần Thị Mai', email })
		expect(reply.initialValue.password).toBeUndefined()
		expect(await prisma.user.findUnique({ where: { email } })).toBeNull()
	})

	test('sign-up refuses a password made of the person’s own name or e-mail, and a repeated character', async () => {
		const email = `tran.thi.mai.${Date.now()}@example.vn`
		const attempt = async (password: string) => {
			const result = await settle(signupAction(post('/signup', { name: 'Trần Thị Mai', email, password, consentPrivacy: 'on' }, '10.31.0.2')))
			return payloadOf<{ result: { error: Record<string, string[]> } }>(result).result.error.password
		}
		expect(await attempt('TranThiMai@2026')).toEqual(['authHardening.password.similarToYou'])
		expect(await attempt(email)).toEqual(['authHardening.password.similarToYou'])
		expect(await attempt('aaaaaaaa')).toEqual(['authHardening.password.tooGuessable'])
	})

	test('a password change refuses a password like the person’s name on the new-password field', async () => {
		const user = await createUser({ name: 'Phạm Quốc Hưng' })
		const { cookie } = await sessionCookieFor(user.id)
		const result = await settle(securityAction(post('/account/security', { intent: 'change-password', currentPassword: testPassword, newPassword: 'phamquochung1990' }, '10.31.0.3', cookie)))
		expect(statusOf(result)).toBe(400)
		expect(payloadOf<{ result: { error: Record<string, string[]> } }>(result).result.error.newPassword).toEqual(['authHardening.password.similarToYou'])
	})

	test('a password reset refuses a guessable password and the code still works afterwards', async () => {
		const user = await createUser()
		const code = await verifications.createVerification({ type: 'PASSWORD_RESET', target: user.email, userId: user.id })
		const weak = await settle(resetAction(post('/reset-password', { email: user.email, code, password: 'poiuytrewq2' }, '10.31.0.4')))
		expect(statusOf(weak)).toBe(400)
		expect(payloadOf<{ result: { error: Record<string, string[]> } }>(weak).result.error.password).toEqual(['authHardening.password.tooGuessable'])
		expect(statusOf(await settle(resetAction(post('/reset-password', { email: user.email, code, password: 'hang Múa mây trắng bay' }, '10.31.0.4'))))).toBe(302)
	})
})

describe('other sessions end by default', () => {
	async function twoSessions() {
		const user = await createUser()
		const here = await sessionCookieFor(user.id)
		const elsewhere = await sessionCookieFor(user.id)
		return { user, here, elsewhere }
	}

	test('a password change with the box ticked ends the other sessions; unticked keeps them', async () => {
		const ticked = await twoSessions()
		const changed = await settle(securityAction(post('/account/security', { intent: 'change-password', currentPassword: testPassword, newPassword: 'cánh đồng Tam Cốc mùa gặt', signOutOthers: 'on' }, '10.32.0.1', ticked.here.cookie)))
		expect(statusOf(changed)).toBe(302)
		expect(await validateSessionToken(ticked.elsewhere.token)).toBeNull()
		expect(await validateSessionToken(ticked.here.token)).not.toBeNull()

		const unticked = await twoSessions()
		await settle(securityAction(post('/account/security', { intent: 'change-password', currentPassword: testPassword, newPassword: 'cánh đồng Tam Cốc mùa gặt' }, '10.32.0.1', unticked.here.cookie)))
		expect(await validateSessionToken(unticked.elsewhere.token)).not.toBeNull()
	})

	test('confirming a new e-mail address with the box ticked ends the other sessions; unticked keeps them', async () => {
		for (const signOutOthers of [true, false]) {
			const { user, here, elsewhere } = await twoSessions()
			const newEmail = `moi-dia-chi-${signOutOthers}-${Date.now()}@example.vn`
			const code = await verifications.createVerification({ type: 'EMAIL_CHANGE', target: newEmail, userId: user.id })
			const confirmed = await settle(confirmEmailAction(post('/account/confirm-email', { email: newEmail, code, ...(signOutOthers ? { signOutOthers: 'on' } : {}) }, '10.32.0.2', here.cookie)))
			expect(statusOf(confirmed)).toBe(302)
			expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(newEmail)
			expect(await validateSessionToken(here.token)).not.toBeNull()
			if (signOutOthers) expect(await validateSessionToken(elsewhere.token)).toBeNull()
			else expect(await validateSessionToken(elsewhere.token)).not.toBeNull()
		}
	})
})
