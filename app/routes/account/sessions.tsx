import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { SubmitButton } from '~/components/ui/form'
import { listSessions, revokeOtherSessions, revokeSession } from '~/modules/account/account.server'
import { requireUser } from '~/modules/auth/guards.server'
import { clearSessionCookie } from '~/modules/auth/session-cookie.server'
import { describeDevice } from '~/utils/device'
import { formatDateTime } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('account.sessions.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const sessions = await listSessions(user.id)
	return {
		sessions: sessions.map((s) => ({ ...s, current: s.id === user.sessionId, device: describeDevice(s.userAgent) })),
	}
}

export async function action({ request, context }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const formData = await request.formData()
	const intent = formData.get('intent')
	if (intent === 'revoke-others') {
		await revokeOtherSessions(user.id, user.sessionId, { request, context })
		return redirect('/account/sessions')
	}
	if (intent === 'revoke') {
		const sessionId = String(formData.get('sessionId') ?? '')
		const revoked = await revokeSession(user.id, sessionId, { request, context })
		if (!revoked) throw new Response('Not Found', { status: 404 })
		if (sessionId === user.sessionId) return redirect('/', { headers: { 'Set-Cookie': clearSessionCookie(request) } })
		return redirect('/account/sessions')
	}
	throw new Response('Bad Request', { status: 400 })
}

export default function AccountSessions() {
	const { t, i18n } = useTranslation()
	const { sessions } = useLoaderData<typeof loader>()
	const locale = i18n.language as Locale
	return (
		<div className="space-y-6">
			<h1 className="text-2xl font-semibold">{t('account.sessions.title')}</h1>
			<p className="text-sm text-slate-600">{t('account.sessions.intro')}</p>
			<ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="session-list">
				{sessions.map((session) => (
					<li key={session.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
						<div className="text-sm">
							<p className="font-medium">
								{session.device ?? t('account.sessions.unknownDevice')}
								{session.current ? (
									<span className="ml-2 rounded bg-emerald-100 px-2 py-0.5 text-xs text-emerald-800">{t('account.sessions.current')}</span>
								) : null}
							</p>
							<p className="text-slate-600">
								{t('account.sessions.lastSeen', { date: formatDateTime(session.lastSeenAt, locale) })}
								{session.ipAddress ? ` · ${session.ipAddress}` : ''}
							</p>
						</div>
						<Form method="post">
							<input type="hidden" name="intent" value="revoke" />
							<input type="hidden" name="sessionId" value={session.id} />
							<SubmitButton variant="secondary">{session.current ? t('account.sessions.signOutHere') : t('account.sessions.revoke')}</SubmitButton>
						</Form>
					</li>
				))}
			</ul>
			{sessions.length > 1 ? (
				<Form method="post">
					<input type="hidden" name="intent" value="revoke-others" />
					<SubmitButton variant="danger">{t('account.sessions.revokeOthers')}</SubmitButton>
				</Form>
			) : null}
		</div>
	)
}
