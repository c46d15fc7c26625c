import { getFormProps, useForm } from '@conform-to/react'
import { getZodConstraint } from '@conform-to/zod/v4'
import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { Field, FormMessage, Honeypot, Notice, RequiredLegend, SubmitButton } from '~/components/ui/form'
import { login } from '~/modules/auth/auth.server'
import { requireAnonymous } from '~/modules/auth/guards.server'
import { LoginSchema } from '~/modules/auth/schemas'
import { sessionCookie } from '~/modules/auth/session-cookie.server'
import { checkHoneypot } from '~/modules/security/honeypot.server'
import { requestLocale, siteOrigin } from '~/utils/locale.server'
import { authHref, returnPath } from '~/utils/redirect'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('auth.login.title')

export async function loader({ request }: LoaderFunctionArgs) {
	await requireAnonymous(request)
	const url = new URL(request.url)
	return {
		// The schema's constraints only: the schema itself stays on the server (see EmailCodeForm).
		constraint: getZodConstraint(LoginSchema),
		redirectTo: returnPath(url.searchParams.get('redirectTo')),
		reset: url.searchParams.get('reset') === '1',
		verified: url.searchParams.get('verified') === '1',
		email: url.searchParams.get('email')?.slice(0, 254) ?? '',
	}
}

export async function action({ request, context }: ActionFunctionArgs) {
	await requireAnonymous(request)
	const formData = await request.formData()
	checkHoneypot(formData)
	const submission = parseWithZod(formData, { schema: LoginSchema })
	if (submission.status !== 'success') {
		return data({ result: submission.reply({ hideFields: ['password'] }) }, { status: 400 })
	}
	const redirectTo = returnPath(submission.value.redirectTo)
	const outcome = await login({ ...submission.value, redirectTo }, { request, context, locale: requestLocale(request), origin: siteOrigin(request) })
	switch (outcome.status) {
		case 'ok':
			return redirect(redirectTo || '/account', {
				headers: { 'Set-Cookie': sessionCookie(request, outcome.token, outcome.expiresAt) },
			})
		case 'unverified':
			return redirect(authHref('/verify', redirectTo, { email: outcome.email, sent: '1' }))
		case 'limited':
			return data(
				{ result: submission.reply({ formErrors: ['errors.rateLimited'], hideFields: ['password'] }) },
				{ status: 429, headers: { 'Retry-After': String(outcome.retryAfterSeconds) } },
			)
		case 'suspended':
			return data({ result: submission.reply({ formErrors: ['auth.login.suspended'], hideFields: ['password'] }) }, { status: 403 })
		default:
			return data({ result: submission.reply({ formErrors: ['auth.login.invalid'], hideFields: ['password'] }) }, { status: 400 })
	}
}

export default function LoginPage() {
	const { t } = useTranslation()
	const { redirectTo, reset, verified, email, constraint } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useForm<z.input<typeof LoginSchema>>({
		id: 'login',
		lastResult: actionData?.result,
		defaultValue: { redirectTo, email },
		constraint,
		shouldValidate: 'onSubmit',
	})
	return (
		<div className="mx-auto max-w-md">
			<h1 className="text-2xl font-semibold">{t('auth.login.title')}</h1>
			{verified ? (
				<div className="mt-4">
					<Notice tone="success">{t('auth.verify.done')}</Notice>
				</div>
			) : null}
			{reset ? (
				<div className="mt-4">
					<Notice tone="success">{t('auth.reset.done')}</Notice>
				</div>
			) : null}
			<Form method="post" {...getFormProps(form)} className="relative mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-6">
				<Honeypot />
				<FormMessage id={form.errorId} errors={form.errors} />
				<RequiredLegend />
				<input type="hidden" name={fields.redirectTo.name} value={redirectTo} />
				<Field meta={fields.email} label={t('auth.fields.email')} type="email" autoComplete="email" />
				<Field meta={fields.password} label={t('auth.fields.password')} type="password" autoComplete="current-password" />
				<SubmitButton className="w-full">{t('auth.login.submit')}</SubmitButton>
				<div className="flex justify-between text-sm">
					<Link to={authHref('/forgot-password', redirectTo)} className="text-sky-700 underline">
						{t('auth.login.forgot')}
					</Link>
					<Link to={authHref('/signup', redirectTo)} className="text-sky-700 underline">
						{t('auth.signup.title')}
					</Link>
				</div>
			</Form>
		</div>
	)
}
