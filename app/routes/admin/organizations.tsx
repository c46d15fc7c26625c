import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { SubmitButton } from '~/components/ui/form'
import { requirePermission } from '~/modules/auth/guards.server'
import { decideVerification, listVerificationQueue } from '~/modules/orgs/orgs.server'
import { formatDate } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { siteOrigin } from '~/utils/locale.server'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('admin.organizations.title')

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'verify:organization:any')
	return { queue: await listVerificationQueue() }
}

export async function action({ request, context }: ActionFunctionArgs) {
	const moderator = await requirePermission(request, 'verify:organization:any')
	const formData = await request.formData()
	const decision = formData.get('decision')
	if (decision !== 'approve' && decision !== 'reject') return data({ error: 'errors.badRequest' }, { status: 400 })
	const decided = await decideVerification(
		{
			organizationId: String(formData.get('organizationId') ?? ''),
			moderatorId: moderator.id,
			approve: decision === 'approve',
			reason: String(formData.get('reason') ?? '').slice(0, 500) || undefined,
			origin: siteOrigin(request),
		},
		{ request, context },
	)
	if (decided === 'own') return data({ error: 'admin.organizations.ownOrganization' }, { status: 403 })
	if (!decided) throw new Response('Not Found', { status: 404 })
	return redirect('/admin/organizations')
}

export default function VerificationQueue() {
	const { t, i18n } = useTranslation()
	const { queue } = useLoaderData<typeof loader>()
	const locale = i18n.language as Locale
	return (
		<div className="space-y-4">
			<h1 className="text-2xl font-semibold">{t('admin.organizations.title')}</h1>
			{queue.length === 0 ? <p className="text-slate-600">{t('admin.organizations.empty')}</p> : null}
			<ul className="space-y-3">
				{queue.map((org) => (
					<li key={org.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
						<p className="font-medium">{org.name}</p>
						<p className="text-slate-600">
							{t(`organizationType.${org.type}`)}
							{org.taxCode ? ` · ${t('organizations.fields.taxCode')}: ${org.taxCode}` : ''}
							{` · ${formatDate(org.createdAt, locale)}`}
						</p>
						{org.address ? <p className="text-slate-600">{org.address}</p> : null}
						<div className="mt-3 flex flex-wrap gap-2">
							<Form method="post">
								<input type="hidden" name="organizationId" value={org.id} />
								<input type="hidden" name="decision" value="approve" />
								<SubmitButton>{t('admin.organizations.approve')}</SubmitButton>
							</Form>
							<Form method="post" className="flex gap-2">
								<input type="hidden" name="organizationId" value={org.id} />
								<input type="hidden" name="decision" value="reject" />
								<label htmlFor={`reason-${org.id}`} className="sr-only">{t('admin.users.reason')}</label>
								<input id={`reason-${org.id}`} name="reason" placeholder={t('admin.users.reason')} className="rounded-md border border-slate-300 px-2 py-1" />
								<SubmitButton variant="secondary">{t('admin.organizations.reject')}</SubmitButton>
							</Form>
						</div>
					</li>
				))}
			</ul>
		</div>
	)
}
