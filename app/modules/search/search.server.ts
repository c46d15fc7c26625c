// Searching listings: Meilisearch first; when it is down or slower than
// SEARCH_TIMEOUT_MS, a PostgreSQL query over published listings answers instead
// (accent-insensitive, fewer niceties) and the page says so.
import type { MultiSearchQuery, SearchResponse } from 'meilisearch'
import type { ListingType } from '~/generated/prisma/enums'
import { listingTypes } from '~/modules/listings/listing-types'
import type { ListingDocument } from './documents.server'
import { reportFallback } from './fallback-report.server'
import { fallbackFacetValues, fallbackSearch, fallbackSearchByType } from './fallback.server'
import { highlightEnd, highlightStart, toHit, type SearchHit } from './hits'
import type { FacetAttribute } from './index-settings'
import { getSearchClient, listingsIndex } from './meili.server'
import { facetsByType, hitsPerPage, meiliFilter, meiliSort, type SearchState } from './query'

export type FacetValue = { value: string; count: number | null }
export type TypeSearchResult = {
	hits: SearchHit[]
	totalHits: number
	totalPages: number
	page: number
	facets: Partial<Record<FacetAttribute, FacetValue[]>>
	degraded: boolean
}

const highlightOptions = {
	attributesToHighlight: ['title', 'summary'],
	highlightPreTag: highlightStart,
	highlightPostTag: highlightEnd,
}

function facetValues(distribution: Record<string, number> | undefined): FacetValue[] {
	return Object.entries(distribution ?? {})
		.map(([value, count]) => ({ value, count }))
		.sort((a, b) => b.count! - a.count! || a.value.localeCompare(b.value))
}

// One request: the page of hits, plus, for each facet in use, its counts without its
// own selection (so choosing "TRL 7" still shows how many have TRL 8).
export async function searchListingsOfType(type: ListingType, state: SearchState): Promise<TypeSearchResult> {
	const facets = facetsByType[type]
	const index = listingsIndex()
	const main: MultiSearchQuery = {
		indexUid: index,
		q: state.q,
		filter: meiliFilter(state, type),
		sort: meiliSort(state.sort),
		page: state.page,
		hitsPerPage,
		facets,
		...highlightOptions,
	}
	const active = facets.filter((facet) => state.filters[facet]?.length)
	const facetQueries: MultiSearchQuery[] = active.map((facet) => ({
		indexUid: index,
		q: state.q,
		filter: meiliFilter(state, type, facet),
		facets: [facet],
		limit: 0,
	}))
	try {
		const { results } = await getSearchClient().multiSearch({ queries: [main, ...facetQueries] })
		const [first, ...rest] = results as unknown as SearchResponse<ListingDocument>[]
		const distribution = { ...(first!.facetDistribution ?? {}) }
		active.forEach((facet, i) => {
			distribution[facet] = rest[i]!.facetDistribution?.[facet] ?? {}
		})
		return {
			hits: first!.hits.map(toHit),
			totalHits: first!.totalHits ?? 0,
			totalPages: first!.totalPages ?? 0,
			page: state.page,
			facets: Object.fromEntries(facets.map((facet) => [facet, facetValues(distribution[facet])])),
			degraded: false,
		}
	} catch (error) {
		reportFallback(error)
		const [found, values] = await Promise.all([fallbackSearch({ type, state, limit: hitsPerPage }), fallbackFacetValues(type)])
		return { ...found, page: state.page, facets: values, degraded: true }
	}
}

export type GroupedResults = { groups: { type: ListingType; totalHits: number; hits: SearchHit[] }[]; degraded: boolean }

// The header's search: every listing type at once, in one multi-search request.
export async function searchAllTypes(q: string, perType = 5): Promise<GroupedResults> {
	const index = listingsIndex()
	try {
		const { results } = await getSearchClient().multiSearch({
			queries: listingTypes.map((type) => ({
				indexUid: index,
				q,
				filter: meiliFilter({ filters: {} }, type),
				limit: perType,
				...highlightOptions,
			})),
		})
		const typed = results as unknown as SearchResponse<ListingDocument>[]
		return {
			groups: listingTypes.map((type, i) => ({ type, totalHits: typed[i]!.estimatedTotalHits ?? typed[i]!.hits.length, hits: typed[i]!.hits.map(toHit) })),
			degraded: false,
		}
	} catch (error) {
		reportFallback(error)
		const { hits, totals } = await fallbackSearchByType(q, perType)
		const groups = listingTypes.map((type) => ({ type, totalHits: totals.get(type) ?? 0, hits: hits.filter((hit) => hit.type === type) }))
		return { groups, degraded: true }
	}
}

// The public JSON API: one type or all, a page at a time.
export async function searchForApi(input: { q: string; type?: ListingType; page: number }) {
	const index = listingsIndex()
	const state: SearchState = { q: input.q, page: input.page, sort: input.q ? 'relevance' : 'newest', filters: {} }
	try {
		const response = (await getSearchClient().index(index).search<ListingDocument>(input.q, {
			filter: meiliFilter(state, input.type),
			sort: meiliSort(state.sort),
			page: input.page,
			hitsPerPage,
		})) as SearchResponse<ListingDocument>
		return { hits: response.hits.map(toHit), totalHits: response.totalHits ?? 0, totalPages: response.totalPages ?? 0, degraded: false }
	} catch (error) {
		reportFallback(error)
		const found = await fallbackSearch({ type: input.type, state, limit: hitsPerPage })
		return { ...found, degraded: true }
	}
}
