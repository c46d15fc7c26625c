// A programme as applicants read it: the call, the money, who may apply, the dates
// (Viet Nam time), what to prepare and how applications are scored. The public page
// and the officer's preview show the same thing.
import { useTranslation } from 'react-i18next'
import type { PublicProgramme } from '~/modules/programmes/public-programmes.server'
import { formatDateTime, formatNumber, formatPercent, formatVnd } from '~/utils/format'
import type { Locale } from '~/utils/i18n'

type Overview = Omit<PublicProgramme, 'opensAt' | 'closesAt' | 'updatedAt' | 'resultsPublishedAt' | 'organizations' | 'statistics' | 'approved'> & {
	opensAt: string | Date
	closesAt: string | Date
}

export function ProgrammeStatusBadge({ status }: { status: string }) {
	const { t } = useTranslation()
	const tone = status === 'OPEN' ? 'bg-emerald-100 text-emerald-900' : status === 'DRAFT' ? 'bg-amber-100 text-amber-900' : 'bg-slate-100 text-slate-800'
	return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${tone}`}>{t(`programmeStatus.${status}`)}</span>
}

export function ProgrammeOverview({ programme, descriptionHtml, headerAction }: { programme: Overview; descriptionHtml: string; headerAction?: React.ReactNode }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const vi = locale === 'vi'
	const anyone = t('programmes.public.anyone')
	const sectionClass = 'space-y-2 rounded-lg border border-slate-200 bg-white p-5'
	return (
		<div className="space-y-6">
			<header className="space-y-2">
				<p className="text-sm text-slate-600">
					{programme.organization.name} · {t(`supportType.${programme.supportType}`)}
				</p>
				<h1 className="text-3xl font-semibold">{programme.title}</h1>
				<p className="text-lg text-slate-700">{programme.summary}</p>
				<p className="flex flex-wrap items-center gap-2 text-sm">
					<ProgrammeStatusBadge status={programme.status} />
					<span>{t('programmes.public.window', { opens: formatDateTime(programme.opensAt, locale), closes: formatDateTime(programme.closesAt, locale) })}</span>
				</p>
				{headerAction}
			</header>

			<dl className="grid gap-4 sm:grid-cols-3">
				{programme.totalBudgetVnd !== null ? (
					<div className="rounded-lg bg-sky-50 p-4">
						<dt className="text-sm text-slate-600">{t('programmes.public.totalBudget')}</dt>
						<dd className="text-lg font-semibold">{formatVnd(BigInt(programme.totalBudgetVnd), locale)}</dd>
					</div>
				) : null}
				{programme.maxPerApplicationVnd !== null ? (
					<div className="rounded-lg bg-sky-50 p-4">
						<dt className="text-sm text-slate-600">{t('programmes.public.maxPerApplication')}</dt>
						<dd className="text-lg font-semibold">{formatVnd(BigInt(programme.maxPerApplicationVnd), locale)}</dd>
					</div>
				) : null}
				{programme.coFundingPercent !== null ? (
					<div className="rounded-lg bg-sky-50 p-4">
						<dt className="text-sm text-slate-600">{t('programmes.public.coFunding')}</dt>
						<dd className="text-lg font-semibold">{formatPercent(programme.coFundingPercent / 100, locale)}</dd>
					</div>
				) : null}
				<div className="rounded-lg bg-sky-50 p-4">
					<dt className="text-sm text-slate-600">{t('programmes.public.processingLimit')}</dt>
					<dd className="text-lg font-semibold">{t('programmes.public.days', { count: programme.processingLimitDays })}</dd>
				</div>
			</dl>

			{descriptionHtml ? <div className="rich-text space-y-3 text-slate-800" dangerouslySetInnerHTML={{ __html: descriptionHtml }} /> : null}

			<section aria-labelledby="programme-who" className={sectionClass}>
				<h2 id="programme-who" className="text-xl font-semibold">{t('programmes.public.whoMayApply')}</h2>
				<dl className="grid gap-2 text-sm sm:grid-cols-[12rem_1fr]">
					<dt className="font-medium">{t('programmes.editor.organizationTypes')}</dt>
					<dd>{programme.eligibleOrganizationTypes.length ? programme.eligibleOrganizationTypes.map((type) => t(`organizationType.${type}`)).join(', ') : anyone}</dd>
					<dt className="font-medium">{t('programmes.editor.enterpriseSizes')}</dt>
					<dd>{programme.eligibleEnterpriseSizes.length ? programme.eligibleEnterpriseSizes.map((size) => t(`enterpriseSize.${size}`)).join(', ') : anyone}</dd>
					<dt className="font-medium">{t('programmes.editor.fields')}</dt>
					<dd>{programme.fields.length ? programme.fields.map((field) => (vi ? field.nameVi : field.nameEn)).join(', ') : anyone}</dd>
					<dt className="font-medium">{t('programmes.editor.communes')}</dt>
					<dd>{programme.communes.length ? programme.communes.map((commune) => commune.name).join(', ') : anyone}</dd>
					<dt className="font-medium">{t('programmes.editor.minTrl')}</dt>
					<dd>{programme.minTrl !== null ? t('programmes.editor.trlLevel', { level: programme.minTrl }) : t('programmes.editor.noMinimum')}</dd>
					<dt className="font-medium">{t('programmes.public.howMany')}</dt>
					<dd>{programme.allowMultipleApplications ? t('programmes.public.severalPerOrganization') : t('programmes.public.onePerOrganization')}</dd>
				</dl>
			</section>

			<section aria-labelledby="programme-prepare" className={sectionClass}>
				<h2 id="programme-prepare" className="text-xl font-semibold">{t('programmes.public.toPrepare')}</h2>
				{programme.documents.length ? (
					<>
						<h3 className="font-medium">{t('programmes.editor.documents')}</h3>
						<ul className="list-disc space-y-1 pl-5 text-sm">
							{programme.documents.map((document) => (
								<li key={document.id}>
									{document.title}
									{document.required ? <span className="text-red-700"> *</span> : <span className="text-slate-500"> ({t('programmes.public.optional')})</span>}
									{document.description ? <span className="block text-slate-600">{document.description}</span> : null}
								</li>
							))}
						</ul>
					</>
				) : null}
				{programme.questions.length ? (
					<>
						<h3 className="font-medium">{t('programmes.editor.questions')}</h3>
						<ol className="list-decimal space-y-1 pl-5 text-sm">
							{programme.questions.map((question) => (
								<li key={question.id}>
									{question.label}
									{question.required ? <span className="text-red-700"> *</span> : <span className="text-slate-500"> ({t('programmes.public.optional')})</span>}
									<span className="text-slate-500"> · {t(`questionType.${question.type}`)}</span>
								</li>
							))}
						</ol>
					</>
				) : null}
				<p className="text-xs text-slate-600">{t('programmes.public.requiredMark')}</p>
			</section>

			<section aria-labelledby="programme-rubric" className={sectionClass}>
				<h2 id="programme-rubric" className="text-xl font-semibold">{t('programmes.public.howScored')}</h2>
				<table className="w-full text-left text-sm">
					<thead>
						<tr className="border-b border-slate-200">
							<th scope="col" className="py-1">{t('programmes.editor.criterionTitle')}</th>
							<th scope="col" className="py-1 text-right">{t('programmes.editor.criterionWeight')}</th>
							<th scope="col" className="py-1 text-right">{t('programmes.editor.criterionMaxScore')}</th>
						</tr>
					</thead>
					<tbody>
						{programme.criteria.map((criterion) => (
							<tr key={criterion.id} className="border-b border-slate-100 align-top">
								<td className="py-1">
									{criterion.title}
									{criterion.description ? <span className="block text-slate-600">{criterion.description}</span> : null}
								</td>
								<td className="py-1 text-right">{formatNumber(criterion.weight, locale)}</td>
								<td className="py-1 text-right">{criterion.maxScore}</td>
							</tr>
						))}
					</tbody>
				</table>
			</section>
		</div>
	)
}
