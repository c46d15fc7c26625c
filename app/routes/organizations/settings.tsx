import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { OrganizationForm } from '~/components/organization-form'
import { Notice } from '~/components/ui/form'
import { requireOrgRole } from '~/modules/auth/guards.server'
import { getOrganizationForEdit, updateOrganization } from '~/modules/orgs/orgs.server'
import { OrganizationSchema } from '~/modules/orgs/schemas'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { organization } = await requireOrgRole(request, params.slug!, ['OWNER', 'EDITOR'], { allowAdmin: true })
	const current = await getOrganizationForEdit(organization.id)
	return { organization: current, saved: new URL(request.url).searchParams.get('saved') === '1' }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const { user, organization } = await requireOrgRole(request, params.slug!, ['OWNER', 'EDITOR'], { allowAdmin: true })
	const submission = parseWithZod(await request.formData(), { schema: OrganizationSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	const outcome = await updateOrganization(organization.id, user.id, submission.value, { request, context })
	if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] } }) }, { status: 400 })
	return redirect(`/organizations/${organization.slug}/settings?saved=1`)
}

export default function OrganizationSettings() {
	const { t } = useTranslation()
	const { organization, saved } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const defaults = Object.fromEntries(Object.entries(organization).map(([key, value]) => [key, value ?? ''])) as Record<string, string>
	return (
		<div className="mx-auto max-w-2xl space-y-4">
			<h1 className="text-2xl font-semibold">{t('organizations.settings.title', { name: organization.name })}</h1>
			<p className="text-sm">
				<Link to={`/organizations/${organization.slug}/members`} className="text-sky-700 underline">{t('organizations.members.title')}</Link>
				{' · '}
				<Link to={`/organizations/${organization.slug}`} className="text-sky-700 underline">{t('organizations.settings.publicPage')}</Link>
			</p>
			{saved ? <Notice tone="success">{t('organizations.settings.saved')}</Notice> : null}
			<OrganizationForm id="organization-settings" lastResult={actionData?.result} defaultValue={defaults} submitLabel={t('form.save')} />
		</div>
	)
}
