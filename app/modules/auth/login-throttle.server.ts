// Throttling of sign-in attempts (docs/decisions/0015-sign-in-throttling-and-account-enumeration.md).
// Only failures count, so people behind one address (an office, a mobile carrier) can
// all sign in, and an attacker's failures never block the owner's correct password
// from an address that has not been failing.
import { clearRateLimit, hitRateLimit, releaseRateLimit, reserveRateLimit, type RateLimitRule } from '~/modules/security/rate-limit.server'
import { accountRateLimitKey } from '~/modules/security/account-key.server'
import { rateLimitAddress } from '~/modules/security/client-address.server'
import { noteRetryAfter } from '~/modules/security/request-scope.server'
import { prisma } from '~/utils/db.server'

const SECOND = 1000
const MINUTE = 60 * SECOND

export const loginThrottle = {
	// Failures from one address for one account: this many are free, then each further
	// attempt waits 1 s, 2 s, 4 s... after the last failure, at most `maxDelayMs`.
	freeFailuresPerPair: 5,
	maxDelayMs: 15 * MINUTE,
	// A pair's failures are forgotten this long after its last one (or at a successful sign-in).
	pairForgetAfterMs: 60 * MINUTE,
	// Failures from one address, whatever the account (password spraying).
	failuresPerIp: { limit: 50, windowMs: 15 * MINUTE } satisfies RateLimitRule,
	// Failures for one account, whatever the address (a distributed guess). Over it, only
	// addresses that have not failed for this account may still try.
	failuresPerAccount: { limit: 10, windowMs: 15 * MINUTE } satisfies RateLimitRule,
}

// `account` is accountRateLimitKey(e-mail), never the address itself.
export const loginThrottleKeys = {
	pair: (account: string, ip: string) => `login:pair:${account}|${ip}`,
	ip: (ip: string) => `login:ip-failures:${ip}`,
	account: (account: string) => `login:account-failures:${account}`,
}

export function backoffDelayMs(failures: number) {
	const over = failures - loginThrottle.freeFailuresPerPair
	if (over < 0) return 0
	return Math.min(loginThrottle.maxDelayMs, SECOND * 2 ** over)
}

async function pairState(key: string, now: Date) {
	const row = await prisma.rateLimit.findUnique({ where: { key }, select: { count: true, resetAt: true } })
	if (!row || row.resetAt <= now) return { failures: 0, retryAtMs: 0 }
	// resetAt is always the last failure (or reserved attempt) plus pairForgetAfterMs.
	const lastFailureMs = row.resetAt.getTime() - loginThrottle.pairForgetAfterMs
	return { failures: row.count, retryAtMs: lastFailureMs + backoffDelayMs(row.count) }
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / SECOND))

// Takes the pair's next attempt in one statement, only when its back-off has passed (the
// same rule as backoffDelayMs, in SQL), so attempts sent at the same moment cannot all pass.
// Returns the pair's count including this attempt, or null when refused.
async function reservePairAttempt(key: string, now: Date): Promise<number | null> {
	const forgetMs = loginThrottle.pairForgetAfterMs
	const resetAt = new Date(now.getTime() + forgetMs)
	const [row] = await prisma.$queryRaw<{ count: number }[]>`
		INSERT INTO "RateLimit" ("key", "count", "resetAt") VALUES (${key}, 1, ${resetAt})
		ON CONFLICT ("key") DO UPDATE SET
			"count" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN 1 ELSE "RateLimit"."count" + 1 END,
			"resetAt" = ${resetAt}
		WHERE "RateLimit"."resetAt" <= ${now}
			OR "RateLimit"."count" < ${loginThrottle.freeFailuresPerPair}::int
			OR "RateLimit"."resetAt" + make_interval(secs => (LEAST(${loginThrottle.maxDelayMs}::float8,
				${SECOND}::float8 * power(2::float8, LEAST("RateLimit"."count" - ${loginThrottle.freeFailuresPerPair}::int, 40))) - ${forgetMs}::float8) / 1000.0) <= ${now}
		RETURNING "count"`
	return row ? row.count : null
}

export type LoginReservation = { account: string; ip: string }

// Reserves a sign-in attempt BEFORE the password is checked: the attempt counts as a
// failure of the pair, the address and the account until it turns out right
// (releaseLoginAttempt). Each counter is taken atomically below its limit, so a burst of
// simultaneous guesses gets no more checks than the same guesses sent one by one.
// A reservation, or how long to wait.
export async function reserveLoginAttempt(
	account: string,
	ip: string,
	now = new Date(),
): Promise<{ reservation: LoginReservation } | { retryAfterSeconds: number }> {
	// One IPv6 /64 is one address (a subscriber has them all); the account by a keyed hash.
	ip = rateLimitAddress(ip)
	account = accountRateLimitKey(account)
	const perIp = await reserveRateLimit(loginThrottleKeys.ip(ip), loginThrottle.failuresPerIp, now)
	if (!perIp.allowed) return { retryAfterSeconds: perIp.retryAfterSeconds }
	const pairCount = await reservePairAttempt(loginThrottleKeys.pair(account, ip), now)
	if (pairCount === null) {
		await releaseRateLimit(loginThrottleKeys.ip(ip), now)
		const pair = await pairState(loginThrottleKeys.pair(account, ip), now)
		const retryAfterSeconds = seconds(pair.retryAtMs - now.getTime())
		noteRetryAfter(retryAfterSeconds)
		return { retryAfterSeconds }
	}
	// The account's limit holds back only addresses that have already failed for it: the
	// owner from a clean address is checked normally.
	const perAccount = await hitRateLimit(loginThrottleKeys.account(account), loginThrottle.failuresPerAccount, now)
	if (!perAccount.allowed && pairCount > 1) {
		await Promise.all([releaseRateLimit(loginThrottleKeys.account(account), now), releaseRateLimit(loginThrottleKeys.ip(ip), now), releaseRateLimit(loginThrottleKeys.pair(account, ip), now)])
		return { retryAfterSeconds: perAccount.retryAfterSeconds }
	}
	return { reservation: { account, ip } }
}

// The password was wrong: the reservation stays as the failure; the pair's back-off
// counts from now, when the failure is known.
export async function recordLoginFailure(reservation: LoginReservation, now = new Date()) {
	await prisma.rateLimit.updateMany({
		where: { key: loginThrottleKeys.pair(reservation.account, reservation.ip), resetAt: { gt: now } },
		data: { resetAt: new Date(now.getTime() + loginThrottle.pairForgetAfterMs) },
	})
}

// The right password from this address: the attempt is given back to the address and the
// account, and the pair's earlier failures no longer count against it.
export async function recordLoginSuccess(reservation: LoginReservation, now = new Date()) {
	await releaseRateLimit(loginThrottleKeys.ip(reservation.ip), now)
	await releaseRateLimit(loginThrottleKeys.account(reservation.account), now)
	await clearRateLimit(loginThrottleKeys.pair(reservation.account, reservation.ip))
}
