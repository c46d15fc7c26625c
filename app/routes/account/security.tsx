import { getFormProps, useForm } from '@conform-to/react'
import { getZodConstraint } from '@conform-to/zod/v4'
import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CheckboxField, Field, FormMessage, Notice, RequiredLegend, SubmitButton } from '~/components/ui/form'
import { changePassword, requestEmailChange } from '~/modules/auth/auth.server'
import { requireUser } from '~/modules/auth/guards.server'
import { ChangeEmailSchema, ChangePasswordSchema } from '~/modules/auth/schemas'
import { requestLocale, siteOrigin } from '~/utils/locale.server'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('account.security.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const url = new URL(request.url)
	return {
		email: user.email,
		passwordChanged: url.searchParams.get('password') === 'changed',
		signedOut: Number(url.searchParams.get('signedOut') ?? 0),
		emailSentTo: url.searchParams.get('emailSent'),
	}
}

const hidden = ['currentPassword', 'newPassword']

export async function action({ request, context }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const formData = await request.formData()
	const intent = formData.get('intent')
	if (intent === 'change-password') {
		const submission = parseWithZod(formData, { schema: ChangePasswordSchema })
		if (submission.status !== 'success') return data({ intent, result: submission.reply({ hideFields: hidden }) }, { status: 400 })
		const outcome = await changePassword(
			{ userId: user.id, sessionId: user.sessionId, currentPassword: submission.value.currentPassword, newPassword: submission.value.newPassword, signOutOthers: Boolean(submission.value.signOutOthers) },
			{ request, context, locale: requestLocale(request) },
		)
		if ('error' in outcome) {
			return data({ intent, result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] }, hideFields: hidden }) }, { status: 400 })
		}
		return redirect(`/account/security?password=changed&signedOut=${outcome.signedOut}`)
	}
	if (intent === 'change-email') {
		const submission = parseWithZod(formData, { schema: ChangeEmailSchema })
		if (submission.status !== 'success') return data({ intent, result: submission.reply({ hideFields: hidden }) }, { status: 400 })
		const outcome = await requestEmailChange(
			{ userId: user.id, ...submission.value },
			{ request, context, locale: requestLocale(request), origin: siteOrigin(request) },
		)
		if ('error' in outcome) {
			return data({ intent, result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] }, hideFields: hidden }) }, { status: 400 })
		}
		return redirect(`/account/confirm-email?${new URLSearchParams({ email: submission.value.newEmail, sent: '1' })}`)
	}
	return data({ intent: null, result: undefined }, { status: 400 })
}

export default function AccountSecurity() {
	const { t } = useTranslation()
	const { email, passwordChanged, signedOut } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [passwordForm, passwordFields] = useForm({
		id: 'change-password',
		// Signing the other devices out is the default (the box can be unticked).
		defaultValue: { signOutOthers: 'on' },
		lastResult: actionData?.intent === 'change-password' ? actionData.result : undefined,
		constraint: getZodConstraint(ChangePasswordSchema),
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordSchema }),
	})
	const [emailForm, emailFields] = useForm({
		id: 'change-email',
		lastResult: actionData?.intent === 'change-email' ? actionData.result : undefined,
		constraint: getZodConstraint(ChangeEmailSchema),
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangeEmailSchema }),
	})
	return (
		<div className="space-y-8">
			<h1 className="text-2xl font-semibold">{t('account.security.title')}</h1>
			{passwordChanged ? (
				<Notice tone="success">{t('account.security.passwordChanged', { count: signedOut })}</Notice>
			) : null}
			<section aria-labelledby="change-password-title" className="space-y-4">
				<h2 id="change-password-title" className="text-lg font-semibold">
					{t('account.security.changePassword')}
				</h2>
				<Form method="post" {...getFormProps(passwordForm)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
					<input type="hidden" name="intent" value="change-password" />
					<FormMessage id={passwordForm.errorId} errors={passwordForm.errors} />
					<RequiredLegend />
					<Field meta={passwordFields.currentPassword} label={t('auth.fields.currentPassword')} type="password" autoComplete="current-password" />
					<Field meta={passwordFields.newPassword} label={t('auth.fields.newPassword')} type="password" autoComplete="new-password" help={t('auth.signup.passwordHelp')} />
					<CheckboxField meta={passwordFields.signOutOthers} label={t('account.security.signOutOthers')} />
					<SubmitButton>{t('account.security.changePassword')}</SubmitButton>
				</Form>
			</section>
			<section aria-labelledby="change-email-title" className="space-y-4">
				<h2 id="change-email-title" className="text-lg font-semibold">
					{t('account.security.changeEmail')}
				</h2>
				<p className="text-sm text-slate-600">{t('account.security.changeEmailIntro', { email })}</p>
				<Form method="post" {...getFormProps(emailForm)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
					<input type="hidden" name="intent" value="change-email" />
					<FormMessage id={emailForm.errorId} errors={emailForm.errors} />
					<RequiredLegend />
					<Field meta={emailFields.newEmail} label={t('auth.fields.newEmail')} type="email" autoComplete="email" />
					<Field meta={emailFields.currentPassword} label={t('auth.fields.currentPassword')} type="password" autoComplete="current-password" />
					<SubmitButton>{t('account.security.changeEmail')}</SubmitButton>
				</Form>
			</section>
		</div>
	)
}
