import { Meilisearch, MeilisearchApiError } from 'meilisearch'
import { beforeAll, describe, expect, test } from 'vitest'
import { drainOutbox, ensureListingsIndex } from '~/modules/search/indexer.server'
import { getSearchClient, listingsIndex } from '~/modules/search/meili.server'
import { parseSearchState } from '~/modules/search/query'
import { searchAllTypes, searchForApi, searchListingsOfType } from '~/modules/search/search.server'
import { fallbackSearch } from '~/modules/search/fallback.server'
import { prisma } from '~/utils/db.server'
import { createSearchableListing } from '../support/search'

// A small corpus with one obviously right answer per query.
const corpus = {
	wastewater: { title: 'Hệ thống xử lý nước thải chế biến thủy sản bằng màng sinh học', summary: 'Giảm 90% COD, vận hành tự động.', fields: ['environment'] },
	ai: { title: 'Phần mềm trí tuệ nhân tạo phát hiện lỗi vải trên dây chuyền dệt', summary: 'Camera và học sâu nhận diện lỗi sợi.', fields: ['textile-garment', 'it-digital'] },
	solar: { title: 'Giàn điện mặt trời áp mái cho trang trại chăn nuôi', summary: 'Tấm pin kết hợp lưu trữ, hoàn vốn 5 năm.', fields: ['energy'] },
	dryer: { title: 'Máy sấy lạnh nông sản dùng bơm nhiệt', summary: 'Giữ màu và vitamin của trái cây sấy.', fields: ['agriculture', 'food-processing'] },
	shrimp: { title: 'Chế phẩm vi sinh cho ao nuôi tôm', summary: 'Ổn định môi trường nước, giảm dịch bệnh.', fields: ['aquaculture', 'biotechnology'] },
} as const

const ids: Record<keyof typeof corpus, string> = {} as never
let draftId = ''
const secretWord = 'Zyxquodrant'

beforeAll(async () => {
	await ensureListingsIndex()
	for (const [key, value] of Object.entries(corpus)) {
		ids[key as keyof typeof corpus] = (await createSearchableListing({ ...value, fields: [...value.fields] })).id
	}
	draftId = (await createSearchableListing({ title: `Bản nháp bí mật ${secretWord}`, summary: secretWord, status: 'DRAFT' })).id
	for (const status of ['PENDING_REVIEW', 'REJECTED', 'ARCHIVED'] as const) {
		await createSearchableListing({ title: `Tin ${status} ${secretWord}`, status })
	}
	const relayed = await drainOutbox()
	expect(relayed.unavailable).toBe(false)
	expect(await prisma.searchOutbox.count({ where: { status: 'PENDING' } })).toBe(0)
})

async function topIds(q: string) {
	const result = await searchListingsOfType('TECHNOLOGY_OFFER', parseSearchState(new URLSearchParams({ q }), 'TECHNOLOGY_OFFER'))
	expect(result.degraded).toBe(false)
	return result.hits.map((hit) => hit.id)
}

describe('search: how Vietnamese people type', () => {
	test.each([
		['xu ly nuoc thai', 'wastewater', 'no diacritics'],
		['nươc thải', 'wastewater', 'a typo in the tone marks'],
		['xử lý nướv thải', 'wastewater', 'a slipped key'],
		['AI', 'ai', 'an abbreviation (synonym of trí tuệ nhân tạo)'],
		['solar', 'solar', 'an English term (synonym of điện mặt trời)'],
		['wastewater treatment', 'wastewater', 'an English phrase for a Vietnamese listing'],
		['aquaculture', 'shrimp', 'the English name of the listing\'s field'],
		['máy sấ', 'dryer', 'a prefix while typing'],
		['bom nhiet', 'dryer', 'words from the summary, without diacritics'],
	] as const)('%s finds the %s listing first (%s)', async (q, expected, _why) => {
		expect((await topIds(q))[0]).toBe(ids[expected])
	})

	test('matched words are highlighted as plain segments, never as markup', async () => {
		const hostile = await createSearchableListing({ title: 'Cảm biến <img src=x onerror=alert(1)> đo mặn', summary: '<script>alert(1)</script> cảm biến' })
		await drainOutbox()
		const result = await searchListingsOfType('TECHNOLOGY_OFFER', parseSearchState(new URLSearchParams({ q: 'cam bien' }), 'TECHNOLOGY_OFFER'))
		const hit = result.hits.find((h) => h.id === hostile.id)!
		expect(hit.titleSegments).toEqual([
			{ text: 'Cảm biến', match: true },
			{ text: ' <img src=x onerror=alert(1)> đo mặn', match: false },
		])
		expect(hit.summarySegments.map((s) => s.text).join('')).toBe('<script>alert(1)</script> cảm biến')
	})

	test('facets show counts, narrow the results, and keep their own counts when selected', async () => {
		const state = parseSearchState(new URLSearchParams({ field: 'energy' }), 'TECHNOLOGY_OFFER')
		const result = await searchListingsOfType('TECHNOLOGY_OFFER', state)
		expect(result.hits.map((h) => h.id)).toEqual([ids.solar])
		expect(result.facets.fields).toEqual(expect.arrayContaining([{ value: 'energy', count: 1 }, { value: 'environment', count: 1 }]))
	})
})

describe('search never shows what is not published', () => {
	test('a draft (or pending, rejected, archived listing) with a unique word is found by no search path', async () => {
		const state = parseSearchState(new URLSearchParams({ q: secretWord }), 'TECHNOLOGY_OFFER')
		expect((await searchListingsOfType('TECHNOLOGY_OFFER', state)).hits).toEqual([])
		expect((await searchAllTypes(secretWord)).groups.flatMap((g) => g.hits)).toEqual([])
		expect((await searchForApi({ q: secretWord, page: 1 })).hits).toEqual([])
		expect((await fallbackSearch({ state, limit: 20 })).hits).toEqual([])
		const raw = await getSearchClient().index(listingsIndex()).search(secretWord)
		expect(raw.hits).toEqual([])
		await expect(getSearchClient().index(listingsIndex()).getDocument(draftId)).rejects.toThrow()
	})

	test('documents hold only public fields: no confidential details, no expert contacts', async () => {
		const offer = await createSearchableListing({ title: 'Quy trình bí quyết lên men' })
		await prisma.technologyOffer.update({ where: { listingId: offer.id }, data: { confidentialDetails: 'BI-MAT-CONG-THUC-42', confidentialityTerms: 'NDA-TERMS-77' } })
		const expert = await createSearchableListing({ title: 'TS. Chuyên gia lên men', type: 'EXPERT' })
		await prisma.expertProfile.create({ data: { listingId: expert.id, contactEmail: 'rieng.tu@example.vn', contactPhone: '0987 654 321', specialities: ['Lên men'] } })
		await prisma.searchOutbox.createMany({ data: [offer.id, expert.id].map((entityId) => ({ entityType: 'listing', entityId })) })
		await drainOutbox()
		const index = getSearchClient().index(listingsIndex())
		const stored = JSON.stringify((await index.search('lên men', { limit: 50 })).hits)
		expect(stored).toContain('Quy trình bí quyết lên men')
		expect(stored).toContain('Lên men')
		for (const secret of ['BI-MAT-CONG-THUC-42', 'NDA-TERMS-77', 'rieng.tu@example.vn', '0987 654 321']) expect(stored).not.toContain(secret)
	})

	test('the fallback finds the same published listing without diacritics', async () => {
		const found = await fallbackSearch({ type: 'TECHNOLOGY_OFFER', state: parseSearchState(new URLSearchParams({ q: 'xu ly nuoc thai' })), limit: 20 })
		expect(found.hits[0]?.id).toBe(ids.wastewater)
	})
})

describe('keys', () => {
	test('the app searches with a key that can only search, and indexes with one that cannot search', async () => {
		const url = process.env.MEILI_URL!
		const searchOnly = new Meilisearch({ host: url, apiKey: process.env.MEILI_SEARCH_KEY })
		const indexing = new Meilisearch({ host: url, apiKey: process.env.MEILI_INDEX_KEY })
		await expect(searchOnly.index(listingsIndex()).addDocuments([{ id: 'x', title: 'x' }])).rejects.toBeInstanceOf(MeilisearchApiError)
		await expect(indexing.index(listingsIndex()).search('x')).rejects.toBeInstanceOf(MeilisearchApiError)
		// Neither reaches another site's indexes.
		await expect(searchOnly.index('other_listings').search('x')).rejects.toBeInstanceOf(MeilisearchApiError)
		expect(process.env.MEILI_MASTER_KEY).toBeUndefined()
	})

	test('settings are applied idempotently: a second run changes nothing', async () => {
		expect(await ensureListingsIndex()).toEqual({ changed: [] })
	})
})
