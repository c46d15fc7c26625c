import { deleteExpiredSessions } from '~/modules/auth/session.server'
import { prisma } from '~/utils/db.server'
import { purgeExpiredRateLimits } from './rate-limit.server'

// Removes what has expired: sessions, rate-limit windows, used or stale codes.
// Idempotent deletes, so several app nodes may run it at the same time.
export async function purgeExpiredSecurityRows(now = new Date()) {
	const dayAgo = new Date(now.getTime() - 24 * 60 * 60_000)
	const [sessions, , verifications] = await Promise.all([
		deleteExpiredSessions(now),
		purgeExpiredRateLimits(now),
		prisma.verification.deleteMany({ where: { OR: [{ expiresAt: { lte: now } }, { usedAt: { lte: dayAgo } }] } }),
	])
	return { sessions, verifications: verifications.count }
}
