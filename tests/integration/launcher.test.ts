// The launcher end to end: engines, migrations, seed, build, serve, and an orderly
// stop that leaves no postgres or meilisearch process behind.
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, inject, test } from 'vitest'
import { projectRoot } from '../../scripts/db/migrations.ts'
import { descendantsOf, livingAmong, processesMentioning } from '../support/processes.ts'

const tempDirs: string[] = []

// mkdtemp makes a private (0700) folder; the embedded Postgres runs as the `postgres`
// user when we are root and must be able to reach its data inside it.
function makeDataDir() {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'launcher-test-'))
	chmodSync(dir, 0o755)
	tempDirs.push(dir)
	return dir
}
afterAll(() => {
	for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})

async function freePort() {
	return await new Promise<number>((resolve) => {
		const server = net.createServer()
		server.listen(0, '127.0.0.1', () => {
			const address = server.address() as net.AddressInfo
			server.close(() => resolve(address.port))
		})
	})
}

type Launched = { child: ChildProcess; port: number; output: () => string; exited: Promise<number | null> }

// Monitoring's token: /healthz then answers the engines' details.
const launcherHealthToken = 'launcher-test-health-token-0123'

async function launch(env: Record<string, string>): Promise<Launched> {
	const port = await freePort()
	// The worker's own engines must not leak in: the launcher decides from these variables.
	const childEnv: Record<string, string | undefined> = { ...process.env }
	for (const name of ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'MEILI_SEARCH_KEY', 'MEILI_INDEX_KEY', 'MEILI_INDEX_PREFIX', 'NODE_ENV']) delete childEnv[name]
	Object.assign(childEnv, {
		PORT: String(port),
		EMBEDDED_PG_PORT: '0',
		EMBEDDED_MEILI_PORT: '0',
		LOG_LEVEL: 'warn',
		HEALTH_TOKEN: launcherHealthToken,
		...env,
	})
	const child: ChildProcess = spawn(
		process.execPath,
		['--import', 'tsx', path.join(projectRoot, 'scripts', 'launcher.ts'), 'start'],
		{
			cwd: projectRoot,
			detached: true, // its own process group, like a terminal job, so Ctrl-C can be simulated
			env: childEnv as NodeJS.ProcessEnv,
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	)
	let output = ''
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk))
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk))
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
	return { child, port, output: () => output, exited }
}

async function waitForHealthy(launched: Launched, timeoutMs = 180_000) {
	const deadline = Date.now() + timeoutMs
	while (Date.now() < deadline) {
		if (launched.child.exitCode !== null) throw new Error(`launcher exited early:\n${launched.output()}`)
		try {
			const response = await fetch(`http://127.0.0.1:${launched.port}/healthz`, { headers: { 'X-Health-Token': launcherHealthToken } })
			if (response.status === 200) return (await response.json()) as { database: { status: string }; search: { status: string } }
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 250))
	}
	throw new Error(`the site did not become healthy:\n${launched.output()}`)
}

function enginePids(dataDir: string) {
	const postmaster = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0])
	const meili = processesMentioning(path.join(dataDir, 'meili')).map((p) => p.pid)
	expect(meili.length).toBeGreaterThan(0)
	return [...descendantsOf(postmaster), ...meili]
}

describe('npm start (launcher)', () => {
	test('starts the engines, seeds, serves, and Ctrl-C stops everything; a second start reuses the data', async () => {
		const dataDir = makeDataDir()

		// No UPLOAD_DIR of the worker's: a demo's uploads go with its data.
		const first = await launch({ DATA_DIR: dataDir, UPLOAD_DIR: '' })
		const health = await waitForHealthy(first)
		expect(health.database.status).toBe('up')
		expect(health.search.status).toBe('up')
		expect(first.output()).toContain('empty database: adding demo data')
		expect(first.output()).toMatch(/admin\s+admin@demo\.sancongnghe\.vn/)
		const home = await (await fetch(`http://127.0.0.1:${first.port}/`)).text()
		expect(home).toContain('lang="vi"')
		const engines = enginePids(dataDir)
		expect(livingAmong(engines).length).toBe(engines.length)
		// The demo applications' documents were stored under the data folder.
		const uploads = path.join(dataDir, 'uploads')
		expect(existsSync(uploads) && readdirSync(uploads, { recursive: true }).some((name) => String(name).endsWith('.pdf'))).toBe(true)

		process.kill(-first.child.pid!, 'SIGINT') // what a terminal's Ctrl-C does
		expect(await first.exited).toBe(0)
		expect(livingAmong(engines)).toEqual([])
		expect(processesMentioning(dataDir)).toEqual([])

		const second = await launch({ DATA_DIR: dataDir })
		await waitForHealthy(second)
		expect(second.output()).not.toContain('empty database')
		const secondEngines = enginePids(dataDir)
		process.kill(second.child.pid!, 'SIGTERM')
		expect(await second.exited).toBe(0)
		expect(livingAmong(secondEngines)).toEqual([])
	}, 300_000)

	test('with DATABASE_URL and MEILI_URL set it starts no engine', async () => {
		const dataDir = makeDataDir()
		const launched = await launch({
			DATA_DIR: dataDir,
			DATABASE_URL: process.env.DATABASE_URL!,
			MEILI_URL: inject('meiliUrl'),
			MEILI_MASTER_KEY: inject('meiliMasterKey'),
			MEILI_INDEX_PREFIX: 'launcher_',
			// Production with its own engines must name its public URL and its mail setup.
			APP_URL: 'https://san.example.vn',
			DEV_MAILBOX: 'true',
		})
		const health = await waitForHealthy(launched)
		expect(health.database.status).toBe('up')
		expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false)
		expect(existsSync(path.join(dataDir, 'meili'))).toBe(false)
		expect(processesMentioning(dataDir)).toEqual([])
		expect(launched.output()).not.toContain('starting embedded')
		process.kill(launched.child.pid!, 'SIGTERM')
		expect(await launched.exited).toBe(0)
	}, 300_000)

	test('a wrong variable stops start-up with a message naming it', async () => {
		const launched = await launch({
			DATA_DIR: makeDataDir(),
			DATABASE_URL: process.env.DATABASE_URL!,
			MEILI_URL: 'not-a-url',
			MEILI_MASTER_KEY: 'short',
		})
		expect(await launched.exited).toBe(78)
		expect(launched.output()).toMatch(/MEILI_URL: /)
		expect(launched.output()).toMatch(/MEILI_MASTER_KEY: must be at least 16 characters/)
		expect(launched.output()).toMatch(/APP_URL: is required in production/)
	}, 60_000)
})
