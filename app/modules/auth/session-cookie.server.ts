import { getEnv } from '~/utils/env.server'

// __Host- binds the cookie to this exact host over HTTPS (no Domain, Path=/, Secure).
export function sessionCookieName() {
	return getEnv().NODE_ENV === 'production' ? '__Host-session' : 'session'
}

function isSecure(request: Request) {
	return getEnv().NODE_ENV === 'production' || new URL(request.url).protocol === 'https:'
}

export function readSessionToken(request: Request): string | null {
	const header = request.headers.get('Cookie')
	if (!header) return null
	const name = sessionCookieName()
	for (const part of header.split(';')) {
		const index = part.indexOf('=')
		if (index === -1) continue
		if (part.slice(0, index).trim() === name) {
			const value = part.slice(index + 1).trim()
			return value.length > 0 && value.length <= 200 ? value : null
		}
	}
	return null
}

export function sessionCookie(request: Request, token: string, expiresAt: Date) {
	return [
		`${sessionCookieName()}=${token}`,
		'HttpOnly',
		isSecure(request) ? 'Secure' : '',
		'SameSite=Lax',
		'Path=/',
		`Expires=${expiresAt.toUTCString()}`,
	]
		.filter(Boolean)
		.join('; ')
}

export function clearSessionCookie(request: Request) {
	return [`${sessionCookieName()}=`, 'HttpOnly', isSecure(request) ? 'Secure' : '', 'SameSite=Lax', 'Path=/', 'Max-Age=0']
		.filter(Boolean)
		.join('; ')
}
