// npm run search:reindex — rebuilds the listings index from the database into a new
// index and swaps it in atomically; search keeps answering meanwhile.
import { progressBar, withSiteEngines } from './lib/cli-engines.ts'

const bar = progressBar('reindexing')
try {
	await withSiteEngines(async () => {
		const { reindexListings } = await import('../app/modules/search/reindex.server.ts')
		const result = await reindexListings({ onProgress: (p) => bar(p.indexed, p.total) })
		if (!result.ok) {
			console.error('Another reindex is running; try again when it has finished.')
			process.exitCode = 1
			return
		}
		console.log(`Reindexed ${result.indexed} published listings in ${(result.durationMs / 1000).toFixed(1)} s.`)
	})
} catch (error) {
	console.error(`Reindex failed: ${error instanceof Error ? error.message : error}`)
	process.exitCode = 1
}
