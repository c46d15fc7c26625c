// The listings index's settings, as code. Applied idempotently at start-up and on
// every reindex; synonyms come from the database (administrators edit them).
import type { Settings } from 'meilisearch'

// Highest priority first: a word in the title outranks the same word in the description.
export const searchableAttributes = [
	'title',
	'keywords',
	'fieldNames',
	'specialities',
	'summary',
	'organizationName',
	'ipcClasses',
	'inventors',
	'description',
	'communeName',
	'externalId',
]

export const facetAttributes = [
	'fields',
	'trl',
	'transferModes',
	'patentKind',
	'legalStatus',
	'organizationType',
	'commune',
	'startupStage',
	'specialities',
	'incubatorServices',
] as const

export type FacetAttribute = (typeof facetAttributes)[number]

export const filterableAttributes = ['type', ...facetAttributes, 'priceVnd', 'organizationVerified', 'externalId', 'publishedAt']

export const sortableAttributes = ['publishedAt', 'trl', 'priceVnd']

export type SynonymRow = { term: string; synonyms: string[] }

// Every word of a group finds the others, in both directions.
export function synonymMap(rows: SynonymRow[]): Record<string, string[]> {
	const map = new Map<string, Set<string>>()
	for (const row of rows) {
		const group = [row.term, ...row.synonyms].map((word) => word.trim().toLowerCase().normalize('NFC')).filter(Boolean)
		for (const word of group) {
			const others = map.get(word) ?? new Set<string>()
			for (const other of group) if (other !== word) others.add(other)
			map.set(word, others)
		}
	}
	return Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([word, others]) => [word, [...others].sort()]))
}

export function listingIndexSettings(synonyms: SynonymRow[]): Settings {
	return {
		searchableAttributes,
		// Meilisearch keeps these two as sets (returned sorted); sorting here keeps the diff empty.
		filterableAttributes: [...filterableAttributes].sort(),
		sortableAttributes: [...sortableAttributes].sort(),
		displayedAttributes: ['*'],
		rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
		// One document per listing; a listing indexed twice by mistake still shows once.
		distinctAttribute: 'id',
		typoTolerance: {
			enabled: true,
			// Vietnamese words are short: one typo from 4 letters (nươc → nước), two from 8.
			minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
			disableOnAttributes: ['externalId', 'ipcClasses'],
			disableOnNumbers: true,
		},
		faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
		pagination: { maxTotalHits: 5000 },
		synonyms: synonymMap(synonyms),
	}
}
