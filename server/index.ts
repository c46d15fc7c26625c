// The Node entry: validates the environment, serves the Remix app, shuts down cleanly.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getEnv, EnvError } from '../app/utils/env.server.ts'
import { createApp } from './app.ts'
import { logger } from './logger.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

let env
try {
	env = getEnv()
} catch (error) {
	if (error instanceof EnvError) {
		console.error(error.message)
		process.exit(78)
	}
	throw error
}

const mode = env.NODE_ENV === 'production' ? 'production' : 'development'
const { app, close } = await createApp({ mode, buildDir: path.join(root, 'build'), trustProxyHops: env.TRUST_PROXY_HOPS })
const server = app.listen(env.PORT, env.HOST, () => {
	logger.info({ port: env.PORT, mode }, `listening on http://localhost:${env.PORT}`)
	process.send?.({ type: 'listening', port: env.PORT })
})
server.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EADDRINUSE') {
		console.error(`Port ${env.PORT} is already in use (another copy of the site?). Stop it, or start with PORT=<another port>.`)
	} else {
		console.error(`The web server could not start: ${error.message}`)
	}
	process.exit(1)
})

// Housekeeping until the job queue arrives: hourly, and once at start.
const { purgeExpiredSecurityRows } = await import('../app/modules/security/maintenance.server.ts')
const housekeeping = () => purgeExpiredSecurityRows().catch((error) => logger.warn({ err: error }, 'housekeeping failed'))
void housekeeping()
setInterval(housekeeping, 60 * 60_000).unref()

// The search relay keeps Meilisearch in step with the database (see ARCHITECTURE.md).
const { startSearchRelay } = await import('../app/modules/search/relay.server.ts')
const searchRelay = startSearchRelay({ log: logger })

let stopping = false
async function shutdown(signal: string) {
	if (stopping) return
	stopping = true
	logger.info({ signal }, 'shutting down')
	const force = setTimeout(() => process.exit(1), 10_000)
	force.unref()
	server.close()
	server.closeAllConnections()
	await searchRelay.stop()
	await close()
	const { prisma } = await import('../app/utils/db.server.ts')
	await prisma.$disconnect().catch(() => {})
	process.exit(0)
}
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))
