import { getEnv } from './env.server'
import { localeFromCookieHeader, type Locale } from './i18n'

export function requestLocale(request: Request): Locale {
	return localeFromCookieHeader(request.headers.get('Cookie'))
}

// The site's public origin for links in e-mails and canonical URLs. APP_URL is
// required in production; only development and tests fall back to the request.
export function siteOrigin(request: Request) {
	const env = getEnv()
	if (env.APP_URL) return env.APP_URL.replace(/\/$/, '')
	if (env.NODE_ENV === 'production') throw new Error('APP_URL is not set')
	return new URL(request.url).origin
}
