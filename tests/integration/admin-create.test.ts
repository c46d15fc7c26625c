import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { verifyPassword } from '~/modules/auth/password.server'
import { prisma } from '~/utils/db.server'
import { validateSessionToken } from '~/modules/auth/session.server'
import { createUser, sessionCookieFor, testPassword } from '../support/factories'

const root = path.resolve(import.meta.dirname, '../..')

function run(...args: string[]) {
	return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/admin-create.ts', ...args], {
		cwd: root,
		env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
		encoding: 'utf8',
		timeout: 120_000,
	})
}

describe('npm run admin:create', () => {
	test('creates a verified administrator with a one-time password that signs in; run again it changes nothing', async () => {
		const email = `quan-tri-${randomUUID().slice(0, 8)}@so.example.vn`
		const first = run(email.toUpperCase(), '--name', 'Nguyễn Văn Quản Trị')
		expect(first.status, first.stderr).toBe(0)
		const password = first.stdout.match(/^\s{4}(\S{20})$/m)?.[1]
		expect(password, first.stdout).toBeTruthy()
		const user = await prisma.user.findUniqueOrThrow({
			where: { email },
			select: { name: true, emailVerifiedAt: true, password: { select: { hash: true } }, roles: { select: { role: { select: { name: true } } } } },
		})
		expect(user.name).toBe('Nguyễn Văn Quản Trị')
		expect(user.emailVerifiedAt).not.toBeNull()
		expect(user.roles.map((r) => r.role.name).sort()).toEqual(['admin', 'member'])
		expect(await verifyPassword(user.password!.hash, password!)).toBe(true)

		const again = run(email)
		expect(again.status).toBe(0)
		expect(again.stdout).toContain('already an administrator')
	}, 180_000)

	test('an existing member is made an administrator and keeps the password; a bad address is refused', async () => {
		const member = await createUser()
		const before = await prisma.password.findUniqueOrThrow({ where: { userId: member.id } })
		const granted = run(member.email)
		expect(granted.status, granted.stderr).toBe(0)
		expect(granted.stdout).toContain('now an administrator')
		expect(await prisma.userRole.count({ where: { userId: member.id, role: { name: 'admin' } } })).toBe(1)
		expect((await prisma.password.findUniqueOrThrow({ where: { userId: member.id } })).hash).toBe(before.hash)
		expect(await prisma.auditLog.count({ where: { action: 'user.role.granted', entityId: member.id } })).toBe(1)

		const bad = run('not-an-address')
		expect(bad.status).toBe(1)
		expect(bad.stderr).toContain('not an e-mail address')
		expect(run().status).toBe(64)
	}, 180_000)

	test('an existing account whose address was never verified gets a new one-time password and loses its sessions', async () => {
		// Registered by someone who does not own the address, with a password they know.
		const squatted = await createUser({ verified: false })
		const { token } = await sessionCookieFor(squatted.id)
		const result = run(squatted.email)
		expect(result.status, result.stderr).toBe(0)
		expect(result.stdout).toContain('never verified')
		const password = result.stdout.match(/^\s{4}(\S{20})$/m)?.[1]
		expect(password, result.stdout).toBeTruthy()
		const user = await prisma.user.findUniqueOrThrow({
			where: { id: squatted.id },
			select: { emailVerifiedAt: true, password: { select: { hash: true } }, roles: { select: { role: { select: { name: true } } } } },
		})
		expect(await verifyPassword(user.password!.hash, testPassword)).toBe(false)
		expect(await verifyPassword(user.password!.hash, password!)).toBe(true)
		expect(user.emailVerifiedAt).not.toBeNull()
		expect(user.roles.map((r) => r.role.name)).toContain('admin')
		expect(await validateSessionToken(token)).toBeNull()
		expect(await prisma.session.count({ where: { userId: squatted.id } })).toBe(0)
	}, 180_000)
})
