// Real route modules served over HTTP, behind the app's own security middleware
// (installEdgeMiddleware and mountRemix of server/security.ts, as server/app.ts
// mounts them) and Remix's request handler: for what only exists on the wire
// (download headers, cross-site refusal, a resource route answered as a document).
// Only resource routes (no default export) can be mounted: pages need the Vite build.
import type { AddressInfo } from 'node:net'
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import express from 'express'
import { installEdgeMiddleware, mountRemix, type EdgeOptions } from '../../server/security'

type RouteModule = Record<string, unknown>

export async function serveResourceRoutes(routes: Record<string, RouteModule>, edge: Partial<EdgeOptions> = {}) {
	const manifest: Record<string, unknown> = { root: { id: 'root', path: '', module: {} } }
	for (const [path, module] of Object.entries(routes)) {
		manifest[path] = { id: path, parentId: 'root', path: path.replace(/^\//, ''), module }
	}
	const build = {
		mode: 'production',
		entry: { module: { default: () => new Response('pages are not served here', { status: 501 }) } },
		routes: manifest,
		assets: { url: '/manifest.js', version: 'test', entry: { module: '/entry.js', imports: [] }, routes: {} },
		publicPath: '/',
		assetsBuildDirectory: 'build/client',
		future: { v3_singleFetch: true, v3_lazyRouteDiscovery: true, v3_relativeSplatPath: true, v3_throwAbortReason: true, v3_fetcherPersist: true, v3_routeConfig: true },
		isSpaMode: false,
	} as unknown as ServerBuild
	const app = express()
	installEdgeMiddleware(app, { isProduction: true, ...edge })
	mountRemix(
		app,
		createRequestHandler({
			build,
			mode: 'production',
			getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce as string, requestId: 'http-test', clientIp: req.ip ?? '127.0.0.1' }),
		}),
	)
	const server = app.listen(0, '127.0.0.1')
	await new Promise((resolve) => server.once('listening', resolve))
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
	return { base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
