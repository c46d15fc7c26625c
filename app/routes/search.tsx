import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { HitCard } from '~/components/search-hit'
import { Notice } from '~/components/ui/form'
import { listingPaths } from '~/modules/listings/listing-paths'
import { parseSearchState } from '~/modules/search/query'
import { fieldNames } from '~/modules/search/labels.server'
import { chargeSearch, requireSearchBudget } from '~/modules/search/rate-limit.server'
import { searchAllTypes } from '~/modules/search/search.server'
import { createI18n } from '~/utils/i18n'
import { requestLocale } from '~/utils/locale.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
	{ title: pageTitle(matches, data?.title ?? '') },
	{ name: 'robots', content: 'noindex' },
]

// Results of the header's search, grouped by listing type. `preview=1` is the
// as-you-type request of the search box (fewer hits per type). Each query draws on the
// client's search budget: over it, the page is a 429 and the preview has no suggestions.
export async function loader({ request, context }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	const { q } = parseSearchState(url.searchParams)
	const preview = url.searchParams.get('preview') === '1'
	const t = createI18n(requestLocale(request)).t
	const title = q ? t('search.resultsFor', { q }) : t('search.title')
	if (!q) return { q, title, degraded: false, groups: [], fields: {} }
	if (preview) {
		// The search box's fetcher must not replace the page with an error: no suggestions.
		if (await chargeSearch(context, q)) return { q, title, degraded: false, groups: [], fields: {} }
	} else {
		await requireSearchBudget(context, q)
	}
	const [results, fields] = await Promise.all([searchAllTypes(q, preview ? 3 : 5), preview ? Promise.resolve({}) : fieldNames()])
	return { q, title, ...results, fields }
}

export default function SearchPage() {
	const { t, i18n } = useTranslation()
	const { q, groups, degraded, fields } = useLoaderData<typeof loader>()
	const vi = i18n.language === 'vi'
	const fieldName = (slug: string) => {
		const names = (fields as Record<string, { vi: string; en: string }>)[slug]
		return names ? (vi ? names.vi : names.en) : slug
	}
	const total = groups.reduce((sum, group) => sum + group.totalHits, 0)
	return (
		<div className="space-y-6">
			<h1 className="text-2xl font-semibold">{q ? t('search.resultsFor', { q }) : t('search.title')}</h1>
			<Form method="get" action="/search" role="search" className="flex max-w-xl gap-2">
				<label htmlFor="page-search" className="sr-only">{t('search.label')}</label>
				<input id="page-search" type="search" name="q" defaultValue={q} className="w-full rounded-md border border-slate-300 px-3 py-2" placeholder={t('search.placeholder')} />
				<button type="submit" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white">{t('search.submit')}</button>
			</Form>
			{degraded ? <Notice tone="warning">{t('search.degraded')}</Notice> : null}
			{q && total === 0 ? <p className="text-slate-600">{t('search.noResults', { q })}</p> : null}
			{groups
				.filter((group) => group.hits.length > 0)
				.map((group) => (
					<section key={group.type} aria-labelledby={`group-${group.type}`} className="space-y-3" data-testid={`group-${group.type}`}>
						<div className="flex items-baseline justify-between gap-4">
							<h2 id={`group-${group.type}`} className="text-lg font-semibold">
								{t(`listingType.${group.type}`)} <span className="text-sm font-normal text-slate-500">({group.totalHits})</span>
							</h2>
							<Link to={`/${listingPaths[group.type]}?${new URLSearchParams({ q })}`} className="text-sm text-sky-700 underline">
								{t('search.seeAll', { count: group.totalHits })}
							</Link>
						</div>
						<ul className="grid gap-3 md:grid-cols-2">
							{group.hits.map((hit) => (
								<HitCard key={hit.id} hit={hit} fieldName={fieldName} />
							))}
						</ul>
					</section>
				))}
		</div>
	)
}
