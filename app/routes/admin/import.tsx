import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation, useRevalidator } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { FormMessage, Notice, RequiredLegend, RequiredMark, SubmitButton } from '~/components/ui/form'
import type { ListingStatus, ListingType } from '~/generated/prisma/enums'
import { requirePermission } from '~/modules/auth/guards.server'
import { UploadError } from '~/modules/files/files.server'
import { parseUpload } from '~/modules/files/multipart.server'
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, issuesForDisplay, type ImportIssue, type ImportReport } from '~/modules/listings/import-format'
import {
	dryRunImport,
	findByExternalId,
	importDetails,
	listImports,
	processImportInBackground,
	resumeImport,
	startImport,
} from '~/modules/listings/import.server'
import { listingUrl } from '~/modules/listings/listing-paths'
import { formatDateTime, formatNumber } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('admin.import.title')

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'import:listing:any')
	const url = new URL(request.url)
	const runId = url.searchParams.get('run')
	const externalId = url.searchParams.get('externalId')?.trim().slice(0, 200) || null
	const [runs, run, found] = await Promise.all([
		listImports(),
		runId ? importDetails(runId) : null,
		externalId ? findByExternalId(externalId) : null,
	])
	if (runId && !run) throw new Response('Not Found', { status: 404 })
	return { runs, run, lookup: externalId ? { externalId, listing: found } : null }
}

function presented(report: ImportReport) {
	const { errors, ...rest } = report
	return { ...rest, issues: issuesForDisplay(errors) }
}

export async function action({ request, context }: ActionFunctionArgs) {
	const admin = await requirePermission(request, 'import:listing:any')
	let form: FormData
	try {
		form = await parseUpload(request, IMPORT_MAX_BYTES)
	} catch (error) {
		if (!(error instanceof UploadError)) throw error
		const message = error.status === 413 ? 'admin.import.errors.fileTooLarge' : `upload.${error.code}`
		return data({ error: message, report: null }, { status: error.status })
	}
	const intent = form.get('intent')
	if (intent === 'resume') {
		const importId = String(form.get('importId') ?? '')
		const token = await resumeImport(admin.id, importId, { request, context })
		if (!token) return data({ error: 'admin.import.notResumable', report: null }, { status: 409 })
		processImportInBackground(importId, token)
		return redirect(`/admin/import?run=${encodeURIComponent(importId)}`)
	}
	if (intent !== 'dry-run' && intent !== 'import') return data({ error: 'errors.badRequest', report: null }, { status: 400 })
	const file = form.get('file')
	if (!(file instanceof File) || file.size === 0) return data({ error: 'admin.import.errors.fileMissing', report: null }, { status: 400 })
	const upload = { name: file.name || 'import', bytes: new Uint8Array(await file.arrayBuffer()) }
	if (intent === 'dry-run') {
		const report = await dryRunImport(upload)
		return data({ error: null, report: presented(report) }, { status: report.fatal ? 400 : 200 })
	}
	const started = await startImport(admin.id, upload, { publish: form.get('publish') === 'on', via: 'web' }, { request, context })
	if (!started.ok) {
		const error = started.report.fatal ? null : 'admin.import.errors.nothingValid'
		return data({ error, report: presented(started.report) }, { status: 400 })
	}
	processImportInBackground(started.importId, started.token)
	return redirect(`/admin/import?run=${encodeURIComponent(started.importId)}`)
}

type Issues = ReturnType<typeof issuesForDisplay>

function IssueText({ issue }: { issue: Pick<ImportIssue, 'message' | 'params'> }) {
	const { t } = useTranslation()
	const params = { ...issue.params }
	// A type of listing is named in the reader's language (allowed values stay codes: they are what to write).
	if (typeof params.type === 'string') params.type = t(`listingType.${params.type}`)
	return <>{t(issue.message, params)}</>
}

function IssueList({ issues }: { issues: Issues }) {
	const { t } = useTranslation()
	if (issues.total === 0) return null
	return (
		<div className="space-y-4">
			<section aria-labelledby="issue-summary-title" className="space-y-2">
				<h3 id="issue-summary-title" className="font-semibold">{t('admin.import.summaryTitle')}</h3>
				<table className="w-full text-left text-sm" data-testid="import-issue-summary">
					<thead>
						<tr className="border-b border-slate-200">
							<th className="p-1">{t('admin.import.column')}</th>
							<th className="p-1">{t('admin.import.problem')}</th>
							<th className="p-1">{t('admin.import.rowCount')}</th>
							<th className="p-1">{t('admin.import.rows')}</th>
						</tr>
					</thead>
					<tbody>
						{issues.summary.map((group) => (
							<tr key={`${group.field} ${group.message} ${JSON.stringify(group.params ?? {})}`} className="border-b border-slate-100 align-top">
								<td className="p-1 font-mono text-xs">{group.field ?? '—'}</td>
								<td className="p-1"><IssueText issue={group} /></td>
								<td className="p-1">{group.count}</td>
								<td className="p-1 text-xs">{group.rows}</td>
							</tr>
						))}
					</tbody>
				</table>
			</section>
			<section aria-labelledby="issue-details-title" className="space-y-2">
				<h3 id="issue-details-title" className="font-semibold">{t('admin.import.detailsTitle')}</h3>
				{issues.total > issues.shown.length ? <p className="text-sm text-slate-600">{t('admin.import.moreIssues', { shown: issues.shown.length, total: issues.total })}</p> : null}
				<table className="w-full text-left text-sm" data-testid="import-issues">
					<thead>
						<tr className="border-b border-slate-200">
							<th className="p-1">{t('admin.import.row')}</th>
							<th className="p-1">{t('admin.import.column')}</th>
							<th className="p-1">{t('admin.import.value')}</th>
							<th className="p-1">{t('admin.import.problem')}</th>
						</tr>
					</thead>
					<tbody>
						{issues.shown.map((issue, index) => (
							<tr key={index} className="border-b border-slate-100 align-top">
								<td className="p-1">{issue.row}</td>
								<td className="p-1 font-mono text-xs">{issue.field ?? '—'}</td>
								<td className="max-w-48 break-words p-1 text-xs text-slate-600">{issue.value ?? ''}</td>
								<td className="p-1"><IssueText issue={issue} /></td>
							</tr>
						))}
					</tbody>
				</table>
			</section>
		</div>
	)
}

function DryRunReport({ report }: { report: ReturnType<typeof presented> }) {
	const { t } = useTranslation()
	const types = Object.entries(report.byType)
	return (
		<section aria-labelledby="report-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="import-report">
			<h2 id="report-title" className="text-lg font-semibold">{t('admin.import.reportTitle', { file: report.fileName })}</h2>
			{report.issues.fileIssues.length > 0 ? (
				<div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
					{report.issues.fileIssues.map((issue, index) => (
						<p key={index}><IssueText issue={issue} /></p>
					))}
				</div>
			) : (
				<>
					<p>{t('admin.import.reportCounts', { total: report.totalRows, valid: report.validRows, bad: report.badRows, create: report.toCreate, update: report.toUpdate })}</p>
					{types.length > 0 ? (
						<p className="text-sm text-slate-600">{types.map(([type, count]) => `${t(`listingType.${type}`)}: ${count}`).join(' · ')}</p>
					) : null}
					{report.badRows === 0 ? <Notice tone="success">{t('admin.import.allValid')}</Notice> : <IssueList issues={report.issues} />}
				</>
			)}
		</section>
	)
}

type Run = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>['run']>

function RunStatus({ run }: { run: Pick<Run, 'status' | 'interrupted'> }) {
	const { t } = useTranslation()
	const key = run.interrupted ? 'interrupted' : run.status === 'RUNNING' ? 'running' : run.status === 'DONE' ? 'done' : 'failed'
	return <>{t(`admin.import.status.${key}`)}</>
}

function RunDetails({ run }: { run: Run }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const revalidator = useRevalidator()
	const latest = useRef(revalidator)
	latest.current = revalidator
	const running = run.status === 'RUNNING' && !run.interrupted
	// With JavaScript the progress refreshes in place; without it, <noscript> reloads the page.
	useEffect(() => {
		if (!running) return
		const timer = setInterval(() => {
			if (latest.current.state === 'idle') latest.current.revalidate()
		}, 1500)
		return () => clearInterval(timer)
	}, [running])
	return (
		<section aria-labelledby="run-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="import-run">
			{running ? (
				<noscript>
					<meta httpEquiv="refresh" content="3" />
				</noscript>
			) : null}
			<h2 id="run-title" className="text-lg font-semibold">{t('admin.import.runTitle', { file: run.fileName })}</h2>
			<p className="text-sm text-slate-600">
				{run.actor?.name ?? '—'} · {formatDateTime(run.createdAt, locale)} · {run.format} · {run.publish ? t('admin.import.publishMode') : t('admin.import.draftMode')}
			</p>
			<div aria-live="polite" className="space-y-1">
				<p className="font-medium"><RunStatus run={run} /></p>
				<label htmlFor="import-progress" className="block text-sm">
					{t('admin.import.progress', { done: formatNumber(run.processedRows, locale), total: formatNumber(run.validRows, locale) })}
				</label>
				<progress id="import-progress" value={run.processedRows} max={Math.max(run.validRows, 1)} className="h-3 w-full" />
				<p className="text-sm">{t('admin.import.runCounts', { total: run.totalRows, created: run.createdCount, updated: run.updatedCount, failed: run.failedCount })}</p>
			</div>
			{running ? <Link to={`/admin/import?run=${run.id}`} className="text-sm text-sky-700 underline">{t('admin.import.refresh')}</Link> : null}
			{run.interrupted ? (
				<Form method="post" encType="multipart/form-data" className="flex items-center gap-3">
					<input type="hidden" name="importId" value={run.id} />
					<p className="text-sm text-amber-800">{t('admin.import.interruptedHelp')}</p>
					<SubmitButton name="intent" value="resume" variant="secondary">{t('admin.import.resume')}</SubmitButton>
				</Form>
			) : null}
			<IssueList issues={run.issues} />
			{run.items.length > 0 ? (
				<section aria-labelledby="written-title" className="space-y-2">
					<h3 id="written-title" className="font-semibold">{t('admin.import.writtenTitle')}</h3>
					<table className="w-full text-left text-sm" data-testid="import-items">
						<thead>
							<tr className="border-b border-slate-200">
								<th className="p-1">{t('admin.import.row')}</th>
								<th className="p-1">{t('admin.import.externalId')}</th>
								<th className="p-1">{t('admin.import.listing')}</th>
								<th className="p-1">{t('admin.import.action')}</th>
							</tr>
						</thead>
						<tbody>
							{run.items.map((item) => (
								<tr key={item.row} className="border-b border-slate-100 align-top">
									<td className="p-1">{item.row}</td>
									<td className="p-1 font-mono text-xs">{item.externalId ?? '—'}</td>
									<td className="p-1">{item.listing ? <ListingLink listing={item.listing} /> : '—'}</td>
									<td className="p-1">{t(`admin.import.itemAction.${item.action}`)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</section>
			) : null}
		</section>
	)
}

function ListingLink({ listing }: { listing: { id: string; type: ListingType; slug: string; title: string; status: ListingStatus } }) {
	const { t } = useTranslation()
	const href = listing.status === 'PUBLISHED' ? listingUrl(listing.type, listing.slug) : `/listings/${listing.id}/edit`
	return (
		<>
			<a href={href} className="text-sky-700 hover:underline">{listing.title}</a>{' '}
			<span className="text-xs text-slate-500">({t(`listingType.${listing.type}`)} · {t(`listingStatus.${listing.status}`)})</span>
		</>
	)
}

export default function ImportListings() {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { runs, run, lookup } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const navigation = useNavigation()
	const busy = navigation.state === 'submitting'
	return (
		<div className="space-y-8">
			<h1 className="text-2xl font-semibold">{t('admin.import.title')}</h1>
			<section aria-labelledby="upload-title" className="space-y-3">
				<h2 id="upload-title" className="sr-only">{t('admin.import.uploadTitle')}</h2>
				<p className="text-sm text-slate-700">{t('admin.import.intro', { maxMb: IMPORT_MAX_BYTES / 1024 / 1024, maxRows: formatNumber(IMPORT_MAX_ROWS, locale) })}</p>
				<Form method="post" encType="multipart/form-data" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
					<RequiredLegend />
					<div>
						<label htmlFor="import-file" className="block text-sm font-medium">{t('admin.import.file')}<RequiredMark /></label>
						<input id="import-file" name="file" type="file" required accept=".csv,.json,text/csv,application/json" className="mt-1 block text-sm" />
					</div>
					<label className="flex items-center gap-2 text-sm">
						<input type="checkbox" name="publish" /> {t('admin.import.publish')}
					</label>
					<div className="flex flex-wrap gap-3">
						<SubmitButton name="intent" value="dry-run" variant="secondary" disabled={busy}>{t('admin.import.dryRun')}</SubmitButton>
						<SubmitButton name="intent" value="import" disabled={busy}>{t('admin.import.import')}</SubmitButton>
					</div>
					<p className="text-xs text-slate-600">{t('admin.import.help')}</p>
				</Form>
				{actionData?.error ? <FormMessage errors={[actionData.error]} /> : null}
				{actionData?.report ? <DryRunReport report={actionData.report} /> : null}
			</section>

			{run ? <RunDetails run={run} /> : null}

			<section aria-labelledby="runs-title" className="space-y-2">
				<h2 id="runs-title" className="text-lg font-semibold">{t('admin.import.runsTitle')}</h2>
				{runs.length === 0 ? (
					<p className="text-sm text-slate-600">{t('admin.import.noRuns')}</p>
				) : (
					<table className="w-full text-left text-sm" data-testid="import-runs">
						<thead>
							<tr className="border-b border-slate-200">
								<th className="p-1">{t('admin.import.started')}</th>
								<th className="p-1">{t('admin.import.file')}</th>
								<th className="p-1">{t('admin.import.statusLabel')}</th>
								<th className="p-1">{t('admin.import.result')}</th>
							</tr>
						</thead>
						<tbody>
							{runs.map((item) => (
								<tr key={item.id} className="border-b border-slate-100">
									<td className="p-1">{formatDateTime(item.createdAt, locale)}</td>
									<td className="p-1">
										<Link to={`/admin/import?run=${item.id}`} className="text-sky-700 hover:underline">{item.fileName}</Link>
									</td>
									<td className="p-1"><RunStatus run={item} /> ({item.processedRows}/{item.validRows})</td>
									<td className="p-1">{t('admin.import.runCounts', { total: item.totalRows, created: item.createdCount, updated: item.updatedCount, failed: item.failedCount })}</td>
								</tr>
							))}
						</tbody>
					</table>
				)}
			</section>

			<section aria-labelledby="lookup-title" className="space-y-2">
				<h2 id="lookup-title" className="text-lg font-semibold">{t('admin.import.lookupTitle')}</h2>
				<Form method="get" className="flex flex-wrap items-end gap-2">
					{run ? <input type="hidden" name="run" value={run.id} /> : null}
					<div>
						<label htmlFor="lookup-external-id" className="block text-sm font-medium">{t('admin.import.externalId')}</label>
						<input id="lookup-external-id" name="externalId" defaultValue={lookup?.externalId ?? ''} required className="mt-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
					</div>
					<SubmitButton variant="secondary">{t('admin.import.lookup')}</SubmitButton>
				</Form>
				{lookup ? (
					lookup.listing ? (
						<p className="text-sm" data-testid="import-lookup">
							<span className="font-mono text-xs">{lookup.listing.externalId}</span> → <ListingLink listing={lookup.listing} />
							{lookup.listing.organization ? ` · ${lookup.listing.organization.name}` : ''}
						</p>
					) : (
						<p className="text-sm text-slate-600" data-testid="import-lookup">{t('admin.import.lookupNone', { externalId: lookup.externalId })}</p>
					)
				) : null}
			</section>
		</div>
	)
}
