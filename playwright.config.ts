import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'

// The end-to-end tests drive Debian's Chromium (never a downloaded browser) against
// the real launcher: embedded Postgres and Meilisearch in a throw-away data folder.
const port = Number(process.env.E2E_PORT ?? 3100)
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'tech-market-e2e-'))
process.env.E2E_DATA_DIR = dataDir
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// Lets specs read /healthz in detail (is the search index in sync?) without signing in.
process.env.E2E_HEALTH_TOKEN ??= 'e2e-health-token-0123456789abcdef'

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 30_000,
	fullyParallel: false,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromium,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: 'node scripts/node24.mjs node --import tsx scripts/launcher.ts start',
		url: `http://localhost:${port}/healthz`,
		timeout: 240_000,
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
		env: {
			PORT: String(port),
			DATA_DIR: dataDir,
			EMBEDDED_PG_PORT: '0',
			EMBEDDED_MEILI_PORT: '0',
			LAUNCHER_QUIET: '1',
			// Tests that sign several people in give each browser its own address
			// (X-Forwarded-For), as behind a proxy, so per-address sign-in limits still apply
			// to each of them without one test exhausting the limit for the next.
			TRUST_PROXY_HOPS: '1',
			LOG_LEVEL: 'warn',
			HEALTH_TOKEN: process.env.E2E_HEALTH_TOKEN,
			DATABASE_URL: '',
			MEILI_URL: '',
		},
	},
})
