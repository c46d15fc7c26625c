import { createHmac } from 'node:crypto'
import { getEnv } from '~/utils/env.server'

// The name under which an e-mail address is rate-limited (sign-in, sign-up, reset,
// verify): a keyed hash, so the RateLimit table never holds an address, also not one of an
// account deleted since (ADR 0016). Keyed with RATE_LIMIT_SECRET, or else a key derived from
// DATABASE_URL (every node has it, someone holding only a copy of the table does not): an
// unkeyed hash of an address can be confirmed by hashing guesses.
export function accountRateLimitKey(email: string) {
	const env = getEnv()
	const secret = env.RATE_LIMIT_SECRET ?? createHmac('sha256', 'san-cong-nghe rate-limit key').update(env.DATABASE_URL).digest()
	return createHmac('sha256', secret).update(email.trim().normalize('NFC').toLowerCase()).digest('base64url').slice(0, 32)
}
