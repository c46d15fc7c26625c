import { getFormProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Field, FormMessage, Honeypot, Notice, SubmitButton } from '~/components/ui/form'
import { verifyEmail } from '~/modules/auth/auth.server'
import { VerifyEmailSchema } from '~/modules/auth/schemas'
import { getOptionalUser } from '~/modules/auth/guards.server'
import { checkHoneypot } from '~/modules/security/honeypot.server'
import { rateLimitedReply } from '~/modules/security/rate-limit-response.server'
import { rateLimits } from '~/modules/security/rate-limit.server'
import { clientIp } from '~/utils/request.server'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('auth.verify.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	return {
		email: url.searchParams.get('email') ?? '',
		code: url.searchParams.get('code') ?? '',
		sent: url.searchParams.get('sent') === '1',
	}
}

export async function action({ request, context }: ActionFunctionArgs) {
	const formData = await request.formData()
	checkHoneypot(formData)
	const submission = parseWithZod(formData, { schema: VerifyEmailSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	const limited = await rateLimitedReply(submission, [
		{ key: `verify:ip:${clientIp(context)}`, rule: rateLimits.verifyPerIp },
		{ key: `verify:account:${submission.value.email}`, rule: rateLimits.verifyPerAccount },
	])
	if (limited) return limited
	const verified = await verifyEmail(submission.value, { request, context })
	if (!verified) {
		return data({ result: submission.reply({ fieldErrors: { code: ['validation.code.wrongOrExpired'] } }) }, { status: 400 })
	}
	const user = await getOptionalUser(request)
	if (user) return redirect('/account?welcome=1')
	return redirect(`/login?${new URLSearchParams({ verified: '1', email: submission.value.email })}`)
}

export default function VerifyPage() {
	const { t } = useTranslation()
	const { email, code, sent } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useForm({
		id: 'verify',
		lastResult: actionData?.result,
		defaultValue: { email, code },
		constraint: getZodConstraint(VerifyEmailSchema),
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: VerifyEmailSchema }),
	})
	return (
		<div className="mx-auto max-w-lg">
			<h1 className="text-2xl font-semibold">{t('auth.verify.title')}</h1>
			{sent ? (
				<div className="mt-4">
					<Notice>{t('auth.verify.sent', { email })}</Notice>
				</div>
			) : null}
			<Form method="post" {...getFormProps(form)} className="relative mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-6">
				<Honeypot />
				<FormMessage id={form.errorId} errors={form.errors} />
				<Field meta={fields.email} label={t('auth.fields.email')} type="email" autoComplete="email" />
				<Field meta={fields.code} label={t('auth.fields.code')} autoComplete="one-time-code" help={t('auth.verify.codeHelp')} />
				<SubmitButton className="w-full">{t('auth.verify.submit')}</SubmitButton>
			</Form>
		</div>
	)
}
