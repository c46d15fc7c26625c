import { Meilisearch } from 'meilisearch'
import { getEnv } from '~/utils/env.server'
import { deriveSearchKeys } from './keys.server'

let cachedClients: { search: Meilisearch; index: Meilisearch } | undefined

// The two scoped keys: given directly, or derived from the master key (which is
// then never sent to Meilisearch by the app). Server-side only: the browser never
// receives a key.
export function scopedKeys() {
	const env = getEnv()
	if (env.MEILI_SEARCH_KEY && env.MEILI_INDEX_KEY) return { searchKey: env.MEILI_SEARCH_KEY, indexKey: env.MEILI_INDEX_KEY }
	return deriveSearchKeys(env.MEILI_MASTER_KEY!, env.MEILI_INDEX_PREFIX)
}

function clients() {
	if (!cachedClients) {
		const env = getEnv()
		const keys = scopedKeys()
		cachedClients = {
			// Searches give up quickly: past SEARCH_TIMEOUT_MS the page uses PostgreSQL instead.
			search: new Meilisearch({ host: env.MEILI_URL, apiKey: keys.searchKey, timeout: env.SEARCH_TIMEOUT_MS }),
			index: new Meilisearch({ host: env.MEILI_URL, apiKey: keys.indexKey, timeout: 15_000 }),
		}
	}
	return cachedClients
}

export function getSearchClient() {
	return clients().search
}

export function getIndexClient() {
	return clients().index
}

export function indexName(base: string) {
	return `${getEnv().MEILI_INDEX_PREFIX}${base}`
}

export function listingsIndex() {
	return indexName('listings')
}
