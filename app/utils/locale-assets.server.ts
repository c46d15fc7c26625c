import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locale } from './i18n'

// The browser learns which strings bundle it needs only once i18n.ts runs, one round trip
// after the page's other modules. Naming the bundle in the page (<link rel=modulepreload>)
// lets it download alongside them. The production build keeps Vite's manifest, which maps
// app/locales/<lang>/index.ts to its hashed file; in development there is none and the
// bundle simply loads when asked.
let chunks: Partial<Record<Locale, string>> | undefined

function readChunks(): Partial<Record<Locale, string>> {
	const manifestPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '.vite', 'client-manifest.json')
	if (!existsSync(manifestPath)) return {}
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { file: string }>
	const found: Partial<Record<Locale, string>> = {}
	for (const locale of ['vi', 'en'] as const) {
		const entry = manifest[`app/locales/${locale}/index.ts`]
		if (entry) found[locale] = `/${entry.file}`
	}
	return found
}

export function localeBundleUrl(locale: Locale): string | null {
	chunks ??= readChunks()
	return chunks[locale] ?? null
}
