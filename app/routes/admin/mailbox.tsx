import { type LoaderFunctionArgs } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { audit } from '~/modules/audit/audit.server'
import { requirePermission } from '~/modules/auth/guards.server'
import { devMailboxEnabled, listDevMailbox } from '~/modules/email/email.server'
import { formatDateTime } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('admin.mailbox.title')

// Only exists while no SMTP server is configured: then it is where e-mails go.
export async function loader({ request, context }: LoaderFunctionArgs) {
	const admin = await requirePermission(request, 'update:system:any')
	if (!devMailboxEnabled()) throw new Response('Not Found', { status: 404 })
	await audit({ action: 'admin.mailbox.viewed', actorId: admin.id, request, context })
	return { messages: await listDevMailbox(100) }
}

export default function DevMailbox() {
	const { t, i18n } = useTranslation()
	const { messages } = useLoaderData<typeof loader>()
	const locale = i18n.language as Locale
	return (
		<div className="space-y-4">
			<h1 className="text-2xl font-semibold">{t('admin.mailbox.title')}</h1>
			<p className="text-sm text-slate-600">{t('admin.mailbox.intro')}</p>
			<ul className="space-y-3">
				{messages.map((message) => (
					<li key={message.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="mail">
						<p className="text-xs text-slate-500">{formatDateTime(message.createdAt, locale)} · {message.to}</p>
						<p className="font-medium" data-testid="mail-subject">{message.subject}</p>
						<pre className="mt-2 whitespace-pre-wrap font-sans text-sm text-slate-800" data-testid="mail-body">{message.text}</pre>
					</li>
				))}
			</ul>
		</div>
	)
}
