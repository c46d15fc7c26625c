import {
	isRouteErrorResponse,
	Links,
	Meta,
	Outlet,
	Scripts,
	ScrollRestoration,
	useRouteError,
	useRouteLoaderData,
	type MetaFunction,
} from '@remix-run/react'
import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node'
import { useEffect, useMemo } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { ErrorPage } from './components/error-page'
import { SiteFooter } from './components/site-footer'
import { SiteHeader } from './components/site-header'
import { getOptionalUser } from './modules/auth/guards.server'
import { countUnread } from './modules/notifications/notifications.server'
import { getProvince } from './modules/settings/province.server'
import { localeBundleUrl } from './utils/locale-assets.server'
import stylesheet from './styles/app.css?url'
import { createI18n, defaultLocale, getI18n, isLocale, localeFromCookieHeader, type Locale } from './utils/i18n'
import { useNonce } from './utils/nonce'

export const links: LinksFunction = () => [
	{ rel: 'stylesheet', href: stylesheet },
	{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export const meta: MetaFunction<typeof loader> = ({ data }) => [
	{ title: getI18n(isLocale(data?.locale) ? data.locale : defaultLocale).t('site.name') },
]

export async function loader({ request }: LoaderFunctionArgs) {
	const locale = localeFromCookieHeader(request.headers.get('Cookie'))
	const [province, user] = await Promise.all([getProvince(), getOptionalUser(request)])
	const unread = user ? await countUnread(user.id) : 0
	return {
		locale,
		localeBundle: localeBundleUrl(locale),
		province,
		user: user
			? {
					name: user.name,
					unread,
					emailVerified: user.emailVerified,
					canAdminister: ['read:user:any', 'verify:organization:any', 'moderate:listing:any'].some((p) => user.permissions.includes(p)),
				}
			: null,
	}
}

export type RootLoaderData = Awaited<ReturnType<typeof loader>>

export function useRootData() {
	return useRouteLoaderData<typeof loader>('root')
}

export function Layout({ children }: { children: React.ReactNode }) {
	const data = useRootData()
	const locale: Locale = data?.locale ?? defaultLocale
	const i18n = useMemo(() => createI18n(locale), [locale])
	const nonce = useNonce()
	useEffect(() => {
		// Marks the page interactive (used by the end-to-end tests before they click).
		document.documentElement.dataset.hydrated = 'true'
	}, [])
	return (
		<html lang={locale} className="h-full">
			<head>
				<meta charSet="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1" />
				<Meta />
				{data?.localeBundle ? <link rel="modulepreload" href={data.localeBundle} nonce={nonce} /> : null}
				<Links />
			</head>
			<body className="flex min-h-full flex-col bg-slate-50 text-slate-900 antialiased">
				<I18nextProvider i18n={i18n}>
					<SkipLink />
					<SiteHeader locale={locale} province={data?.province} user={data?.user ?? null} />
					<main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8" tabIndex={-1}>
						{children}
					</main>
					<SiteFooter province={data?.province} />
				</I18nextProvider>
				<ScrollRestoration nonce={nonce} />
				<Scripts nonce={nonce} />
			</body>
		</html>
	)
}

function SkipLink() {
	const { t } = useTranslation()
	return (
		<a
			href="#main"
			className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
		>
			{t('site.skipToContent')}
		</a>
	)
}

export default function App() {
	return <Outlet />
}

export function ErrorBoundary() {
	const error = useRouteError()
	const status = isRouteErrorResponse(error) ? error.status : 500
	return <ErrorPage status={status} />
}
