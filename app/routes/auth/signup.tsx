import { getFormProps, useForm } from '@conform-to/react'
import { getZodConstraint } from '@conform-to/zod/v4'
import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Trans, useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { CheckboxField, Field, FormMessage, Honeypot, RequiredLegend, SubmitButton } from '~/components/ui/form'
import { signup } from '~/modules/auth/auth.server'
import { requireAnonymous } from '~/modules/auth/guards.server'
import { SignupSchema } from '~/modules/auth/schemas'
import { checkHoneypot } from '~/modules/security/honeypot.server'
import { rateLimitedReply } from '~/modules/security/rate-limit-response.server'
import { rateLimits } from '~/modules/security/rate-limit.server'
import { requestLocale, siteOrigin } from '~/utils/locale.server'
import { authHref, returnPath } from '~/utils/redirect'
import { accountRateLimitKey } from '~/modules/security/account-key.server'
import { clientAddressKey } from '~/modules/security/client-address.server'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('auth.signup.title')

export async function loader({ request }: LoaderFunctionArgs) {
	await requireAnonymous(request)
	return {
		// The schema's constraints only: the schema itself stays on the server (see EmailCodeForm).
		constraint: getZodConstraint(SignupSchema), redirectTo: returnPath(new URL(request.url).searchParams.get('redirectTo')) }
}

export async function action({ request, context }: ActionFunctionArgs) {
	await requireAnonymous(request)
	const formData = await request.formData()
	checkHoneypot(formData)
	const submission = parseWithZod(formData, { schema: SignupSchema })
	if (submission.status !== 'success') {
		return data({ result: submission.reply({ hideFields: ['password'] }) }, { status: 400 })
	}
	const limited = await rateLimitedReply(submission, [
		{ key: `signup:ip:${clientAddressKey(context)}`, rule: rateLimits.signupPerIp },
		{ key: `signup:account:${accountRateLimitKey(submission.value.email)}`, rule: rateLimits.signupPerAccount },
	])
	if (limited) return limited
	const redirectTo = returnPath(formData.get('redirectTo'))
	const outcome = await signup({ ...submission.value, redirectTo }, {
		request,
		context,
		locale: requestLocale(request),
		origin: siteOrigin(request),
	})
	if ('error' in outcome) {
		return data(
			{ result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] }, hideFields: ['password'] }) },
			{ status: 400 },
		)
	}
	return redirect(authHref('/verify', redirectTo, { email: submission.value.email, sent: '1' }))
}

export default function SignupPage() {
	const { t } = useTranslation()
	const { redirectTo, constraint } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useForm<z.input<typeof SignupSchema>>({
		id: 'signup',
		lastResult: actionData?.result,
		constraint,
		shouldValidate: 'onSubmit',
	})
	return (
		<div className="mx-auto max-w-lg">
			<h1 className="text-2xl font-semibold">{t('auth.signup.title')}</h1>
			<p className="mt-2 text-slate-600">{t('auth.signup.intro')}</p>
			<Form method="post" {...getFormProps(form)} className="relative mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-6">
				<Honeypot />
				<FormMessage id={form.errorId} errors={form.errors} />
				<RequiredLegend />
				<input type="hidden" name="redirectTo" value={redirectTo} />
				<Field meta={fields.name} label={t('auth.fields.name')} autoComplete="name" />
				<Field meta={fields.email} label={t('auth.fields.email')} type="email" autoComplete="email" />
				<Field
					meta={fields.password}
					label={t('auth.fields.password')}
					type="password"
					autoComplete="new-password"
					help={t('auth.signup.passwordHelp')}
				/>
				<fieldset className="space-y-3 border-t border-slate-200 pt-4">
					<legend className="text-sm font-semibold text-slate-800">{t('auth.signup.consentsTitle')}</legend>
					<CheckboxField
						meta={fields.consentPrivacy}
						label={
							<Trans
								i18nKey="auth.signup.consentPrivacy"
								components={{ notice: <Link to="/privacy" className="text-sky-700 underline" /> }}
							/>
						}
						description={t('auth.signup.consentPrivacyHelp')}
					/>
					<CheckboxField meta={fields.consentEmailAlerts} label={t('auth.signup.consentEmailAlerts')} />
					<CheckboxField meta={fields.consentPublicProfile} label={t('auth.signup.consentPublicProfile')} />
				</fieldset>
				<SubmitButton className="w-full">{t('auth.signup.submit')}</SubmitButton>
				<p className="text-center text-sm text-slate-600">
					{t('auth.signup.haveAccount')}{' '}
					<Link to={authHref('/login', redirectTo)} className="text-sky-700 underline">
						{t('auth.login.title')}
					</Link>
				</p>
			</Form>
		</div>
	)
}
