// While `npm start` runs embedded engines, it leaves their addresses in
// <DATA_DIR>/engines.json for command-line tools to use the same engines.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export type RuntimeEngines = { databaseUrl: string; meiliUrl: string; pid: number }

const fileIn = (dataRoot: string) => path.join(dataRoot, 'engines.json')

export function writeRuntimeFile(dataRoot: string, engines: RuntimeEngines) {
	writeFileSync(fileIn(dataRoot), JSON.stringify(engines), { mode: 0o600 })
}

export function removeRuntimeFile(dataRoot: string, pid: number) {
	const current = readRuntimeFile(dataRoot)
	if (current?.pid === pid) rmSync(fileIn(dataRoot), { force: true })
}

// The running site's engines, or null when it is not running (a stale file is ignored).
export function readRuntimeFile(dataRoot: string): RuntimeEngines | null {
	const file = fileIn(dataRoot)
	if (!existsSync(file)) return null
	try {
		const engines = JSON.parse(readFileSync(file, 'utf8')) as RuntimeEngines
		process.kill(engines.pid, 0)
		return engines
	} catch {
		return null
	}
}
