import { Form, Link, NavLink, useLocation } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Province } from '~/modules/settings/province.server'
import { authHref, currentReturnPath } from '~/utils/redirect'
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

// One row on a phone (logo, search, menu button); on wider screens the account links, the
// "post a listing" call to action and the language switch join the row, and the
// navigation gets a row of its own. Everything is in the document in the order it is
// seen, so the tab order follows the visual order on every width. The phone menu is a
// <details> element: it opens without JavaScript; with it, it closes on navigation and
// on Escape.
export function SiteHeader({ locale, province, user }: { locale: Locale; province?: Province; user: HeaderUser }) {
	const { t } = useTranslation()
	const location = useLocation()
	const here = `${location.pathname}${location.search}`
	const returnTo = currentReturnPath(location.pathname, location.search)
	const otherLocale: Locale = locale === 'vi' ? 'en' : 'vi'

	const localeSwitch = (
		<Form method="post" action="/locale" reloadDocument className="text-sm">
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
	)
	const postListing = (className: string, testId: string) => (
		<Link to="/listings/new" className={className} data-testid={testId}>
			{t('journeys.postListing')}
		</Link>
	)

	return (
		<header className="relative border-b border-slate-200 bg-white">
			<div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2 md:gap-x-6 md:py-3">
				<Link to="/" className="flex shrink-0 items-center gap-2 font-semibold text-sky-800">
					<img src="/favicon.svg" alt="" width={32} height={32} />
					<span className="sr-only md:not-sr-only">
						{t('site.shortName')}
						{province ? (
							<span className="block text-xs font-normal text-slate-500">
								{locale === 'vi' ? province.nameVi : province.nameEn}
							</span>
						) : null}
					</span>
				</Link>
				{/* The search box places itself for the old layout; this wrapper gives it its place in this one. */}
				<div className="min-w-0 flex-1" data-testid="header-search">
					<SearchBox />
				</div>
				<div className="hidden items-center gap-4 text-sm md:flex">
					{postListing('rounded-md bg-amber-500 px-3 py-1.5 font-semibold text-slate-900 hover:bg-amber-400', 'post-listing-link')}
					<AccountLinks user={user} returnTo={returnTo} testIds />
					{localeSwitch}
				</div>
				<PhoneMenu label={t('journeys.header.menu')} unread={user?.unread ?? 0}>
					{postListing('block rounded-md bg-amber-500 px-3 py-2 text-center font-semibold text-slate-900 hover:bg-amber-400', 'menu-post-listing-link')}
					<PrimaryNav listClassName="flex flex-col gap-1" itemClassName="block rounded px-2 py-2 hover:bg-slate-100" />
					<div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-slate-200 pt-3">
						<AccountLinks user={user} returnTo={returnTo} />
					</div>
					<div className="border-t border-slate-200 pt-3">{localeSwitch}</div>
				</PhoneMenu>
				<PrimaryNav className="hidden w-full md:block" listClassName="flex flex-wrap items-center gap-x-4 gap-y-1" />
			</div>
		</header>
	)
}

function PrimaryNav({ className, listClassName, itemClassName = '' }: { className?: string; listClassName: string; itemClassName?: string }) {
	const { t } = useTranslation()
	return (
		<nav aria-label={t('nav.primary')} className={className}>
			<ul className={`${listClassName} text-sm`}>
				{navItems.map((item) => (
					<li key={item.to}>
						<NavLink
							to={item.to}
							className={({ isActive }) => `${itemClassName} ${isActive ? 'font-semibold text-sky-800' : 'text-slate-700 hover:text-sky-800'}`}
						>
							{t(item.key)}
						</NavLink>
					</li>
				))}
			</ul>
		</nav>
	)
}

// Test ids only on the desktop copy, so that a test id names one element on the page.
function AccountLinks({ user, returnTo, testIds = false }: { user: HeaderUser; returnTo: string; testIds?: boolean }) {
	const { t } = useTranslation()
	const testId = (id: string) => (testIds ? id : undefined)
	if (!user) {
		return (
			<>
				<Link to={authHref('/login', returnTo)} className="text-slate-700 hover:text-sky-800">{t('nav.signIn')}</Link>
				<Link to={authHref('/signup', returnTo)} className="rounded-md bg-sky-700 px-3 py-1.5 font-medium text-white hover:bg-sky-800">{t('nav.signUp')}</Link>
			</>
		)
	}
	return (
		<>
			{user.canAdminister ? (
				<Link to="/admin" className="text-slate-700 hover:text-sky-800">{t('nav.admin')}</Link>
			) : null}
			<Link to="/account/notifications" className="relative text-slate-700 hover:text-sky-800" data-testid={testId('notifications-link')}>
				{t('nav.notifications')}
				{user.unread > 0 ? (
					<span className="ml-1 rounded-full bg-red-600 px-1.5 py-0.5 text-xs font-semibold text-white" aria-label={t('nav.unread', { count: user.unread })}>
						{user.unread}
					</span>
				) : null}
			</Link>
			<Link to="/account" className="font-medium text-slate-800 hover:text-sky-800" data-testid={testId('account-link')}>
				{user.name}
			</Link>
			<Form method="post" action="/logout">
				<button type="submit" className="text-slate-700 underline hover:text-sky-800">{t('nav.signOut')}</button>
			</Form>
		</>
	)
}

function PhoneMenu({ label, unread, children }: { label: string; unread: number; children: React.ReactNode }) {
	const { t } = useTranslation()
	const location = useLocation()
	const details = useRef<HTMLDetailsElement>(null)
	const summary = useRef<HTMLElement>(null)
	// null until hydrated: without JavaScript the <summary> tells its own state.
	const [open, setOpen] = useState<boolean | null>(null)
	useEffect(() => {
		setOpen(details.current?.open ?? false)
	}, [])
	// A followed link (or a submitted form) closes the menu.
	useEffect(() => {
		if (details.current?.open) details.current.open = false
	}, [location.key])
	// While open: Escape closes it (the focus goes back to its button if it was inside),
	// and so does a click elsewhere on the page.
	useEffect(() => {
		if (!open) return
		const onKeyDown = (event: KeyboardEvent) => {
			if (event.key !== 'Escape' || !details.current?.open) return
			const inside = details.current.contains(document.activeElement)
			details.current.open = false
			if (inside) summary.current?.focus()
		}
		const onPointerDown = (event: PointerEvent) => {
			if (details.current?.open && !details.current.contains(event.target as Node)) details.current.open = false
		}
		document.addEventListener('keydown', onKeyDown)
		document.addEventListener('pointerdown', onPointerDown)
		return () => {
			document.removeEventListener('keydown', onKeyDown)
			document.removeEventListener('pointerdown', onPointerDown)
		}
	}, [open])
	return (
		<details ref={details} className="md:hidden" onToggle={(event) => setOpen(event.currentTarget.open)}>
			<summary
				ref={summary}
				aria-expanded={open ?? undefined}
				aria-controls="site-menu"
				className="flex cursor-pointer list-none items-center gap-1.5 rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 [&::-webkit-details-marker]:hidden"
			>
				<svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18" fill="currentColor">
					<path d="M3 5h14v2H3zM3 9h14v2H3zM3 13h14v2H3z" />
				</svg>
				<span>{label}</span>
				{unread > 0 ? (
					<span className="rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white" aria-label={t('nav.unread', { count: unread })}>
						{unread}
					</span>
				) : null}
			</summary>
			<div id="site-menu" className="absolute inset-x-0 top-full z-30 max-h-[80vh] space-y-3 overflow-auto border-b border-slate-200 bg-white px-4 py-3 text-sm shadow-lg">
				{children}
			</div>
		</details>
	)
}
