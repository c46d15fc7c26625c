import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useNavigation, useSubmit } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { HitCard } from '~/components/search-hit'
import { Notice } from '~/components/ui/form'
import { listingPaths, listingTypeFromPath } from '~/modules/listings/listing-paths'
import type { FacetAttribute } from '~/modules/search/index-settings'
import { communeNames, fieldNames } from '~/modules/search/labels.server'
import { facetParams, facetsByType, parseSearchState, searchStateToParams, sortsByType, toggleFilter, type SearchState } from '~/modules/search/query'
import { requireSearchBudget } from '~/modules/search/rate-limit.server'
import { searchListingsOfType } from '~/modules/search/search.server'
import { formatNumber } from '~/utils/format'
import { createI18n, type Locale } from '~/utils/i18n'
import { requestLocale, siteOrigin } from '~/utils/locale.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	data
		? [
				{ title: pageTitle(matches, data.heading) },
				{ name: 'description', content: data.heading },
				{ tagName: 'link', rel: 'canonical', href: data.canonical },
				// Filtered and searched variants are not separate pages for search engines.
				...(data.filtered ? [{ name: 'robots', content: 'noindex, follow' }] : []),
			]
		: []

export async function loader({ request, context }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	const type = listingTypeFromPath(url.pathname)
	if (!type) throw new Response('Not Found', { status: 404 })
	const state = parseSearchState(url.searchParams, type)
	// A query draws on the client's search budget; filters and pages alone are free.
	await requireSearchBudget(context, state.q)
	const [result, fields, communes] = await Promise.all([searchListingsOfType(type, state), fieldNames(), communeNames()])
	return {
		type,
		state,
		result,
		labels: { fields, communes },
		heading: createI18n(requestLocale(request)).t(`listingType.${type}`),
		canonical: `${siteOrigin(request)}/${listingPaths[type]}`,
		filtered: searchStateToParams(state, { page: 1 }).toString() !== '',
	}
}

function useFacetLabel() {
	const { t, i18n } = useTranslation()
	const { labels } = useLoaderData<typeof loader>()
	const vi = i18n.language === 'vi'
	return (attribute: FacetAttribute, value: string) => {
		switch (attribute) {
			case 'fields': {
				const names = labels.fields[value]
				return names ? (vi ? names.vi : names.en) : value
			}
			case 'commune':
				return labels.communes[value] ?? value
			case 'trl':
				return `TRL ${value}`
			case 'transferModes':
				return t(`transferMode.${value}`)
			case 'patentKind':
				return t(`patentKind.${value}`)
			case 'legalStatus':
				return t(`patentLegalStatus.${value}`)
			case 'organizationType':
				return t(`organizationType.${value}`)
			case 'startupStage':
				return t(`startupStage.${value}`)
			case 'incubatorServices':
				return t(`incubatorService.${value}`)
			case 'specialities':
				return value
		}
	}
}

// Checkboxes keep their element (and so the keyboard focus) while the results update: their
// checked state follows the URL from an effect rather than by remounting them.
function useCheckedFromState(form: React.RefObject<HTMLFormElement>, filters: SearchState['filters']) {
	useEffect(() => {
		const chosen = new Map<string, Set<string>>(Object.entries(filters).map(([attribute, values]) => [facetParams[attribute as FacetAttribute], new Set(values)]))
		for (const input of form.current?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? []) {
			input.checked = chosen.get(input.name)?.has(input.value) ?? false
		}
	}, [form, filters])
}

// On wide screens the filters are a sidebar, open; on a phone they start folded behind the
// "Filters" summary. Without JavaScript the stylesheet shows them on wide screens (app.css).
function useOpenOnWideScreens(details: React.RefObject<HTMLDetailsElement>) {
	useEffect(() => {
		const wide = window.matchMedia('(min-width: 1024px)')
		const apply = () => {
			if (details.current && wide.matches) details.current.open = true
		}
		apply()
		wide.addEventListener('change', apply)
		return () => wide.removeEventListener('change', apply)
	}, [details])
}

export default function BrowseListings() {
	const { t, i18n } = useTranslation()
	const { type, state, result, labels } = useLoaderData<typeof loader>()
	const submit = useSubmit()
	const navigation = useNavigation()
	const facetLabel = useFacetLabel()
	const form = useRef<HTMLFormElement>(null)
	const details = useRef<HTMLDetailsElement>(null)
	useCheckedFromState(form, state.filters)
	useOpenOnWideScreens(details)
	const locale = i18n.language as Locale
	const vi = locale === 'vi'
	const link = (next: SearchState) => {
		const params = searchStateToParams(next).toString()
		return params ? `?${params}` : '?'
	}
	const fieldName = (slug: string) => {
		const names = labels.fields[slug]
		return names ? (vi ? names.vi : names.en) : slug
	}
	const active = (Object.entries(state.filters) as [FacetAttribute, string[]][]).flatMap(([attribute, values]) => values.map((value) => ({ attribute, value })))
	const busy = navigation.state === 'loading' && navigation.location?.pathname === `/${listingPaths[type]}`
	return (
		<div className="space-y-6">
			<header className="space-y-1">
				<h1 className="text-2xl font-semibold">{t(`listingType.${type}`)}</h1>
				<p className="text-sm text-slate-600" data-testid="result-count" aria-live="polite">
					{t('listings.browse.count', { count: formatNumber(result.totalHits, locale) })}
				</p>
			</header>
			{result.degraded ? <Notice tone="warning">{t('search.degraded')}</Notice> : null}
			<div className="grid gap-4 lg:grid-cols-[16rem_1fr] lg:gap-6">
				<Form
					ref={form}
					method="get"
					id="browse-form"
					role="search"
					aria-label={t('search.filters')}
					className="space-y-4 text-sm"
					// With JavaScript every change applies at once; without it, the button does.
					onChange={(event) => {
						if ((event.target as HTMLElement).getAttribute('name') === 'q') return
						submit(event.currentTarget, { preventScrollReset: true })
					}}
				>
					<div className="grid grid-cols-[1fr_auto] gap-3 lg:grid-cols-1 lg:gap-4">
						<div>
							<label htmlFor="browse-q" className="block font-medium">{t('search.query')}</label>
							<input id="browse-q" type="search" name="q" defaultValue={state.q} className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5" />
						</div>
						<div>
							<label htmlFor="browse-sort" className="block font-medium">{t('search.sort')}</label>
							<select id="browse-sort" name="sort" defaultValue={state.sort} className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5">
								{sortsByType[type].map((sort) => (
									<option key={sort} value={sort}>{t(`search.sorts.${sort}`)}</option>
								))}
							</select>
						</div>
					</div>
					<details ref={details} className="browse-filters group rounded-md border border-slate-300 bg-white lg:border-0 lg:bg-transparent" data-testid="filters">
						<summary className="flex cursor-pointer items-center justify-between px-3 py-2 font-medium lg:hidden">
							<span>
								{t('a11y.browse.filters')}
								{active.length ? <span data-testid="filters-active-count">{` (${formatNumber(active.length, locale)})`}</span> : null}
							</span>
							<span aria-hidden="true" className="text-slate-500 group-open:rotate-180">▾</span>
						</summary>
						<div className="space-y-4 border-t border-slate-200 p-3 lg:border-0 lg:p-0">
							{facetsByType[type].map((attribute) => {
								const values = result.facets[attribute] ?? []
								const selected = state.filters[attribute] ?? []
								// Selected values stay listed even when nothing else matches them.
								const shown = [...values, ...selected.filter((value) => !values.some((v) => v.value === value)).map((value) => ({ value, count: 0 }))]
								if (shown.length === 0) return null
								return (
									<fieldset key={attribute} className="space-y-1" data-testid={`facet-${attribute}`}>
										<legend className="mb-1 font-medium">{t(`search.facets.${attribute}`)}</legend>
										<ul className="max-h-60 space-y-1 overflow-auto">
											{shown.map(({ value, count }) => (
												<li key={value}>
													<label className="flex items-center gap-2 py-0.5">
														<input type="checkbox" name={facetParams[attribute]} value={value} defaultChecked={selected.includes(value)} />
														<span className="flex-1">{facetLabel(attribute, value)}</span>
														{count !== null ? <span className="text-xs text-slate-600">{formatNumber(count, locale)}</span> : null}
													</label>
												</li>
											))}
										</ul>
									</fieldset>
								)
							})}
						</div>
					</details>
					<button type="submit" className="rounded-md bg-sky-700 px-4 py-1.5 font-medium text-white">{t('listings.browse.apply')}</button>
				</Form>
				<div className={`min-w-0 space-y-4 ${busy ? 'opacity-60' : ''}`}>
					{active.length ? (
						<ul className="flex flex-wrap items-center gap-2 text-sm" aria-label={t('search.activeFilters')} data-testid="active-filters">
							{active.map(({ attribute, value }) => (
								<li key={`${attribute}-${value}`}>
									<Link
										to={link(toggleFilter(state, attribute, value))}
										preventScrollReset
										className="inline-block rounded-full bg-sky-100 px-3 py-1 text-sky-900 hover:bg-sky-200"
										aria-label={t('search.removeFilter', { label: facetLabel(attribute, value) })}
									>
										{facetLabel(attribute, value)} <span aria-hidden="true">×</span>
									</Link>
								</li>
							))}
							<li>
								<Link to={link({ ...state, filters: {}, page: 1 })} className="text-sky-700 underline">{t('search.clearAll')}</Link>
							</li>
						</ul>
					) : null}
					{result.hits.length === 0 ? <p className="text-slate-600">{t('listings.browse.empty')}</p> : null}
					<ul className="grid gap-4 md:grid-cols-2" data-testid="listing-results">
						{result.hits.map((hit) => (
							<HitCard key={hit.id} hit={hit} fieldName={fieldName} />
						))}
					</ul>
					{result.totalPages > 1 ? (
						<nav aria-label={t('form.pagination')} className="flex items-center gap-4 text-sm">
							{state.page > 1 ? <Link to={link({ ...state, page: state.page - 1 })} className="text-sky-700 underline">{t('form.previous')}</Link> : null}
							<span>{t('listings.browse.page', { page: state.page, pages: result.totalPages })}</span>
							{state.page < result.totalPages ? <Link to={link({ ...state, page: state.page + 1 })} className="text-sky-700 underline">{t('form.next')}</Link> : null}
						</nav>
					) : null}
				</div>
			</div>
		</div>
	)
}
