import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { OrganizationForm } from '~/components/organization-form'
import { OrganizationStanding } from '~/components/organization-status'
import { FormMessage, Notice, SubmitButton } from '~/components/ui/form'
import { requireOrgRole } from '~/modules/auth/guards.server'
import { UploadError, uploadLimits } from '~/modules/files/files.server'
import { parseUpload } from '~/modules/files/multipart.server'
import {
	getOrganizationForEdit,
	organizationFormDefaults,
	organizationFormOptions,
	requestVerification,
	setOrganizationLogo,
	updateOrganization,
} from '~/modules/orgs/orgs.server'
import { OrganizationSchema } from '~/modules/orgs/schemas'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { organization } = await requireOrgRole(request, params.slug!, ['OWNER', 'EDITOR'], { allowAdmin: true })
	const [current, options] = await Promise.all([getOrganizationForEdit(organization.id), organizationFormOptions()])
	const url = new URL(request.url)
	return { organization: current, defaults: organizationFormDefaults(current), options, saved: url.searchParams.get('saved') === '1', requested: url.searchParams.get('requested') === '1' }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const { user, organization } = await requireOrgRole(request, params.slug!, ['OWNER', 'EDITOR'], { allowAdmin: true })
	if (request.headers.get('Content-Type')?.startsWith('multipart/form-data')) {
		// The logo form: the only multipart form on this page.
		try {
			const formData = await parseUpload(request, uploadLimits.IMAGE)
			const file = formData.get('logo')
			if (!(file instanceof File) || file.size === 0) throw new UploadError('empty', 400)
			await setOrganizationLogo(organization.id, user.id, file, { request, context })
		} catch (error) {
			if (error instanceof UploadError) return data({ result: undefined, logoError: `upload.${error.code}` }, { status: error.status })
			throw error
		}
		return redirect(`/organizations/${organization.slug}/settings?saved=1`)
	}
	const formData = await request.formData()
	if (formData.get('intent') === 'request-verification') {
		// Only a rejected or never-verified organisation asks again; anything else is a stale page.
		if (!(await requestVerification(organization.id, user.id, { request, context }))) {
			return data({ result: undefined, logoError: null, requestError: 'orgs.verification.cannotRequest' }, { status: 409 })
		}
		return redirect(`/organizations/${organization.slug}/settings?requested=1`)
	}
	const submission = parseWithZod(formData, { schema: OrganizationSchema })
	if (submission.status !== 'success') return data({ result: submission.reply(), logoError: null }, { status: 400 })
	const outcome = await updateOrganization(organization.id, user.id, submission.value, { request, context })
	if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] } }), logoError: null }, { status: 400 })
	return redirect(`/organizations/${organization.slug}/settings?saved=1`)
}

export default function OrganizationSettings() {
	const { t } = useTranslation()
	const { organization, defaults, options, saved, requested } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const mayRequest = organization.verificationStatus === 'REJECTED' || organization.verificationStatus === 'UNVERIFIED'
	return (
		<div className="mx-auto max-w-2xl space-y-4">
			<h1 className="text-2xl font-semibold">{t('organizations.settings.title', { name: organization.name })}</h1>
			<p className="text-sm">
				<Link to={`/organizations/${organization.slug}/members`} className="text-sky-700 underline">{t('organizations.members.title')}</Link>
				{' · '}
				<Link to={`/organizations/${organization.slug}`} className="text-sky-700 underline">{t('organizations.settings.publicPage')}</Link>
			</p>
			{saved ? <Notice tone="success">{t('organizations.settings.saved')}</Notice> : null}
			<section id="verification" aria-labelledby="verification-title" className="space-y-2 rounded-lg border border-slate-200 bg-white p-6">
				<h2 id="verification-title" className="text-lg font-semibold">{t('orgs.verification.title')}</h2>
				<OrganizationStanding organization={organization} />
				<p className="text-sm text-slate-600">{t(`orgs.verification.explain.${organization.verificationStatus}`)}</p>
				{organization.suspendedAt ? <p className="text-sm text-slate-700">{t('orgs.verification.suspendedExplain')}</p> : null}
				{requested ? <Notice tone="success">{t('orgs.verification.requested')}</Notice> : null}
				{actionData && 'requestError' in actionData && actionData.requestError ? <FormMessage errors={[actionData.requestError]} /> : null}
				{mayRequest ? (
					<Form method="post">
						<input type="hidden" name="intent" value="request-verification" />
						<SubmitButton variant="secondary">{t('orgs.verification.request')}</SubmitButton>
					</Form>
				) : null}
			</section>
			<Form method="post" encType="multipart/form-data" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-6">
				{organization.logoId ? (
					<img src={`/files/${organization.logoId}`} alt={t('organizations.logo.current')} width={80} height={80} className="h-20 w-20 rounded object-contain" />
				) : null}
				<div className="flex-1">
					<label htmlFor="logo" className="block text-sm font-medium text-slate-800">{t('organizations.logo.label')}</label>
					<input id="logo" name="logo" type="file" accept="image/png,image/jpeg,image/webp" required aria-describedby="logo-help" className="mt-1 block text-sm" />
					<p id="logo-help" className="mt-1 text-xs text-slate-600">{t('organizations.logo.help')}</p>
					{actionData?.logoError ? <FormMessage errors={[actionData.logoError]} /> : null}
				</div>
				<SubmitButton variant="secondary">{t('organizations.logo.upload')}</SubmitButton>
			</Form>
			<OrganizationForm id="organization-settings" options={options} lastResult={actionData?.result} defaultValue={defaults} submitLabel={t('form.save')} />
		</div>
	)
}
