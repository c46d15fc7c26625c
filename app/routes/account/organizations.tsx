import { type LoaderFunctionArgs } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { OrganizationStanding } from '~/components/organization-status'
import { requireUser } from '~/modules/auth/guards.server'
import { listMyOrganizations } from '~/modules/orgs/orgs.server'

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	return { memberships: await listMyOrganizations(user.id), emailVerified: user.emailVerified }
}

export default function MyOrganizations() {
	const { t } = useTranslation()
	const { memberships } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<div className="flex flex-wrap items-center justify-between gap-3">
				<h1 className="text-2xl font-semibold">{t('account.nav.organizations')}</h1>
				<Link to="/organizations/new" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">
					{t('organizations.new.title')}
				</Link>
			</div>
			{memberships.length === 0 ? (
				<p className="text-slate-600">{t('organizations.mine.none')}</p>
			) : (
				<ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
					{memberships.map(({ role, organization }) => (
						<li key={organization.id} className="flex flex-wrap items-center justify-between gap-3 p-4 text-sm">
							<div>
								<p className="font-medium">
									{organization.suspendedAt ? organization.name : <Link to={`/organizations/${organization.slug}`} className="hover:underline">{organization.name}</Link>}
								</p>
								<OrganizationStanding organization={organization} />
								<p className="text-slate-600">
									{t(`organizationType.${organization.type}`)} · {t(`organizationRole.${role}`)} ·{' '}
									{t('organizations.mine.members', { count: organization._count.memberships })}
								</p>
							</div>
							<p className="flex gap-4">
								<Link to={`/organizations/${organization.slug}/settings`} className="text-sky-700 underline">
									{t('orgs.mine.settings')}
								</Link>
								<Link to={`/organizations/${organization.slug}/members`} className="text-sky-700 underline">
									{t('organizations.mine.manage')}
								</Link>
							</p>
						</li>
					))}
				</ul>
			)}
		</div>
	)
}
