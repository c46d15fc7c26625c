// With a master key, create the app's two scoped Meilisearch keys (search only;
// indexing) and put them in the environment. They are derived from the master key,
// so they are known even while Meilisearch is unreachable; creation is then retried.
export async function prepareSearchKeys(say: (message: string) => void, options: { retryInBackground?: boolean } = {}) {
	const masterKey = process.env.MEILI_MASTER_KEY
	if (!masterKey || (process.env.MEILI_SEARCH_KEY && process.env.MEILI_INDEX_KEY)) return
	const { deriveSearchKeys, ensureSearchKeys } = await import('../../app/modules/search/keys.server.ts')
	const prefix = process.env.MEILI_INDEX_PREFIX ?? ''
	const keys = deriveSearchKeys(masterKey, prefix)
	process.env.MEILI_SEARCH_KEY = keys.searchKey
	process.env.MEILI_INDEX_KEY = keys.indexKey
	const create = () => ensureSearchKeys({ url: process.env.MEILI_URL!, masterKey, prefix })
	try {
		await create()
	} catch (error) {
		if (!options.retryInBackground) throw error
		say(`Meilisearch keys not created yet (${error instanceof Error ? error.message : error}); retrying in the background`)
		const retry = setInterval(() => {
			create().then(
				() => {
					clearInterval(retry)
					say('Meilisearch keys created')
				},
				() => {},
			)
		}, 5_000)
		retry.unref()
	}
}
