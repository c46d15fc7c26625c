import { getZodConstraint } from '@conform-to/zod/v4'
import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { EmailCodeForm } from '~/components/email-code-form'
import { CheckboxField, Notice } from '~/components/ui/form'
import { confirmEmailChange } from '~/modules/auth/auth.server'
import { requireUser } from '~/modules/auth/guards.server'
import { ConfirmEmailChangeSchema } from '~/modules/auth/schemas'
import { rateLimitedReply } from '~/modules/security/rate-limit-response.server'
import { rateLimits } from '~/modules/security/rate-limit.server'
import { requestLocale } from '~/utils/locale.server'

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUser(request)
	const url = new URL(request.url)
	return { constraint: getZodConstraint(ConfirmEmailChangeSchema), email: url.searchParams.get('email') ?? '', code: url.searchParams.get('code') ?? '', sent: url.searchParams.get('sent') === '1' }
}

export async function action({ request, context }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const submission = parseWithZod(await request.formData(), { schema: ConfirmEmailChangeSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	const limited = await rateLimitedReply(submission, [{ key: `verify:account:${user.id}`, rule: rateLimits.verifyPerAccount }])
	if (limited) return limited
	const outcome = await confirmEmailChange(
		{ userId: user.id, sessionId: user.sessionId, newEmail: submission.value.email, code: submission.value.code, signOutOthers: Boolean(submission.value.signOutOthers) },
		{ request, context, locale: requestLocale(request) },
	)
	if ('error' in outcome) return data({ result: submission.reply({ fieldErrors: { code: [outcome.error] } }) }, { status: 400 })
	return redirect('/account?saved=1')
}

export default function ConfirmEmailChange() {
	const { t } = useTranslation()
	const { email, code, sent, constraint } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	return (
		<div className="space-y-4">
			<h1 className="text-2xl font-semibold">{t('account.security.confirmEmailTitle')}</h1>
			{sent ? <Notice>{t('auth.verify.sent', { email })}</Notice> : null}
			<EmailCodeForm<z.input<typeof ConfirmEmailChangeSchema>>
				id="confirm-email"
				constraint={constraint}
				lastResult={actionData?.result}
				// Signing the other devices out is the default: whoever changes the address may be
				// taking the account back from someone signed in elsewhere.
				defaultValue={{ email, code, signOutOthers: 'on' }}
				emailLabel={t('auth.fields.newEmail')}
				submitLabel={t('auth.verify.submit')}
			>
				{(fields) => <CheckboxField meta={fields.signOutOthers} label={t('account.security.signOutOthers')} />}
			</EmailCodeForm>
		</div>
	)
}
