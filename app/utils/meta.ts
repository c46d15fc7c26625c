import type { MetaFunction } from '@remix-run/node'
import { getI18n, isLocale, defaultLocale } from './i18n'

type Matches = Parameters<MetaFunction>[0]['matches']

function localeOf(matches: Matches) {
	const root = matches.find((match) => match.id === 'root')?.data as { locale?: unknown } | undefined
	return isLocale(root?.locale) ? root.locale : defaultLocale
}

// "<page> · <site>" in the visitor's language.
export function pageTitle(matches: Matches, text: string) {
	return `${text} · ${getI18n(localeOf(matches)).t('site.shortName')}`
}

export function translate(matches: Matches, key: string) {
	return getI18n(localeOf(matches)).t(key)
}

export function titleMeta(key: string): MetaFunction {
	return ({ matches }) => [{ title: pageTitle(matches, translate(matches, key)) }]
}
