import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Notice, SubmitButton } from '~/components/ui/form'
import { requireUser } from '~/modules/auth/guards.server'
import { getPreferences, listNotifications, markAllRead, savePreferences } from '~/modules/notifications/notifications.server'
import { safeRedirectPath } from '~/utils/redirect'
import { formatDateTime } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('account.notifications.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const [notifications, preferences] = await Promise.all([listNotifications(user.id), getPreferences(user.id)])
	return {
		preferences,
		notifications: notifications.map((n) => ({
			...n,
			link: n.link ? safeRedirectPath(n.link, '') || null : null,
			params: Object.fromEntries(Object.entries((n.data ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)])),
		})),
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const form = await request.formData()
	if (form.get('intent') === 'preferences') {
		await savePreferences(user.id, form)
		return { preferencesSaved: true }
	}
	await markAllRead(user.id)
	return redirect('/account/notifications')
}

export default function Notifications() {
	const { t, i18n } = useTranslation()
	const { notifications, preferences } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const locale = i18n.language as Locale
	return (
		<div className="space-y-6">
			<div className="flex flex-wrap items-center justify-between gap-3">
				<h1 className="text-2xl font-semibold">{t('account.notifications.title')}</h1>
				{notifications.some((n) => !n.readAt) ? (
					<Form method="post">
						<input type="hidden" name="intent" value="markAllRead" />
						<SubmitButton variant="secondary">{t('account.notifications.markAllRead')}</SubmitButton>
					</Form>
				) : null}
			</div>
			{notifications.length === 0 ? <p className="text-slate-600">{t('account.notifications.none')}</p> : null}
			<ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="notifications">
				{notifications.map((n) => {
					const text = t([`notificationType.${n.type}`, `listingDetails.notificationType.${n.type}`], { ...n.params, defaultValue: n.type })
					return (
						<li key={n.id} className={`p-4 text-sm ${n.readAt ? '' : 'bg-sky-50'}`}>
							<p className={n.readAt ? '' : 'font-semibold'}>{n.link ? <Link to={n.link} className="hover:underline">{text}</Link> : text}</p>
							{n.params.reason ? <p className="mt-1 text-slate-700">{t('account.listings.reason', { reason: n.params.reason })}</p> : null}
							<p className="mt-1 text-xs text-slate-500">{formatDateTime(n.createdAt, locale)}</p>
						</li>
					)
				})}
			</ul>
			<section aria-labelledby="notification-preferences" className="space-y-3">
				<h2 id="notification-preferences" className="text-lg font-semibold">{t('account.notifications.preferences.title')}</h2>
				<p className="text-sm text-slate-600">{t('account.notifications.preferences.intro')}</p>
				{actionData?.preferencesSaved ? <Notice tone="success">{t('account.notifications.preferences.saved')}</Notice> : null}
				<Form method="post" className="space-y-4">
					<input type="hidden" name="intent" value="preferences" />
					<table className="w-full rounded-lg border border-slate-200 bg-white text-sm">
						<thead>
							<tr className="border-b border-slate-200 text-left">
								<th scope="col" className="p-3">{t('account.notifications.preferences.type')}</th>
								<th scope="col" className="p-3 text-center">{t('account.notifications.preferences.inApp')}</th>
								<th scope="col" className="p-3 text-center">{t('account.notifications.preferences.email')}</th>
							</tr>
						</thead>
						<tbody>
							{preferences.map((preference) => {
								const label = t([`notificationPreference.${preference.type}`, `listingDetails.notificationPreference.${preference.type}`])
								return (
									<tr key={preference.type} className="border-b border-slate-100 last:border-0">
										<th scope="row" className="p-3 text-left font-normal">{label}</th>
										<td className="p-3 text-center">
											<input
												type="checkbox"
												name="channel"
												value={`${preference.type}:inApp`}
												defaultChecked={preference.inApp}
												aria-label={`${label}: ${t('account.notifications.preferences.inApp')}`}
											/>
										</td>
										<td className="p-3 text-center">
											<input
												type="checkbox"
												name="channel"
												value={`${preference.type}:email`}
												defaultChecked={preference.email}
												aria-label={`${label}: ${t('account.notifications.preferences.email')}`}
											/>
										</td>
									</tr>
								)
							})}
						</tbody>
					</table>
					<SubmitButton>{t('account.notifications.preferences.save')}</SubmitButton>
				</Form>
			</section>
		</div>
	)
}
