import { type LoaderFunctionArgs } from '@remix-run/node'
import { NavLink, Outlet, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '~/modules/auth/guards.server'
import { hasRole } from '~/modules/auth/permissions'
import { mayRunProgrammes } from '~/modules/programmes/officers.server'

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	return { reviewer: hasRole(user, 'reviewer'), officer: mayRunProgrammes(user) }
}

const sections = [
	{ to: '/account', key: 'account.nav.profile', end: true },
	{ to: '/account/organizations', key: 'account.nav.organizations', end: false },
	{ to: '/account/listings', key: 'account.nav.listings', end: false },
	{ to: '/account/applications', key: 'account.nav.applications', end: false },
	{ to: '/account/reviews', key: 'account.nav.reviews', end: false, only: 'reviewer' },
	{ to: '/programmes/manage', key: 'account.nav.programmes', end: false, only: 'officer' },
	{ to: '/account/notifications', key: 'account.nav.notifications', end: false },
	{ to: '/account/security', key: 'account.nav.security', end: false },
	{ to: '/account/sessions', key: 'account.nav.sessions', end: false },
	{ to: '/account/privacy', key: 'account.nav.privacy', end: false },
] as const satisfies readonly { to: string; key: string; end: boolean; only?: 'reviewer' | 'officer' }[]

export default function AccountLayout() {
	const { t } = useTranslation()
	const can = useLoaderData<typeof loader>()
	const visible = sections.filter((section) => !('only' in section) || can[section.only])
	return (
		<div className="grid gap-8 md:grid-cols-[14rem_1fr]">
			<nav aria-label={t('account.nav.label')}>
				<ul className="flex flex-wrap gap-2 md:flex-col">
					{visible.map((section) => (
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
