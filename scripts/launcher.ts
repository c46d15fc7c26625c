// `npm start` / `npm run dev`: one command from a fresh clone to a working site.
// Without DATABASE_URL / MEILI_URL it runs embedded PostgreSQL and Meilisearch with
// their data under .data/; it then migrates, seeds an empty database, builds when
// needed, serves the app and stops everything it started on Ctrl-C or SIGTERM.
import { fork, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { applyMigrations, projectRoot } from './db/migrations.ts'
import { buildIfNeeded } from './lib/build.ts'
import { readOrCreateSecret, startMeilisearch, startPostgres, type RunningEngine } from './lib/engines.ts'
import { removeRuntimeFile, writeRuntimeFile } from './lib/runtime-file.ts'
import { prepareSearchKeys } from './lib/search-keys.ts'

const mode = process.argv[2] === 'dev' ? 'dev' : 'start'
const envFile = path.join(projectRoot, '.env')
if (existsSync(envFile)) process.loadEnvFile(envFile)
if (!process.env.NODE_ENV) process.env.NODE_ENV = mode === 'dev' ? 'development' : 'production'

const dataRoot = path.resolve(projectRoot, process.env.DATA_DIR ?? '.data')
const quiet = process.env.LAUNCHER_QUIET === '1'
const say = (message: string) => console.log(`[launcher] ${message}`)
const engines: { name: string; engine: RunningEngine }[] = []
let server: ChildProcess | undefined
let stopping = false

async function stopAll(exitCode: number) {
	if (stopping) return
	stopping = true
	if (server && server.exitCode === null && server.signalCode === null) {
		const exited = new Promise((resolve) => server!.once('exit', resolve))
		server.kill('SIGTERM')
		const timer = setTimeout(() => server?.kill('SIGKILL'), 10_000)
		await exited
		clearTimeout(timer)
	}
	removeRuntimeFile(dataRoot, process.pid)
	for (const { name, engine } of engines.reverse()) {
		try {
			await engine.stop()
			if (!quiet) say(`${name} stopped`)
		} catch (error) {
			console.error(`[launcher] could not stop ${name}:`, error)
		}
	}
	process.exit(exitCode)
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => {
		if (!quiet && !stopping) say(`${signal} received, stopping`)
		void stopAll(0)
	})
}

async function main() {
	if (!process.env.DATABASE_URL) {
		say(`starting embedded PostgreSQL (data in ${path.relative(projectRoot, dataRoot) || dataRoot}/postgres)`)
		const postgres = await startPostgres({
			dataDir: path.join(dataRoot, 'postgres'),
			port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
		})
		engines.push({ name: 'PostgreSQL', engine: postgres })
		process.env.DATABASE_URL = postgres.url
	}
	if (!process.env.MEILI_URL) {
		say('starting embedded Meilisearch')
		const masterKey = process.env.MEILI_MASTER_KEY || readOrCreateSecret(path.join(dataRoot, 'meili-master-key'))
		const meili = await startMeilisearch({
			dataDir: path.join(dataRoot, 'meili'),
			masterKey,
			port: Number(process.env.EMBEDDED_MEILI_PORT ?? 7711),
		})
		engines.push({ name: 'Meilisearch', engine: meili })
		process.env.MEILI_URL = meili.url
		process.env.MEILI_MASTER_KEY = masterKey
	}

	// A site on embedded engines is a local demo: links point at this machine and
	// e-mails stay in the dev mailbox unless SMTP is configured.
	if (engines.length > 0) {
		process.env.APP_URL ||= `http://localhost:${process.env.PORT || '3000'}`
		if (!process.env.SMTP_URL) process.env.DEV_MAILBOX ||= 'true'
		// Uploads live with the rest of this demo's data (a throw-away DATA_DIR takes them along).
		process.env.UPLOAD_DIR ||= path.join(dataRoot, 'uploads')
	}

	// Validate everything before doing any work, naming each bad variable.
	const { parseEnv, EnvError } = await import('../app/utils/env.server.ts')
	try {
		parseEnv(process.env)
	} catch (error) {
		if (error instanceof EnvError) {
			console.error(error.message)
			return stopAll(78)
		}
		throw error
	}

	await prepareSearchKeys(say, { retryInBackground: true })
	// Command-line tools (npm run search:reindex, npm run import) use the engines started here.
	if (engines.length > 0) writeRuntimeFile(dataRoot, { databaseUrl: process.env.DATABASE_URL!, meiliUrl: process.env.MEILI_URL!, pid: process.pid })

	const migrations = await applyMigrations(process.env.DATABASE_URL!, { log: quiet ? undefined : say })
	if (!quiet) say(`database schema up to date (${migrations.applied.length} new migration(s))`)

	// Demo data has publicly known passwords: it fills an empty database only on embedded
	// engines (a local demo), or with DEMO_DATA=true. A production site gets its first
	// administrator from `npm run admin:create -- <email>`.
	const demoData = process.env.DEMO_DATA ? process.env.DEMO_DATA === 'true' : engines.length > 0
	const { seedIfEmpty, demoAccounts, demoPassword } = await import('../prisma/seed/index.ts')
	const seeded = demoData ? await seedIfEmpty({ log: quiet ? () => {} : say }) : false

	if (mode === 'start') buildIfNeeded({ quiet, log: say })

	// The app runs with the two scoped Meilisearch keys only, never the master key.
	const { MEILI_MASTER_KEY: _masterKey, ...appEnv } = process.env
	server = fork(path.join(projectRoot, 'server', 'index.ts'), [], {
		cwd: projectRoot,
		env: appEnv,
		execArgv: ['--import', 'tsx'],
		stdio: 'inherit',
		// Its own process group: on a terminal's Ctrl-C only the launcher is signalled,
		// and it stops the app first, then the engines.
		detached: true,
	})
	server.once('exit', (code, signal) => {
		if (stopping) return
		console.error(`[launcher] the app server stopped (${signal ?? `exit code ${code}`})`)
		void stopAll(code === 0 ? 0 : 1)
	})
	await new Promise<void>((resolve) => {
		server!.on('message', (message: { type?: string }) => {
			if (message?.type === 'listening') resolve()
		})
	})
	const port = process.env.PORT ?? '3000'
	const lines = [
		'',
		`  Sàn Công nghệ is running: http://localhost:${port}`,
		`  Health:                   http://localhost:${port}/healthz`,
		'',
		...(demoData
			? [
					`  Demo accounts (password: ${demoPassword})${seeded ? '' : ' — created at the first start'}:`,
					...demoAccounts.map((account) => `    ${account.role.padEnd(18)} ${account.email}`),
				]
			: ['  No demo data. First administrator: npm run admin:create -- <email>']),
		'',
		'  Press Ctrl-C to stop the app and the engines it started.',
		'',
	]
	console.log(lines.join('\n'))
}

main().catch((error) => {
	console.error('[launcher] start-up failed:', error instanceof Error ? error.message : error)
	void stopAll(1)
})
