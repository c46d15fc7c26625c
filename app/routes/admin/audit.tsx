import { type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ErrorList } from '~/components/ui/form'
import { audit } from '~/modules/audit/audit.server'
import { requirePermission } from '~/modules/auth/guards.server'
import { actionLabelKey, readAuditFilters, type AuditFilterInput } from '~/modules/audit/audit-filters'
import { auditChoices, listAuditLog } from '~/modules/audit/audit-log.server'
import { formatDateTime } from '~/utils/format'
import { isLocale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('auditLog.title')

// The log holds personal data (names, e-mail and IP addresses), so each look at it is
// itself logged, with its filters (docs/decisions/0010-audit-log-viewer.md).
export async function loader({ request, context }: LoaderFunctionArgs) {
	const admin = await requirePermission(request, 'read:audit:any')
	const params = new URL(request.url).searchParams
	const { input, filters, errors } = readAuditFilters(params)
	const page = Math.min(10_000, Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1))
	const filtersUsed = Object.fromEntries(Object.entries(input).filter(([, value]) => value))
	await audit({ action: 'admin.audit.viewed', actorId: admin.id, entityType: 'audit', metadata: { filters: filtersUsed, page }, request, context })
	const [log, choices] = await Promise.all([listAuditLog(filters, page), auditChoices()])
	return { input, errors, page, ...log, choices }
}

function query(input: AuditFilterInput, extra: Record<string, string> = {}) {
	const params = new URLSearchParams()
	for (const [key, value] of Object.entries({ ...input, ...extra })) if (value) params.set(key, value)
	return params.toString()
}

export default function AuditLog() {
	const { t, i18n } = useTranslation()
	const locale = isLocale(i18n.language) ? i18n.language : 'vi'
	const { input, errors, page, pages, total, rows, choices } = useLoaderData<typeof loader>()
	const actionLabel = (action: string) => t(actionLabelKey(action), { defaultValue: action })
	const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-600'
	const text = (name: keyof AuditFilterInput, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
		<div>
			<label htmlFor={`audit-${name}`} className="block text-sm font-medium text-slate-800">{label}</label>
			<input
				id={`audit-${name}`}
				name={name}
				defaultValue={input[name]}
				aria-invalid={errors[name] ? true : undefined}
				aria-describedby={errors[name] ? `audit-${name}-error` : undefined}
				className={inputClass}
				{...extra}
			/>
			<ErrorList id={`audit-${name}-error`} errors={errors[name] ? [errors[name]] : null} />
		</div>
	)
	return (
		<div className="space-y-4">
			<h1 className="text-2xl font-semibold">{t('auditLog.title')}</h1>
			<p className="text-sm text-slate-600">{t('auditLog.intro')}</p>
			<Form method="get" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={t('auditLog.filters')}>
				{text('actor', t('auditLog.fields.actor'), { placeholder: t('auditLog.fields.actorPlaceholder') })}
				<div>
					<label htmlFor="audit-action" className="block text-sm font-medium text-slate-800">{t('auditLog.fields.action')}</label>
					<select id="audit-action" name="action" defaultValue={input.action} className={inputClass} aria-invalid={errors.action ? true : undefined} aria-describedby={errors.action ? 'audit-action-error' : undefined}>
						<option value="">{t('auditLog.fields.all')}</option>
						{input.action && !choices.actions.includes(input.action) ? <option value={input.action}>{input.action}</option> : null}
						{choices.actions.map((action) => (
							<option key={action} value={action}>{actionLabel(action)}</option>
						))}
					</select>
					<ErrorList id="audit-action-error" errors={errors.action ? [errors.action] : null} />
				</div>
				<div>
					<label htmlFor="audit-entityType" className="block text-sm font-medium text-slate-800">{t('auditLog.fields.entityType')}</label>
					<select id="audit-entityType" name="entityType" defaultValue={input.entityType} className={inputClass}>
						<option value="">{t('auditLog.fields.all')}</option>
						{input.entityType && !choices.entityTypes.includes(input.entityType) ? <option value={input.entityType}>{input.entityType}</option> : null}
						{choices.entityTypes.map((type) => (
							<option key={type} value={type}>{t(`auditLog.entity.${type}`, { defaultValue: type })}</option>
						))}
					</select>
				</div>
				{text('entityId', t('auditLog.fields.entityId'))}
				{text('from', t('auditLog.fields.from'), { placeholder: 'dd/mm/yyyy', inputMode: 'numeric', autoComplete: 'off' })}
				{text('to', t('auditLog.fields.to'), { placeholder: 'dd/mm/yyyy', inputMode: 'numeric', autoComplete: 'off' })}
				<div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-3">
					<button type="submit" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">{t('auditLog.apply')}</button>
					<Link to="/admin/audit" className="text-sm text-sky-700 underline">{t('auditLog.reset')}</Link>
					<a href={`/admin/audit.csv?${query(input)}`} download className="text-sm text-sky-700 underline" data-testid="audit-csv">{t('auditLog.exportCsv')}</a>
				</div>
			</Form>
			<p className="text-sm text-slate-600" role="status">{t('auditLog.count', { count: total })}</p>
			<div className="overflow-x-auto">
				<table className="w-full border-collapse rounded-lg bg-white text-sm" data-testid="audit-table">
					<thead className="bg-slate-100 text-left">
						<tr>
							<th scope="col" className="p-2">{t('auditLog.columns.time')}</th>
							<th scope="col" className="p-2">{t('auditLog.columns.action')}</th>
							<th scope="col" className="p-2">{t('auditLog.columns.actor')}</th>
							<th scope="col" className="p-2">{t('auditLog.columns.object')}</th>
							<th scope="col" className="p-2">{t('auditLog.columns.details')}</th>
						</tr>
					</thead>
					<tbody>
						{rows.map((row) => (
							<tr key={row.id} className="border-t border-slate-200 align-top">
								<td className="whitespace-nowrap p-2">{formatDateTime(row.createdAt, locale)}</td>
								<td className="p-2">
									{actionLabel(row.action)}
									<div className="text-xs text-slate-600"><code>{row.action}</code></div>
								</td>
								<td className="p-2">
									{row.actor ? (
										<>
											{row.actor.name}
											<div className="text-xs text-slate-600">{row.actor.email}</div>
										</>
									) : row.actorId ? (
										<span className="text-slate-600">{t('auditLog.deletedActor')} <code className="text-xs">{row.actorId}</code></span>
									) : (
										<span className="text-slate-600">{t('auditLog.noActor')}</span>
									)}
									{row.ipAddress ? <div className="text-xs text-slate-600">{row.ipAddress}</div> : null}
								</td>
								<td className="p-2">
									{row.entityType ? (
										<>
											{t(`auditLog.entity.${row.entityType}`, { defaultValue: row.entityType })}{' '}
											{row.link ? (
												<Link to={row.link} className="text-sky-700 underline"><code className="text-xs">{row.entityId}</code></Link>
											) : (
												<code className="text-xs">{row.entityId}</code>
											)}
										</>
									) : null}
								</td>
								<td className="max-w-xs break-words p-2 text-xs text-slate-700">{row.metadata === '{}' ? '' : row.metadata}</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
			{rows.length === 0 ? <p className="text-sm text-slate-600">{t('auditLog.empty')}</p> : null}
			<nav className="flex items-center gap-4 text-sm" aria-label={t('form.pagination')}>
				{page > 1 ? <Link to={`?${query(input, { page: String(page - 1) })}`} className="text-sky-700 underline">{t('form.previous')}</Link> : null}
				<span>{t('auditLog.page', { page, pages })}</span>
				{page < pages ? <Link to={`?${query(input, { page: String(page + 1) })}`} className="text-sky-700 underline">{t('form.next')}</Link> : null}
			</nav>
		</div>
	)
}
