import i18next, { type i18n } from 'i18next'

export const locales = ['vi', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'vi'
export const localeCookieName = 'lang'

type Bundle = { files: Record<string, Record<string, unknown>>; dictionary: Record<string, unknown> }

// One bundle per language (app/locales/<lang>/index.ts), each its own chunk: a page
// downloads the strings of its language only. The server holds both.
const bundleLoaders: Record<Locale, () => Promise<Bundle>> = {
	vi: () => import('../locales/vi/index'),
	en: () => import('../locales/en/index'),
}

const loaded = new Map<Locale, Bundle>()

export async function loadLocale(locale: Locale) {
	if (!loaded.has(locale)) loaded.set(locale, await bundleLoaders[locale]())
}

function pageLocale(): Locale {
	const lang = document.documentElement.lang
	return isLocale(lang) ? lang : defaultLocale
}

// Top-level await: nothing that translates runs before its strings are here. In the
// browser that is the page's language (<html lang>); on the server, in tests and in
// scripts, every language.
await Promise.all(typeof document === 'undefined' ? locales.map(loadLocale) : [loadLocale(pageLocale())])

function bundleOf(locale: Locale): Bundle {
	const bundle = loaded.get(locale) ?? loaded.get(defaultLocale) ?? [...loaded.values()][0]
	if (!bundle) throw new Error('No strings are loaded')
	return bundle
}

// The strings files of a language, by file (for the test that no two files share a key).
export function localeFiles(locale: Locale) {
	return bundleOf(locale).files
}

export function dictionaryOf(locale: Locale) {
	return bundleOf(locale).dictionary
}

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

export function createI18n(locale: Locale): i18n {
	const instance = i18next.createInstance()
	const resources = Object.fromEntries([...loaded].map(([language, bundle]) => [language, { common: bundle.dictionary }]))
	void instance.init({
		resources,
		lng: loaded.has(locale) ? locale : pageLocaleOrDefault(),
		fallbackLng: defaultLocale,
		defaultNS: 'common',
		ns: ['common'],
		initAsync: false,
		interpolation: { escapeValue: false },
		returnNull: false,
	})
	return instance
}

function pageLocaleOrDefault(): Locale {
	return typeof document === 'undefined' ? defaultLocale : pageLocale()
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
