import { randomBytes } from 'node:crypto'
import express, { type Express, type RequestHandler } from 'express'
import helmet from 'helmet'
import { failsRemixOriginCheck, isCrossSiteMutation, isExactPath } from '../app/modules/security/cross-site.ts'
import { requestScope } from '../app/modules/security/request-scope.server.ts'
import { logger as defaultLogger } from './logger.ts'

type EdgeLogger = { warn: (details: object, message: string) => void }

export type EdgeOptions = {
	isProduction: boolean
	// The public address (APP_URL) when the app runs behind a proxy: posts from it are same-origin.
	publicOrigin?: string
	logger?: EdgeLogger
	cspReportsPerMinute?: number
}

// The HTTP edge, in order, in front of everything else (static files and Remix). Both the
// server (server/app.ts) and the HTTP tests (tests/support/http-app.ts) install it here.
export function installEdgeMiddleware(app: Express, options: EdgeOptions) {
	app.use(rejectMalformedPaths)
	app.use(openRequestScope)
	app.use(assignCspNonce)
	app.use(securityHeaders({ isProduction: options.isProduction }))
	// Browsers send violation reports without Origin rules we could demand, in JSON bodies.
	app.post(cspReportPath, cspReportEndpoint({ logger: options.logger ?? defaultLogger, perMinute: options.cspReportsPerMinute ?? 30 }))
	app.use(rejectCrossSiteMutations({ publicOrigin: options.publicOrigin }))
	app.use(requireFormBodiesForPageMutations)
	app.use(limitBodySize(bodyLimitFor))
}

// Remix answers every path the static files did not, behind appResponseHeaders.
export function mountRemix(app: Express, remixHandler: RequestHandler) {
	app.all('*', appResponseHeaders, remixHandler)
}

// Right in front of Remix's handler: what every answer of the app (pages, .data, resource
// routes) must carry, whichever route produced it.
export const appResponseHeaders: RequestHandler = (req, res, next) => {
	const scope = requestScope.getStore()
	const signedIn = carriesSessionCookie(req.get('cookie'))
	const writeHead = res.writeHead
	res.writeHead = function (this: typeof res, ...args: Parameters<typeof res.writeHead>) {
		const status = typeof args[0] === 'number' ? args[0] : res.statusCode
		if (status === 429 && !res.hasHeader('retry-after') && scope?.retryAfterSeconds) {
			res.setHeader('Retry-After', String(scope.retryAfterSeconds))
		}
		// Anything answered to a session, or that starts or ends one, is for that person only.
		if (signedIn || setsSessionCookie(res.getHeader('set-cookie'))) res.setHeader('Cache-Control', 'private, no-store')
		return writeHead.apply(this, args) as ReturnType<typeof res.writeHead>
	} as typeof res.writeHead
	next()
}

// Development uses `session`, production `__Host-session` (app/modules/auth/session-cookie.server.ts).
const sessionCookieNames = new Set(['session', '__Host-session'])

function carriesSessionCookie(header: string | undefined) {
	if (!header) return false
	return header.split(';').some((part) => {
		const [name, ...value] = part.split('=')
		return sessionCookieNames.has(name!.trim()) && value.join('=').trim() !== ''
	})
}

function setsSessionCookie(header: number | string | string[] | undefined) {
	const cookies = Array.isArray(header) ? header : header === undefined ? [] : [String(header)]
	return cookies.some((cookie) => sessionCookieNames.has(cookie.split('=')[0]!.trim()))
}

// One store per request for what route code tells the edge (app/modules/security/request-scope.server.ts).
const openRequestScope: RequestHandler = (_req, _res, next) => requestScope.run({}, next)

// A path that does not decode (bad percent-encoding) or decodes to control characters
// (%00...) names no page: 400 here, before any route or database sees it.
export const rejectMalformedPaths: RequestHandler = (req, res, next) => {
	const path = req.originalUrl.split('?')[0]!
	let decoded: string
	try {
		decoded = decodeURIComponent(path)
	} catch {
		return void res.status(400).type('text/plain; charset=utf-8').send('Bad Request: malformed address')
	}
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(decoded)) return void res.status(400).type('text/plain; charset=utf-8').send('Bad Request: malformed address')
	next()
}

export const assignCspNonce: RequestHandler = (_req, res, next) => {
	res.locals.cspNonce = randomBytes(16).toString('base64')
	next()
}

export const cspReportPath = '/csp-report'

// Sensors and payment APIs the site never uses are switched off for it and every frame.
export const permissionsPolicy = [
	'accelerometer=()',
	'autoplay=()',
	'browsing-topics=()',
	'camera=()',
	'display-capture=()',
	'geolocation=()',
	'gyroscope=()',
	'magnetometer=()',
	'microphone=()',
	'midi=()',
	'payment=(self)',
	'usb=()',
	'xr-spatial-tracking=()',
].join(', ')

// Enforced CSP with per-request nonces; HSTS only in production (over HTTPS). Violations
// are reported to /csp-report (report-uri for older browsers, report-to for newer ones).
export function securityHeaders({ isProduction }: { isProduction: boolean }): RequestHandler {
	const headers = helmet({
		contentSecurityPolicy: {
			useDefaults: false,
			reportOnly: false,
			directives: {
				'default-src': ["'self'"],
				'base-uri': ["'self'"],
				'connect-src': isProduction ? ["'self'"] : ["'self'", 'ws:'],
				'font-src': ["'self'"],
				'form-action': ["'self'"],
				'frame-ancestors': ["'none'"],
				'img-src': ["'self'", 'data:'],
				'object-src': ["'none'"],
				'script-src': [
					"'strict-dynamic'",
					"'self'",
					(_req, res) => `'nonce-${(res as unknown as { locals: { cspNonce: string } }).locals.cspNonce}'`,
				],
				'script-src-attr': ["'none'"],
				// Vite injects <style> tags while developing; the production build links CSS files.
				'style-src': isProduction ? ["'self'"] : ["'self'", "'unsafe-inline'"],
				'report-uri': [cspReportPath],
				'report-to': ['csp'],
			},
		},
		strictTransportSecurity: isProduction ? { maxAge: 63072000, includeSubDomains: true } : false,
		referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
		crossOriginEmbedderPolicy: false,
		xFrameOptions: { action: 'deny' },
		xContentTypeOptions: true,
	})
	return (req, res, next) => {
		res.setHeader('Permissions-Policy', permissionsPolicy)
		res.setHeader('Reporting-Endpoints', `csp="${cspReportPath}"`)
		headers(req, res, next)
	}
}

const cspReportTypes = ['application/csp-report', 'application/reports+json', 'application/json']
export const cspReportMaxBytes = 16 * 1024

// POST /csp-report: a browser's CSP violation report, logged and answered 204. Limited per
// address in this process's memory: reports are not worth a database write each.
export function cspReportEndpoint({ logger, perMinute }: { logger: EdgeLogger; perMinute: number }): RequestHandler {
	const windows = new Map<string, { count: number; resetAt: number }>()
	const readBody = express.raw({ type: () => true, limit: cspReportMaxBytes })
	return (req, res) => {
		const now = Date.now()
		const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown'
		if (windows.size > 10_000) for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key)
		const window = windows.get(ip)
		const current = window && window.resetAt > now ? window : { count: 0, resetAt: now + 60_000 }
		current.count += 1
		windows.set(ip, current)
		if (current.count > perMinute) {
			res.set('Retry-After', String(Math.ceil((current.resetAt - now) / 1000)))
			return void res.status(429).set('Connection', 'close').type('text/plain; charset=utf-8').send('Too Many Requests')
		}
		const contentType = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
		if (!cspReportTypes.includes(contentType)) return void res.status(415).type('text/plain; charset=utf-8').send('Unsupported Media Type')
		readBody(req, res, (error?: unknown) => {
			if (error) {
				const status = (error as { status?: number }).status ?? 400
				return void res.status(status).set('Connection', 'close').type('text/plain; charset=utf-8').send(status === 413 ? 'Payload Too Large' : 'Bad Request')
			}
			let reports: unknown
			try {
				reports = JSON.parse((req.body as Buffer).toString('utf8'))
			} catch {
				return void res.status(400).type('text/plain; charset=utf-8').send('Bad Request: not JSON')
			}
			for (const report of Array.isArray(reports) ? reports : [reports]) logger.warn({ cspViolation: summariseCspReport(report) }, 'csp violation')
			res.status(204).end()
		})
	}
}

// The fields worth reading from either format, as short strings (never the whole body).
function summariseCspReport(report: unknown) {
	const record = (report ?? {}) as Record<string, unknown>
	const body = ((record['csp-report'] ?? record.body ?? {}) as Record<string, unknown>) ?? {}
	const field = (...names: string[]) => {
		for (const name of names) if (typeof body[name] === 'string') return (body[name] as string).slice(0, 300)
		return undefined
	}
	return {
		documentUri: field('document-uri', 'documentURL'),
		blockedUri: field('blocked-uri', 'blockedURL'),
		directive: field('effective-directive', 'effectiveDirective', 'violated-directive'),
		sourceFile: field('source-file', 'sourceFile'),
		disposition: field('disposition'),
	}
}

// Only exactly these paths take bodies from other sites (none exist yet; Stripe's would).
export const crossSiteExemptPaths = ['/webhooks/stripe']

// Mutations from another site get 403 before any route code runs.
export function rejectCrossSiteMutations({ publicOrigin }: { publicOrigin?: string } = {}): RequestHandler {
	return (req, res, next) => {
		const ownOrigins = [`${req.protocol}://${req.get('host') ?? ''}`]
		if (publicOrigin) ownOrigins.push(new URL(publicOrigin).origin)
		const crossSite = isCrossSiteMutation({
			method: req.method,
			path: req.originalUrl.split('?')[0]!,
			ownOrigins,
			origin: req.get('origin'),
			referer: req.get('referer'),
			secFetchSite: req.get('sec-fetch-site'),
			exemptPaths: crossSiteExemptPaths,
		})
		const refusedByRemix = failsRemixOriginCheck({ method: req.method, origin: req.get('origin'), host: req.get('host'), forwardedHost: req.get('x-forwarded-host') })
		if (!crossSite && !refusedByRemix) return next()
		res.status(403).type('text/plain; charset=utf-8').send('Forbidden: cross-site request')
	}
}

// The path a URL parser would read, when the request spelled it that way exactly; null when
// it holds dot segments, double slashes or the like (it then gets the strictest treatment).
function plainPath(rawPath: string) {
	return isExactPath(rawPath, [rawPath]) ? rawPath : null
}

export const bodyLimits = {
	// Every page form, sign-in included.
	form: 1024 * 1024,
	// The largest accepted upload is 20 MB; a little room for the rest of the form.
	upload: 21 * 1024 * 1024,
}

// The routes whose actions read files (parseMultipartFormData); single fetch posts to `<path>.data`.
const uploadRoutes = [/^\/admin\/(?:import|settings)$/, /^\/account\/applications\/[^/]+$/, /^\/organizations\/[^/]+\/settings$/, /^\/listings\/[^/]+\/files$/]

export function bodyLimitFor(rawPath: string) {
	const path = plainPath(rawPath)?.replace(/\.data$/, '')
	return path && uploadRoutes.some((route) => route.test(path)) ? bodyLimits.upload : bodyLimits.form
}

// Counts the bytes of the body as they arrive (Content-Length or chunked): past the limit,
// 413 and the connection is closed without reading the rest.
export function limitBodySize(limitFor: (path: string) => number): RequestHandler {
	return (req, res, next) => {
		const limit = limitFor(req.originalUrl.split('?')[0]!)
		let refused = false
		const refuse = () => {
			refused = true
			res.once('finish', () => setImmediate(() => req.socket.destroy()))
			if (res.headersSent) return void req.socket.destroy()
			res.status(413).set('Connection', 'close').type('text/plain; charset=utf-8').send('Payload Too Large')
		}
		if (Number(req.get('content-length') ?? 0) > limit) return refuse()
		let received = 0
		const push = req.push
		req.push = function (chunk: Buffer | null, encoding?: BufferEncoding) {
			if (refused) return false
			if (chunk) {
				received += chunk.length
				if (received > limit) {
					refuse()
					return false
				}
			}
			return push.call(this, chunk, encoding)
		}
		next()
	}
}

const formContentTypes = ['application/x-www-form-urlencoded', 'multipart/form-data']

// Page actions only read HTML form bodies; anything else is refused here with 415
// instead of failing inside a route. APIs and webhooks parse their own bodies.
export const requireFormBodiesForPageMutations: RequestHandler = (req, res, next) => {
	if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return next()
	const path = plainPath(req.originalUrl.split('?')[0]!)
	if (path && (path.startsWith('/api/') || crossSiteExemptPaths.includes(path))) return next()
	const contentType = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
	if (formContentTypes.includes(contentType)) return next()
	res.status(415).type('text/plain; charset=utf-8').send('Unsupported Media Type: send an HTML form')
}
