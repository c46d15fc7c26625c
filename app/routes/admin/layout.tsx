import { type LoaderFunctionArgs } from '@remix-run/node'
import { NavLink, Outlet, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '~/modules/auth/guards.server'
import { hasPermission } from '~/modules/auth/permissions'
import { devMailboxEnabled } from '~/modules/email/email.server'

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const links = [
		hasPermission(user, 'read:user:any') ? { to: '/admin/users', key: 'admin.nav.users' } : null,
		hasPermission(user, 'moderate:listing:any') ? { to: '/admin/listings', key: 'admin.nav.listings' } : null,
		hasPermission(user, 'moderate:listing:any') ? { to: '/admin/experts', key: 'listingDetails.admin.nav' } : null,
		hasPermission(user, 'verify:organization:any') ? { to: '/admin/organizations', key: 'admin.nav.organizations' } : null,
		hasPermission(user, 'update:taxonomy:any') ? { to: '/admin/taxonomy', key: 'admin.nav.taxonomy' } : null,
		hasPermission(user, 'import:listing:any') ? { to: '/admin/import', key: 'admin.nav.import' } : null,
		hasPermission(user, 'update:system:any') ? { to: '/admin/search', key: 'admin.nav.search' } : null,
		hasPermission(user, 'update:setting:any') ? { to: '/admin/settings', key: 'settingsPage.nav' } : null,
		hasPermission(user, 'read:audit:any') ? { to: '/admin/audit', key: 'auditLog.nav' } : null,
		hasPermission(user, 'update:system:any') && devMailboxEnabled() ? { to: '/admin/mailbox', key: 'admin.nav.mailbox' } : null,
	].filter((link): link is { to: string; key: string } => link !== null)
	// The administration area does not exist for people without any of its rights.
	if (links.length === 0) throw new Response('Not Found', { status: 404 })
	return { links }
}

export default function AdminLayout() {
	const { t } = useTranslation()
	const { links } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<nav aria-label={t('admin.nav.label')}>
				<ul className="flex flex-wrap gap-2">
					{links.map((link) => (
						<li key={link.to}>
							<NavLink to={link.to} className={({ isActive }) => `rounded-md px-3 py-2 text-sm ${isActive ? 'bg-sky-100 font-semibold' : 'hover:bg-slate-100'}`}>
								{t(link.key)}
							</NavLink>
						</li>
					))}
				</ul>
			</nav>
			<Outlet />
		</div>
	)
}
