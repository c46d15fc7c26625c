import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormMessage, Notice, SubmitButton } from '~/components/ui/form'
import {
	deleteAccount,
	deletionImpact,
	listConsents,
	optionalConsentPurposes,
	setConsent,
} from '~/modules/account/account.server'
import { requireUser } from '~/modules/auth/guards.server'
import { checkCurrentPassword } from '~/modules/auth/auth.server'
import { clearSessionCookie } from '~/modules/auth/session-cookie.server'
import { formatDateTime } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('account.privacy.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const [consents, impact] = await Promise.all([listConsents(user.id), deletionImpact(user.id)])
	return { consents, impact, purposes: optionalConsentPurposes }
}

export async function action({ request, context }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const formData = await request.formData()
	const intent = formData.get('intent')
	const ctx = { request, context }
	if (intent === 'consent') {
		const purpose = optionalConsentPurposes.find((p) => p === formData.get('purpose'))
		if (!purpose) return data({ error: 'errors.badRequest' }, { status: 400 })
		await setConsent(user.id, purpose, formData.get('granted') === 'true', ctx)
		return redirect('/account/privacy')
	}
	if (intent === 'delete') {
		if (formData.get('confirm') !== 'on') return data({ error: 'account.privacy.confirmRequired' }, { status: 400 })
		const current = await checkCurrentPassword(user.id, String(formData.get('password') ?? '').slice(0, 1024))
		if (current === 'limited') return data({ error: 'errors.rateLimited' }, { status: 429 })
		if (current === 'wrong') return data({ error: 'validation.password.wrongCurrent' }, { status: 400 })
		const outcome = await deleteAccount(user.id, ctx)
		if (!outcome.ok) return data({ error: 'account.privacy.transferOwnershipFirst' }, { status: 409 })
		return redirect('/?deleted=1', { headers: { 'Set-Cookie': clearSessionCookie(request) } })
	}
	return data({ error: 'errors.badRequest' }, { status: 400 })
}

export default function AccountPrivacy() {
	const { t, i18n } = useTranslation()
	const { consents, impact, purposes } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const locale = i18n.language as Locale
	const active = (purpose: string) => consents.find((c) => c.purpose === purpose && !c.withdrawnAt)
	return (
		<div className="space-y-10">
			<h1 className="text-2xl font-semibold">{t('account.privacy.title')}</h1>
			{actionData?.error ? <FormMessage errors={[actionData.error]} /> : null}

			<section aria-labelledby="consents-title" className="space-y-3">
				<h2 id="consents-title" className="text-lg font-semibold">{t('account.privacy.consentsTitle')}</h2>
				<ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
					<li className="p-4 text-sm">
						<p className="font-medium">{t('consent.PRIVACY_NOTICE')}</p>
						<p className="text-slate-600">{t('account.privacy.requiredConsent')}</p>
					</li>
					{purposes.map((purpose) => {
						const grant = active(purpose)
						return (
							<li key={purpose} className="flex flex-wrap items-center justify-between gap-3 p-4 text-sm">
								<div>
									<p className="font-medium">{t(`consent.${purpose}`)}</p>
									<p className="text-slate-600">
										{grant
											? t('account.privacy.grantedOn', { date: formatDateTime(grant.grantedAt, locale), version: grant.noticeVersion })
											: t('account.privacy.notGranted')}
									</p>
								</div>
								<Form method="post">
									<input type="hidden" name="intent" value="consent" />
									<input type="hidden" name="purpose" value={purpose} />
									<input type="hidden" name="granted" value={grant ? 'false' : 'true'} />
									<SubmitButton variant="secondary">{grant ? t('account.privacy.withdraw') : t('account.privacy.grant')}</SubmitButton>
								</Form>
							</li>
						)
					})}
				</ul>
			</section>

			<section aria-labelledby="export-title" className="space-y-3">
				<h2 id="export-title" className="text-lg font-semibold">{t('account.privacy.exportTitle')}</h2>
				<p className="text-sm text-slate-600">{t('account.privacy.exportIntro')}</p>
				{/* A document request (not a fetch): the browser receives the file as a download. */}
				<Form method="post" action="/account/privacy/export" reloadDocument>
					<SubmitButton variant="secondary">{t('account.privacy.exportButton')}</SubmitButton>
				</Form>
			</section>

			<section aria-labelledby="delete-title" className="space-y-3">
				<h2 id="delete-title" className="text-lg font-semibold text-red-800">{t('account.privacy.deleteTitle')}</h2>
				<div className="space-y-2 text-sm text-slate-700">
					<p>{t('account.privacy.deleteRemoved')}</p>
					<p>{t('account.privacy.deleteKept', { count: impact.authoredListings })}</p>
					{impact.organizations.length > 0 ? (
						<ul className="list-disc pl-5">
							{impact.organizations.map((org) => (
								<li key={org.slug}>{t('account.privacy.deleteOrganization', { name: org.name, count: org.publishedListings })}</li>
							))}
						</ul>
					) : null}
				</div>
				{impact.blockingOrganizations.length > 0 ? (
					<Notice tone="warning">
						{t('account.privacy.transferOwnershipFirst')} {impact.blockingOrganizations.map((o) => o.name).join(', ')}
					</Notice>
				) : (
					<Form method="post" className="space-y-3 rounded-lg border border-red-200 bg-white p-4">
						<input type="hidden" name="intent" value="delete" />
						<div>
							<label htmlFor="delete-password" className="block text-sm font-medium">{t('auth.fields.currentPassword')}</label>
							<input id="delete-password" name="password" type="password" autoComplete="current-password" required className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
						</div>
						<label className="flex gap-2 text-sm">
							<input type="checkbox" name="confirm" required className="mt-1" />
							<span>{t('account.privacy.deleteConfirm')}</span>
						</label>
						<SubmitButton variant="danger">{t('account.privacy.deleteButton')}</SubmitButton>
					</Form>
				)}
			</section>
		</div>
	)
}
