import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import remixConfig from '../../remix.config.js'

const root = path.resolve(import.meta.dirname, '../..')

describe('remix.config.js', () => {
	test('turns on every v3 future flag this Remix knows (one codemod away from React Router 7)', () => {
		const declared = readFileSync(path.join(root, 'node_modules/@remix-run/dev/dist/config.d.ts'), 'utf8')
		const flags = [...new Set(declared.match(/\bv3_[A-Za-z]+/g))]
		expect(flags.length).toBeGreaterThan(0)
		for (const flag of flags) expect(remixConfig.future?.[flag as keyof typeof remixConfig.future], flag).toBe(true)
	})

	test('is the one place for the Remix options: vite.config.ts passes it and sets none of its own', () => {
		const viteConfig = readFileSync(path.join(root, 'vite.config.ts'), 'utf8')
		expect(viteConfig).toContain("from './remix.config.js'")
		expect(viteConfig).toMatch(/remix\(remixConfig\)/)
		expect(viteConfig).not.toMatch(/\bfuture\s*:/)
		expect(viteConfig).not.toMatch(/serverModuleFormat/)
	})
})
