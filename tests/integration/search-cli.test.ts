import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from 'vitest'
import { drainOutbox, ensureListingsIndex } from '~/modules/search/indexer.server'
import { searchIndexStatus } from '~/modules/search/status.server'
import { prisma } from '~/utils/db.server'
import { createSearchableListing } from '../support/search'

const root = path.resolve(import.meta.dirname, '../..')

test('npm run search:reindex rebuilds the index from the database, with progress, using the configured engines', async () => {
	await ensureListingsIndex()
	await createSearchableListing({ title: 'Lò đốt rác thải y tế không khói' })
	await drainOutbox()
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/search-reindex.ts'], {
		cwd: root,
		env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
		encoding: 'utf8',
		timeout: 120_000,
	})
	expect(run.status, run.stderr).toBe(0)
	const published = await prisma.listing.count({ where: { status: 'PUBLISHED' } })
	expect(run.stdout).toContain(`Reindexed ${published} published listings`)
	expect(run.stderr).toMatch(new RegExp(`reindexing \\[#+\\] ${published}/${published} \\(100%\\)`))
	expect(await searchIndexStatus()).toMatchObject({ inSync: true })
})
