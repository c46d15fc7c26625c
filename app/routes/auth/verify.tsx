import { getZodConstraint } from '@conform-to/zod/v4'
import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { EmailCodeForm } from '~/components/email-code-form'
import { Notice } from '~/components/ui/form'
import { verifyEmail } from '~/modules/auth/auth.server'
import { VerifyEmailSchema } from '~/modules/auth/schemas'
import { getOptionalUser } from '~/modules/auth/guards.server'
import { checkHoneypot } from '~/modules/security/honeypot.server'
import { rateLimitedReply } from '~/modules/security/rate-limit-response.server'
import { rateLimits } from '~/modules/security/rate-limit.server'
import { authHref, returnPath } from '~/utils/redirect'
import { accountRateLimitKey } from '~/modules/security/account-key.server'
import { clientAddressKey } from '~/modules/security/client-address.server'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('auth.verify.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	return {
		// The schema's constraints only: the schema itself stays on the server (see EmailCodeForm).
		constraint: getZodConstraint(VerifyEmailSchema),
		email: url.searchParams.get('email') ?? '',
		code: url.searchParams.get('code') ?? '',
		sent: url.searchParams.get('sent') === '1',
		redirectTo: returnPath(url.searchParams.get('redirectTo')),
	}
}

export async function action({ request, context }: ActionFunctionArgs) {
	const formData = await request.formData()
	checkHoneypot(formData)
	const submission = parseWithZod(formData, { schema: VerifyEmailSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	const limited = await rateLimitedReply(submission, [
		{ key: `verify:ip:${clientAddressKey(context)}`, rule: rateLimits.verifyPerIp },
		{ key: `verify:account:${accountRateLimitKey(submission.value.email)}`, rule: rateLimits.verifyPerAccount },
	])
	if (limited) return limited
	const verified = await verifyEmail(submission.value, { request, context })
	if (!verified) {
		return data({ result: submission.reply({ fieldErrors: { code: ['validation.code.wrongOrExpired'] } }) }, { status: 400 })
	}
	const redirectTo = returnPath(formData.get('redirectTo'))
	const user = await getOptionalUser(request)
	if (user) return redirect(redirectTo || '/account?welcome=1')
	// Verifying does not sign in (see verifyEmail): the sign-in page returns them to redirectTo.
	return redirect(authHref('/login', redirectTo, { verified: '1', email: submission.value.email }))
}

export default function VerifyPage() {
	const { t } = useTranslation()
	const { email, code, sent, redirectTo, constraint } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<div className="mx-auto max-w-lg">
			<h1 className="text-2xl font-semibold">{t('auth.verify.title')}</h1>
			{sent ? (
				<div className="mt-4">
					<Notice>{t('auth.verify.sent', { email })}</Notice>
				</div>
			) : null}
			<EmailCodeForm<z.input<typeof VerifyEmailSchema>>
				id="verify"
				constraint={constraint}
				lastResult={actionData?.result}
				defaultValue={{ email, code }}
				honeypot
				className="mt-6"
				emailLabel={t('auth.fields.email')}
				emailAutoComplete="email"
				codeHelp={t('auth.verify.codeHelp')}
				submitLabel={t('auth.verify.submit')}
				submitClassName="w-full"
			>
				{() => <input type="hidden" name="redirectTo" value={redirectTo} />}
			</EmailCodeForm>
		</div>
	)
}
