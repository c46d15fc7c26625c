import { getFormProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ErrorList, FormMessage, Notice, RadioGroup, RequiredLegend, SubmitButton } from '~/components/ui/form'
import { applicationsTable, autoAssignWithReport, bulkDecide } from '~/modules/programmes/evaluation.server'
import { notFound } from '~/modules/auth/guards.server'
import { requireProgrammeOfficer } from '~/modules/programmes/officers.server'
import { decisionPlaceholders, filterableStatuses, parseTableFilters, tableSorts } from '~/modules/programmes/evaluation-table'
import { bulkDecisionSchema, outcomes } from '~/modules/programmes/evaluation-schemas'
import { effectiveProgrammeStatus } from '~/modules/programmes/programme-lifecycle'
import { changeProgrammeStatus } from '~/modules/programmes/programme-status.server'
import { formatDateTime, formatNumber, formatVnd } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { siteOrigin } from '~/utils/locale.server'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('evaluation.table.pageTitle')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, programme } = await requireProgrammeOfficer(request, params.programmeId!)
	const url = new URL(request.url)
	const filters = parseTableFilters(url.searchParams)
	const { rows, drafts } = await applicationsTable(programme.id, filters, user.id)
	return {
		programme: {
			id: programme.id,
			title: programme.title,
			status: effectiveProgrammeStatus(programme, new Date()),
			storedStatus: programme.status,
			maxPerApplicationVnd: programme.maxPerApplicationVnd?.toString() ?? null,
			publishScores: programme.publishScores,
			resultsPublishedAt: programme.resultsPublishedAt,
		},
		filters,
		search: url.search,
		rows,
		drafts,
		done: url.searchParams.get('done'),
	}
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const { user, programme } = await requireProgrammeOfficer(request, params.programmeId!)
	const formData = await request.formData()
	const intent = formData.get('intent')
	const ctx = { request, context }
	if (intent === 'autoAssign') {
		const outcome = await autoAssignWithReport(user, programme.id, ctx)
		if (!outcome.ok) throw notFound()
		return { intent: 'autoAssign' as const, assigned: outcome.assigned, shortfalls: outcome.shortfalls }
	}
	if (intent === 'bulkDecide') {
		const submission = parseWithZod(formData, { schema: bulkDecisionSchema({ publishScores: programme.publishScores }) })
		if (submission.status !== 'success') return data({ intent: 'bulkDecide' as const, result: submission.reply(), items: null }, { status: 400 })
		const outcome = await bulkDecide(user, programme, { ...submission.value, origin: siteOrigin(request) }, ctx)
		if (!outcome.ok) return data({ intent: 'bulkDecide' as const, result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] } }), items: null }, { status: outcome.status })
		return { intent: 'bulkDecide' as const, result: submission.reply({ resetForm: true }), items: outcome.items }
	}
	if (intent === 'close' || intent === 'publishResults') {
		const outcome = await changeProgrammeStatus(user, programme.id, intent, ctx)
		if (!outcome.ok) {
			if (outcome.status === 404) throw notFound()
			return data({ intent: 'programmeStatus' as const, error: outcome.error, undecided: outcome.undecided ?? 0 }, { status: outcome.status })
		}
		return redirect(`/programmes/${programme.id}/applications?done=${intent}`)
	}
	throw new Response('Bad Request', { status: 400 })
}

function ProgrammeActions() {
	const { t } = useTranslation()
	const { programme } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const error = actionData?.intent === 'programmeStatus' ? actionData : null
	return (
		<section aria-labelledby="programme-actions" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
			<h2 id="programme-actions" className="text-lg font-semibold">{t('evaluation.programme.heading')}</h2>
			<p className="text-sm">{t('evaluation.programme.status', { status: t(`programmeStatus.${programme.status}`) })}</p>
			{error ? (
				<p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
					{t(error.error, { count: error.undecided })}
				</p>
			) : null}
			<div className="flex flex-wrap gap-3">
				{programme.storedStatus === 'OPEN' ? (
					<Form method="post">
						<input type="hidden" name="intent" value="close" />
						<SubmitButton variant="secondary">{t('evaluation.programme.close')}</SubmitButton>
					</Form>
				) : null}
				{programme.status === 'CLOSED' ? (
					<Form method="post">
						<input type="hidden" name="intent" value="publishResults" />
						<SubmitButton>{t('evaluation.programme.publishResults')}</SubmitButton>
					</Form>
				) : null}
			</div>
			<p className="text-xs text-slate-600">{t('evaluation.programme.publishResultsHelp')}</p>
		</section>
	)
}

function Filters() {
	const { t } = useTranslation()
	const { filters } = useLoaderData<typeof loader>()
	const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm'
	return (
		<Form method="get" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6 lg:items-end" aria-label={t('evaluation.filters.label')}>
			<div className="sm:col-span-2">
				<label htmlFor="filter-q" className="block text-sm font-medium">{t('evaluation.filters.q')}</label>
				<input id="filter-q" type="search" name="q" defaultValue={filters.q ?? ''} className={inputClass} />
			</div>
			<div>
				<label htmlFor="filter-status" className="block text-sm font-medium">{t('evaluation.filters.status')}</label>
				<select id="filter-status" name="status" defaultValue={filters.status ?? ''} className={inputClass}>
					<option value="">{t('evaluation.filters.any')}</option>
					{filterableStatuses.map((status) => (
						<option key={status} value={status}>{t(`applicationStatus.${status}`)}</option>
					))}
				</select>
			</div>
			<div>
				<label htmlFor="filter-eligibility" className="block text-sm font-medium">{t('evaluation.filters.eligibility')}</label>
				<select id="filter-eligibility" name="eligibility" defaultValue={filters.eligibility ?? ''} className={inputClass}>
					<option value="">{t('evaluation.filters.any')}</option>
					<option value="eligible">{t('evaluation.eligibility.eligible')}</option>
					<option value="ineligible">{t('evaluation.eligibility.ineligible')}</option>
				</select>
			</div>
			<div>
				<label htmlFor="filter-sort" className="block text-sm font-medium">{t('evaluation.filters.sort')}</label>
				<select id="filter-sort" name="sort" defaultValue={filters.sort ?? 'submittedDesc'} className={inputClass}>
					{tableSorts.map((sort) => (
						<option key={sort} value={sort}>{t(`evaluation.filters.sorts.${sort}`)}</option>
					))}
				</select>
			</div>
			<div className="flex flex-col gap-2">
				<label className="flex items-center gap-2 text-sm">
					<input type="checkbox" name="disagreement" value="1" defaultChecked={filters.disagreement ?? false} />
					{t('evaluation.filters.disagreementOnly')}
				</label>
				<SubmitButton variant="secondary">{t('evaluation.filters.apply')}</SubmitButton>
			</div>
		</Form>
	)
}

function BulkReport() {
	const { t } = useTranslation()
	const actionData = useActionData<typeof action>()
	if (actionData?.intent === 'autoAssign') {
		return (
			<Notice tone={actionData.shortfalls.length ? 'warning' : 'success'}>
				<p>{t('evaluation.assign.autoDone', { count: actionData.assigned })}</p>
				{actionData.shortfalls.length ? (
					<ul className="mt-1 list-disc pl-5">
						{actionData.shortfalls.map((s) => (
							<li key={s.referenceNumber}>{t('evaluation.assign.shortfall', { reference: s.referenceNumber, count: s.missing })}</li>
						))}
					</ul>
				) : null}
			</Notice>
		)
	}
	if (actionData?.intent === 'bulkDecide' && actionData.items) {
		const succeeded = actionData.items.filter((i) => i.ok)
		const refused = actionData.items.filter((i) => !i.ok)
		return (
			<Notice tone={refused.length ? 'warning' : 'success'}>
				<p>{t('evaluation.bulk.report', { done: succeeded.length, refused: refused.length })}</p>
				<ul className="mt-1 list-disc pl-5">
					{actionData.items.map((item) => (
						<li key={item.applicationId}>
							{item.referenceNumber ?? item.applicationId}:{' '}
							{item.ok ? t('evaluation.bulk.itemDone', { status: t(`applicationStatus.${item.status}`) }) : t('evaluation.bulk.itemRefused', { reason: t(item.error!) })}
						</li>
					))}
				</ul>
			</Notice>
		)
	}
	return null
}

export default function ProgrammeApplications() {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { programme, rows, drafts, search, done } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useForm({
		id: 'bulk-decision',
		lastResult: actionData?.intent === 'bulkDecide' ? actionData.result : undefined,
		shouldValidate: 'onSubmit',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: bulkDecisionSchema({ publishScores: programme.publishScores }) }),
	})
	const initialIds = fields.applicationIds.initialValue
	const chosen = new Set(Array.isArray(initialIds) ? initialIds.map(String) : initialIds ? [String(initialIds)] : [])
	const { key: _templateKey, ...templateProps } = getTextareaProps(fields.template)
	const decidable = rows.filter((r) => r.decidable)
	return (
		<div className="mx-auto max-w-7xl space-y-6">
			<div>
				<p className="text-sm"><Link to="/programmes/manage" className="text-sky-700 underline">{t('evaluation.backToProgrammes')}</Link></p>
				<h1 className="text-2xl font-semibold">{t('evaluation.table.heading', { title: programme.title })}</h1>
			</div>
			{done === 'close' ? <Notice tone="success">{t('evaluation.programme.closed')}</Notice> : null}
			{done === 'publishResults' ? <Notice tone="success">{t('evaluation.programme.resultsPublished')}</Notice> : null}
			<BulkReport />
			<ProgrammeActions />
			<Filters />
			<div className="flex flex-wrap items-center justify-between gap-3 text-sm">
				<p role="status">
					{t('evaluation.table.count', { count: rows.length })} · {t('evaluation.table.drafts', { count: drafts })}
				</p>
				<a href={`/programmes/${programme.id}/applications.csv${search}`} className="text-sky-700 underline" download>
					{t('evaluation.table.exportCsv')}
				</a>
			</div>
			<Form method="post">
				<input type="hidden" name="intent" value="autoAssign" />
				<SubmitButton variant="secondary">{t('evaluation.assign.auto')}</SubmitButton>
			</Form>
			<Form method="post" {...getFormProps(form)} className="space-y-4">
				<input type="hidden" name="intent" value="bulkDecide" />
				{/* Cards on a phone (each value labelled, see .stacked-table in app.css), a table from 48rem. */}
				<div className="rounded-lg border border-slate-200 bg-white md:overflow-x-auto">
					<table className="stacked-table min-w-full divide-y divide-slate-200 text-sm">
						<caption className="sr-only">{t('evaluation.table.caption')}</caption>
						<thead className="bg-slate-50 text-left">
							<tr>
								<th scope="col" className="px-3 py-2"><span className="sr-only">{t('evaluation.table.select')}</span></th>
								<th scope="col" className="px-3 py-2">{t('evaluation.table.reference')}</th>
								<th scope="col" className="px-3 py-2">{t('evaluation.table.organization')}</th>
								<th scope="col" className="px-3 py-2">{t('evaluation.table.project')}</th>
								<th scope="col" className="px-3 py-2">{t('evaluation.table.status')}</th>
								<th scope="col" className="px-3 py-2">{t('evaluation.table.eligibility')}</th>
								<th scope="col" className="px-3 py-2">{t('evaluation.table.submittedAt')}</th>
								<th scope="col" className="px-3 py-2">{t('evaluation.table.reviews')}</th>
								<th scope="col" className="px-3 py-2">{t('evaluation.table.score')}</th>
								<th scope="col" className="px-3 py-2">{t('evaluation.table.decision')}</th>
							</tr>
						</thead>
						<tbody className="divide-y divide-slate-100">
							{rows.length === 0 ? (
								<tr><td colSpan={10} className="px-3 py-6 text-center text-slate-600">{t('evaluation.table.empty')}</td></tr>
							) : null}
							{rows.map((row) => (
								<tr key={row.id}>
									<td className="px-3 py-2" data-label={t('evaluation.table.select')}>
										{row.decidable ? (
											<input
												type="checkbox"
												name={fields.applicationIds.name}
												value={row.id}
												defaultChecked={chosen.has(row.id)}
												aria-label={t('evaluation.table.selectOne', { reference: row.referenceNumber })}
											/>
										) : null}
									</td>
									<th scope="row" className="px-3 py-2 font-medium">
										<Link to={`/programmes/${programme.id}/applications/${row.id}`} className="text-sky-700 underline">{row.referenceNumber}</Link>
									</th>
									<td className="px-3 py-2" data-label={t('evaluation.table.organization')}>{row.organization.name}</td>
									<td className="px-3 py-2" data-label={t('evaluation.table.project')}>{row.projectTitle}</td>
									<td className="px-3 py-2" data-label={t('evaluation.table.status')}>
										{t(`applicationStatus.${row.status}`)}
										{row.conflict ? <span className="block text-amber-800">{t('programmeIntegrity.conflict.notice')}</span> : null}
									</td>
									<td className="px-3 py-2" data-label={t('evaluation.table.eligibility')}>{row.eligible ? t('evaluation.eligibility.eligible') : <span className="text-red-700">{t('evaluation.eligibility.ineligible')}</span>}</td>
									<td className="px-3 py-2 whitespace-nowrap" data-label={t('evaluation.table.submittedAt')}>{row.submittedAt ? formatDateTime(row.submittedAt, locale) : '—'}</td>
									<td className="px-3 py-2" data-label={t('evaluation.table.reviews')}>
										{t('evaluation.table.reviewsProgress', { done: row.reviewsDone, assigned: row.reviewsAssigned })}
										{row.conflicts ? <span className="block text-amber-800">{t('evaluation.table.conflicts', { count: row.conflicts })}</span> : null}
									</td>
									<td className="px-3 py-2" data-label={t('evaluation.table.score')}>
										{row.averageScore === null ? '—' : formatNumber(row.averageScore, locale)}
										{row.disagreement ? <span className="block font-medium text-amber-800">{t('evaluation.reviews.disagreement')}</span> : null}
									</td>
									<td className="px-3 py-2" data-label={t('evaluation.table.decision')}>
										{row.decision ? t(`applicationStatus.${row.decision.outcome}`) : '—'}
										{row.decision?.awardedAmountVnd ? <span className="block">{formatVnd(BigInt(row.decision.awardedAmountVnd), locale)}</span> : null}
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
				<fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-describedby={fields.applicationIds.errors?.length ? fields.applicationIds.errorId : undefined}>
					<legend className="px-1 text-lg font-semibold">{t('evaluation.bulk.heading')}</legend>
					<p className="text-sm text-slate-700">{t('evaluation.bulk.help', { count: decidable.length })}</p>
					<FormMessage id={form.errorId} errors={form.errors} />
					<RequiredLegend />
					<ErrorList id={fields.applicationIds.errorId} errors={fields.applicationIds.errors} />
					<RadioGroup meta={fields.outcome} legend={t('evaluation.decision.outcome')} choices={outcomes.map((outcome) => ({ value: outcome, label: t(`evaluation.decision.outcomes.${outcome}`) }))} />
					<p className="text-sm text-slate-700">
						{programme.maxPerApplicationVnd
							? t('evaluation.bulk.amountRule', { max: formatVnd(BigInt(programme.maxPerApplicationVnd), locale) })
							: t('evaluation.bulk.amountRuleNoMax')}
					</p>
					<div>
						<label htmlFor={fields.template.id} className="block text-sm font-medium">{t('evaluation.bulk.template')}</label>
						<textarea
							{...templateProps}
							rows={4}
							aria-describedby={[`${fields.template.id}-help`, fields.template.errors?.length ? fields.template.errorId : ''].filter(Boolean).join(' ')}
							className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
						/>
						<p id={`${fields.template.id}-help`} className="mt-1 text-xs text-slate-600">
							{t(programme.publishScores ? 'evaluation.bulk.templateHelpWithScore' : 'evaluation.bulk.templateHelp', {
								placeholders: decisionPlaceholders(programme.publishScores).map((name) => `{{${name}}}`).join(', '),
							})}
						</p>
						<ErrorList id={fields.template.errorId} errors={fields.template.errors} />
					</div>
					<SubmitButton>{t('evaluation.bulk.submit')}</SubmitButton>
				</fieldset>
			</Form>
		</div>
	)
}
