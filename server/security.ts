import { randomBytes } from 'node:crypto'
import type { RequestHandler } from 'express'
import helmet from 'helmet'

export const assignCspNonce: RequestHandler = (_req, res, next) => {
	res.locals.cspNonce = randomBytes(16).toString('base64')
	next()
}

// Enforced CSP with per-request nonces; HSTS only in production (over HTTPS).
export function securityHeaders({ isProduction }: { isProduction: boolean }): RequestHandler {
	return helmet({
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
			},
		},
		strictTransportSecurity: isProduction ? { maxAge: 63072000, includeSubDomains: true } : false,
		referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
		crossOriginEmbedderPolicy: false,
		xFrameOptions: { action: 'deny' },
		xContentTypeOptions: true,
	})
}
