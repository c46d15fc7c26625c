import { randomUUID } from 'node:crypto'
import pino from 'pino'
import { pinoHttp } from 'pino-http'

export function createLogger(destination?: pino.DestinationStream, level = process.env.LOG_LEVEL ?? 'info') {
	return pino(
		{
	level,
	// Never let credentials reach the logs.
	redact: {
		paths: [
			'req.headers.cookie',
			'req.headers.authorization',
			'res.headers["set-cookie"]',
			'*.password',
			'*.token',
			'*.sessionId',
		],
		censor: '[redacted]',
	},
		},
		destination,
	)
}

export const logger = createLogger()

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/

export const createRequestLogger = (base: pino.Logger) =>
	pinoHttp({
	logger: base,
	genReqId(req, res) {
		const incoming = req.headers['x-request-id']
		const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
		res.setHeader('X-Request-Id', id)
		return id
	},
	customLogLevel(_req, res, error) {
		if (error || res.statusCode >= 500) return 'error'
		if (res.statusCode >= 400) return 'warn'
		return 'info'
	},
	serializers: {
		req(req) {
			// The query string and some paths (/invitations/<token>) hold one-time tokens.
			const path = String(req.url).split('?')[0].replace(/^\/invitations\/[^/]+/, '/invitations/[redacted]')
			return { id: req.id, method: req.method, url: path }
		},
		res(res) {
			return { statusCode: res.statusCode }
		},
	},
	autoLogging: { ignore: (req) => req.url === '/healthz' },
	})

export const requestLogger = createRequestLogger(logger)
