import i18next, { type i18n } from 'i18next'
import enApplying from '~/locales/en/applying.json'
import en from '~/locales/en/common.json'
import enEvaluation from '~/locales/en/evaluation.json'
import enListingDetails from '~/locales/en/listing-details.json'
import enProgrammes from '~/locales/en/programmes.json'
import enReviewing from '~/locales/en/reviewing.json'
import viApplying from '~/locales/vi/applying.json'
import vi from '~/locales/vi/common.json'
import viEvaluation from '~/locales/vi/evaluation.json'
import viListingDetails from '~/locales/vi/listing-details.json'
import viProgrammes from '~/locales/vi/programmes.json'
import viReviewing from '~/locales/vi/reviewing.json'

export const locales = ['vi', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'vi'
export const localeCookieName = 'lang'

// One namespace per language, kept in one file per area of the site (ADR 0009). Each
// file owns its own top-level keys; a test checks that no two files share one.
export const localeFiles = {
	vi: { common: vi, programmes: viProgrammes, applying: viApplying, reviewing: viReviewing, evaluation: viEvaluation, listingDetails: viListingDetails },
	en: { common: en, programmes: enProgrammes, applying: enApplying, reviewing: enReviewing, evaluation: enEvaluation, listingDetails: enListingDetails },
} as const

export const resources = {
	vi: { common: { ...vi, ...viProgrammes, ...viApplying, ...viReviewing, ...viEvaluation, ...viListingDetails } },
	en: { common: { ...en, ...enProgrammes, ...enApplying, ...enReviewing, ...enEvaluation, ...enListingDetails } },
} as const
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
