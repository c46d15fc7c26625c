import { getFormProps, useForm } from '@conform-to/react'
import { getZodConstraint } from '@conform-to/zod/v4'
import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { Field, FormMessage, Honeypot, Notice, RequiredLegend, SubmitButton } from '~/components/ui/form'
import { requestPasswordReset } from '~/modules/auth/auth.server'
import { ForgotPasswordSchema } from '~/modules/auth/schemas'
import { checkHoneypot } from '~/modules/security/honeypot.server'
import { rateLimitedReply } from '~/modules/security/rate-limit-response.server'
import { rateLimits } from '~/modules/security/rate-limit.server'
import { requestLocale, siteOrigin } from '~/utils/locale.server'
import { authHref, returnPath } from '~/utils/redirect'
import { accountRateLimitKey } from '~/modules/security/account-key.server'
import { clientAddressKey } from '~/modules/security/client-address.server'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('auth.forgot.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	return {
		// The schema's constraints only: the schema itself stays on the server (see EmailCodeForm).
		constraint: getZodConstraint(ForgotPasswordSchema), sentTo: url.searchParams.get('sent'), redirectTo: returnPath(url.searchParams.get('redirectTo')) }
}

export async function action({ request, context }: ActionFunctionArgs) {
	const formData = await request.formData()
	checkHoneypot(formData)
	const submission = parseWithZod(formData, { schema: ForgotPasswordSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	const limited = await rateLimitedReply(submission, [
		{ key: `reset:ip:${clientAddressKey(context)}`, rule: rateLimits.resetPerIp },
		{ key: `reset:account:${accountRateLimitKey(submission.value.email)}`, rule: rateLimits.resetPerAccount },
	])
	if (limited) return limited
	const redirectTo = returnPath(formData.get('redirectTo'))
	await requestPasswordReset(submission.value.email, { request, context, locale: requestLocale(request), origin: siteOrigin(request) }, redirectTo)
	// The same answer whether or not the address has an account.
	return redirect(authHref('/reset-password', redirectTo, { email: submission.value.email, sent: '1' }))
}

export default function ForgotPasswordPage() {
	const { t } = useTranslation()
	const { sentTo, redirectTo, constraint } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useForm<z.input<typeof ForgotPasswordSchema>>({
		id: 'forgot-password',
		lastResult: actionData?.result,
		constraint,
		shouldValidate: 'onSubmit',
	})
	return (
		<div className="mx-auto max-w-md">
			<h1 className="text-2xl font-semibold">{t('auth.forgot.title')}</h1>
			<p className="mt-2 text-slate-600">{t('auth.forgot.intro')}</p>
			{sentTo ? <Notice>{t('auth.forgot.sent')}</Notice> : null}
			<Form method="post" {...getFormProps(form)} className="relative mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-6">
				<Honeypot />
				<FormMessage id={form.errorId} errors={form.errors} />
				<RequiredLegend />
				<input type="hidden" name="redirectTo" value={redirectTo} />
				<Field meta={fields.email} label={t('auth.fields.email')} type="email" autoComplete="email" />
				<SubmitButton className="w-full">{t('auth.forgot.submit')}</SubmitButton>
			</Form>
		</div>
	)
}
