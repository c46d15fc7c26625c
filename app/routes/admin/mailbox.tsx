import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requirePermission } from '~/modules/auth/guards.server'
import { devMailboxEnabled, listDevMailbox } from '~/modules/email/email.server'
import { formatDateTime } from '~/utils/format'
import type { Locale } from '~/utils/i18n'

export const meta: MetaFunction = () => [{ title: 'Hộp thư thử nghiệm · Quản trị' }]

// Only exists while no SMTP server is configured: then it is where e-mails go.
export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'update:system:any')
	if (!devMailboxEnabled()) throw new Response('Not Found', { status: 404 })
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
