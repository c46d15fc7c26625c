import packageJson from '../../../package.json'
import { getSearchClient } from '~/modules/search/meili.server'
import type { Meilisearch } from 'meilisearch'
import { searchIndexStatus, type SearchIndexStatus } from '~/modules/search/status.server'
import { prisma, type PrismaClient } from '~/utils/db.server'

export type DependencyStatus = { status: 'up' | 'down'; latencyMs: number; error?: string }
export type HealthReport = {
	status: 'ok' | 'degraded'
	version: string
	database: DependencyStatus
	search: DependencyStatus
	// Outbox lag, dead-lettered items, documents in the index versus published listings.
	searchIndex?: SearchIndexStatus
}

function firstLine(error: unknown) {
	const text = error instanceof Error ? `${error.message}` || error.name : String(error)
	return text.split('\n').map((line) => line.trim()).find(Boolean) ?? 'unknown error'
}

async function probe(check: () => Promise<unknown>, timeoutMs: number): Promise<DependencyStatus> {
	const started = performance.now()
	let timer: NodeJS.Timeout | undefined
	try {
		await Promise.race([
			check(),
			new Promise((_, reject) => {
				timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
			}),
		])
		return { status: 'up', latencyMs: Math.round(performance.now() - started) }
	} catch (error) {
		return {
			status: 'down',
			latencyMs: Math.round(performance.now() - started),
			error: firstLine(error),
		}
	} finally {
		clearTimeout(timer)
	}
}

type HealthDependencies = { db: Pick<PrismaClient, '$queryRaw'>; search: Pick<Meilisearch, 'health'> }

export async function checkHealth(
	timeoutMs = 2_000,
	{ db, search: searchClient }: HealthDependencies = { db: prisma, search: getSearchClient() },
	{ withIndexStatus = true }: { withIndexStatus?: boolean } = {},
): Promise<HealthReport> {
	const [database, search] = await Promise.all([
		probe(() => db.$queryRaw`SELECT 1`, timeoutMs),
		probe(async () => {
			const health = await searchClient.health()
			if (health.status !== 'available') throw new Error(`meilisearch is ${health.status}`)
		}, timeoutMs),
	])
	const searchIndex = withIndexStatus && database.status === 'up' && db === prisma ? await searchIndexStatus().catch(() => undefined) : undefined
	return {
		status: database.status === 'up' && search.status === 'up' ? 'ok' : 'degraded',
		version: packageJson.version,
		database,
		search,
		...(searchIndex ? { searchIndex } : {}),
	}
}
