// `npm test`: type-checks, builds the app if needed, then runs every vitest suite
// (unit and integration, on real engines) and the Playwright end-to-end tests in Chromium.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { projectRoot } from './db/migrations.ts'
import { buildIfNeeded } from './lib/build.ts'

const bin = (name: string) => path.join(projectRoot, 'node_modules', '.bin', name)
const run = (command: string, args: string[]) =>
	spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', env: process.env }).status ?? 1

const typecheck = run(bin('tsc'), ['--noEmit'])
buildIfNeeded()
const vitest = run(bin('vitest'), ['run'])
const playwright = run(bin('playwright'), ['test'])
const verdict = (code: number) => (code === 0 ? 'passed' : 'FAILED')
console.log(`\ntypes: ${verdict(typecheck)} · unit + integration: ${verdict(vitest)} · end-to-end: ${verdict(playwright)}`)
process.exit(typecheck === 0 && vitest === 0 && playwright === 0 ? 0 : 1)
