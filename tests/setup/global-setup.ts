// Starts one real PostgreSQL and one real Meilisearch for the whole run, migrates a
// template database once, and hands the addresses to the workers, which each clone
// the template (see worker-setup.ts).
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { applyMigrations } from '../../scripts/db/migrations.ts'
import { ensureDatabase, readOrCreateSecret, startMeilisearch, startPostgres } from '../../scripts/lib/engines.ts'

declare module 'vitest' {
	export interface ProvidedContext {
		pgAdminUrl: string
		templateDatabase: string
		meiliUrl: string
		meiliMasterKey: string
	}
}

export const TEMPLATE_DATABASE = 'techmarket_template'

export default async function setup(project: TestProject) {
	const root = mkdtempSync(path.join(os.tmpdir(), 'tech-market-test-'))
	const postgres = await startPostgres({ dataDir: path.join(root, 'postgres'), database: 'postgres' })
	let meili: Awaited<ReturnType<typeof startMeilisearch>> | undefined
	const masterKey = readOrCreateSecret(path.join(root, 'meili-key'))
	try {
		await ensureDatabase(postgres.adminUrl, TEMPLATE_DATABASE)
		await applyMigrations(postgres.adminUrl.replace(/\/postgres$/, `/${TEMPLATE_DATABASE}`))
		meili = await startMeilisearch({ dataDir: path.join(root, 'meili'), masterKey })
	} catch (error) {
		// A failed set-up (e.g. a broken migration) must not leave engines running.
		await postgres.stop()
		throw error
	}

	project.provide('pgAdminUrl', postgres.adminUrl)
	project.provide('templateDatabase', TEMPLATE_DATABASE)
	project.provide('meiliUrl', meili.url)
	const running = meili
	project.provide('meiliMasterKey', masterKey)

	return async () => {
		await running.stop()
		await postgres.stop()
		rmSync(root, { recursive: true, force: true })
		if (postgres.dataDir.startsWith(os.tmpdir())) {
			rmSync(postgres.dataDir, { recursive: true, force: true })
			rmSync(path.join(postgres.dataDir, '..', `${path.basename(postgres.dataDir)}.credentials.json`), { force: true })
		}
	}
}
