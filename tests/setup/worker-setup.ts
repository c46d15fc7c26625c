// Each test worker gets its own database cloned from the migrated template, and its
// own Meilisearch index prefix, so workers never see each other's rows. When the
// database starts afresh (each test file may run in a new process), so do the indexes:
// documents left by an earlier file would not match the new database.
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Meilisearch } from 'meilisearch'
import pg from 'pg'
import { inject } from 'vitest'
import { ensureSearchKeys } from '../../app/modules/search/keys.server.ts'

const worker = process.env.VITEST_POOL_ID ?? '1'
const database = `techmarket_test_${worker}`
const adminUrl = inject('pgAdminUrl')

if (process.env.TEST_DATABASE_READY !== database) {
	const client = new pg.Client({ connectionString: adminUrl })
	await client.connect()
	try {
		await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`)
		await client.query(
			`CREATE DATABASE ${pg.escapeIdentifier(database)} TEMPLATE ${pg.escapeIdentifier(inject('templateDatabase'))}`,
		)
	} finally {
		await client.end()
	}
	const admin = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('meiliMasterKey') })
	const { results } = await admin.getIndexes({ limit: 1000 })
	for (const index of results.filter((i) => i.uid.startsWith(`test${worker}_`))) await admin.deleteIndex(index.uid).waitTask()
	process.env.TEST_DATABASE_READY = database
}

process.env.NODE_ENV = 'test'
process.env.DATABASE_URL = adminUrl.replace(/\/postgres$/, `/${database}`)
process.env.MEILI_URL = inject('meiliUrl')
process.env.MEILI_INDEX_PREFIX = `test${worker}_`
// Like the launcher: the app code runs with the two scoped keys, never the master key.
if (!process.env.MEILI_SEARCH_KEY) {
	const keys = await ensureSearchKeys({ url: inject('meiliUrl'), masterKey: inject('meiliMasterKey'), prefix: process.env.MEILI_INDEX_PREFIX })
	process.env.MEILI_SEARCH_KEY = keys.searchKey
	process.env.MEILI_INDEX_KEY = keys.indexKey
}
delete process.env.MEILI_MASTER_KEY
process.env.LOG_LEVEL = 'silent'
process.env.UPLOAD_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'tech-market-uploads-'))
