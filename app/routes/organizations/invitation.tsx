import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { authHref } from '~/utils/redirect'
import { useReturnPath } from '~/utils/use-return-path'
import { useTranslation } from 'react-i18next'
import { FormMessage, SubmitButton } from '~/components/ui/form'
import { getOptionalUser, requireVerifiedUser } from '~/modules/auth/guards.server'
import { acceptInvitation, findInvitation } from '~/modules/orgs/orgs.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const invitation = await findInvitation(params.token!)
	if (!invitation) throw new Response('Not Found', { status: 404 })
	const user = await getOptionalUser(request)
	return {
		organization: invitation.organization.name,
		inviter: invitation.invitedBy?.name ?? '',
		role: invitation.role,
		email: invitation.email,
		signedIn: Boolean(user),
		emailMatches: user?.email === invitation.email,
	}
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const user = await requireVerifiedUser(request)
	const outcome = await acceptInvitation(params.token!, user, { request, context })
	if (!outcome.ok) return data({ error: outcome.error }, { status: 400 })
	return redirect(`/organizations/${outcome.organization.slug}/members`)
}

export default function InvitationPage() {
	const { t } = useTranslation()
	const loaderData = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const returnTo = useReturnPath()
	return (
		<div className="mx-auto max-w-lg space-y-4 rounded-lg border border-slate-200 bg-white p-6">
			<h1 className="text-xl font-semibold">
				{t('organizations.invitation.title', { organization: loaderData.organization })}
			</h1>
			<p className="text-slate-700">
				{t('organizations.invitation.body', { inviter: loaderData.inviter, role: t(`organizationRole.${loaderData.role}`) })}
			</p>
			{actionData?.error ? <FormMessage errors={[actionData.error]} /> : null}
			{!loaderData.signedIn ? (
				<p className="text-sm">
					{t('organizations.invitation.signInFirst', { email: loaderData.email })}{' '}
					<Link to={authHref('/login', returnTo)} className="text-sky-700 underline">{t('auth.login.title')}</Link>
					{' · '}
					<Link to={authHref('/signup', returnTo)} className="text-sky-700 underline">{t('auth.signup.title')}</Link>
				</p>
			) : loaderData.emailMatches ? (
				<Form method="post">
					<SubmitButton>{t('organizations.invitation.accept')}</SubmitButton>
				</Form>
			) : (
				<FormMessage errors={['organizations.invitation.otherEmail']} />
			)}
		</div>
	)
}
