import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { SubmitButton } from '~/components/ui/form'
import { requireUser } from '~/modules/auth/guards.server'
import { listNotifications, markAllRead } from '~/modules/notifications/notifications.server'
import { safeRedirectPath } from '~/utils/redirect'
import { formatDateTime } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('account.notifications.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const notifications = await listNotifications(user.id)
	return {
		notifications: notifications.map((n) => ({
			...n,
			link: n.link ? safeRedirectPath(n.link, '') || null : null,
			params: Object.fromEntries(Object.entries((n.data ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)])),
		})),
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const user = await requireUser(request)
	await markAllRead(user.id)
	return redirect('/account/notifications')
}

export default function Notifications() {
	const { t, i18n } = useTranslation()
	const { notifications } = useLoaderData<typeof loader>()
	const locale = i18n.language as Locale
	return (
		<div className="space-y-6">
			<div className="flex flex-wrap items-center justify-between gap-3">
				<h1 className="text-2xl font-semibold">{t('account.notifications.title')}</h1>
				{notifications.some((n) => !n.readAt) ? (
					<Form method="post">
						<SubmitButton variant="secondary">{t('account.notifications.markAllRead')}</SubmitButton>
					</Form>
				) : null}
			</div>
			{notifications.length === 0 ? <p className="text-slate-600">{t('account.notifications.none')}</p> : null}
			<ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="notifications">
				{notifications.map((n) => {
					const text = t(`notificationType.${n.type}`, { ...n.params, defaultValue: n.type })
					return (
						<li key={n.id} className={`p-4 text-sm ${n.readAt ? '' : 'bg-sky-50'}`}>
							<p className={n.readAt ? '' : 'font-semibold'}>{n.link ? <Link to={n.link} className="hover:underline">{text}</Link> : text}</p>
							{n.params.reason ? <p className="mt-1 text-slate-700">{t('account.listings.reason', { reason: n.params.reason })}</p> : null}
							<p className="mt-1 text-xs text-slate-500">{formatDateTime(n.createdAt, locale)}</p>
						</li>
					)
				})}
			</ul>
		</div>
	)
}
