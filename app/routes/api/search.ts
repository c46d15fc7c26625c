import { type LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { listingTypes } from '~/modules/listings/listing-types'
import { maxPage, maxQueryLength } from '~/modules/search/query'
import { searchForApi } from '~/modules/search/search.server'
import { chargeSearch } from '~/modules/search/rate-limit.server'
import { siteOrigin } from '~/utils/locale.server'

const ApiQuery = z.object({
	q: z.string().trim().max(maxQueryLength, { error: `q: at most ${maxQueryLength} characters` }).default(''),
	type: z.enum(listingTypes, { error: `type: one of ${listingTypes.join(', ')}` }).optional(),
	page: z.coerce.number({ error: 'page: a whole number' }).int({ error: 'page: a whole number' }).min(1, { error: 'page: at least 1' }).max(maxPage, { error: `page: at most ${maxPage}` }).default(1),
})

const headers = { 'Cache-Control': 'public, max-age=30', 'Access-Control-Allow-Origin': '*' }

// GET /api/search?q=&type=&page= — public, published listings only; a query draws on the
// client's search budget (SEARCH_RATE_LIMIT, shared with the search pages).
export async function loader({ request, context }: LoaderFunctionArgs) {
	const params = new URL(request.url).searchParams
	const limit = await chargeSearch(context, (params.get('q') ?? '').slice(0, maxQueryLength))
	if (limit) {
		return Response.json({ error: 'rate_limited', message: 'Too many requests; try again later.' }, { status: 429, headers: { 'Retry-After': String(limit.retryAfterSeconds) } })
	}
	const parsed = ApiQuery.safeParse({ q: params.get('q') ?? undefined, type: params.get('type') || undefined, page: params.get('page') || undefined })
	if (!parsed.success) {
		return Response.json({ error: 'invalid_query', message: parsed.error.issues.map((issue) => issue.message).join('; ') }, { status: 400 })
	}
	const { q, type, page } = parsed.data
	const result = await searchForApi({ q, type, page })
	const origin = siteOrigin(request)
	// A resource route used from outside: a plain JSON Response.
	return Response.json(
		{
			query: { q, type: type ?? null, page },
			totalHits: result.totalHits,
			totalPages: result.totalPages,
			// true when Meilisearch was unavailable and PostgreSQL answered (simpler matching).
			degraded: result.degraded,
			hits: result.hits.map((hit) => ({
				id: hit.id,
				type: hit.type,
				title: hit.title,
				summary: hit.summary,
				url: `${origin}${hit.url}`,
				externalId: hit.externalId,
				organization: hit.organizationName,
				publishedAt: new Date(hit.publishedAt * 1000).toISOString(),
			})),
		},
		{ headers },
	)
}
