import { type LoaderFunctionArgs } from '@remix-run/node'
import { NavLink, Outlet } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '~/modules/auth/guards.server'

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUser(request)
	return null
}

const sections = [
	{ to: '/account', key: 'account.nav.profile', end: true },
	{ to: '/account/organizations', key: 'account.nav.organizations', end: false },
	{ to: '/account/listings', key: 'account.nav.listings', end: false },
	{ to: '/account/notifications', key: 'account.nav.notifications', end: false },
	{ to: '/account/security', key: 'account.nav.security', end: false },
	{ to: '/account/sessions', key: 'account.nav.sessions', end: false },
	{ to: '/account/privacy', key: 'account.nav.privacy', end: false },
] as const

export default function AccountLayout() {
	const { t } = useTranslation()
	return (
		<div className="grid gap-8 md:grid-cols-[14rem_1fr]">
			<nav aria-label={t('account.nav.label')}>
				<ul className="flex flex-wrap gap-2 md:flex-col">
					{sections.map((section) => (
						<li key={section.to}>
							<NavLink
								to={section.to}
								end={section.end}
								className={({ isActive }) =>
									`block rounded-md px-3 py-2 text-sm ${isActive ? 'bg-sky-100 font-semibold text-sky-900' : 'text-slate-700 hover:bg-slate-100'}`
								}
							>
								{t(section.key)}
							</NavLink>
						</li>
					))}
				</ul>
			</nav>
			<div className="min-w-0">
				<Outlet />
			</div>
		</div>
	)
}
