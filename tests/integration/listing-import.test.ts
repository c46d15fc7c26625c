// Bulk import of listings (docs/import.md): dry run, batched real runs with outbox
// rows, idempotence on externalId, CSV and JSON, the admin page and the CLI.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { issuesForDisplay, type ImportIssue } from '~/modules/listings/import-format'
import { dryRunImport, processImport, resumeImport, startImport } from '~/modules/listings/import.server'
import { ensureListingsIndex, drainOutbox } from '~/modules/search/indexer.server'
import { loader as searchApi } from '~/routes/api/search'
import { action, loader } from '~/routes/admin/import'
import { prisma } from '~/utils/db.server'
import { createWorld, expectMatrix, type World } from '../support/auth-matrix'
import { formRequest, getRequest, invoke, payloadOf, statusOf } from '../support/routes'

const fixtures = path.resolve(import.meta.dirname, '../fixtures/import')
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(path.join(fixtures, name))) })
const fixtureFile = (name: string, type = name.endsWith('.json') ? 'application/json' : 'text/csv') => new File([readFileSync(path.join(fixtures, name))], name, { type })

let world: World
let adminId: string

beforeAll(async () => {
	world = await createWorld()
	adminId = world.users.admin.id
	// The organisations the fixtures name: one by its slug, one by its tax code.
	await prisma.organization.upsert({
		where: { slug: 'vien-cong-nghe-sinh-hoc-nhap' },
		create: { slug: 'vien-cong-nghe-sinh-hoc-nhap', name: 'Viện Công nghệ Sinh học Ninh Bình', type: 'RESEARCH_INSTITUTE' },
		update: {},
	})
	await prisma.organization.upsert({
		where: { taxCode: '2700654321' },
		create: { slug: 'cong-ty-nong-san-trang-an', name: 'Công ty CP Nông sản Tràng An', type: 'ENTERPRISE', size: 'SMALL', taxCode: '2700654321' },
		update: {},
	})
	await prisma.commune.upsert({ where: { code: 'IMP-HL' }, create: { code: 'IMP-HL', name: 'Phường Hoa Lư', kind: 'WARD' }, update: {} })
	// The organisation of the examples in docs/import.md.
	await prisma.organization.upsert({
		where: { slug: 'vien-cong-nghe-sinh-hoc' },
		create: { slug: 'vien-cong-nghe-sinh-hoc', name: 'Viện Công nghệ Sinh học', type: 'RESEARCH_INSTITUTE' },
		update: {},
	})
})

// Each test starts without the fixtures' listings.
beforeEach(async () => {
	await prisma.listing.deleteMany({ where: { OR: [{ externalId: { startsWith: 'IMP-' } }, { externalId: { startsWith: 'BAD-' } }] } })
})

async function counts() {
	const [listings, outbox, imports, items, audits] = await Promise.all([
		prisma.listing.count(),
		prisma.searchOutbox.count(),
		prisma.listingImport.count(),
		prisma.listingImportItem.count(),
		prisma.auditLog.count(),
	])
	return { listings, outbox, imports, items, audits }
}

async function importFile(name: string, options: { publish?: boolean; batchSize?: number } = {}) {
	const started = await startImport(adminId, fixture(name), { publish: options.publish ?? false, via: 'cli' })
	if (!started.ok) throw new Error(`import refused: ${JSON.stringify(started.report.errors)}`)
	const progress: number[] = []
	const result = await processImport(started.importId, started.token, { batchSize: options.batchSize, onProgress: (p) => progress.push(p.processed) })
	return { ...started, result, progress }
}

const byExternalId = (externalId: string) =>
	prisma.listing.findUniqueOrThrow({
		where: { externalId },
		include: {
			fields: { select: { field: { select: { slug: true } } } },
			commune: { select: { code: true } },
			organization: { select: { slug: true } },
			technologyOffer: { include: { linkedPatents: { select: { patent: { select: { listing: { select: { externalId: true } } } } } } } },
			patent: true,
			technologyRequest: true,
			expertProfile: true,
			incubatorProfile: true,
			startupProfile: true,
		},
	})

// Issues by row, then column (a row's problems are found in several passes).
const where = (issues: ImportIssue[]) =>
	issues
		.map(({ row, field, message, params, value }) => ({ row, field, message, ...(params ? { params } : {}), ...(value ? { value } : {}) }))
		.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || String(a.field).localeCompare(String(b.field)))

describe('dry run', () => {
	test('reports every bad row and field with a reason, in the page, and writes nothing at all', async () => {
		const before = await counts()
		const form = new FormData()
		form.set('intent', 'dry-run')
		form.set('file', fixtureFile('bad-rows.csv'))
		const result = await invoke(action, formRequest('/admin/import', form, world.cookies.admin))
		expect(statusOf(result)).toBe(200)
		const { report } = payloadOf<{ report: { totalRows: number; validRows: number; badRows: number; toCreate: number; issues: ReturnType<typeof issuesForDisplay> } }>(result)
		expect(report).toMatchObject({ totalRows: 8, validRows: 2, badRows: 6, toCreate: 2 })
		// Spreadsheet row numbers: the header is row 1; the empty row 9 is skipped.
		expect(where(report.issues.shown)).toEqual([
			{ row: 3, field: 'type', message: 'admin.import.errors.typeInvalid', params: { values: 'TECHNOLOGY_OFFER, PATENT, TECHNOLOGY_REQUEST, EXPERT, INCUBATOR, STARTUP' }, value: 'CONG_NGHE' },
			{ row: 4, field: 'fields', message: 'admin.import.errors.fieldUnknown', value: 'nong-nghiep' },
			{ row: 4, field: 'title', message: 'validation.listing.titleTooShort', value: 'Máy' },
			{ row: 4, field: 'trl', message: 'validation.listing.trlInvalid', value: '12' },
			{ row: 5, field: 'applicationDate', message: 'admin.import.errors.dateInvalid', value: '31/02/2021' },
			{ row: 5, field: 'kind', message: 'validation.listing.patentKindRequired' },
			{ row: 6, field: 'budgetMaxVnd', message: 'validation.listing.budgetOrder', value: '1.000.000' },
			{ row: 6, field: 'isCommissioned', message: 'admin.import.errors.yesNoInvalid', value: 'có lẽ' },
			{ row: 6, field: 'organization', message: 'admin.import.errors.organizationNotFound', value: 'khong-ton-tai' },
			{ row: 7, field: 'externalId', message: 'admin.import.errors.externalIdDuplicate', params: { row: 2 }, value: 'BAD-OK-1' },
			{ row: 7, field: 'stage', message: 'admin.import.errors.choiceInvalid', params: { values: 'IDEA, PROTOTYPE, MVP, EARLY_REVENUE, GROWTH' }, value: 'SEED' },
			{ row: 8, field: 'contactEmail', message: 'validation.email.invalid', value: 'khong-phai-email' },
			{ row: 8, field: 'status', message: 'admin.import.errors.statusInvalid', params: { values: 'DRAFT, PUBLISHED' }, value: 'ARCHIVED' },
			{ row: 8, field: 'trl', message: 'admin.import.errors.notForType', params: { type: 'EXPERT' }, value: '5' },
		])
		expect(await counts()).toEqual(before)
	})

	test('every message of a dry run exists in both languages', async () => {
		const vi = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../app/locales/vi/common.json'), 'utf8'))
		const en = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../app/locales/en/common.json'), 'utf8'))
		const lookup = (tree: Record<string, unknown>, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree)
		const report = await dryRunImport(fixture('bad-rows.csv'))
		// And every message the import code can produce.
		const sources = ['app/modules/listings/import.server.ts', 'app/modules/listings/import-parse.server.ts', 'app/routes/admin/import.tsx', 'scripts/import.ts']
			.map((file) => readFileSync(path.resolve(import.meta.dirname, '../..', file), 'utf8'))
			.join('\n')
		const keys = new Set([...report.errors.map((issue) => issue.message), ...[...sources.matchAll(/'(admin\.import\.[\w.]+)'/g)].map((match) => match[1])])
		expect(keys.size).toBeGreaterThan(30)
		for (const key of keys) {
			expect(typeof lookup(vi, key), key).toBe('string')
			expect(typeof lookup(en, key), key).toBe('string')
		}
	})

	test('the examples of docs/import.md are valid, in CSV and in JSON', async () => {
		const guide = readFileSync(path.resolve(import.meta.dirname, '../../docs/import.md'), 'utf8')
		const example = (language: string) => guide.match(new RegExp('```' + language + '\\n([\\s\\S]*?)```'))![1]
		for (const [name, text] of [['example.csv', example('csv')], ['example.json', example('json')]]) {
			const report = await dryRunImport({ name, bytes: new TextEncoder().encode(text) })
			expect(report.errors, name).toEqual([])
			expect(report, name).toMatchObject({ totalRows: 3, validRows: 3, byType: { PATENT: 1, TECHNOLOGY_OFFER: 1, EXPERT: 1 } })
		}
	})

	test('a file that cannot be read is a translated 4xx, never a server error, and writes nothing', async () => {
		const before = await counts()
		const post = async (file: File | string, intent = 'dry-run') => {
			const form = new FormData()
			form.set('intent', intent)
			form.set('file', file)
			const result = await invoke(action, formRequest('/admin/import', form, world.cookies.admin))
			const body = payloadOf<{ error: string | null; report: { issues: { fileIssues: ImportIssue[] } } | null }>(result)
			return { status: statusOf(result), message: body.error ?? body.report?.issues.fileIssues[0]?.message }
		}
		// Windows-1258 bytes for "Công nghệ" are not UTF-8.
		expect(await post(new File([Uint8Array.from([0x74, 0x79, 0x70, 0x65, 0x0a, 0x43, 0xf4, 0x6e, 0x67])], 'cu.csv'))).toEqual({ status: 400, message: 'admin.import.errors.encoding' })
		expect(await post(new File(['type,tieu_de\nPATENT,x\n'], 'a.csv'))).toEqual({ status: 400, message: 'admin.import.errors.columnUnknown' })
		expect(await post(new File(['{"listings": {}}'], 'a.json'), 'import')).toEqual({ status: 400, message: 'admin.import.errors.jsonShape' })
		expect(await post(new File(['%PDF-1.4'], 'a.pdf'))).toEqual({ status: 400, message: 'admin.import.errors.formatUnknown' })
		expect(await post('not a file')).toEqual({ status: 400, message: 'admin.import.errors.fileMissing' })
		expect(await post(new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.csv'))).toEqual({ status: 413, message: 'admin.import.errors.fileTooLarge' })
		// Only bad rows: nothing to start.
		expect(await post(new File(['type,title\nPATENT,x\n'], 'a.csv'), 'import')).toEqual({ status: 400, message: 'admin.import.errors.nothingValid' })
		expect(await counts()).toEqual(before)
	})
})

describe('real run', () => {
	test('CSV: writes the valid rows in batches, each batch in one transaction with an outbox row per listing; Vietnamese text round-trips', async () => {
		const before = await counts()
		const { result, progress, importId } = await importFile('listings.csv', { publish: true, batchSize: 4 })
		expect(result).toMatchObject({ ok: true, createdCount: 6, updatedCount: 0, failedCount: 0 })
		expect(progress).toEqual([0, 4, 6])
		const after = await counts()
		expect(after.listings - before.listings).toBe(6)
		expect(after.items - before.items).toBe(6)

		const listings = await prisma.listing.findMany({ where: { externalId: { startsWith: 'IMP-' } }, select: { id: true, externalId: true } })
		// Rows written in one transaction carry the same transaction id (xmin): two batches of 4 and 2,
		// and each listing's outbox row was written in its listing's transaction.
		const rows = await prisma.$queryRaw<{ externalId: string; listingTx: string; outboxTx: string }[]>`
			SELECT l."externalId", l.xmin::text AS "listingTx", o.xmin::text AS "outboxTx"
			FROM "Listing" l JOIN "SearchOutbox" o ON o."entityType" = 'listing' AND o."entityId" = l.id
			WHERE l."externalId" LIKE 'IMP-%' ORDER BY l."createdAt", l."externalId"`
		expect(rows).toHaveLength(6)
		for (const row of rows) expect(row.outboxTx).toBe(row.listingTx)
		const batchOf = new Map(rows.map((row) => [row.externalId, row.listingTx]))
		const first = ['IMP-PAT-001', 'IMP-OFF-001', 'IMP-REQ-001', 'IMP-EXP-001'].map((id) => batchOf.get(id))
		const second = ['IMP-INC-001', 'IMP-STA-001'].map((id) => batchOf.get(id))
		expect(new Set(first).size).toBe(1)
		expect(new Set(second).size).toBe(1)
		expect(first[0]).not.toBe(second[0])
		expect(await prisma.searchOutbox.count({ where: { entityId: { in: listings.map((l) => l.id) } } })).toBe(6)

		// Exactly what the file says, Vietnamese included.
		const patent = await byExternalId('IMP-PAT-001')
		expect(patent).toMatchObject({
			type: 'PATENT',
			status: 'PUBLISHED',
			authorId: adminId,
			title: 'Quy trình nuôi cấy nấm đông trùng hạ thảo trên giá thể gạo lứt',
			keywords: ['đông trùng hạ thảo', 'nấm dược liệu'],
			organization: { slug: 'vien-cong-nghe-sinh-hoc-nhap' },
			commune: { code: 'IMP-HL' },
			patent: {
				kind: 'INVENTION',
				applicationNumber: '1-2021-01234',
				applicationDate: new Date('2021-03-15'),
				grantDate: new Date('2023-06-20'),
				ipcClasses: ['C12N 1/14', 'A01G 18/00'],
				inventors: ['Nguyễn Thị Hồng Nhung', 'Trần Văn Đức'],
				legalStatus: 'GRANTED',
			},
		})
		expect(patent.publishedAt).toBeInstanceOf(Date)
		expect(patent.fields.map((f) => f.field.slug).sort()).toEqual(['agriculture', 'biotechnology'])
		const offer = await byExternalId('IMP-OFF-001')
		expect(offer.description).toBe('**Ưu điểm**: năng suất cao, ổn định.\n\n- Tiết kiệm điện\n- Dễ vận hành')
		expect(offer.technologyOffer).toMatchObject({ trl: 7, transferModes: ['NON_EXCLUSIVE_LICENCE', 'CONSULTING_TRAINING'], priceVnd: 1_500_000_000n, priceNegotiable: false, ipStatus: 'PATENTED', applications: 'Sản xuất thực phẩm chức năng\nXuất khẩu dược liệu' })
		expect(offer.technologyOffer?.linkedPatents.map((l) => l.patent.listing.externalId)).toEqual(['IMP-PAT-001'])
		const request = await byExternalId('IMP-REQ-001')
		expect(request).toMatchObject({ organization: { slug: 'cong-ty-nong-san-trang-an' }, technologyRequest: { budgetMinVnd: 200_000_000n, budgetMaxVnd: 500_000_000n, isCommissioned: true, preferredTransferModes: ['ASSIGNMENT', 'JOINT_RD'] } })
		const expert = await byExternalId('IMP-EXP-001')
		expect(expert.title).toBe('PGS.TS. Lê Thị Hoà — xử lý nước thải bằng màng lọc')
		expect(expert.expertProfile).toMatchObject({ academicTitle: 'ASSOCIATE_PROFESSOR', specialities: ['Xử lý nước thải', 'Công nghệ màng lọc, MBR'], languages: ['Tiếng Việt', 'English'], availableForConsulting: true, contactEmail: 'pgs.hoa@vien.example.vn', userId: null })
		expect((await byExternalId('IMP-INC-001')).incubatorProfile).toMatchObject({ services: ['WORKSPACE', 'MENTORING', 'LABS'], capacity: 30, isAccelerator: false })
		// The row's own status wins over "publish".
		const startup = await byExternalId('IMP-STA-001')
		expect(startup).toMatchObject({ status: 'DRAFT', publishedAt: null, startupProfile: { stage: 'MVP', foundedOn: new Date('2024-09-01'), teamSize: 8, seeks: ['FUNDING', 'CUSTOMERS'] } })

		const run = await prisma.listingImport.findUniqueOrThrow({ where: { id: importId } })
		expect(run).toMatchObject({ status: 'DONE', processedRows: 6, validRows: 6, totalRows: 6, source: null, pendingRows: [], workerToken: null })
		expect(await prisma.auditLog.findMany({ where: { entityType: 'listingImport', entityId: importId }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true, metadata: true } })).toEqual([
			{ action: 'listing.import', actorId: adminId, metadata: { fileName: 'listings.csv', format: 'CSV', rows: 6, validRows: 6, badRows: 0, publish: true, via: 'cli' } },
			{ action: 'listing.import.finish', actorId: adminId, metadata: { created: 6, updated: 0, failed: 0 } },
		])
	})

	test('JSON: the same rules, as drafts; the search relay indexes what was published and the search API returns its externalId', async () => {
		const { result } = await importFile('listings.json')
		expect(result).toMatchObject({ ok: true, createdCount: 4, failedCount: 0 })
		const offer = await byExternalId('IMP-JSON-OFF')
		expect(offer).toMatchObject({
			status: 'DRAFT',
			publishedAt: null,
			keywords: ['vỏ trấu', 'khay ươm', 'kinh tế tuần hoàn'],
			technologyOffer: { trl: 6, priceVnd: 350_000_000n, transferModes: ['ASSIGNMENT', 'EQUIPMENT_WITH_TECHNOLOGY'] },
		})
		expect(offer.technologyOffer?.linkedPatents.map((l) => l.patent.listing.externalId)).toEqual(['IMP-JSON-PAT'])
		expect((await byExternalId('IMP-JSON-PAT')).patent).toMatchObject({ kind: 'UTILITY_SOLUTION', inventors: ['Phạm Minh Tuấn', 'Đỗ Thị Lan'], applicationDate: new Date('2022-04-01') })
		expect((await byExternalId('IMP-JSON-EXP')).expertProfile).toMatchObject({ degree: 'MASTER', availableForConsulting: false, contactPhone: '+84 912 345 678' })
		const startup = await byExternalId('IMP-JSON-STA')
		expect(startup).toMatchObject({ status: 'PUBLISHED', title: 'Ươm Xanh — giá thể hữu cơ', startupProfile: { stage: 'EARLY_REVENUE', teamSize: 5, foundedOn: null } })

		await ensureListingsIndex()
		expect((await drainOutbox()).unavailable).toBe(false)
		const api = (await searchApi({ request: new Request('http://localhost/api/search?q=Ươm%20Xanh&type=STARTUP'), params: {}, context: { cspNonce: '', requestId: 't', clientIp: '127.0.0.77' } })) as Response
		const body = (await api.json()) as { hits: { id: string; externalId: string | null }[] }
		expect(body.hits[0]).toMatchObject({ id: startup.id, externalId: 'IMP-JSON-STA' })
		const drafts = (await (
			(await searchApi({ request: new Request('http://localhost/api/search?q=vỏ%20trấu'), params: {}, context: { cspNonce: '', requestId: 't', clientIp: '127.0.0.78' } })) as Response
		).json()) as { hits: { externalId: string | null }[] }
		expect(drafts.hits.map((hit) => hit.externalId)).not.toContain('IMP-JSON-OFF')
	})

	test('importing again with the same externalId updates the listing instead of duplicating it', async () => {
		const first = await importFile('listings.csv')
		expect(first.result).toMatchObject({ createdCount: 6, updatedCount: 0 })
		const offer = await byExternalId('IMP-OFF-001')
		expect(offer.status).toBe('DRAFT')
		const before = await counts()

		// The same file again: nothing new, six updates, six more outbox rows.
		const dry = await dryRunImport(fixture('listings.csv'))
		expect(dry).toMatchObject({ validRows: 6, toCreate: 0, toUpdate: 6 })
		const again = await importFile('listings.csv')
		expect(again.result).toMatchObject({ createdCount: 0, updatedCount: 6, failedCount: 0 })
		const afterAgain = await counts()
		expect(afterAgain.listings).toBe(before.listings)
		expect(afterAgain.outbox - before.outbox).toBe(6)

		// A pending edit by the owner is replaced by the imported content.
		await prisma.listingRevision.create({ data: { listingId: offer.id, number: 1, status: 'PENDING_REVIEW', content: {} } })
		const update = await importFile('listings-update.csv')
		expect(update.result).toMatchObject({ createdCount: 0, updatedCount: 2, failedCount: 1 })
		expect(await prisma.listing.count()).toBe(before.listings)
		const updated = await byExternalId('IMP-OFF-001')
		expect(updated).toMatchObject({
			id: offer.id,
			slug: offer.slug,
			status: 'DRAFT',
			title: 'Công nghệ sản xuất đông trùng hạ thảo quy mô công nghiệp (phiên bản 2)',
			technologyOffer: { trl: 8, transferModes: ['EXCLUSIVE_LICENCE'], priceVnd: null, priceNegotiable: true },
		})
		expect(updated.fields.map((f) => f.field.slug).sort()).toEqual(['biotechnology', 'food-processing'])
		expect(await prisma.listingRevision.findFirst({ where: { listingId: offer.id }, select: { status: true } })).toEqual({ status: 'SUPERSEDED' })
		const request = await byExternalId('IMP-REQ-001')
		expect(request).toMatchObject({ status: 'PUBLISHED', technologyRequest: { budgetMinVnd: 300_000_000n, isCommissioned: false } })
		expect(request.publishedAt).toBeInstanceOf(Date)
		const run = await prisma.listingImport.findUniqueOrThrow({ where: { id: update.importId } })
		expect(where(run.errors as ImportIssue[])).toEqual([{ row: 4, field: 'type', message: 'admin.import.errors.typeMismatch', params: { type: 'PATENT' }, value: 'TECHNOLOGY_OFFER' }])
		expect((await byExternalId('IMP-PAT-001')).type).toBe('PATENT')
	})

	test('an interrupted run resumes where it stopped, without writing a row twice', async () => {
		const started = await startImport(adminId, fixture('listings.csv'), { publish: false, via: 'cli' })
		if (!started.ok) throw new Error('refused')
		let batches = 0
		// The process "dies" after its first batch of 2 was committed.
		await expect(
			processImport(started.importId, started.token, {
				batchSize: 2,
				onProgress: (p) => {
					if (p.processed > 0 && ++batches === 1) throw new Error('killed')
				},
			}),
		).rejects.toThrow('killed')
		expect(await prisma.listingImport.findUniqueOrThrow({ where: { id: started.importId } })).toMatchObject({ status: 'FAILED', processedRows: 2, createdCount: 2 })
		// The old writer cannot go on with its token once another took the run over.
		const token = await resumeImport(adminId, started.importId)
		expect(token).toBeTruthy()
		expect(await resumeImport(adminId, started.importId)).toBeNull()
		expect(await processImport(started.importId, started.token)).toEqual({ ok: false })
		const resumed = await processImport(started.importId, token!, { batchSize: 2 })
		expect(resumed).toMatchObject({ ok: true, createdCount: 6, updatedCount: 0, failedCount: 0 })
		expect(await prisma.listing.count({ where: { externalId: { startsWith: 'IMP-' } } })).toBe(6)
		expect(await prisma.listingImportItem.count({ where: { importId: started.importId } })).toBe(6)
	})
})

describe('the admin page', () => {
	test('an import runs in the background and the page shows its progress, the rows written with their externalId, and finds a listing by externalId', async () => {
		const form = new FormData()
		form.set('intent', 'import')
		form.set('publish', 'on')
		form.set('file', fixtureFile('listings.csv'))
		const result = await invoke(action, formRequest('/admin/import', form, world.cookies.admin))
		expect(statusOf(result)).toBe(302)
		const location = (result as Response).headers.get('Location')!
		expect(location).toMatch(/^\/admin\/import\?run=/)
		const importId = new URL(location, 'http://localhost').searchParams.get('run')!

		type Page = Awaited<ReturnType<typeof loader>>
		let page: Page | undefined
		for (let i = 0; i < 100; i++) {
			page = payloadOf<Page>(await invoke(loader, getRequest(location, world.cookies.admin)))
			if (page.run?.status !== 'RUNNING') break
			await new Promise((resolve) => setTimeout(resolve, 100))
		}
		expect(page!.run).toMatchObject({ status: 'DONE', interrupted: false, processedRows: 6, validRows: 6, createdCount: 6, publish: true })
		expect(page!.run!.items.map((item) => [item.row, item.externalId, item.action])).toEqual([
			[2, 'IMP-PAT-001', 'CREATED'],
			[3, 'IMP-OFF-001', 'CREATED'],
			[4, 'IMP-REQ-001', 'CREATED'],
			[5, 'IMP-EXP-001', 'CREATED'],
			[6, 'IMP-INC-001', 'CREATED'],
			[7, 'IMP-STA-001', 'CREATED'],
		])
		expect(page!.runs[0]).toMatchObject({ id: importId, fileName: 'listings.csv' })
		expect(await prisma.auditLog.count({ where: { action: 'listing.import', entityId: importId, actorId: adminId, ipAddress: '127.0.0.1' } })).toBe(1)

		const found = payloadOf<Page>(await invoke(loader, getRequest('/admin/import?externalId=IMP-OFF-001', world.cookies.admin)))
		expect(found.lookup).toMatchObject({ externalId: 'IMP-OFF-001', listing: { externalId: 'IMP-OFF-001', type: 'TECHNOLOGY_OFFER', status: 'PUBLISHED' } })
		expect(statusOf(await invoke(loader, getRequest('/admin/import?run=nope', world.cookies.admin)))).toBe(404)
	})

	test('authorization: only administrators may see the page, check a file or import', async () => {
		await expectMatrix({
			world,
			handler: loader,
			url: '/admin/import',
			method: 'GET',
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 'ok' },
		})
		await expectMatrix({
			world,
			handler: action,
			url: '/admin/import',
			form: () => {
				const form = new FormData()
				form.set('intent', 'dry-run')
				form.set('file', fixtureFile('listings.csv'))
				return form
			},
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 'ok' },
		})
		const before = await counts()
		await expectMatrix({
			world,
			handler: action,
			url: '/admin/import',
			form: () => {
				const form = new FormData()
				form.set('intent', 'import')
				form.set('file', fixtureFile('bad-rows.csv'))
				return form
			},
			// The administrator's import of a file with some bad rows starts (a redirect to its progress).
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 'ok' },
		})
		const after = await counts()
		expect(after.imports - before.imports).toBe(1)
		// Let the administrator's background run finish before the next test.
		for (let i = 0; i < 100 && (await prisma.listingImport.count({ where: { status: 'RUNNING' } })) > 0; i++) await new Promise((resolve) => setTimeout(resolve, 100))
	})
})

describe('npm run import', () => {
	const run = (args: string[]) =>
		new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
			const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
				cwd: path.resolve(import.meta.dirname, '../..'),
				env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', INIT_CWD: fixtures },
			})
			let stdout = ''
			let stderr = ''
			child.stdout.on('data', (chunk) => (stdout += chunk))
			child.stderr.on('data', (chunk) => (stderr += chunk))
			child.on('close', (code) => resolve({ code, stdout, stderr }))
		})

	test('a dry run prints every bad row and writes nothing; a real run writes with a progress bar and reports what it did', async () => {
		const before = await counts()
		const dry = await run(['bad-rows.csv', '--dry-run', '--lang', 'en'])
		expect(dry.code).toBe(1)
		expect(dry.stdout).toContain('Row 3, type: This type of listing does not exist.')
		expect(dry.stdout).toContain('Row 7, externalId: This external ID is already used by row 2 of the file. [BAD-OK-1]')
		expect(dry.stdout).toContain('Row 8, trl: This column is not used by listings of the type "Expert"; leave it empty. [5]')
		expect(dry.stdout).toContain('8 rows: 2 valid (2 new listings, 0 updates), 6 bad rows.')
		expect(dry.stdout).toContain('Dry run: nothing was written to the database.')
		expect(await counts()).toEqual(before)

		const real = await run(['listings.json', '--publish', '--as', world.users.admin.email])
		expect(real.stderr).toContain('[##############################] 4/4 (100%)')
		expect(real.stdout).toContain('4 dòng · 4 tạo mới · 0 cập nhật · 0 lỗi')
		expect(real.code).toBe(0)
		expect(await prisma.listing.count({ where: { externalId: { startsWith: 'IMP-JSON-' }, status: 'PUBLISHED', authorId: adminId } })).toBe(4)

		const unknownAdmin = await run(['listings.json', '--as', 'nobody@example.vn', '--lang', 'en'])
		expect(unknownAdmin.code).toBe(2)
		expect(unknownAdmin.stderr).toContain('No active administrator who may import listings was found (nobody@example.vn)')
	}, 120_000)
})
