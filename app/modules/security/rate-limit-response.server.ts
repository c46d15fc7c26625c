import type { SubmissionResult } from '@conform-to/react'
import { data } from '@remix-run/node'
import { checkRateLimits, type RateLimitRule } from './rate-limit.server'

type Replyable = { reply: (options?: { formErrors?: string[]; hideFields?: string[] }) => SubmissionResult<string[]> }

// Over the limit: 429 with a translated form error, keeping what the user typed.
export async function rateLimitedReply(submission: Replyable, checks: { key: string; rule: RateLimitRule }[]) {
	const limited = await checkRateLimits(checks)
	if (!limited) return null
	return data(
		{ result: submission.reply({ formErrors: ['errors.rateLimited'], hideFields: ['password', 'currentPassword', 'newPassword'] }) },
		{ status: 429, headers: { 'Retry-After': String(limited.retryAfterSeconds) } },
	)
}
