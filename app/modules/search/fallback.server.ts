// The search used while Meilisearch is down or slow: PostgreSQL over published
// listings, every word matched without diacritics in the title, summary, keywords or
// description (a trigram index serves it, see the search_fallback_index migration).
// No typo tolerance, synonyms or facet counts: pages say results are simplified.
// Each query is bounded by a statement timeout, so a fallback can never pile up.
import type { ListingType } from '~/generated/prisma/enums'
import { Prisma } from '~/generated/prisma/client'
import { incubatorServices, patentKinds, patentLegalStatuses, startupStages, transferModes } from '~/modules/listings/schemas'
import { organizationTypes } from '~/modules/orgs/schemas'
import { prisma } from '~/utils/db.server'
import { loadListingDocuments } from './documents.server'
import { toHit, type SearchHit } from './hits'
import type { FacetAttribute } from './index-settings'
import { facetsByType, type SearchState } from './query'

function likePattern(word: string) {
	return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

function filterCondition(attribute: FacetAttribute, values: string[]): Prisma.Sql {
	const list = Prisma.join(values)
	switch (attribute) {
		case 'fields':
			return Prisma.sql`EXISTS (SELECT 1 FROM "ListingField" lf JOIN "Field" f ON f."id" = lf."fieldId" WHERE lf."listingId" = l."id" AND f."slug" IN (${list}))`
		case 'commune':
			return Prisma.sql`EXISTS (SELECT 1 FROM "Commune" c WHERE c."id" = l."communeId" AND c."code" IN (${list}))`
		case 'trl':
			return Prisma.sql`EXISTS (SELECT 1 FROM "TechnologyOffer" t WHERE t."listingId" = l."id" AND t."trl" IN (${Prisma.join(values.map(Number))}))`
		case 'transferModes':
			return Prisma.sql`(EXISTS (SELECT 1 FROM "TechnologyOffer" t WHERE t."listingId" = l."id" AND t."transferModes"::text[] && ARRAY[${list}]::text[])
				OR EXISTS (SELECT 1 FROM "TechnologyRequest" r WHERE r."listingId" = l."id" AND r."preferredTransferModes"::text[] && ARRAY[${list}]::text[]))`
		case 'patentKind':
			return Prisma.sql`EXISTS (SELECT 1 FROM "Patent" p WHERE p."listingId" = l."id" AND p."kind"::text IN (${list}))`
		case 'legalStatus':
			return Prisma.sql`EXISTS (SELECT 1 FROM "Patent" p WHERE p."listingId" = l."id" AND p."legalStatus"::text IN (${list}))`
		case 'organizationType':
			return Prisma.sql`o."type"::text IN (${list})`
		case 'startupStage':
			return Prisma.sql`EXISTS (SELECT 1 FROM "StartupProfile" s WHERE s."listingId" = l."id" AND s."stage"::text IN (${list}))`
		case 'specialities':
			return Prisma.sql`EXISTS (SELECT 1 FROM "ExpertProfile" e WHERE e."listingId" = l."id" AND e."specialities" && ARRAY[${list}]::text[])`
		case 'incubatorServices':
			return Prisma.sql`EXISTS (SELECT 1 FROM "IncubatorProfile" i WHERE i."listingId" = l."id" AND i."services"::text[] && ARRAY[${list}]::text[])`
	}
}

function orderBy(state: SearchState, words: string[]) {
	const newest = Prisma.sql`l."publishedAt" DESC, l."id"`
	switch (state.sort) {
		case 'trl':
			return Prisma.sql`(SELECT t."trl" FROM "TechnologyOffer" t WHERE t."listingId" = l."id") DESC NULLS LAST, ${newest}`
		case 'priceAsc':
		case 'priceDesc': {
			const price = Prisma.sql`COALESCE((SELECT t."priceVnd" FROM "TechnologyOffer" t WHERE t."listingId" = l."id"), (SELECT r."budgetMaxVnd" FROM "TechnologyRequest" r WHERE r."listingId" = l."id"))`
			return state.sort === 'priceAsc' ? Prisma.sql`${price} ASC NULLS LAST, ${newest}` : Prisma.sql`${price} DESC NULLS LAST, ${newest}`
		}
		case 'relevance':
			if (words.length) {
				// Listings whose title holds every word first.
				const inTitle = Prisma.join(words.map((word) => Prisma.sql`search_fold(l."title") LIKE search_fold(${likePattern(word)})`), ' AND ')
				return Prisma.sql`CASE WHEN ${inTitle} THEN 0 ELSE 1 END, ${newest}`
			}
			return newest
		case 'newest':
			return newest
	}
}

const statementTimeoutMs = 3_000

function conditionsFor(type: ListingType | undefined, state: SearchState) {
	const words = state.q.split(/\s+/).filter(Boolean).slice(0, 10)
	const conditions: Prisma.Sql[] = [
		Prisma.sql`l."status" = 'PUBLISHED'`,
		Prisma.sql`l."publishedAt" IS NOT NULL`,
		Prisma.sql`(o."id" IS NULL OR (o."deletedAt" IS NULL AND o."suspendedAt" IS NULL))`,
	]
	if (type) conditions.push(Prisma.sql`l."type"::text = ${type}`)
	// The same expression as the index, so that the index is used.
	const text = Prisma.sql`listing_search_text(l."title", l."summary", l."keywords", l."description")`
	for (const word of words) conditions.push(Prisma.sql`${text} LIKE search_fold(${likePattern(word)})`)
	for (const [attribute, values] of Object.entries(state.filters) as [FacetAttribute, string[]][]) {
		if (values.length) conditions.push(filterCondition(attribute, values))
	}
	return { words, where: Prisma.join(conditions, ' AND ') }
}

// Runs a fallback query with a time limit; a query over the limit finds nothing.
async function bounded<T>(query: (tx: Prisma.TransactionClient) => Promise<T[]>): Promise<T[]> {
	try {
		return await prisma.$transaction(
			async (tx) => {
				await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${statementTimeoutMs}`)
				return query(tx)
			},
			{ maxWait: 2_000, timeout: statementTimeoutMs + 2_000 },
		)
	} catch (error) {
		// Over the time limit, or no connection free in time (every search falling back at
		// once): the page shows no results with its notice rather than an error.
		if (error instanceof Error && /statement timeout|canceling statement|Unable to start a transaction/i.test(error.message)) return []
		throw error
	}
}

async function hitsFor(ids: string[]) {
	const documents = await loadListingDocuments(ids)
	return ids.map((id) => documents.get(id)).filter((doc) => doc != null).map((doc) => toHit(doc))
}

export async function fallbackSearch(input: { type?: ListingType; state: SearchState; limit: number }): Promise<{ hits: SearchHit[]; totalHits: number; totalPages: number }> {
	const { words, where } = conditionsFor(input.type, input.state)
	const offset = (input.state.page - 1) * input.limit
	const rows = await bounded((tx) => tx.$queryRaw<{ id: string; total: bigint }[]>`
		SELECT l."id", count(*) OVER () AS "total"
		FROM "Listing" l LEFT JOIN "Organization" o ON o."id" = l."organizationId"
		WHERE ${where}
		ORDER BY ${orderBy(input.state, words)}
		LIMIT ${input.limit} OFFSET ${offset}`)
	const totalHits = rows.length ? Number(rows[0]!.total) : 0
	return { hits: await hitsFor(rows.map((row) => row.id)), totalHits, totalPages: Math.ceil(totalHits / input.limit) }
}

// Every type at once in one query: the first `perType` of each, and each type's count.
export async function fallbackSearchByType(q: string, perType: number) {
	const state: SearchState = { q, page: 1, sort: 'relevance', filters: {} }
	const { words, where } = conditionsFor(undefined, state)
	const rows = await bounded((tx) => tx.$queryRaw<{ id: string; type: ListingType; total: bigint }[]>`
		SELECT "id", "type", "total" FROM (
			SELECT l."id", l."type", count(*) OVER (PARTITION BY l."type") AS "total",
				row_number() OVER (PARTITION BY l."type" ORDER BY ${orderBy(state, words)}) AS "rank"
			FROM "Listing" l LEFT JOIN "Organization" o ON o."id" = l."organizationId"
			WHERE ${where}
		) ranked WHERE "rank" <= ${perType} ORDER BY "type", "rank"`)
	const hits = await hitsFor(rows.map((row) => row.id))
	const totals = new Map(rows.map((row) => [row.type, Number(row.total)]))
	return { hits, totals }
}

// Facet values without counts, from the database.
export async function fallbackFacetValues(type: ListingType): Promise<Partial<Record<FacetAttribute, { value: string; count: null }[]>>> {
	const published = { status: 'PUBLISHED' as const, type }
	const result: Partial<Record<FacetAttribute, { value: string; count: null }[]>> = {}
	const plain = (values: readonly (string | number)[]) => values.map((value) => ({ value: String(value), count: null }))
	for (const facet of facetsByType[type]) {
		switch (facet) {
			case 'fields': {
				const fields = await prisma.field.findMany({ where: { active: true, listings: { some: { listing: published } } }, orderBy: { sortOrder: 'asc' }, select: { slug: true } })
				result.fields = plain(fields.map((f) => f.slug))
				break
			}
			case 'commune': {
				const communes = await prisma.commune.findMany({ where: { listings: { some: published } }, orderBy: { name: 'asc' }, select: { code: true } })
				result.commune = plain(communes.map((c) => c.code))
				break
			}
			case 'specialities': {
				const rows = await prisma.$queryRaw<{ value: string }[]>`
					SELECT DISTINCT unnest(e."specialities") AS "value" FROM "ExpertProfile" e JOIN "Listing" l ON l."id" = e."listingId"
					WHERE l."status" = 'PUBLISHED' ORDER BY 1 LIMIT 100`
				result.specialities = plain(rows.map((r) => r.value))
				break
			}
			case 'trl':
				result.trl = plain([1, 2, 3, 4, 5, 6, 7, 8, 9])
				break
			case 'transferModes':
				result.transferModes = plain(transferModes)
				break
			case 'patentKind':
				result.patentKind = plain(patentKinds)
				break
			case 'legalStatus':
				result.legalStatus = plain(patentLegalStatuses)
				break
			case 'organizationType':
				result.organizationType = plain(organizationTypes)
				break
			case 'startupStage':
				result.startupStage = plain(startupStages)
				break
			case 'incubatorServices':
				result.incubatorServices = plain(incubatorServices)
				break
		}
	}
	return result
}
