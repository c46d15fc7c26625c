// Throttling of sign-in attempts (docs/decisions/0015-sign-in-throttling-and-account-enumeration.md).
// Only failures count, so people behind one address (an office, a mobile carrier) can
// all sign in, and an attacker's failures never block the owner's correct password
// from an address that has not been failing.
import { clearRateLimit, hitConsecutiveCounter, hitRateLimit, peekRateLimit, type RateLimitRule } from '~/modules/security/rate-limit.server'
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

const keys = {
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
	// resetAt is always the last failure plus pairForgetAfterMs.
	const lastFailureMs = row.resetAt.getTime() - loginThrottle.pairForgetAfterMs
	return { failures: row.count, retryAtMs: lastFailureMs + backoffDelayMs(row.count) }
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / SECOND))

// null when the attempt may go ahead; otherwise how long to wait.
export async function loginAttemptThrottled(account: string, ip: string, now = new Date()): Promise<{ retryAfterSeconds: number } | null> {
	const pair = await pairState(keys.pair(account, ip), now)
	if (pair.retryAtMs > now.getTime()) return { retryAfterSeconds: seconds(pair.retryAtMs - now.getTime()) }
	const perIp = await peekRateLimit(keys.ip(ip), loginThrottle.failuresPerIp, now)
	if (!perIp.allowed) return { retryAfterSeconds: perIp.retryAfterSeconds }
	if (pair.failures > 0) {
		const perAccount = await peekRateLimit(keys.account(account), loginThrottle.failuresPerAccount, now)
		if (!perAccount.allowed) return { retryAfterSeconds: perAccount.retryAfterSeconds }
	}
	return null
}

export async function recordLoginFailure(account: string, ip: string, now = new Date()) {
	await hitConsecutiveCounter(keys.pair(account, ip), loginThrottle.pairForgetAfterMs, now)
	await hitRateLimit(keys.ip(ip), loginThrottle.failuresPerIp, now)
	await hitRateLimit(keys.account(account), loginThrottle.failuresPerAccount, now)
}

// The right password from this address: its earlier failures no longer count against it.
export async function recordLoginSuccess(account: string, ip: string) {
	await clearRateLimit(keys.pair(account, ip))
}
