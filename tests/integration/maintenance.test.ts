import { expect, test } from 'vitest'
import { createSession } from '~/modules/auth/session.server'
import { createVerification } from '~/modules/auth/verification.server'
import { hitRateLimit } from '~/modules/security/rate-limit.server'
import { purgeExpiredSecurityRows } from '~/modules/security/maintenance.server'
import { prisma } from '~/utils/db.server'
import { createUser } from '../support/factories'

test('expired sessions, codes and rate-limit windows are purged; live ones stay', async () => {
	const user = await createUser()
	const longAgo = new Date(Date.now() - 90 * 24 * 60 * 60_000)
	const expired = await createSession(user.id, {}, longAgo)
	const live = await createSession(user.id)
	await createVerification({ type: 'PASSWORD_RESET', target: `old-${user.email}`, userId: user.id }, longAgo)
	await createVerification({ type: 'PASSWORD_RESET', target: user.email, userId: user.id })
	await hitRateLimit(`test:old:${user.id}`, { limit: 1, windowMs: 1000 }, longAgo)
	await hitRateLimit(`test:live:${user.id}`, { limit: 1, windowMs: 60_000 })

	await purgeExpiredSecurityRows()

	expect(await prisma.session.findUnique({ where: { id: expired.id } })).toBeNull()
	expect(await prisma.session.findUnique({ where: { id: live.id } })).not.toBeNull()
	expect(await prisma.verification.count({ where: { userId: user.id } })).toBe(1)
	expect(await prisma.rateLimit.findUnique({ where: { key: `test:old:${user.id}` } })).toBeNull()
	expect(await prisma.rateLimit.findUnique({ where: { key: `test:live:${user.id}` } })).not.toBeNull()
})
