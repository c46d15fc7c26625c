import { data } from '@remix-run/node'
import { clientAddressKey } from '~/modules/security/client-address.server'
import { hitRateLimit, type RateLimitResult } from '~/modules/security/rate-limit.server'
import { getEnv } from '~/utils/env.server'

// Search is limited by what it costs, whichever route asks: every full-text query (the API,
// the search page and its as-you-type preview, a browse page with `q`, and their `.data`)
// draws on one budget per client address. Browsing without a query (filters, facets, pages)
// is free: it is what any visitor or crawler reads, and Meilisearch answers it from filters
// alone (ADR 0014).
export function searchRule() {
	const env = getEnv()
	return { limit: env.SEARCH_RATE_LIMIT ?? env.SEARCH_API_RATE_LIMIT, windowMs: 60_000 }
}

// Charges one search to the client; the refusal when over budget, else null.
export async function chargeSearch(context: { clientIp?: string } | undefined, q: string): Promise<RateLimitResult | null> {
	if (!q.trim()) return null
	const rule = searchRule()
	if (rule.limit <= 0) return null
	const result = await hitRateLimit(`search:ip:${clientAddressKey(context)}`, rule)
	return result.allowed ? null : result
}

// For pages: over budget, a 429 that the error page explains (with Retry-After).
export async function requireSearchBudget(context: { clientIp?: string } | undefined, q: string) {
	const limited = await chargeSearch(context, q)
	if (limited) throw data({ rateLimited: true }, { status: 429, headers: { 'Retry-After': String(limited.retryAfterSeconds) } })
}
