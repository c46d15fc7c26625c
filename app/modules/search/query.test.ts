import { describe, expect, test } from 'vitest'
import { segmentsOf } from './hits'
import { synonymMap } from './index-settings'
import { meiliFilter, meiliSort, parseSearchState, quoteFilterValue, searchStateToParams, toggleFilter } from './query'

describe('search state in the URL', () => {
	test('reads query, page, sort and the facets the type offers; drops everything else', () => {
		const params = new URLSearchParams('q=  máy sấy  &page=3&sort=trl&field=agriculture&field=energy&trl=7&trl=x&stage=MVP&orgType=bad value!')
		expect(parseSearchState(params, 'TECHNOLOGY_OFFER')).toEqual({
			q: 'máy sấy',
			page: 3,
			sort: 'trl',
			filters: { fields: ['agriculture', 'energy'], trl: ['7'] },
		})
	})

	test('defaults: relevance with a query, newest without; a sort the type does not offer falls back', () => {
		expect(parseSearchState(new URLSearchParams('q=a'), 'PATENT').sort).toBe('relevance')
		expect(parseSearchState(new URLSearchParams(''), 'PATENT').sort).toBe('newest')
		expect(parseSearchState(new URLSearchParams('sort=priceAsc'), 'PATENT').sort).toBe('newest')
		expect(parseSearchState(new URLSearchParams('page=-4')).page).toBe(1)
		expect(parseSearchState(new URLSearchParams('page=999999')).page).toBe(250)
		expect(parseSearchState(new URLSearchParams({ q: 'x'.repeat(500) })).q).toHaveLength(200)
	})

	test('round-trips through URL parameters, leaving defaults out', () => {
		const state = parseSearchState(new URLSearchParams('q=điện&field=energy&commune=27043&sort=newest&page=2'), 'TECHNOLOGY_OFFER')
		expect(searchStateToParams(state).toString()).toBe('q=%C4%91i%E1%BB%87n&field=energy&commune=27043&sort=newest&page=2')
		expect(parseSearchState(searchStateToParams(state), 'TECHNOLOGY_OFFER')).toEqual(state)
		expect(searchStateToParams(state, { page: 1, sort: 'relevance' }).toString()).toBe('q=%C4%91i%E1%BB%87n&field=energy&commune=27043')
	})

	test('toggling a facet value adds or removes it and returns to page 1', () => {
		const state = parseSearchState(new URLSearchParams('field=energy&page=4'), 'TECHNOLOGY_OFFER')
		expect(toggleFilter(state, 'fields', 'agriculture')).toMatchObject({ page: 1, filters: { fields: ['energy', 'agriculture'] } })
		expect(toggleFilter(state, 'fields', 'energy').filters).toEqual({})
	})
})

describe('Meilisearch filter and sort', () => {
	test('OR within a facet, AND across facets, the type always; a facet can be left out for its own counts', () => {
		const state = parseSearchState(new URLSearchParams('field=energy&field=agriculture&trl=7'), 'TECHNOLOGY_OFFER')
		expect(meiliFilter(state, 'TECHNOLOGY_OFFER')).toEqual([
			['type = "TECHNOLOGY_OFFER"'],
			['fields = "energy"', 'fields = "agriculture"'],
			['trl = 7'],
		])
		expect(meiliFilter(state, 'TECHNOLOGY_OFFER', 'fields')).toEqual([['type = "TECHNOLOGY_OFFER"'], ['trl = 7']])
	})

	test('free-text facet values are quoted so they cannot change the filter', () => {
		expect(quoteFilterValue('Hóa "sinh" \\ OR type = "X"')).toBe('"Hóa \\"sinh\\" \\\\ OR type = \\"X\\""')
		const state = parseSearchState(new URLSearchParams({ speciality: 'a" OR type = "PATENT' }), 'EXPERT')
		expect(meiliFilter(state, 'EXPERT')[1]).toEqual(['specialities = "a\\" OR type = \\"PATENT"'])
	})

	test('sorts', () => {
		expect(meiliSort('relevance')).toBeUndefined()
		expect(meiliSort('newest')).toEqual(['publishedAt:desc'])
		expect(meiliSort('priceAsc')).toEqual(['priceVnd:asc'])
	})
})

describe('highlighting and synonyms', () => {
	test('highlight markers become plain segments; neighbouring matches merge', () => {
		expect(segmentsOf('\u0001Cảm\u0002 \u0001biến\u0002 <b>đo</b>', 'x')).toEqual([
			{ text: 'Cảm biến', match: true },
			{ text: ' <b>đo</b>', match: false },
		])
		expect(segmentsOf(undefined, 'Tiêu đề')).toEqual([{ text: 'Tiêu đề', match: false }])
	})

	test('synonyms work in every direction of a group, case-folded', () => {
		expect(synonymMap([{ term: 'AI', synonyms: ['Trí tuệ nhân tạo', 'artificial intelligence'] }])).toEqual({
			ai: ['artificial intelligence', 'trí tuệ nhân tạo'],
			'artificial intelligence': ['ai', 'trí tuệ nhân tạo'],
			'trí tuệ nhân tạo': ['ai', 'artificial intelligence'],
		})
	})
})
