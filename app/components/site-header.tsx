import { Form, Link, NavLink, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { Province } from '~/modules/settings/province.server'
import { SearchBox } from './search-box'
import type { Locale } from '~/utils/i18n'

const navItems = [
	{ to: '/cong-nghe', key: 'nav.technologies' },
	{ to: '/sang-che', key: 'nav.patents' },
	{ to: '/nhu-cau', key: 'nav.requests' },
	{ to: '/chuyen-gia', key: 'nav.experts' },
	{ to: '/vuon-uom', key: 'nav.incubators' },
	{ to: '/khoi-nghiep', key: 'nav.startups' },
	{ to: '/chuong-trinh', key: 'nav.programmes' },
]

type HeaderUser = { name: string; emailVerified: boolean; canAdminister: boolean; unread: number } | null

export function SiteHeader({ locale, province, user }: { locale: Locale; province?: Province; user: HeaderUser }) {
	const { t } = useTranslation()
	const location = useLocation()
	const here = `${location.pathname}${location.search}`
	const otherLocale: Locale = locale === 'vi' ? 'en' : 'vi'
	return (
		<header className="border-b border-slate-200 bg-white">
			<div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
				<Link to="/" className="flex items-center gap-2 font-semibold text-sky-800">
					<img src="/favicon.svg" alt="" width={32} height={32} />
					<span>
						{t('site.shortName')}
						{province ? (
							<span className="block text-xs font-normal text-slate-500">
								{locale === 'vi' ? province.nameVi : province.nameEn}
							</span>
						) : null}
					</span>
				</Link>
				<SearchBox />
				<nav aria-label={t('nav.primary')} className="order-last w-full">
					<ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
						{navItems.map((item) => (
							<li key={item.to}>
								<NavLink
									to={item.to}
									className={({ isActive }) => (isActive ? 'font-semibold text-sky-800' : 'text-slate-700 hover:text-sky-800')}
								>
									{t(item.key)}
								</NavLink>
							</li>
						))}
					</ul>
				</nav>
				<div className="flex items-center gap-3 text-sm">
					{user ? (
						<>
							{user.canAdminister ? (
								<Link to="/admin" className="text-slate-700 hover:text-sky-800">{t('nav.admin')}</Link>
							) : null}
							<Link to="/account/notifications" className="relative text-slate-700 hover:text-sky-800" data-testid="notifications-link">
								{t('nav.notifications')}
								{user.unread > 0 ? (
									<span className="ml-1 rounded-full bg-red-600 px-1.5 py-0.5 text-xs font-semibold text-white" aria-label={t('nav.unread', { count: user.unread })}>
										{user.unread}
									</span>
								) : null}
							</Link>
							<Link to="/account" className="font-medium text-slate-800 hover:text-sky-800" data-testid="account-link">
								{user.name}
							</Link>
							<Form method="post" action="/logout">
								<button type="submit" className="text-slate-700 underline hover:text-sky-800">{t('nav.signOut')}</button>
							</Form>
						</>
					) : (
						<>
							<Link to="/login" className="text-slate-700 hover:text-sky-800">{t('nav.signIn')}</Link>
							<Link to="/signup" className="rounded-md bg-sky-700 px-3 py-1.5 font-medium text-white hover:bg-sky-800">{t('nav.signUp')}</Link>
						</>
					)}
				</div>
				<Form method="post" action="/locale" className="text-sm" reloadDocument>
					<input type="hidden" name="locale" value={otherLocale} />
					<input type="hidden" name="redirectTo" value={here} />
					<button
						type="submit"
						lang={otherLocale}
						aria-label={t('language.switchLabel')}
						className="rounded-md border border-slate-300 px-2 py-1 text-slate-700 hover:bg-slate-100"
					>
						{t('language.switchTo')}
					</button>
				</Form>
			</div>
		</header>
	)
}
