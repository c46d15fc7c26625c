// Search benchmark (issue 5): 100,000 generated listings on fresh embedded engines.
//   npm run bench:search               (defaults below)
//   npm run bench:search -- --listings 20000 --requests 200
// Measures, in one run, p50/p95 latency of /api/search and of the HTML results page
// against the same queries sent straight to Meilisearch, at 1 and 20 concurrent
// clients, and a full reindex against raw ingestion of the same documents. Results are
// ratios (the machine's speed cancels out) written to docs/performance.md.
import { fork } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { applyMigrations, projectRoot } from '../scripts/db/migrations.ts'
import { buildIfNeeded } from '../scripts/lib/build.ts'
import { findFreePort, startMeilisearch, startPostgres } from '../scripts/lib/engines.ts'
import { prepareSearchKeys } from '../scripts/lib/search-keys.ts'

const { values: args } = parseArgs({
	options: {
		listings: { type: 'string', default: '100000' },
		requests: { type: 'string', default: '400' },
		output: { type: 'string', default: path.join(projectRoot, 'docs', 'performance.md') },
	},
})
const listingCount = Number(args.listings)
const requestsPerClient = Number(args.requests)
const say = (message: string) => console.log(`[bench] ${message}`)

const root = mkdtempSync(path.join(os.tmpdir(), 'tech-market-bench-'))
const masterKey = 'bench-master-key-0123456789abcdef'
const postgres = await startPostgres({ dataDir: path.join(root, 'postgres') })
const meili = await startMeilisearch({ dataDir: path.join(root, 'meili'), masterKey })
let server: ReturnType<typeof fork> | undefined

async function stopAll() {
	server?.kill('SIGTERM')
	await meili.stop().catch(() => {})
	await postgres.stop().catch(() => {})
	rmSync(root, { recursive: true, force: true })
	// Running as root, PostgreSQL's data lives in the system temp dir (see ADR 0003).
	rmSync(postgres.dataDir, { recursive: true, force: true })
	rmSync(path.join(postgres.dataDir, '..', `${path.basename(postgres.dataDir)}.credentials.json`), { force: true })
}

try {
	Object.assign(process.env, {
		NODE_ENV: 'production',
		LOG_LEVEL: 'warn',
		DATABASE_URL: postgres.url,
		MEILI_URL: meili.url,
		MEILI_MASTER_KEY: masterKey,
		MEILI_INDEX_PREFIX: 'bench_',
		APP_URL: 'http://localhost',
		DEV_MAILBOX: 'true',
		SEARCH_RATE_LIMIT: '0',
		// The app waits for Meilisearch however long it takes, so that what is measured is the
		// app's overhead over Meilisearch, never the PostgreSQL fallback (counted below).
		SEARCH_TIMEOUT_MS: '10000',
		UPLOAD_DIR: path.join(root, 'uploads'),
	})
	await applyMigrations(postgres.url)
	await prepareSearchKeys(say)
	const { seedIfEmpty } = await import('../prisma/seed/index.ts')
	await seedIfEmpty({ log: () => {} })
	const { prisma } = await import('../app/utils/db.server.ts')

	say(`generating ${listingCount} listings`)
	await generateListings(prisma, listingCount)
	const published = await prisma.listing.count({ where: { status: 'PUBLISHED' } })

	const indexer = await import('../app/modules/search/indexer.server.ts')
	const documentsModule = await import('../app/modules/search/documents.server.ts')
	const { reindexListings } = await import('../app/modules/search/reindex.server.ts')
	const { getIndexClient, listingsIndex } = await import('../app/modules/search/meili.server.ts')
	await prisma.searchOutbox.updateMany({ data: { status: 'DONE' } })

	// Baseline: the same documents, already built, sent straight to Meilisearch.
	say('building documents for the raw-ingestion baseline')
	const documents: unknown[] = []
	for await (const ids of documentsModule.publishedListingIdPages(1000)) {
		for (const doc of (await documentsModule.loadListingDocuments(ids)).values()) if (doc) documents.push(doc)
	}
	const rawIndex = 'bench_raw'
	await indexer.ensureListingsIndex(rawIndex)
	say(`raw ingestion of ${documents.length} documents`)
	let started = performance.now()
	const client = getIndexClient()
	const tasks = []
	for (let i = 0; i < documents.length; i += 1000) tasks.push(client.index(rawIndex).addDocuments(documents.slice(i, i + 1000) as Record<string, unknown>[], { primaryKey: 'id' }))
	for (const task of tasks) {
		const done = await task.waitTask({ timeout: 600_000 })
		if (done.status !== 'succeeded') throw new Error(`raw ingestion failed: ${done.error?.message}`)
	}
	const rawMs = performance.now() - started
	documents.length = 0

	say('full reindex through the app (npm run search:reindex does the same)')
	started = performance.now()
	const reindexed = await reindexListings()
	const reindexMs = performance.now() - started
	if (!reindexed.ok) throw new Error('reindex did not run')
	await client.deleteIndex(rawIndex).waitTask({ timeout: 120_000 })

	say('starting the app')
	buildIfNeeded({ log: say })
	const port = await findFreePort()
	const { MEILI_MASTER_KEY: _master, ...appEnv } = process.env
	server = fork(path.join(projectRoot, 'server', 'index.ts'), [], { cwd: projectRoot, env: { ...appEnv, PORT: String(port), HOST: '127.0.0.1' }, execArgv: ['--import', 'tsx'], stdio: 'inherit' })
	await new Promise<void>((resolve, reject) => {
		server!.on('message', (message: { type?: string }) => message?.type === 'listening' && resolve())
		server!.once('exit', (code) => reject(new Error(`app exited (${code})`)))
	})
	const app = `http://127.0.0.1:${port}`
	const index = listingsIndex()
	const searchKey = process.env.MEILI_SEARCH_KEY!
	const { listingTypes } = await import('../app/modules/listings/listing-types.ts')
	const { meiliFilter } = await import('../app/modules/search/query.ts')

	const queries = ['xu ly nuoc thai', 'máy sấy nông sản', 'AI', 'solar', 'cảm biến', 'nươc thải', 'robot hàn', 'chế phẩm vi sinh', 'điện mặt trời', 'biogas', 'dệt nhuộm', 'in 3D', 'IoT', 'tôm', 'lọc không khí', 'năng lượng', 'phần mềm quản lý', 'thiết bị y tế', 'xử lý rác', 'bơm nhiệt']
	const highlight = { attributesToHighlight: ['title', 'summary'], highlightPreTag: '\u0001', highlightPostTag: '\u0002' }
	const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${searchKey}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
	const targets = {
		// What /api/search asks Meilisearch, sent straight to it.
		meiliSingle: (q: string) => post(`${meili.url}/indexes/${index}/search`, { q, filter: meiliFilter({ filters: {} }), page: 1, hitsPerPage: 20 }),
		api: (q: string) => fetch(`${app}/api/search?${new URLSearchParams({ q })}`),
		// What the HTML results page asks Meilisearch (one multi-search over every type).
		meiliMulti: (q: string) =>
			post(`${meili.url}/multi-search`, { queries: listingTypes.map((type) => ({ indexUid: index, q, filter: meiliFilter({ filters: {} }, type), limit: 5, ...highlight })) }),
		html: (q: string) => fetch(`${app}/search?${new URLSearchParams({ q })}`),
	}
	type Target = keyof typeof targets

	let degraded = 0
	async function measure(target: Target, clients: number, perClient: number) {
		const latencies: number[] = []
		let next = 0
		await Promise.all(
			Array.from({ length: clients }, async () => {
				for (let i = 0; i < perClient; i++) {
					const q = queries[next++ % queries.length]!
					const t0 = performance.now()
					const response = await targets[target](q)
					const body = await response.text()
					if (!response.ok) throw new Error(`${target} answered ${response.status}`)
					if (body.includes('"degraded":true') || body.includes('chế độ đơn giản')) degraded++
					latencies.push(performance.now() - t0)
				}
			}),
		)
		latencies.sort((a, b) => a - b)
		const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!
		return { p50: at(0.5), p95: at(0.95), n: latencies.length }
	}

	const results: Record<string, Record<Target, { p50: number; p95: number; n: number }>> = {}
	for (const clients of [1, 20]) {
		const perClient = clients === 1 ? requestsPerClient : Math.max(20, Math.round(requestsPerClient / 4))
		say(`latency with ${clients} client(s), ${perClient} requests each`)
		for (const target of Object.keys(targets) as Target[]) await measure(target, clients, 10) // warm-up
		const round = {} as Record<Target, { p50: number; p95: number; n: number }>
		// Interleaved, so that drift on the machine affects every target alike.
		for (const target of ['meiliSingle', 'api', 'meiliMulti', 'html'] as Target[]) round[target] = await measure(target, clients, perClient)
		results[clients] = round
	}

	// The app must actually have answered from Meilisearch, not from the fallback.
	if (degraded > 0) throw new Error(`${degraded} answers came from the PostgreSQL fallback during the benchmark`)

	const ms = (value: number) => value.toFixed(1)
	const ratio = (a: number, b: number) => (a / b).toFixed(2)
	const cpu = os.cpus()
	const meiliVersion = ((await (await fetch(`${meili.url}/version`, { headers: { Authorization: `Bearer ${masterKey}` } })).json()) as { pkgVersion: string }).pkgVersion
	const lines = [
		`<!-- bench:search:start -->`,
		`Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:search${listingCount === 100000 ? '' : ` -- --listings ${listingCount}`}\` on ${cpu.length} × ${cpu[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, Meilisearch ${meiliVersion}, embedded PostgreSQL; app and engines on the same machine.`,
		'',
		`Corpus: ${published} published listings (${listingCount} generated + the demo seed), ${queries.length} Vietnamese queries in rotation (with and without diacritics, typos, synonyms).`,
		'',
		'| clients | request | p50 ms | p95 ms | Meilisearch alone p50 / p95 ms | ratio p50 | ratio p95 | goal (p95) |',
		'| --- | --- | --- | --- | --- | --- | --- | --- |',
		...[1, 20].flatMap((clients) => {
			const r = results[clients]!
			return [
				`| ${clients} | \`/api/search\` (${r.api.n} requests) | ${ms(r.api.p50)} | ${ms(r.api.p95)} | ${ms(r.meiliSingle.p50)} / ${ms(r.meiliSingle.p95)} | ${ratio(r.api.p50, r.meiliSingle.p50)} | **${ratio(r.api.p95, r.meiliSingle.p95)}** | ≤ 1.5 |`,
				`| ${clients} | HTML \`/search\` (${r.html.n} requests) | ${ms(r.html.p50)} | ${ms(r.html.p95)} | ${ms(r.meiliMulti.p50)} / ${ms(r.meiliMulti.p95)} | ${ratio(r.html.p50, r.meiliMulti.p50)} | **${ratio(r.html.p95, r.meiliMulti.p95)}** | ≤ 3 |`,
			]
		}),
		'',
		'| operation | time | baseline | ratio | goal |',
		'| --- | --- | --- | --- | --- |',
		`| full reindex (\`reindexListings\`: read PostgreSQL, build documents, new index, swap) | ${(reindexMs / 1000).toFixed(1)} s | raw ingestion of the same ${published} documents into an index with the same settings: ${(rawMs / 1000).toFixed(1)} s | **${ratio(reindexMs, rawMs)}** | ≤ 1.5 |`,
		`<!-- bench:search:end -->`,
	]
	const output = args.output!
	let page = ''
	try {
		page = readFileSync(output, 'utf8')
	} catch {
		page = '# Performance\n\nMeasurements are ratios against a baseline measured in the same run, so that the machine\'s speed cancels out. Each section says how to reproduce it.\n\n## Search (issue 5)\n\n<!-- bench:search:start -->\n<!-- bench:search:end -->\n'
	}
	page = page.replace(/<!-- bench:search:start -->[\s\S]*<!-- bench:search:end -->/, lines.join('\n'))
	writeFileSync(output, page)
	console.log(lines.slice(1, -1).join('\n'))
	await prisma.$disconnect()
} finally {
	await stopAll()
}

async function generateListings(prisma: import('../app/generated/prisma/client').PrismaClient, count: number) {
	await prisma.$executeRawUnsafe(`SELECT setseed(0.57)`)
	await prisma.$executeRawUnsafe(`
		INSERT INTO "Listing" ("id", "slug", "type", "status", "organizationId", "authorId", "title", "summary", "description", "keywords", "communeId", "publishedAt", "updatedAt")
		SELECT 'bench' || g, 'bench-' || g,
			(ARRAY['TECHNOLOGY_OFFER','TECHNOLOGY_OFFER','PATENT','TECHNOLOGY_REQUEST','EXPERT','STARTUP'])[1 + g % 6]::"ListingType",
			'PUBLISHED',
			orgs.ids[1 + floor(random() * array_length(orgs.ids, 1))::int],
			authors.id,
			initcap(a.w[1 + floor(random() * array_length(a.w, 1))::int]) || ' ' || b.w[1 + floor(random() * array_length(b.w, 1))::int] || ' ' || c.w[1 + floor(random() * array_length(c.w, 1))::int] || ' ' || g,
			'Giải pháp ' || b.w[1 + floor(random() * array_length(b.w, 1))::int] || ' ' || c.w[1 + floor(random() * array_length(c.w, 1))::int] || ', đã thử nghiệm tại ' || d.w[1 + floor(random() * array_length(d.w, 1))::int] || '.',
			'Mô tả chi tiết: ' || b.w[1 + floor(random() * array_length(b.w, 1))::int] || '; ' || b.w[1 + floor(random() * array_length(b.w, 1))::int] || '. Hiệu quả kinh tế cao, chuyển giao trọn gói, đào tạo vận hành.',
			ARRAY[b.w[1 + floor(random() * array_length(b.w, 1))::int]],
			communes.ids[1 + floor(random() * array_length(communes.ids, 1))::int],
			now() - (g || ' minutes')::interval,
			now()
		FROM generate_series(1, ${count}) AS g,
			(SELECT array_agg("id") AS ids FROM "Organization") AS orgs,
			(SELECT array_agg("id") AS ids FROM "Commune") AS communes,
			(SELECT "id" FROM "User" ORDER BY "createdAt" LIMIT 1) AS authors,
			(SELECT ARRAY['hệ thống','máy','thiết bị','quy trình','công nghệ','phần mềm','dây chuyền','chế phẩm','bộ điều khiển','giải pháp'] AS w) AS a,
			(SELECT ARRAY['xử lý nước thải','sấy lạnh nông sản','cảm biến IoT','điện mặt trời áp mái','trí tuệ nhân tạo','nuôi tôm tuần hoàn','dệt nhuộm tiết kiệm nước','chế biến thủy sản','in 3D kim loại','biogas','lọc không khí','robot hàn','bơm nhiệt','vi sinh xử lý rác','phân bón hữu cơ','quản lý kho','thiết bị y tế','gạch không nung','đóng tàu composite','truy xuất nguồn gốc'] AS w) AS b,
			(SELECT ARRAY['cho làng nghề','quy mô nhỏ','tiết kiệm năng lượng','tự động hóa','công suất lớn','cho hợp tác xã','chi phí thấp','thân thiện môi trường','cho doanh nghiệp vừa','đạt chuẩn xuất khẩu'] AS w) AS c,
			(SELECT ARRAY['Hoa Lư','Tam Điệp','Kim Sơn','Nho Quan','Yên Khánh','Gia Viễn','Yên Mô','Nam Định','Phủ Lý','Ý Yên'] AS w) AS d`)
	await prisma.$executeRawUnsafe(`
		INSERT INTO "TechnologyOffer" ("listingId", "trl", "priceVnd", "transferModes")
		SELECT "id", 1 + floor(random() * 9)::int, (50 + floor(random() * 5000)::bigint) * 1000000,
			ARRAY[(ARRAY['ASSIGNMENT','EXCLUSIVE_LICENCE','NON_EXCLUSIVE_LICENCE','JOINT_RD','CONSULTING_TRAINING'])[1 + floor(random() * 5)::int]]::"TransferMode"[]
		FROM "Listing" WHERE "id" LIKE 'bench%' AND "type" = 'TECHNOLOGY_OFFER'`)
	await prisma.$executeRawUnsafe(`INSERT INTO "Patent" ("listingId", "kind") SELECT "id", 'INVENTION' FROM "Listing" WHERE "id" LIKE 'bench%' AND "type" = 'PATENT'`)
	await prisma.$executeRawUnsafe(`INSERT INTO "StartupProfile" ("listingId", "stage") SELECT "id", (ARRAY['IDEA','PROTOTYPE','MVP','EARLY_REVENUE','GROWTH'])[1 + floor(random() * 5)::int]::"StartupStage" FROM "Listing" WHERE "id" LIKE 'bench%' AND "type" = 'STARTUP'`)
	await prisma.$executeRawUnsafe(`
		INSERT INTO "ListingField" ("listingId", "fieldId")
		SELECT DISTINCT l."id", (SELECT array_agg("id") FROM "Field")[1 + floor(random() * (SELECT count(*) FROM "Field"))::int]
		FROM "Listing" l, generate_series(1, 2) WHERE l."id" LIKE 'bench%'
		ON CONFLICT DO NOTHING`)
}
