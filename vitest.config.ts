import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

export default defineConfig({
	plugins: [tsconfigPaths()],
	test: {
		include: ['app/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		globalSetup: ['tests/setup/global-setup.ts'],
		setupFiles: ['tests/setup/worker-setup.ts'],
		pool: 'forks',
		poolOptions: { forks: { minForks: 1, maxForks: 2 } },
		testTimeout: 30_000,
		hookTimeout: 120_000,
		restoreMocks: true,
	},
})
