import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { OrganizationForm } from '~/components/organization-form'
import { OrganizationStanding } from '~/components/organization-status'
import { Notice, ErrorList, FormMessage, SubmitButton } from '~/components/ui/form'
import { VerificationDecision } from '~/components/verification-decision'
import { notFound, requirePermission } from '~/modules/auth/guards.server'
import { hasPermission } from '~/modules/auth/permissions'
import {
	adminOrganizationIntent,
	deleteOrganization,
	getOrganizationForAdmin,
	permissionForAdminIntent,
	suspendOrganization,
	unsuspendOrganization,
	updateOrganizationAsAdministrator,
} from '~/modules/orgs/admin.server'
import { getOrganizationForEdit, organizationFormDefaults, organizationFormOptions } from '~/modules/orgs/orgs.server'
import { OrganizationSchema, SuspensionSchema } from '~/modules/orgs/schemas'
import { formatDate, formatDateTime } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('orgs.admin.title')

// Moderators read an organisation here (and verify it); administrators also edit,
// suspend, lift the suspension and delete it.
export async function loader({ request, params }: LoaderFunctionArgs) {
	const user = await requirePermission(request, 'verify:organization:any')
	const organization = await getOrganizationForAdmin(params.organizationId!)
	if (!organization) throw notFound()
	const url = new URL(request.url)
	const canAdminister = hasPermission(user, 'update:organization:any') && organization.deletedAt === null
	const [edit, options] = canAdminister ? await Promise.all([getOrganizationForEdit(organization.id), organizationFormOptions()]) : [null, null]
	return {
		organization,
		edit: edit ? { defaults: organizationFormDefaults(edit), options: options! } : null,
		can: {
			edit: canAdminister,
			suspend: canAdminister && hasPermission(user, 'suspend:organization:any'),
			delete: canAdminister && hasPermission(user, 'delete:organization:any'),
		},
		confirmDelete: url.searchParams.get('confirm') === 'delete',
		done: url.searchParams.get('done'),
	}
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	// Only administrators may send this page anything: checked before the body is read.
	await requirePermission(request, 'update:organization:any')
	const formData = await request.formData()
	const intent = adminOrganizationIntent(formData.get('intent'))
	if (!intent) throw new Response('Bad Request', { status: 400 })
	const admin = await requirePermission(request, permissionForAdminIntent(intent))
	const organizationId = params.organizationId!
	const ctx = { request, context }
	const here = `/admin/organizations/${organizationId}`
	const fail = (status: number, error: string) => data({ intent, result: undefined, error }, { status })
	switch (intent) {
		case 'update': {
			const exists = await getOrganizationForAdmin(organizationId)
			if (!exists || exists.deletedAt) throw notFound()
			const submission = parseWithZod(formData, { schema: OrganizationSchema })
			if (submission.status !== 'success') return data({ intent, result: submission.reply(), error: null }, { status: 400 })
			const outcome = await updateOrganizationAsAdministrator({ organizationId, actorId: admin.id, values: submission.value }, ctx)
			if (!outcome.ok && 'status' in outcome) throw notFound()
			if (!outcome.ok) return data({ intent, result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] } }), error: null }, { status: 400 })
			return redirect(`${here}?done=saved`)
		}
		case 'suspend': {
			const submission = parseWithZod(formData, { schema: SuspensionSchema })
			if (submission.status !== 'success') {
				if (!(await getOrganizationForAdmin(organizationId))) throw notFound()
				return data({ intent, result: submission.reply(), error: null }, { status: 400 })
			}
			const outcome = await suspendOrganization({ organizationId, actorId: admin.id, reason: submission.value.reason }, ctx)
			if (!outcome.ok) {
				if (outcome.status === 404) throw notFound()
				return fail(outcome.status, outcome.error)
			}
			return redirect(`${here}?done=suspended`)
		}
		case 'unsuspend': {
			const outcome = await unsuspendOrganization({ organizationId, actorId: admin.id }, ctx)
			if (!outcome.ok) {
				if (outcome.status === 404) throw notFound()
				return fail(outcome.status, outcome.error)
			}
			return redirect(`${here}?done=unsuspended`)
		}
		case 'delete': {
			// The confirmation step: the form on the confirmation panel sends `confirm`.
			if (formData.get('confirm') !== 'yes') {
				if (!(await getOrganizationForAdmin(organizationId))) throw notFound()
				return fail(400, 'orgs.admin.confirmRequired')
			}
			const outcome = await deleteOrganization({ organizationId, actorId: admin.id }, ctx)
			if (!outcome.ok) {
				if (outcome.status === 404) throw notFound()
				return fail(outcome.status, outcome.error)
			}
			return redirect(`/admin/organizations?${new URLSearchParams({ status: 'deleted' })}`)
		}
	}
}

export default function AdminOrganization() {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { organization, edit, can, confirmDelete, done } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const here = `/admin/organizations/${organization.id}`
	const [suspendForm, suspendFields] = useForm({
		id: 'suspend-organization',
		lastResult: actionData?.intent === 'suspend' ? actionData.result : undefined,
		shouldValidate: 'onSubmit',
	})
	const { key: _remountKey, ...reasonProps } = getInputProps(suspendFields.reason, { type: 'text' })
	return (
		<div className="space-y-6">
			<nav className="text-sm">
				<Link to="/admin/organizations" className="text-sky-800 underline">{t('orgs.admin.back')}</Link>
			</nav>
			<header className="space-y-2">
				<h1 className="text-2xl font-semibold">{organization.name}</h1>
				<p className="text-sm text-slate-600">
					{t(`organizationType.${organization.type}`)}
					{organization.taxCode ? ` · ${t('organizations.fields.taxCode')}: ${organization.taxCode}` : ''}
					{` · ${t('orgs.admin.createdOn', { date: formatDate(organization.createdAt, locale) })}`}
				</p>
				<OrganizationStanding organization={organization} />
				{organization.deletedAt ? <Notice tone="warning">{t('orgs.admin.deletedOn', { date: formatDateTime(organization.deletedAt, locale) })}</Notice> : null}
				{organization.memberships.length === 0 ? (
					<Notice tone="warning">
						{organization.orphanedAt ? t('orgs.admin.orphanedSince', { date: formatDateTime(organization.orphanedAt, locale) }) : t('orgs.admin.noMembers')}
					</Notice>
				) : null}
				{done ? <Notice tone="success">{t(`orgs.admin.done.${done}`, { defaultValue: '' })}</Notice> : null}
				{actionData?.error ? <FormMessage errors={[actionData.error]} /> : null}
				{!organization.deletedAt && !organization.suspendedAt ? (
					<p className="text-sm">
						<Link to={`/organizations/${organization.slug}`} className="text-sky-800 underline">{t('organizations.settings.publicPage')}</Link>
					</p>
				) : null}
			</header>

			<section aria-labelledby="org-members" className="space-y-2">
				<h2 id="org-members" className="text-lg font-semibold">{t('orgs.admin.members')}</h2>
				{organization.memberships.length ? (
					<ul className="list-disc pl-5 text-sm">
						{organization.memberships.map((m) => (
							<li key={m.user.id}>
								<Link to={`/admin/users/${m.user.id}`} className="text-sky-800 underline">{m.user.name}</Link> ({m.user.email}) · {t(`organizationRole.${m.role}`)}
							</li>
						))}
					</ul>
				) : (
					<p className="text-sm text-slate-600">{t('orgs.admin.noMembers')}</p>
				)}
				<p className="text-sm text-slate-600">
					{t('orgs.admin.counts', { listings: organization._count.listings, programmes: organization._count.programmes, applications: organization._count.applications })}
				</p>
			</section>

			{organization.verificationStatus === 'PENDING' && !organization.deletedAt ? (
				<section aria-labelledby="org-verification" className="rounded-lg border border-slate-200 bg-white p-4">
					<h2 id="org-verification" className="text-lg font-semibold">{t('admin.organizations.title')}</h2>
					<VerificationDecision organizationId={organization.id} returnTo={here} />
				</section>
			) : null}

			{can.suspend ? (
				<section aria-labelledby="org-suspension" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
					<h2 id="org-suspension" className="text-lg font-semibold">{t('orgs.admin.suspension')}</h2>
					{organization.suspendedAt ? (
						<Form method="post">
							<input type="hidden" name="intent" value="unsuspend" />
							<SubmitButton>{t('orgs.admin.unsuspend')}</SubmitButton>
						</Form>
					) : (
						<Form method="post" {...getFormProps(suspendForm)} className="flex flex-wrap items-end gap-2">
							<input type="hidden" name="intent" value="suspend" />
							<div>
								<label htmlFor={suspendFields.reason.id} className="block text-sm font-medium">{t('orgs.admin.suspendReason')}</label>
								<input {...reasonProps} className="mt-1 w-80 rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600" />
								<ErrorList id={suspendFields.reason.errorId} errors={suspendFields.reason.errors} />
							</div>
							<SubmitButton variant="secondary">{t('orgs.admin.suspend')}</SubmitButton>
						</Form>
					)}
					<p className="text-xs text-slate-600">{t('orgs.admin.suspendHelp')}</p>
				</section>
			) : null}

			{edit ? (
				<section aria-labelledby="org-edit" className="space-y-2">
					<h2 id="org-edit" className="text-lg font-semibold">{t('orgs.admin.edit')}</h2>
					<OrganizationForm
						id="admin-organization"
						intent="update"
						options={edit.options}
						defaultValue={edit.defaults}
						lastResult={actionData?.intent === 'update' ? actionData.result : undefined}
						submitLabel={t('form.save')}
					/>
				</section>
			) : null}

			{can.delete ? (
				<section aria-labelledby="org-delete" className="space-y-2 rounded-lg border border-red-200 bg-red-50 p-4">
					<h2 id="org-delete" className="text-lg font-semibold text-red-900">{t('orgs.admin.delete')}</h2>
					{confirmDelete ? (
						<>
							<p className="text-sm text-red-900">{t('orgs.admin.deleteConfirm', { name: organization.name })}</p>
							<div className="flex flex-wrap items-center gap-3">
								<Form method="post">
									<input type="hidden" name="intent" value="delete" />
									<input type="hidden" name="confirm" value="yes" />
									<SubmitButton variant="danger">{t('orgs.admin.deleteFinal')}</SubmitButton>
								</Form>
								<Link to={here} className="text-sm text-sky-800 underline">{t('orgs.admin.cancel')}</Link>
							</div>
						</>
					) : (
						<>
							<p className="text-sm text-red-900">{t('orgs.admin.deleteHelp')}</p>
							<Link to={`${here}?confirm=delete#org-delete`} className="inline-block rounded-md border border-red-700 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-100">
								{t('orgs.admin.deleteStart')}
							</Link>
						</>
					)}
				</section>
			) : null}
		</div>
	)
}
