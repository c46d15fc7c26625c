import { Prisma } from '~/generated/prisma/client'
import { prisma } from '~/utils/db.server'
import { noteRetryAfter } from './request-scope.server'

// Fixed-window counters in Postgres, so every app node shares them.
export type RateLimitRule = { limit: number; windowMs: number }

export const rateLimits = {
	signupPerIp: { limit: 5, windowMs: 60 * 60_000 },
	signupPerAccount: { limit: 3, windowMs: 60 * 60_000 },
	// Re-entering the current password (change password/e-mail, delete account).
	reauthPerAccount: { limit: 10, windowMs: 15 * 60_000 },
	resetPerIp: { limit: 5, windowMs: 15 * 60_000 },
	resetPerAccount: { limit: 3, windowMs: 15 * 60_000 },
	verifyPerIp: { limit: 20, windowMs: 15 * 60_000 },
	verifyPerAccount: { limit: 8, windowMs: 15 * 60_000 },
	// Invitation e-mails go to any address: few a day until a moderator verified the organisation.
	invitationsPerUnverifiedOrganization: { limit: 5, windowMs: 24 * 60 * 60_000 },
	invitationsPerVerifiedOrganization: { limit: 50, windowMs: 24 * 60 * 60_000 },
	// One person cannot multiply the quota by founding organisations.
	invitationsPerInviter: { limit: 20, windowMs: 24 * 60 * 60_000 },
} satisfies Record<string, RateLimitRule>

export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number }

// Counts one event in the key's fixed window (a new window once the last one is over), in
// one statement. With onlyBelowLimit, a counter already at its limit is left as it is and
// nothing is returned.
async function countInWindow(key: string, rule: RateLimitRule, now: Date, { onlyBelowLimit = false } = {}) {
	const resetAt = new Date(now.getTime() + rule.windowMs)
	const belowLimit = onlyBelowLimit ? Prisma.sql`WHERE "RateLimit"."resetAt" <= ${now} OR "RateLimit"."count" < ${rule.limit}` : Prisma.empty
	const [row] = await prisma.$queryRaw<{ count: number; resetAt: Date }[]>`
		INSERT INTO "RateLimit" ("key", "count", "resetAt") VALUES (${key}, 1, ${resetAt})
		ON CONFLICT ("key") DO UPDATE SET
			"count" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN 1 ELSE "RateLimit"."count" + 1 END,
			"resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN ${resetAt} ELSE "RateLimit"."resetAt" END
		${belowLimit}
		RETURNING "count", "resetAt"`
	return row
}

export async function hitRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
	const row = await countInWindow(key, rule, now)
	const result = {
		allowed: row.count <= rule.limit,
		count: row.count,
		retryAfterSeconds: Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000)),
	}
	// Whatever the route answers with its 429, the edge adds this Retry-After (server/security.ts).
	if (!result.allowed) noteRetryAfter(result.retryAfterSeconds)
	return result
}

// Checks several keys (per IP, per account...) and reports the first one over its limit.
export async function checkRateLimits(checks: { key: string; rule: RateLimitRule }[], now = new Date()) {
	for (const check of checks) {
		const result = await hitRateLimit(check.key, check.rule, now)
		if (!result.allowed) return result
	}
	return null
}

export async function purgeExpiredRateLimits(now = new Date()) {
	await prisma.rateLimit.deleteMany({ where: { resetAt: { lte: now } } })
}

// Reads a counter without counting: for limits that count only some outcomes (failed
// sign-ins), checked before the attempt and hit after it.
export async function peekRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
	const row = await prisma.rateLimit.findUnique({ where: { key }, select: { count: true, resetAt: true } })
	const count = row && row.resetAt > now ? row.count : 0
	return {
		allowed: count < rule.limit,
		count,
		retryAfterSeconds: row && row.resetAt > now ? Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000)) : 0,
	}
}

export async function clearRateLimit(key: string) {
	await prisma.rateLimit.deleteMany({ where: { key } })
}

// A counter of consecutive events that is forgotten `forgetAfterMs` after the last one
// (each event moves resetAt on, unlike the fixed windows above). Returns the new count.
export async function hitConsecutiveCounter(key: string, forgetAfterMs: number, now = new Date()) {
	const resetAt = new Date(now.getTime() + forgetAfterMs)
	const [row] = await prisma.$queryRaw<{ count: number }[]>`
		INSERT INTO "RateLimit" ("key", "count", "resetAt") VALUES (${key}, 1, ${resetAt})
		ON CONFLICT ("key") DO UPDATE SET
			"count" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN 1 ELSE "RateLimit"."count" + 1 END,
			"resetAt" = ${resetAt}
		RETURNING "count"`
	return row.count
}

// Takes one unit of a fixed-window counter only while it is below the limit, in one
// statement, so simultaneous requests cannot all pass a check made before any of them is
// counted. Refused, nothing is taken. Give the unit back with releaseRateLimit when what it
// reserved turns out not to count (a correct password).
export async function reserveRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
	const row = await countInWindow(key, rule, now, { onlyBelowLimit: true })
	if (row) return { allowed: true, count: row.count, retryAfterSeconds: 0 }
	const current = await peekRateLimit(key, rule, now)
	const refused = { allowed: false, count: current.count, retryAfterSeconds: Math.max(1, current.retryAfterSeconds) }
	noteRetryAfter(refused.retryAfterSeconds)
	return refused
}

// Gives back one unit taken by reserveRateLimit (or hitRateLimit) in the current window.
export async function releaseRateLimit(key: string, now = new Date()) {
	await prisma.$executeRaw`
		UPDATE "RateLimit" SET "count" = "count" - 1
		WHERE "key" = ${key} AND "resetAt" > ${now} AND "count" > 0`
}
