import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useRevalidator } from '@remix-run/react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Notice, SubmitButton } from '~/components/ui/form'
import { audit } from '~/modules/audit/audit.server'
import { requirePermission } from '~/modules/auth/guards.server'
import { getReindexProgress, startReindexInBackground } from '~/modules/search/reindex.server'
import { listDeadLetters, retryDeadLetters, searchIndexStatus } from '~/modules/search/status.server'
import { formatDateTime, formatNumber } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('admin.search.title')

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'update:system:any')
	const [status, progress, deadLetters] = await Promise.all([searchIndexStatus(), getReindexProgress(), listDeadLetters()])
	return { status, progress, deadLetters: deadLetters.map((row) => ({ ...row, id: row.id.toString() })) }
}

export async function action({ request, context }: ActionFunctionArgs) {
	const admin = await requirePermission(request, 'update:system:any')
	const intent = (await request.formData()).get('intent')
	if (intent === 'reindex') {
		// Runs in this process; its progress is kept in the database and shown by this page.
		const started = await startReindexInBackground((error) => console.error('reindex failed', error))
		if (!started) return data({ error: 'admin.search.alreadyRunning' }, { status: 409 })
		await audit({ action: 'search.reindex', actorId: admin.id, entityType: 'system', entityId: 'search', request, context })
		return redirect('/admin/search')
	}
	if (intent === 'retryDead') {
		const count = await retryDeadLetters()
		await audit({ action: 'search.retryDead', actorId: admin.id, entityType: 'system', entityId: 'search', metadata: { count }, request, context })
		return redirect('/admin/search')
	}
	return data({ error: 'errors.badRequest' }, { status: 400 })
}

export default function SearchAdmin() {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { status, progress, deadLetters } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const revalidator = useRevalidator()
	const running = progress?.state === 'running' && !progress.stale
	useEffect(() => {
		if (!running) return
		const timer = setInterval(() => revalidator.state === 'idle' && revalidator.revalidate(), 1_000)
		return () => clearInterval(timer)
	}, [running, revalidator])
	const n = (value: number | null) => (value === null ? '—' : formatNumber(value, locale))
	return (
		<div className="space-y-6">
			<h1 className="text-2xl font-semibold">{t('admin.search.title')}</h1>
			{actionData?.error ? <Notice tone="warning">{t(actionData.error)}</Notice> : null}
			{status.inSync ? <Notice tone="success">{t('admin.search.inSync')}</Notice> : <Notice tone="warning">{t('admin.search.outOfSync')}</Notice>}
			<dl className="grid grid-cols-2 gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3" data-testid="search-status">
				<div><dt className="text-slate-500">{t('admin.search.published')}</dt><dd className="text-lg font-semibold">{n(status.database.published)}</dd></div>
				<div><dt className="text-slate-500">{t('admin.search.documents', { index: status.index.name })}</dt><dd className="text-lg font-semibold">{n(status.index.documents)}</dd></div>
				<div><dt className="text-slate-500">{t('admin.search.pending')}</dt><dd className="text-lg font-semibold">{n(status.outbox.pending)}</dd></div>
				<div><dt className="text-slate-500">{t('admin.search.lag')}</dt><dd className="text-lg font-semibold">{t('admin.search.seconds', { count: status.outbox.lagSeconds })}</dd></div>
				<div><dt className="text-slate-500">{t('admin.search.retrying')}</dt><dd className="text-lg font-semibold">{n(status.outbox.retrying)}</dd></div>
				<div><dt className="text-slate-500">{t('admin.search.dead')}</dt><dd className="text-lg font-semibold">{n(status.outbox.dead)}</dd></div>
			</dl>
			{status.index.error ? <Notice tone="warning">{t('admin.search.unreachable', { error: status.index.error })}</Notice> : null}

			<section aria-labelledby="reindex-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
				<h2 id="reindex-title" className="text-lg font-semibold">{t('admin.search.reindexTitle')}</h2>
				<p className="text-sm text-slate-700">{t('admin.search.reindexHelp')}</p>
				{progress ? (
					<div className="space-y-1 text-sm" data-testid="reindex-progress">
						<p>{t(`admin.search.state.${progress.state}`, { indexed: formatNumber(progress.indexed, locale), total: formatNumber(progress.total, locale) })}</p>
						<progress max={Math.max(progress.total, 1)} value={progress.indexed} className="w-full" aria-label={t('admin.search.reindexTitle')} />
						<p className="text-xs text-slate-500">
							{formatDateTime(progress.startedAt, locale)}
							{progress.durationMs ? ` · ${t('admin.search.seconds', { count: Math.round(progress.durationMs / 1000) })}` : ''}
							{progress.error ? ` · ${progress.error}` : ''}
						</p>
						{running ? <Link to="." className="text-sky-700 underline">{t('admin.search.refresh')}</Link> : null}
					</div>
				) : null}
				<Form method="post">
					<input type="hidden" name="intent" value="reindex" />
					<SubmitButton disabled={running}>{t('admin.search.reindex')}</SubmitButton>
				</Form>
			</section>

			<section aria-labelledby="dead-title" className="space-y-3">
				<h2 id="dead-title" className="text-lg font-semibold">{t('admin.search.deadTitle')}</h2>
				{deadLetters.length === 0 ? <p className="text-sm text-slate-600">{t('admin.search.noDead')}</p> : (
					<>
						<ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
							{deadLetters.map((row) => (
								<li key={row.id} className="p-3">
									<p className="font-mono text-xs">{row.entityType}:{row.entityId} · {t('admin.search.attempts', { count: row.attempts })}</p>
									<p className="text-red-800">{row.lastError}</p>
								</li>
							))}
						</ul>
						<Form method="post">
							<input type="hidden" name="intent" value="retryDead" />
							<SubmitButton variant="secondary">{t('admin.search.retryDead')}</SubmitButton>
						</Form>
					</>
				)}
			</section>
			<p className="text-sm">
				<Link to="/admin/taxonomy" className="text-sky-700 underline">{t('admin.search.synonymsLink')}</Link>
			</p>
		</div>
	)
}
