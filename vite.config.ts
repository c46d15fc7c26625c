import { constants } from 'node:zlib'
import { vitePlugin as remix } from '@remix-run/dev'
import tailwindcss from '@tailwindcss/vite'
import { defineConfig } from 'vite'
import { compression, defineAlgorithm } from 'vite-plugin-compression2'
import tsconfigPaths from 'vite-tsconfig-paths'
import remixConfig from './remix.config.js'

declare module '@remix-run/node' {
	interface Future {
		v3_singleFetch: true
	}
}

export default defineConfig(({ isSsrBuild }) => ({
	server: { hmr: { port: Number(process.env.HMR_PORT ?? 24678) } },
	// The manifest tells the server which file holds each language's strings (locale-assets.server.ts).
	build: { target: 'es2022', cssMinify: true, manifest: true },
	plugins: [
		tailwindcss(),
		remix(remixConfig),
		tsconfigPaths(),
		// The browser's files, compressed once at build time at the highest levels (Brotli and
		// gzip), served as they are by server/app.ts: smaller than compressing each request.
		...(isSsrBuild
			? []
			: [
					compression({
						include: /\.(js|css|svg)$/,
						algorithms: [defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }), defineAlgorithm('gzip', { level: 9 })],
					}),
				]),
	],
}))
