import { Meilisearch } from 'meilisearch'
import { getEnv } from '~/utils/env.server'

declare global {
	// eslint-disable-next-line no-var
	var __meili: Meilisearch | undefined
}

// Server-side only: the browser never receives a Meilisearch key.
export function getMeili(): Meilisearch {
	const env = getEnv()
	globalThis.__meili ??= new Meilisearch({
		host: env.MEILI_URL,
		apiKey: env.MEILI_MASTER_KEY,
		timeout: 2_000,
	})
	return globalThis.__meili
}

export function indexName(base: string) {
	return `${getEnv().MEILI_INDEX_PREFIX}${base}`
}
