import { PrismaPg } from '@prisma/adapter-pg'
import { Meilisearch } from 'meilisearch'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { PrismaClient } from '~/generated/prisma/client'
import { checkHealth } from '~/modules/health/health.server'
import * as healthz from '~/routes/healthz'
import packageJson from '../../package.json'
import { createUser, sessionCookieFor } from '../support/factories'
import { serveResourceRoutes } from '../support/http-app'

const healthToken = vi.hoisted(() => {
	const token = 'monitoring-token-0123456789abcdef'
	process.env.HEALTH_TOKEN = token
	return token
})

let server: Awaited<ReturnType<typeof serveResourceRoutes>>
beforeAll(async () => {
	server = await serveResourceRoutes({ '/healthz': healthz })
})
afterAll(() => server.close())

const get = (headers: Record<string, string> = {}) => fetch(`${server.base}/healthz`, { headers })

describe('/healthz', () => {
	test('anyone learns up or down, and nothing else', async () => {
		const response = await get()
		expect(response.status).toBe(200)
		expect(response.headers.get('Cache-Control')).toBe('no-store')
		expect(await response.json()).toEqual({ status: 'ok' })
		// A wrong token, or a signed-in member who is not an administrator, changes nothing.
		expect(await (await get({ 'X-Health-Token': 'monitoring-token-0123456789abcdeX' })).json()).toEqual({ status: 'ok' })
		const member = await createUser()
		expect(await (await get({ Cookie: (await sessionCookieFor(member.id)).cookie })).json()).toEqual({ status: 'ok' })
	})

	test('administrators and HEALTH_TOKEN get the database, search and index details with the version', async () => {
		const admin = await createUser({ roles: ['admin'] })
		const asAdmin: Record<string, string> = { Cookie: (await sessionCookieFor(admin.id)).cookie }
		for (const headers of [asAdmin, { 'X-Health-Token': healthToken }]) {
			const response = await get(headers)
			expect(response.status).toBe(200)
			expect(await response.json()).toMatchObject({
				status: 'ok',
				version: packageJson.version,
				database: { status: 'up' },
				search: { status: 'up' },
				searchIndex: { outbox: expect.any(Object) },
			})
		}
	})

	test('reports each dependency that is down', async () => {
		const deadDb = new PrismaClient({
			adapter: new PrismaPg({ connectionString: 'postgresql://nobody:nothing@127.0.0.1:9/none' }),
		})
		const deadSearch = new Meilisearch({ host: 'http://127.0.0.1:9', apiKey: 'x', timeout: 500 })
		const report = await checkHealth(1_000, { db: deadDb, search: deadSearch })
		expect(report.status).toBe('degraded')
		expect(report.database.status).toBe('down')
		expect(report.search.status).toBe('down')
		expect(report.database.error).toBeTruthy()
		await deadDb.$disconnect()
	})

	test('one dependency down is enough to be degraded', async () => {
		const { prisma } = await import('~/utils/db.server')
		const deadSearch = new Meilisearch({ host: 'http://127.0.0.1:9', apiKey: 'x', timeout: 500 })
		const report = await checkHealth(1_000, { db: prisma, search: deadSearch })
		expect(report).toMatchObject({ status: 'degraded', database: { status: 'up' }, search: { status: 'down' } })
	})
})
