import { PrismaPg } from '@prisma/adapter-pg'
import { Meilisearch } from 'meilisearch'
import { describe, expect, test } from 'vitest'
import { PrismaClient } from '~/generated/prisma/client'
import { checkHealth } from '~/modules/health/health.server'
import { loader } from '~/routes/healthz'
import packageJson from '../../package.json'

describe('/healthz', () => {
	test('reports database and search up, with the version', async () => {
		const response = await loader()
		expect(response.status).toBe(200)
		expect(response.headers.get('Cache-Control')).toBe('no-store')
		const body = await response.json()
		expect(body).toMatchObject({
			status: 'ok',
			version: packageJson.version,
			database: { status: 'up' },
			search: { status: 'up' },
		})
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
