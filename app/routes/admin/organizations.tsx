import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { SuspendedLabel, VerificationStatusLabel } from '~/components/organization-status'
import { VerificationDecision } from '~/components/verification-decision'
import { requirePermission } from '~/modules/auth/guards.server'
import { listOrganizationsForAdmin, parseAdminOrganizationQuery } from '~/modules/orgs/admin.server'
import { decideVerification, listVerificationQueue } from '~/modules/orgs/orgs.server'
import { adminStatusFilters, organizationTypes, VerificationDecisionSchema } from '~/modules/orgs/schemas'
import { formatDate } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { siteOrigin } from '~/utils/locale.server'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('orgs.admin.title')

// Moderators and administrators: the verification queue, and every organisation
// searched and filtered (name, tax code, type, status), page by page.
export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'verify:organization:any')
	const query = parseAdminOrganizationQuery(new URL(request.url))
	const [queue, list] = await Promise.all([listVerificationQueue(), listOrganizationsForAdmin(query)])
	return { queue, query, ...list }
}

export async function action({ request, context }: ActionFunctionArgs) {
	const moderator = await requirePermission(request, 'verify:organization:any')
	const formData = await request.formData()
	const organizationId = String(formData.get('organizationId') ?? '')
	const submission = parseWithZod(formData, { schema: VerificationDecisionSchema })
	if (submission.status !== 'success') return data({ organizationId, result: submission.reply(), error: null }, { status: 400 })
	const decided = await decideVerification(
		{
			organizationId: submission.value.organizationId,
			moderatorId: moderator.id,
			approve: submission.value.decision === 'approve',
			reason: submission.value.reason,
			origin: siteOrigin(request),
		},
		{ request, context },
	)
	if (decided === 'own') return data({ organizationId, result: undefined, error: 'admin.organizations.ownOrganization' }, { status: 403 })
	if (decided === 'reasonRequired') {
		return data({ organizationId, result: submission.reply({ fieldErrors: { reason: ['orgs.validation.reasonRequired'] } }), error: null }, { status: 400 })
	}
	if (!decided) throw new Response('Not Found', { status: 404 })
	const back = safeReturn(formData.get('returnTo'))
	return redirect(back)
}

// Decisions made from an organisation's page return there; everything else to the list.
function safeReturn(value: FormDataEntryValue | null) {
	const path = typeof value === 'string' ? value : ''
	return /^\/admin\/organizations(\/[A-Za-z0-9_-]+)?(\?[^\s]*)?$/.test(path) ? path : '/admin/organizations'
}

export default function AdminOrganizations() {
	const { t, i18n } = useTranslation()
	const { queue, query, organizations, total, page, pageSize } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const locale = i18n.language as Locale
	const vi = locale === 'vi'
	const pageLink = (to: number) =>
		`?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.type ? { type: query.type } : {}), ...(query.status ? { status: query.status } : {}), page: String(to) })}`
	return (
		<div className="space-y-8">
			<h1 className="text-2xl font-semibold">{t('orgs.admin.title')}</h1>

			<section aria-labelledby="verification-queue" className="space-y-3">
				<h2 id="verification-queue" className="text-xl font-semibold">{t('admin.organizations.title')}</h2>
				{queue.length === 0 ? <p className="text-slate-600">{t('admin.organizations.empty')}</p> : null}
				<ul className="space-y-3">
					{queue.map((org) => {
						const mine = actionData && actionData.organizationId === org.id ? actionData : null
						return (
							<li key={org.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="verification-item">
								<p className="font-medium">
									<Link to={`/admin/organizations/${org.id}`} className="text-sky-800 underline">{org.name}</Link>
									{org.suspendedAt ? <> <SuspendedLabel /></> : null}
								</p>
								<p className="text-slate-600">
									{t(`organizationType.${org.type}`)}
									{org.taxCode ? ` · ${t('organizations.fields.taxCode')}: ${org.taxCode}` : ''}
									{` · ${formatDate(org.createdAt, locale)}`}
								</p>
								{org.address || org.commune ? <p className="text-slate-600">{[org.address, org.commune?.name].filter(Boolean).join(', ')}</p> : null}
								{org.fields.length ? <p className="text-slate-600">{org.fields.map(({ field }) => (vi ? field.nameVi : field.nameEn)).join(', ')}</p> : null}
								<VerificationDecision organizationId={org.id} lastResult={mine?.result} error={mine?.error} />
							</li>
						)
					})}
				</ul>
			</section>

			<section aria-labelledby="all-organizations" className="space-y-3">
				<h2 id="all-organizations" className="text-xl font-semibold">{t('orgs.admin.all')}</h2>
				<Form method="get" role="search" className="flex flex-wrap items-end gap-3">
					<div>
						<label htmlFor="org-q" className="block text-sm font-medium">{t('orgs.admin.search')}</label>
						<input id="org-q" name="q" type="search" defaultValue={query.q} className="mt-1 w-72 rounded-md border border-slate-300 px-3 py-2" />
					</div>
					<div>
						<label htmlFor="org-type" className="block text-sm font-medium">{t('organizations.fields.type')}</label>
						<select id="org-type" name="type" defaultValue={query.type ?? ''} className="mt-1 rounded-md border border-slate-300 px-3 py-2">
							<option value="">{t('orgs.admin.anyType')}</option>
							{organizationTypes.map((type) => (
								<option key={type} value={type}>{t(`organizationType.${type}`)}</option>
							))}
						</select>
					</div>
					<div>
						<label htmlFor="org-status" className="block text-sm font-medium">{t('orgs.admin.status')}</label>
						<select id="org-status" name="status" defaultValue={query.status ?? ''} className="mt-1 rounded-md border border-slate-300 px-3 py-2">
							<option value="">{t('orgs.admin.anyStatus')}</option>
							{adminStatusFilters.map((status) => (
								<option key={status} value={status}>{t(`orgs.admin.filters.${status}`)}</option>
							))}
						</select>
					</div>
					<button type="submit" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">{t('orgs.admin.filter')}</button>
				</Form>
				<p className="text-sm text-slate-600" aria-live="polite">{t('orgs.admin.count', { count: total })}</p>
				<div className="overflow-x-auto">
					<table className="w-full border-collapse rounded-lg bg-white text-sm">
						<thead className="bg-slate-100 text-left">
							<tr>
								<th scope="col" className="p-2">{t('organizations.fields.name')}</th>
								<th scope="col" className="p-2">{t('organizations.fields.type')}</th>
								<th scope="col" className="p-2">{t('organizations.fields.taxCode')}</th>
								<th scope="col" className="p-2">{t('orgs.admin.status')}</th>
								<th scope="col" className="p-2 text-right">{t('orgs.admin.members')}</th>
								<th scope="col" className="p-2">{t('orgs.admin.created')}</th>
							</tr>
						</thead>
						<tbody>
							{organizations.map((org) => (
								<tr key={org.id} className="border-t border-slate-200" data-testid="organization-row">
									<td className="p-2">
										<Link to={`/admin/organizations/${org.id}`} className="text-sky-800 underline">{org.name}</Link>
									</td>
									<td className="p-2">{t(`organizationType.${org.type}`)}</td>
									<td className="p-2">{org.taxCode ?? '—'}</td>
									<td className="p-2">
										<span className="flex flex-wrap gap-1">
											{org.deletedAt ? <span className="rounded-full bg-slate-700 px-2 py-0.5 text-xs text-white">{t('orgs.status.deleted')}</span> : <VerificationStatusLabel status={org.verificationStatus} />}
											{org.suspendedAt && !org.deletedAt ? <SuspendedLabel /> : null}
											{org._count.memberships === 0 ? <span className="rounded-full bg-orange-100 px-2 py-0.5 text-xs text-orange-900">{t('orgs.status.withoutMembers')}</span> : null}
										</span>
									</td>
									<td className="p-2 text-right">{org._count.memberships}</td>
									<td className="p-2">{formatDate(org.createdAt, locale)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
				<nav className="flex gap-4 text-sm" aria-label={t('form.pagination')}>
					{page > 1 ? <Link to={pageLink(page - 1)} className="text-sky-700 underline">{t('form.previous')}</Link> : null}
					{page * pageSize < total ? <Link to={pageLink(page + 1)} className="text-sky-700 underline">{t('form.next')}</Link> : null}
				</nav>
			</section>
		</div>
	)
}
