import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../db/migrations.ts'

const inputs = ['app', 'public', 'vite.config.ts', 'remix.config.js', 'package-lock.json', 'prisma/schema.prisma', 'tsconfig.json']
const stampFile = path.join(projectRoot, 'build', '.built-at')

function newestInputTime(): number {
	let newest = 0
	const visit = (target: string) => {
		if (!existsSync(target)) return
		const stat = statSync(target)
		if (!stat.isDirectory()) {
			newest = Math.max(newest, stat.mtimeMs)
			return
		}
		for (const entry of readdirSync(target)) {
			if (entry === 'node_modules' || entry.endsWith('.test.ts') || entry.endsWith('.test.tsx')) continue
			visit(path.join(target, entry))
		}
	}
	for (const input of inputs) visit(path.join(projectRoot, input))
	return newest
}

// Builds the production bundle unless build/ is newer than every input.
export function buildIfNeeded({ quiet = false, log = console.log }: { quiet?: boolean; log?: (m: string) => void } = {}) {
	if (existsSync(stampFile) && statSync(stampFile).mtimeMs >= newestInputTime()) return false
	log('building the app (first start or sources changed) ...')
	const cli = path.join(projectRoot, 'node_modules', '@remix-run', 'dev', 'dist', 'cli.js')
	const result = spawnSync(process.execPath, [cli, 'vite:build'], {
		cwd: projectRoot,
		stdio: quiet ? 'ignore' : 'inherit',
		env: { ...process.env, NODE_ENV: 'production' },
	})
	if (result.status !== 0) throw new Error('the build failed')
	writeFileSync(stampFile, new Date().toISOString())
	return true
}
