// Command-line tools (reindex, import) run against the site's engines: the ones
// named by DATABASE_URL / MEILI_URL, else those of a running `npm start`, else
// embedded engines started for the duration of the command (and stopped after).
import { existsSync } from 'node:fs'
import path from 'node:path'
import { applyMigrations, projectRoot } from '../db/migrations.ts'
import { readOrCreateSecret, startMeilisearch, startPostgres, type RunningEngine } from './engines.ts'
import { readRuntimeFile } from './runtime-file.ts'
import { prepareSearchKeys } from './search-keys.ts'

export async function withSiteEngines<T>(run: () => Promise<T>, say: (message: string) => void = (m) => console.error(m)): Promise<T> {
	const envFile = path.join(projectRoot, '.env')
	if (existsSync(envFile)) process.loadEnvFile(envFile)
	process.env.NODE_ENV ||= 'production'
	process.env.LOG_LEVEL ||= 'warn'
	const dataRoot = path.resolve(projectRoot, process.env.DATA_DIR ?? '.data')
	const started: RunningEngine[] = []
	try {
		if (!process.env.DATABASE_URL || !process.env.MEILI_URL) {
			const running = readRuntimeFile(dataRoot)
			if (running) {
				say('using the engines of the running site')
				process.env.DATABASE_URL ||= running.databaseUrl
				process.env.MEILI_URL ||= running.meiliUrl
			}
		}
		if (!process.env.DATABASE_URL) {
			say('starting embedded PostgreSQL for this command')
			const postgres = await startPostgres({ dataDir: path.join(dataRoot, 'postgres') })
			started.push(postgres)
			process.env.DATABASE_URL = postgres.url
		}
		if (!process.env.MEILI_URL) {
			say('starting embedded Meilisearch for this command')
			const masterKey = process.env.MEILI_MASTER_KEY || readOrCreateSecret(path.join(dataRoot, 'meili-master-key'))
			const meili = await startMeilisearch({ dataDir: path.join(dataRoot, 'meili'), masterKey })
			started.push(meili)
			process.env.MEILI_URL = meili.url
			process.env.MEILI_MASTER_KEY = masterKey
		}
		if (!process.env.MEILI_MASTER_KEY && !process.env.MEILI_SEARCH_KEY && existsSync(path.join(dataRoot, 'meili-master-key'))) {
			process.env.MEILI_MASTER_KEY = readOrCreateSecret(path.join(dataRoot, 'meili-master-key'))
		}
		process.env.APP_URL ||= `http://localhost:${process.env.PORT || '3000'}`
		process.env.DEV_MAILBOX ||= process.env.SMTP_URL ? 'false' : 'true'
		await applyMigrations(process.env.DATABASE_URL)
		await prepareSearchKeys(say)
		return await run()
	} finally {
		const { prisma } = await import('../../app/utils/db.server.ts')
		await prisma.$disconnect().catch(() => {})
		for (const engine of started.reverse()) await engine.stop().catch(() => {})
	}
}

// A one-line progress bar for terminals; plain lines when the output is not a terminal.
export function progressBar(label: string) {
	let last = ''
	return (done: number, total: number) => {
		const share = total > 0 ? Math.min(1, done / total) : 1
		const width = 30
		const filled = Math.round(share * width)
		const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} (${Math.round(share * 100)}%)`
		if (line === last) return
		last = line
		if (process.stderr.isTTY) process.stderr.write(`\r${line}`)
		else process.stderr.write(`${line}\n`)
		if (done >= total && process.stderr.isTTY) process.stderr.write('\n')
	}
}
