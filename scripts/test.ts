// `npm test`: builds the app if needed, then runs every vitest suite (unit and
// integration, on real engines) and the Playwright end-to-end tests in Chromium.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { projectRoot } from './db/migrations.ts'
import { buildIfNeeded } from './lib/build.ts'

const bin = (name: string) => path.join(projectRoot, 'node_modules', '.bin', name)
const run = (command: string, args: string[]) =>
	spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', env: process.env }).status ?? 1

buildIfNeeded()
const vitest = run(bin('vitest'), ['run'])
const playwright = run(bin('playwright'), ['test'])
console.log(`\nunit + integration: ${vitest === 0 ? 'passed' : 'FAILED'} · end-to-end: ${playwright === 0 ? 'passed' : 'FAILED'}`)
process.exit(vitest === 0 && playwright === 0 ? 0 : 1)
