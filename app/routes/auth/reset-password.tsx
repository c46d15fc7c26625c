import { getZodConstraint } from '@conform-to/zod/v4'
import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { EmailCodeForm } from '~/components/email-code-form'
import { Field, Notice } from '~/components/ui/form'
import { resetPassword } from '~/modules/auth/auth.server'
import { ResetPasswordSchema } from '~/modules/auth/schemas'
import { checkHoneypot } from '~/modules/security/honeypot.server'
import { rateLimitedReply } from '~/modules/security/rate-limit-response.server'
import { rateLimits } from '~/modules/security/rate-limit.server'
import { requestLocale } from '~/utils/locale.server'
import { authHref, returnPath } from '~/utils/redirect'
import { accountRateLimitKey } from '~/modules/security/account-key.server'
import { clientAddressKey } from '~/modules/security/client-address.server'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('auth.reset.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	return {
		// The schema's constraints only: the schema itself stays on the server (see EmailCodeForm).
		constraint: getZodConstraint(ResetPasswordSchema),
		email: url.searchParams.get('email') ?? '',
		code: url.searchParams.get('code') ?? '',
		sent: url.searchParams.get('sent') === '1',
		redirectTo: returnPath(url.searchParams.get('redirectTo')),
	}
}

export async function action({ request, context }: ActionFunctionArgs) {
	const formData = await request.formData()
	checkHoneypot(formData)
	const submission = parseWithZod(formData, { schema: ResetPasswordSchema })
	if (submission.status !== 'success') return data({ result: submission.reply({ hideFields: ['password'] }) }, { status: 400 })
	const limited = await rateLimitedReply(submission, [
		{ key: `verify:ip:${clientAddressKey(context)}`, rule: rateLimits.verifyPerIp },
		{ key: `verify:account:${accountRateLimitKey(submission.value.email)}`, rule: rateLimits.verifyPerAccount },
	])
	if (limited) return limited
	const outcome = await resetPassword(submission.value, { request, context, locale: requestLocale(request) })
	if ('error' in outcome) {
		return data(
			{ result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] }, hideFields: ['password'] }) },
			{ status: 400 },
		)
	}
	return redirect(authHref('/login', returnPath(formData.get('redirectTo')), { reset: '1' }))
}

export default function ResetPasswordPage() {
	const { t } = useTranslation()
	const { email, code, sent, redirectTo, constraint } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<div className="mx-auto max-w-md">
			<h1 className="text-2xl font-semibold">{t('auth.reset.title')}</h1>
			{sent ? (
				<div className="mt-4">
					<Notice>{t('auth.forgot.sent')}</Notice>
				</div>
			) : null}
			<EmailCodeForm<z.input<typeof ResetPasswordSchema>>
				id="reset-password"
				constraint={constraint}
				lastResult={actionData?.result}
				defaultValue={{ email, code }}
				honeypot
				className="mt-6"
				emailLabel={t('auth.fields.email')}
				emailAutoComplete="email"
				submitLabel={t('auth.reset.submit')}
				submitClassName="w-full"
			>
				{(fields) => (
					<>
						<input type="hidden" name="redirectTo" value={redirectTo} />
						<Field
							meta={fields.password}
							label={t('auth.fields.newPassword')}
							type="password"
							autoComplete="new-password"
							help={t('auth.signup.passwordHelp')}
						/>
					</>
				)}
			</EmailCodeForm>
		</div>
	)
}
