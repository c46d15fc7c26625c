import { type LoaderFunctionArgs } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { notFound, requireUser } from '~/modules/auth/guards.server'
import { assignmentsForReviewer, type ReviewStage } from '~/modules/programmes/reviews.server'
import { formatDate } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('reviewing.list.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const assignments = await assignmentsForReviewer(user)
	if (!assignments) throw notFound()
	return { assignments }
}

const stages: ReviewStage[] = ['conflictCheck', 'inProgress', 'submitted', 'conflictDeclared']

const stageTone: Record<ReviewStage, string> = {
	conflictCheck: 'bg-amber-100 text-amber-900',
	inProgress: 'bg-sky-100 text-sky-900',
	submitted: 'bg-emerald-100 text-emerald-900',
	conflictDeclared: 'bg-slate-200 text-slate-700',
}

type Row = Awaited<ReturnType<typeof loader>>['assignments'][number]

export default function MyReviews() {
	const { t } = useTranslation()
	const { assignments } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<div className="space-y-1">
				<h1 className="text-2xl font-semibold">{t('reviewing.list.title')}</h1>
				<p className="text-sm text-slate-600">{t('reviewing.list.intro')}</p>
			</div>
			{assignments.length === 0 ? <p className="text-slate-600">{t('reviewing.list.empty')}</p> : null}
			{stages.map((stage) => {
				const rows = assignments.filter((assignment) => assignment.stage === stage)
				if (rows.length === 0) return null
				return <StageTable key={stage} stage={stage} rows={rows as Row[]} />
			})}
		</div>
	)
}

function StageTable({ stage, rows }: { stage: ReviewStage; rows: Row[] }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const headingId = `stage-${stage}`
	return (
		<section aria-labelledby={headingId} className="space-y-2">
			<h2 id={headingId} className="text-lg font-semibold">
				{t(`reviewing.list.groups.${stage}`)} <span className="text-sm font-normal text-slate-600">({rows.length})</span>
			</h2>
			<div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
				<table className="w-full border-collapse text-left text-sm" data-testid={`reviews-${stage}`}>
					<thead className="bg-slate-50">
						<tr>
							<th scope="col" className="p-3">{t('reviewing.list.columns.reference')}</th>
							<th scope="col" className="p-3">{t('reviewing.list.columns.programme')}</th>
							<th scope="col" className="p-3">{t('reviewing.list.columns.applicant')}</th>
							<th scope="col" className="p-3">{t('reviewing.list.columns.status')}</th>
							<th scope="col" className="p-3">{t('reviewing.list.columns.context')}</th>
						</tr>
					</thead>
					<tbody className="divide-y divide-slate-200">
						{rows.map((row) => (
							<tr key={row.id}>
								<th scope="row" className="p-3 font-medium">
									<Link to={`/account/reviews/${row.id}`} className="text-sky-700 underline" aria-label={t('reviewing.list.open', { reference: row.referenceNumber })}>
										{row.referenceNumber}
									</Link>
								</th>
								<td className="p-3">{row.programmeTitle}</td>
								<td className="p-3">
									<p>{row.organizationName}</p>
									<p className="text-slate-600">{row.projectTitle ?? t('reviewing.list.titleAfterDeclaration')}</p>
								</td>
								<td className="p-3">
									<span className={`rounded px-2 py-0.5 text-xs ${stageTone[row.stage]}`}>{t(`reviewing.stage.${row.stage}`)}</span>
									{row.closed && (row.stage === 'conflictCheck' || row.stage === 'inProgress') ? (
										<p className="mt-1 text-xs text-slate-600">{t('reviewing.list.closed')}</p>
									) : null}
									{row.stage === 'inProgress' && !row.closed ? (
										<p className="mt-1 text-xs text-slate-600">{t('reviewing.list.progress', { scored: row.scoredCriteria, total: row.criteriaCount })}</p>
									) : null}
									{row.stage === 'submitted' && row.submittedAt ? (
										<p className="mt-1 text-xs text-slate-600">{t('reviewing.list.submittedOn', { date: formatDate(row.submittedAt, locale) })}</p>
									) : null}
								</td>
								<td className="p-3">
									<p>{t('reviewing.list.deadline', { date: formatDate(row.programmeClosesAt, locale) })}</p>
									<p className="text-slate-600">
										{t(`applicationStatus.${row.applicationStatus}`)}
										{row.decidedAt ? ` · ${t('reviewing.list.decidedOn', { date: formatDate(row.decidedAt, locale) })}` : null}
									</p>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</section>
	)
}
