// The programmes (cohorts) an organisation runs, linked to their public pages; shown on
// the organisation's page and on its incubator listing.
import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '~/utils/format'
import type { Locale } from '~/utils/i18n'

type Cohort = { slug: string; title: string; summary: string; opensAt: Date | string; closesAt: Date | string; phase: 'open' | 'upcoming' | 'past'; resultsPublished: boolean }

export function OrganizationCohorts({ cohorts, headingId = 'organization-cohorts' }: { cohorts: Cohort[]; headingId?: string }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	if (cohorts.length === 0) return null
	return (
		<section aria-labelledby={headingId} className="space-y-3" data-testid="organization-cohorts">
			<h2 id={headingId} className="text-lg font-semibold">{t('orgs.cohorts.title')}</h2>
			<ul className="grid gap-3 md:grid-cols-2">
				{cohorts.map((cohort) => (
					<li key={cohort.slug} className="rounded-lg border border-slate-200 bg-white p-4">
						<p className="text-xs font-medium uppercase text-sky-800">{t(`orgs.cohorts.phase.${cohort.phase}`)}</p>
						<p className="font-medium">
							<Link to={`/chuong-trinh/${cohort.slug}`} className="text-sky-900 underline hover:no-underline">{cohort.title}</Link>
						</p>
						<p className="mt-1 line-clamp-2 text-sm text-slate-700">{cohort.summary}</p>
						<p className="mt-1 text-sm text-slate-600">
							{cohort.phase === 'upcoming'
								? t('orgs.cohorts.opens', { date: formatDate(new Date(cohort.opensAt), locale) })
								: t(cohort.phase === 'open' ? 'orgs.cohorts.closes' : 'orgs.cohorts.closed', { date: formatDate(new Date(cohort.closesAt), locale) })}
							{cohort.resultsPublished ? ` · ${t('orgs.cohorts.results')}` : ''}
						</p>
					</li>
				))}
			</ul>
		</section>
	)
}
