import { getFormProps, useForm } from '@conform-to/react'
import { getZodConstraint } from '@conform-to/zod/v4'
import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ErrorList, Field, FormMessage, Notice, RequiredLegend, selectProps, SubmitButton } from '~/components/ui/form'
import { requireOrgRole } from '~/modules/auth/guards.server'
import { changeMemberRole, inviteMember, leaveOrganization, listMembers, removeMember, revokeInvitation } from '~/modules/orgs/orgs.server'
import { InviteSchema } from '~/modules/orgs/schemas'
import { requestLocale, siteOrigin } from '~/utils/locale.server'
import { formatDate } from '~/utils/format'
import type { Locale } from '~/utils/i18n'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, organization, membership } = await requireOrgRole(request, params.slug!, ['OWNER', 'EDITOR'], { allowAdmin: true })
	const { members, invitations } = await listMembers(organization.id)
	const url = new URL(request.url)
	return {
		organization,
		members,
		invitations,
		me: user.id,
		canManage: membership?.role === 'OWNER' || membership === null,
		isMember: membership !== null,
		created: url.searchParams.get('created') === '1',
		invited: url.searchParams.get('invited'),
	}
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const formData = await request.formData()
	const intent = formData.get('intent')
	const ctx = { request, context }
	if (intent === 'leave') {
		const { user, organization } = await requireOrgRole(request, params.slug!, ['OWNER', 'EDITOR'])
		const outcome = await leaveOrganization(organization.id, user.id, ctx)
		if (!outcome.ok) return data({ intent, error: outcome.error, result: undefined }, { status: outcome.status })
		return redirect('/account/organizations')
	}
	// Everything else is for owners (or administrators).
	const { user, organization } = await requireOrgRole(request, params.slug!, ['OWNER'], { allowAdmin: true })
	if (intent === 'invite') {
		const submission = parseWithZod(formData, { schema: InviteSchema })
		if (submission.status !== 'success') return data({ intent, error: null, result: submission.reply() }, { status: 400 })
		const outcome = await inviteMember(
			{ organizationId: organization.id, inviterId: user.id, ...submission.value, origin: siteOrigin(request), locale: requestLocale(request) },
			ctx,
		)
		if (!outcome.ok) {
			const result = submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] } })
			if ('retryAfterSeconds' in outcome) {
				return data({ intent, error: null, result }, { status: outcome.status, headers: { 'Retry-After': String(outcome.retryAfterSeconds) } })
			}
			return data({ intent, error: null, result }, { status: 400 })
		}
		return redirect(`/organizations/${organization.slug}/members?${new URLSearchParams({ invited: submission.value.email })}`)
	}
	if (intent === 'remove') {
		const outcome = await removeMember(organization.id, user.id, String(formData.get('membershipId') ?? ''), ctx)
		if (!outcome.ok) return data({ intent, error: outcome.error, result: undefined }, { status: outcome.status })
		return redirect(`/organizations/${organization.slug}/members`)
	}
	if (intent === 'set-role') {
		const role = formData.get('role')
		if (role !== 'OWNER' && role !== 'EDITOR') return data({ intent, error: 'validation.org.roleInvalid', result: undefined }, { status: 400 })
		const outcome = await changeMemberRole(organization.id, user.id, String(formData.get('membershipId') ?? ''), role, ctx)
		if (!outcome.ok) return data({ intent, error: outcome.error, result: undefined }, { status: outcome.status })
		return redirect(`/organizations/${organization.slug}/members`)
	}
	if (intent === 'revoke-invitation') {
		if (!(await revokeInvitation(organization.id, user.id, String(formData.get('invitationId') ?? ''), ctx))) throw new Response('Not Found', { status: 404 })
		return redirect(`/organizations/${organization.slug}/members`)
	}
	throw new Response('Bad Request', { status: 400 })
}

export default function OrganizationMembers() {
	const { t, i18n } = useTranslation()
	const { organization, members, invitations, me, canManage, isMember, created, invited } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const locale = i18n.language as Locale
	const [form, fields] = useForm({
		id: 'invite',
		lastResult: actionData?.intent === 'invite' ? actionData.result : undefined,
		defaultValue: { role: 'EDITOR' },
		constraint: getZodConstraint(InviteSchema),
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteSchema }),
	})
	return (
		<div className="mx-auto max-w-3xl space-y-6">
			<h1 className="text-2xl font-semibold">{t('organizations.members.heading', { name: organization.name })}</h1>
			<p className="text-sm">
				<Link to={`/organizations/${organization.slug}/settings`} className="text-sky-700 underline">{t('organizations.settings.link')}</Link>
			</p>
			{created ? <Notice tone="success">{t('organizations.new.created')}</Notice> : null}
			{invited ? <Notice tone="success">{t('organizations.members.invited', { email: invited })}</Notice> : null}
			{actionData?.error ? <FormMessage errors={[actionData.error]} /> : null}
			<ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="member-list">
				{members.map((member) => (
					<li key={member.id} className="flex flex-wrap items-center justify-between gap-3 p-4 text-sm">
						<div>
							<p className="font-medium">{member.user.name}</p>
							<p className="text-slate-600">{member.user.email} · {t(`organizationRole.${member.role}`)}</p>
						</div>
						{member.user.id === me && isMember ? (
							<Form method="post">
								<input type="hidden" name="intent" value="leave" />
								<SubmitButton variant="secondary">{t('organizations.members.leave')}</SubmitButton>
							</Form>
						) : canManage ? (
							<div className="flex gap-2">
								<Form method="post">
									<input type="hidden" name="intent" value="set-role" />
									<input type="hidden" name="membershipId" value={member.id} />
									<input type="hidden" name="role" value={member.role === 'OWNER' ? 'EDITOR' : 'OWNER'} />
									<SubmitButton variant="secondary">
										{member.role === 'OWNER' ? t('organizations.members.makeEditor') : t('organizations.members.makeOwner')}
									</SubmitButton>
								</Form>
								<Form method="post">
									<input type="hidden" name="intent" value="remove" />
									<input type="hidden" name="membershipId" value={member.id} />
									<SubmitButton variant="secondary">{t('organizations.members.remove')}</SubmitButton>
								</Form>
							</div>
						) : null}
					</li>
				))}
			</ul>
			{canManage ? (
				<section aria-labelledby="invite-title" className="space-y-3">
					<h2 id="invite-title" className="text-lg font-semibold">{t('organizations.members.inviteTitle')}</h2>
					{invitations.length > 0 ? (
						<ul className="space-y-2 text-sm" data-testid="invitation-list">
							{invitations.map((invitation) => (
								<li key={invitation.id} className="flex items-center justify-between gap-3 rounded-md bg-slate-100 px-3 py-2">
									<span>
										{invitation.email} · {t(`organizationRole.${invitation.role}`)} ·{' '}
										{t('organizations.members.expires', { date: formatDate(invitation.expiresAt, locale) })}
									</span>
									<Form method="post">
										<input type="hidden" name="intent" value="revoke-invitation" />
										<input type="hidden" name="invitationId" value={invitation.id} />
										<SubmitButton variant="secondary">{t('organizations.members.revokeInvitation')}</SubmitButton>
									</Form>
								</li>
							))}
						</ul>
					) : null}
					<Form method="post" {...getFormProps(form)} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
						<input type="hidden" name="intent" value="invite" />
						<FormMessage id={form.errorId} errors={form.errors} />
						<RequiredLegend />
						<Field meta={fields.email} label={t('auth.fields.email')} type="email" />
						<div>
							<label htmlFor={fields.role.id} className="block text-sm font-medium text-slate-800">{t('organizations.members.role')}</label>
							<select {...selectProps(fields.role)} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2">
								<option value="EDITOR">{t('organizationRole.EDITOR')}</option>
								<option value="OWNER">{t('organizationRole.OWNER')}</option>
							</select>
							<ErrorList id={fields.role.errorId} errors={fields.role.errors} />
						</div>
						<SubmitButton>{t('organizations.members.invite')}</SubmitButton>
					</Form>
				</section>
			) : null}
		</div>
	)
}
