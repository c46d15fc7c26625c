// A search's whole state lives in the URL (shareable, bookmarkable, back-button
// friendly). This module reads it from, and writes it to, URL parameters, and
// turns it into a Meilisearch filter. Values are validated, never pasted raw.
import type { ListingType } from '~/generated/prisma/enums'
import type { FacetAttribute } from './index-settings'

export const sortOptions = ['relevance', 'newest', 'trl', 'priceAsc', 'priceDesc'] as const
export type SortOption = (typeof sortOptions)[number]

export const hitsPerPage = 20
export const maxQueryLength = 200
export const maxPage = 250

// URL parameter name for each facet.
export const facetParams = {
	fields: 'field',
	trl: 'trl',
	transferModes: 'mode',
	patentKind: 'kind',
	legalStatus: 'legal',
	organizationType: 'orgType',
	commune: 'commune',
	startupStage: 'stage',
	specialities: 'speciality',
	incubatorServices: 'service',
} as const satisfies Record<FacetAttribute, string>

// The facets each listing type's page offers, in display order.
export const facetsByType: Record<ListingType, FacetAttribute[]> = {
	TECHNOLOGY_OFFER: ['fields', 'trl', 'transferModes', 'organizationType', 'commune'],
	PATENT: ['fields', 'patentKind', 'legalStatus', 'organizationType', 'commune'],
	TECHNOLOGY_REQUEST: ['fields', 'transferModes', 'organizationType', 'commune'],
	EXPERT: ['fields', 'specialities', 'commune'],
	INCUBATOR: ['fields', 'incubatorServices', 'commune'],
	STARTUP: ['fields', 'startupStage', 'commune'],
}

export const sortsByType: Record<ListingType, SortOption[]> = {
	TECHNOLOGY_OFFER: ['relevance', 'newest', 'trl', 'priceAsc', 'priceDesc'],
	PATENT: ['relevance', 'newest'],
	TECHNOLOGY_REQUEST: ['relevance', 'newest', 'priceAsc', 'priceDesc'],
	EXPERT: ['relevance', 'newest'],
	INCUBATOR: ['relevance', 'newest'],
	STARTUP: ['relevance', 'newest'],
}

export type SearchState = {
	q: string
	page: number
	sort: SortOption
	filters: Partial<Record<FacetAttribute, string[]>>
}

const codeValue = /^[A-Za-z0-9_.-]{1,80}$/
const validValue: Record<FacetAttribute, (value: string) => boolean> = {
	fields: (v) => codeValue.test(v),
	trl: (v) => /^[1-9]$/.test(v),
	transferModes: (v) => codeValue.test(v),
	patentKind: (v) => codeValue.test(v),
	legalStatus: (v) => codeValue.test(v),
	organizationType: (v) => codeValue.test(v),
	commune: (v) => codeValue.test(v),
	startupStage: (v) => codeValue.test(v),
	// Free text chosen from the facet list; quoted safely in the filter.
	specialities: (v) => v.length > 0 && v.length <= 100,
	incubatorServices: (v) => codeValue.test(v),
}

export function parseSearchState(params: URLSearchParams, type?: ListingType): SearchState {
	const q = (params.get('q') ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, maxQueryLength)
	const page = Math.min(maxPage, Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1))
	const allowedSorts: readonly SortOption[] = type ? sortsByType[type] : sortOptions
	const requested = params.get('sort') as SortOption | null
	const sort = requested && allowedSorts.includes(requested) ? requested : q ? 'relevance' : 'newest'
	const filters: SearchState['filters'] = {}
	const offered = type ? facetsByType[type] : (Object.keys(facetParams) as FacetAttribute[])
	for (const attribute of offered) {
		const values = [...new Set(params.getAll(facetParams[attribute]).map((v) => v.trim()))].filter(validValue[attribute]).slice(0, 20)
		if (values.length) filters[attribute] = values
	}
	return { q, page, sort, filters }
}

export function searchStateToParams(state: SearchState, overrides: Partial<SearchState> = {}) {
	const merged = { ...state, ...overrides }
	const params = new URLSearchParams()
	if (merged.q) params.set('q', merged.q)
	for (const [attribute, values] of Object.entries(merged.filters) as [FacetAttribute, string[]][]) {
		for (const value of values) params.append(facetParams[attribute], value)
	}
	const defaultSort = merged.q ? 'relevance' : 'newest'
	if (merged.sort !== defaultSort) params.set('sort', merged.sort)
	if (merged.page > 1) params.set('page', String(merged.page))
	return params
}

// The state with one facet value switched on or off (back to page 1).
export function toggleFilter(state: SearchState, attribute: FacetAttribute, value: string): SearchState {
	const current = state.filters[attribute] ?? []
	const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
	const filters = { ...state.filters, [attribute]: next }
	if (next.length === 0) delete filters[attribute]
	return { ...state, filters, page: 1 }
}

export function quoteFilterValue(value: string) {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

// OR within a facet, AND across facets; the type is always part of the filter.
export function meiliFilter(state: Pick<SearchState, 'filters'>, type?: ListingType, except?: FacetAttribute): string[][] {
	const groups: string[][] = []
	if (type) groups.push([`type = ${quoteFilterValue(type)}`])
	for (const [attribute, values] of Object.entries(state.filters) as [FacetAttribute, string[]][]) {
		if (attribute === except || !values.length) continue
		groups.push(values.map((value) => (attribute === 'trl' ? `trl = ${Number(value)}` : `${attribute} = ${quoteFilterValue(value)}`)))
	}
	return groups
}

export function meiliSort(sort: SortOption): string[] | undefined {
	switch (sort) {
		case 'relevance':
			return undefined
		case 'newest':
			return ['publishedAt:desc']
		case 'trl':
			return ['trl:desc', 'publishedAt:desc']
		case 'priceAsc':
			return ['priceVnd:asc']
		case 'priceDesc':
			return ['priceVnd:desc']
	}
}
