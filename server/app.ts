import path from 'node:path'
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express from 'express'
import expressStaticGzip from 'express-static-gzip'
import { requestLogger } from './logger.ts'
import { installEdgeMiddleware, mountRemix } from './security.ts'

export type AppOptions = {
	mode: 'production' | 'development'
	buildDir: string
	trustProxyHops?: number
}

export async function createApp({ mode, buildDir, trustProxyHops = 0 }: AppOptions) {
	const isProduction = mode === 'production'
	const app = express()
	app.disable('x-powered-by')
	// Trust exactly the proxies we run behind; a client-sent X-Forwarded-For is never believed.
	if (trustProxyHops > 0) app.set('trust proxy', trustProxyHops)
	app.use(requestLogger)
	app.use(compression())
	installEdgeMiddleware(app, { isProduction, publicOrigin: process.env.APP_URL || undefined })

	let getBuild: () => Promise<ServerBuild>
	let closeVite: (() => Promise<void>) | undefined
	if (isProduction) {
		const clientDir = path.join(buildDir, 'client')
		// Hashed files, precompressed at build time (vite.config.ts): Brotli when the browser
		// takes it, else gzip, else as they are.
		app.use(
			'/assets',
			expressStaticGzip(path.join(clientDir, 'assets'), {
				enableBrotli: true,
				orderPreference: ['br', 'gz'],
				serveStatic: { immutable: true, maxAge: '1y' },
			}),
		)
		app.use(express.static(clientDir, { maxAge: '1h' }))
		const serverBuild = (await import(path.join(buildDir, 'server', 'index.js'))) as ServerBuild
		getBuild = async () => serverBuild
	} else {
		const vite = await import('vite')
		const viteServer = await vite.createServer({ server: { middlewareMode: true } })
		app.use(viteServer.middlewares)
		getBuild = () => viteServer.ssrLoadModule('virtual:remix/server-build') as Promise<ServerBuild>
		closeVite = () => viteServer.close()
	}

	mountRemix(
		app,
		createRequestHandler({
			build: getBuild,
			mode,
			getLoadContext: (req, res) => ({
				cspNonce: res.locals.cspNonce as string,
				requestId: String((req as unknown as { id?: string }).id ?? ''),
				clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
			}),
		}),
	)
	return { app, close: async () => closeVite?.() }
}
