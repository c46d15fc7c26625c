import { randomBytes } from 'node:crypto'
import type { RequestHandler } from 'express'
import helmet from 'helmet'
import { isCrossSiteMutation } from '../app/modules/security/cross-site.ts'

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

// Mutations from another site get 403 before any route code runs.
export const rejectCrossSiteMutations: RequestHandler = (req, res, next) => {
	const crossSite = isCrossSiteMutation({
		method: req.method,
		path: req.path,
		host: req.get('host'),
		origin: req.get('origin'),
		secFetchSite: req.get('sec-fetch-site'),
		exemptPrefixes: ['/webhooks/'],
	})
	if (!crossSite) return next()
	res.status(403).type('text/plain; charset=utf-8').send('Forbidden: cross-site request')
}

// Bodies larger than any form or upload we accept are refused before anything reads them.
export function limitBodySize(maxBytes: number): RequestHandler {
	return (req, res, next) => {
		const declared = Number(req.get('content-length') ?? 0)
		if (declared > maxBytes) {
			res.status(413).type('text/plain; charset=utf-8').send('Payload Too Large')
			return
		}
		next()
	}
}

const formContentTypes = ['application/x-www-form-urlencoded', 'multipart/form-data']

// Page actions only read HTML form bodies; anything else is refused here with 415
// instead of failing inside a route. APIs and webhooks parse their own bodies.
export const requireFormBodiesForPageMutations: RequestHandler = (req, res, next) => {
	if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return next()
	if (req.path.startsWith('/api/') || req.path.startsWith('/webhooks/')) return next()
	const contentType = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
	if (formContentTypes.includes(contentType)) return next()
	res.status(415).type('text/plain; charset=utf-8').send('Unsupported Media Type: send an HTML form')
}
