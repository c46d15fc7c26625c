import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { suspendUser } from '~/modules/admin/users.server'
import { createSession, sessionPolicy, validateSessionToken } from '~/modules/auth/session.server'
import { prisma } from '~/utils/db.server'
import { createUser } from '../support/factories'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const start = new Date('2026-11-27T08:00:00Z')
const at = (ms: number) => new Date(start.getTime() + ms)

describe('sessions (mocked clock)', () => {
	test('the token is id.secret with at least 128 random bits each, and only a hash is stored', async () => {
		const user = await createUser()
		const { token, id } = await createSession(user.id, {}, start)
		const [tokenId, secret] = token.split('.')
		expect(tokenId).toBe(id)
		expect(secret.length * 5).toBeGreaterThanOrEqual(128) // base32: 5 bits per character
		const row = await prisma.session.findUniqueOrThrow({ where: { id } })
		expect(Buffer.from(row.secretHash).equals(createHash('sha256').update(secret).digest())).toBe(true)
		expect(JSON.stringify({ ...row, secretHash: Buffer.from(row.secretHash).toString('hex') })).not.toContain(secret)
	})

	test('a wrong secret or a malformed token is refused', async () => {
		const user = await createUser()
		const { token } = await createSession(user.id, {}, start)
		const [id, secret] = token.split('.')
		// Another last character (a fixed "a" left the secret unchanged when it already ended in "a").
		const wrongSecret = `${secret.slice(0, -1)}${secret.endsWith('a') ? 'b' : 'a'}`
		expect(await validateSessionToken(`${id}.${wrongSecret}`, at(MINUTE))).toBeNull()
		expect(await validateSessionToken(id, at(MINUTE))).toBeNull()
		expect(await validateSessionToken(`${token}.extra`, at(MINUTE))).toBeNull()
		expect(await validateSessionToken(token, at(MINUTE))).not.toBeNull()
	})

	test('activity slides the inactivity window, written at most every few minutes', async () => {
		const user = await createUser()
		const { token, id } = await createSession(user.id, {}, start)
		await validateSessionToken(token, at(MINUTE))
		expect((await prisma.session.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(start)
		const later = at(6 * DAY)
		expect(await validateSessionToken(token, later)).not.toBeNull()
		expect((await prisma.session.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(later)
		// 6 + 6 days: inactive for only 6 days, still valid thanks to the renewal.
		expect(await validateSessionToken(token, at(12 * DAY))).not.toBeNull()
	})

	test('inactivity ends the session and deletes it', async () => {
		const user = await createUser()
		const { token, id } = await createSession(user.id, {}, start)
		expect(await validateSessionToken(token, at(sessionPolicy.member.inactivity + MINUTE))).toBeNull()
		expect(await prisma.session.findUnique({ where: { id } })).toBeNull()
	})

	test('the absolute lifetime ends even an active session', async () => {
		const user = await createUser()
		const { token } = await createSession(user.id, {}, start)
		for (let day = 5; day < 30; day += 5) expect(await validateSessionToken(token, at(day * DAY))).not.toBeNull()
		expect(await validateSessionToken(token, at(sessionPolicy.member.absolute))).toBeNull()
	})

	test('administrators and reviewers get shorter sessions', async () => {
		for (const role of ['admin', 'reviewer']) {
			const user = await createUser({ roles: [role] })
			const { token, expiresAt } = await createSession(user.id, {}, start)
			expect(expiresAt.getTime() - start.getTime()).toBe(sessionPolicy.privileged.absolute)
			expect(await validateSessionToken(token, at(sessionPolicy.privileged.inactivity + MINUTE))).toBeNull()
		}
	})

	test('suspension ends every session of the user at once', async () => {
		const [user, admin] = await Promise.all([createUser(), createUser({ roles: ['admin'] })])
		const first = await createSession(user.id)
		const second = await createSession(user.id)
		const request = new Request('http://localhost/admin')
		await suspendUser({ actorId: admin.id, userId: user.id, reason: 'Vi phạm điều khoản' }, { request })
		expect(await validateSessionToken(first.token)).toBeNull()
		expect(await validateSessionToken(second.token)).toBeNull()
		expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0)
		const log = await prisma.auditLog.findFirst({ where: { action: 'user.suspended', entityId: user.id } })
		expect(log?.actorId).toBe(admin.id)
	})
})
