import { getFormProps, useForm } from '@conform-to/react'
import { getZodConstraint } from '@conform-to/zod/v4'
import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ErrorList, Field, FormMessage, Notice, RequiredLegend, selectProps, SubmitButton } from '~/components/ui/form'
import { getAccount, updateProfile } from '~/modules/account/account.server'
import { requireUser } from '~/modules/auth/guards.server'
import { ProfileSchema } from '~/modules/auth/schemas'
import { formatDate } from '~/utils/format'
import { localeCookie, type Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('account.profile.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const account = await getAccount(user.id)
	const url = new URL(request.url)
	return { account, welcome: url.searchParams.get('welcome') === '1', saved: url.searchParams.get('saved') === '1' }
}

export async function action({ request }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const submission = parseWithZod(await request.formData(), { schema: ProfileSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	await updateProfile(user.id, submission.value)
	const secure = new URL(request.url).protocol === 'https:'
	return redirect('/account?saved=1', {
		headers: { 'Set-Cookie': localeCookie(submission.value.locale as Locale, secure) },
	})
}

export default function AccountProfile() {
	const { t, i18n } = useTranslation()
	const { account, welcome, saved } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useForm({
		id: 'profile',
		lastResult: actionData?.result,
		defaultValue: { name: account.name, phone: account.phone ?? '', locale: account.locale },
		constraint: getZodConstraint(ProfileSchema),
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: ProfileSchema }),
	})
	const locale = i18n.language as Locale
	return (
		<div className="space-y-6">
			<h1 className="text-2xl font-semibold">{t('account.profile.title')}</h1>
			{welcome ? <Notice tone="success">{t('account.profile.welcome')}</Notice> : null}
			{saved ? <Notice tone="success">{t('account.profile.saved')}</Notice> : null}
			<dl className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
				<div>
					<dt className="text-slate-600">{t('auth.fields.email')}</dt>
					<dd className="font-medium" data-testid="account-email">{account.email}</dd>
				</div>
				<div>
					<dt className="text-slate-600">{t('account.profile.memberSince')}</dt>
					<dd className="font-medium">{formatDate(account.createdAt, locale)}</dd>
				</div>
			</dl>
			<Form method="post" {...getFormProps(form)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
				<FormMessage id={form.errorId} errors={form.errors} />
				<RequiredLegend />
				<Field meta={fields.name} label={t('auth.fields.name')} autoComplete="name" />
				<Field meta={fields.phone} label={t('account.profile.phone')} type="tel" autoComplete="tel" />
				<div>
					<label htmlFor={fields.locale.id} className="block text-sm font-medium text-slate-800">
						{t('account.profile.language')}
					</label>
					<select
						{...selectProps(fields.locale)}
						className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
					>
						<option value="vi">Tiếng Việt</option>
						<option value="en">English</option>
					</select>
					<ErrorList id={fields.locale.errorId} errors={fields.locale.errors} />
				</div>
				<SubmitButton>{t('form.save')}</SubmitButton>
			</Form>
		</div>
	)
}
