import { createHash, timingSafeEqual } from 'node:crypto'
import { getOptionalUser } from '~/modules/auth/guards.server'
import { hasRole } from '~/modules/auth/permissions'
import { getEnv } from '~/utils/env.server'

export const healthTokenHeader = 'X-Health-Token'

// The details of /healthz (versions, engines, outbox counts) are for signed-in
// administrators and for monitoring that presents HEALTH_TOKEN; everyone else learns up or down.
export async function mayReadHealthDetails(request: Request) {
	const token = getEnv().HEALTH_TOKEN
	const presented = request.headers.get(healthTokenHeader)
	if (token && presented !== null && sameSecret(presented, token)) return true
	return hasRole(await getOptionalUser(request), 'admin')
}

// Compared as digests of equal length, so the time taken says nothing about the token.
function sameSecret(presented: string, expected: string) {
	const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest()
	return timingSafeEqual(digest(presented), digest(expected))
}
