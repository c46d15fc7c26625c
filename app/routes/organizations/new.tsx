import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { OrganizationForm } from '~/components/organization-form'
import { forbidden, requireVerifiedUser } from '~/modules/auth/guards.server'
import { hasPermission } from '~/modules/auth/permissions'
import { createOrganization, organizationFormOptions } from '~/modules/orgs/orgs.server'
import { OrganizationSchema } from '~/modules/orgs/schemas'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('organizations.new.title')

async function requireCreator(request: Request) {
	const user = await requireVerifiedUser(request)
	if (!hasPermission(user, 'create:organization:own')) throw forbidden()
	return user
}

export async function loader({ request }: LoaderFunctionArgs) {
	await requireCreator(request)
	return { options: await organizationFormOptions() }
}

export async function action({ request, context }: ActionFunctionArgs) {
	const user = await requireCreator(request)
	const submission = parseWithZod(await request.formData(), { schema: OrganizationSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	const outcome = await createOrganization(user.id, submission.value, { request, context })
	if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] } }) }, { status: 400 })
	return redirect(`/organizations/${outcome.organization.slug}/members?created=1`)
}

export default function NewOrganization() {
	const { t } = useTranslation()
	const actionData = useActionData<typeof action>()
	const { options } = useLoaderData<typeof loader>()
	return (
		<div className="mx-auto max-w-2xl space-y-4">
			<h1 className="text-2xl font-semibold">{t('organizations.new.title')}</h1>
			<p className="text-slate-600">{t('organizations.new.intro')}</p>
			<OrganizationForm id="new-organization" options={options} lastResult={actionData?.result} submitLabel={t('organizations.new.submit')} />
		</div>
	)
}
