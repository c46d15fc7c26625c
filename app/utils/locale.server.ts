import { getEnv } from './env.server'
import { localeFromCookieHeader, type Locale } from './i18n'

export function requestLocale(request: Request): Locale {
	return localeFromCookieHeader(request.headers.get('Cookie'))
}

// The site's public origin for links in e-mails: APP_URL when set, else the request's.
export function siteOrigin(request: Request) {
	return getEnv().APP_URL?.replace(/\/$/, '') ?? new URL(request.url).origin
}
