import i18next, { type i18n } from 'i18next'
import en from '~/locales/en/common.json'
import vi from '~/locales/vi/common.json'

export const locales = ['vi', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'vi'
export const localeCookieName = 'lang'

export const resources = { vi: { common: vi }, en: { common: en } } as const

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

export function createI18n(locale: Locale): i18n {
	const instance = i18next.createInstance()
	void instance.init({
		resources,
		lng: locale,
		fallbackLng: defaultLocale,
		defaultNS: 'common',
		ns: ['common'],
		initAsync: false,
		interpolation: { escapeValue: false },
		returnNull: false,
	})
	return instance
}

const shared = new Map<Locale, i18n>()

// One instance per language for code outside React (meta titles, e-mails).
export function getI18n(locale: Locale): i18n {
	let instance = shared.get(locale)
	if (!instance) {
		instance = createI18n(locale)
		shared.set(locale, instance)
	}
	return instance
}

export function localeFromCookieHeader(cookieHeader: string | null): Locale {
	if (!cookieHeader) return defaultLocale
	for (const part of cookieHeader.split(';')) {
		const [name, ...rest] = part.trim().split('=')
		if (name === localeCookieName) {
			const value = decodeURIComponent(rest.join('='))
			if (isLocale(value)) return value
		}
	}
	return defaultLocale
}

export function localeCookie(locale: Locale, secure: boolean) {
	return [
		`${localeCookieName}=${locale}`,
		'Path=/',
		`Max-Age=${60 * 60 * 24 * 365}`,
		'SameSite=Lax',
		secure ? 'Secure' : '',
	]
		.filter(Boolean)
		.join('; ')
}
