import { afterEach, describe, expect, test, vi } from 'vitest'
import { action as loginAction } from '~/routes/auth/login'
import { prisma } from '~/utils/db.server'
import { createUser, testPassword } from '../support/factories'
import { formRequest, routeArgs, settle, statusOf } from '../support/routes'

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

	test('failures from one address across many accounts are limited per address', async () => {
		const ip = '10.23.0.1'
		const statuses = []
		for (let attempt = 0; attempt < 51; attempt++) statuses.push((await signIn(`nobody-${attempt}-${Date.now()}@example.vn`, 'wrong', ip)).status)
		expect(statuses.slice(0, 50).every((s) => s === 400)).toBe(true)
		expect(statuses[50]).toBe(429)
	})
})
