// Bulk import of listings by administrators (docs/import.md; ADR 0007).
// A dry run reads and checks every row and writes nothing. A real run checks the file
// the same way, keeps the valid rows in a ListingImport and writes them in batches:
// each batch, with a SearchOutbox row per listing and the run's progress, in one
// transaction. Rows are matched on `externalId`, so importing a file again updates
// the listings it created instead of duplicating them.
import { randomUUID } from 'node:crypto'
import type { AppLoadContext } from '@remix-run/node'
import { Prisma } from '~/generated/prisma/client'
import type { ListingStatus, ListingType } from '~/generated/prisma/enums'
import { audit } from '~/modules/audit/audit.server'
import { normaliseTaxCode } from '~/modules/orgs/schemas'
import { prisma } from '~/utils/db.server'
import { parseDateText } from '~/utils/date-field'
import { approveListingFiles } from './attachments.server'
import { insertListing, writeListingContent } from './editor.server'
import {
	contentColumns,
	IMPORT_BATCH_SIZE,
	IMPORT_LIST_SEPARATOR,
	IMPORT_STATUSES,
	issuesForDisplay,
	metaColumns,
	type ImportIssue,
	type ImportReport,
	type ImportStatus,
} from './import-format'
import { parseImportFile, type RawRow, type RawValue } from './import-parse.server'
import { listingTypes } from './listing-types'
import { listingSchemas, type ListingInput } from './schemas'

type Ctx = { request?: Request; context?: Partial<AppLoadContext> }
export type ImportFile = { name: string; bytes: Uint8Array }

// A run whose writer has not reported for this long was interrupted (its process
// stopped); an administrator may resume it. One batch takes well under a second.
export const IMPORT_STALE_MS = 2 * 60_000
const MAX_EXTERNAL_ID = 100
const MAX_LINKED_PATENTS = 20
// A batch of 100 listings takes about a second; storing a 10 MB file a few.
const transactionOptions = { timeout: 120_000, maxWait: 30_000 }

// ───────────────────────────── reading values ─────────────────────────────

const asText = (value: RawValue | undefined) => (Array.isArray(value) ? value.join(IMPORT_LIST_SEPARATOR) : (value ?? '')).trim()
const asList = (value: RawValue | undefined) =>
	(Array.isArray(value) ? value : (value ?? '').split(IMPORT_LIST_SEPARATOR)).map((item) => item.trim()).filter(Boolean)
const isEmpty = (value: RawValue | undefined) => (Array.isArray(value) ? value.every((item) => item.trim() === '') : (value ?? '').trim() === '')
const preview = (value: RawValue | undefined) => {
	const text = asText(value)
	return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

const yes = new Set(['yes', 'y', 'true', '1', 'x', 'có', 'co'])
const no = new Set(['no', 'n', 'false', '0', 'không', 'khong'])
function yesNo(value: RawValue): boolean | null {
	const text = asText(value).toLowerCase()
	return yes.has(text) ? true : no.has(text) ? false : null
}

// YYYY-MM-DD, or DD/MM/YYYY as Vietnamese spreadsheets write dates; the day must exist.
function isoDate(value: RawValue): string | null {
	return parseDateText(asText(value))
}

// ───────────────────────────── references ─────────────────────────────

type Lookups = {
	fields: Map<string, string>
	communes: Map<string, string>
	organizations: Map<string, string>
	existing: Map<string, { id: string; type: ListingType; organizationId: string | null }>
}

const taxCodeOf = (reference: string) => {
	const code = normaliseTaxCode(reference)
	return /^(\d{10}|\d{13})$/.test(code) ? code : null
}

async function inChunks<T>(values: string[], read: (chunk: string[]) => Promise<T[]>) {
	const result: T[] = []
	for (let i = 0; i < values.length; i += 5000) result.push(...(await read(values.slice(i, i + 5000))))
	return result
}

// Everything the rows refer to, read at once (not row by row).
async function loadLookups(rows: Pick<RawRow, 'values'>[]): Promise<Lookups> {
	const references = new Set<string>()
	const externalIds = new Set<string>()
	for (const { values } of rows) {
		const organization = asText(values.organization)
		if (organization) references.add(organization)
		const externalId = asText(values.externalId)
		if (externalId) externalIds.add(externalId)
		for (const id of asList(values.linkedPatents)) externalIds.add(id)
	}
	const slugs = [...references].map((reference) => reference.toLowerCase())
	const taxCodes = [...references].map(taxCodeOf).filter((code): code is string => code !== null)
	const [fields, communes, organizations, existing] = await Promise.all([
		prisma.field.findMany({ where: { active: true }, select: { id: true, slug: true } }),
		prisma.commune.findMany({ select: { id: true, code: true } }),
		inChunks([...slugs, ...taxCodes], (chunk) =>
			prisma.organization.findMany({ where: { deletedAt: null, OR: [{ slug: { in: chunk } }, { taxCode: { in: chunk } }] }, select: { id: true, slug: true, taxCode: true } }),
		),
		inChunks([...externalIds], (chunk) =>
			prisma.listing.findMany({ where: { externalId: { in: chunk } }, select: { id: true, type: true, organizationId: true, externalId: true } }),
		),
	])
	const organizationMap = new Map<string, string>()
	for (const organization of organizations) {
		organizationMap.set(organization.slug, organization.id)
		if (organization.taxCode) organizationMap.set(organization.taxCode, organization.id)
	}
	return {
		fields: new Map(fields.map((field) => [field.slug, field.id])),
		communes: new Map(communes.map((commune) => [commune.code, commune.id])),
		organizations: organizationMap,
		existing: new Map(existing.map(({ externalId, ...listing }) => [externalId!, listing])),
	}
}

function organizationOf(lookups: Lookups, reference: string) {
	const taxCode = taxCodeOf(reference)
	return (taxCode ? lookups.organizations.get(taxCode) : undefined) ?? lookups.organizations.get(reference.toLowerCase()) ?? null
}

// ───────────────────────────── checking rows ─────────────────────────────

export type CheckedRow = {
	row: number
	externalId: string | null
	status: ImportStatus | null
	organizationId: string
	input: ListingInput
	fieldIds: string[]
	communeId: string | null
	linkedPatents: string[]
	existing: { id: string; type: ListingType } | null
}

type CheckOptions = {
	// 'lookups': linked patents must exist already or be valid PATENT rows earlier in the
	// file (before writing). 'transaction': they are looked up while writing, when the
	// earlier rows have been written.
	patents: 'lookups' | 'transaction'
}

// Checks rows as the listing form would be checked, plus what only an import has
// (type, externalId, status, organisation by slug or tax code). Every problem of every
// row is reported, each on its column.
function checkRows(rows: RawRow[], lookups: Lookups, options: CheckOptions) {
	const valid: CheckedRow[] = []
	const issues: ImportIssue[] = []
	const badRows = new Set<number>()
	const firstRowOf = new Map<string, number>()
	const patentsInFile = new Map<string, string>()
	for (const raw of rows) {
		const { row, values } = raw
		const found: ImportIssue[] = [...raw.issues]
		const add = (field: string | null, message: string, params?: ImportIssue['params'], value?: string) =>
			found.push({ row, field, message, ...(params ? { params } : {}), ...(value ? { value } : {}) })
		const report = () => {
			issues.push(...found)
			badRows.add(row)
		}

		const typeText = asText(values.type).toUpperCase()
		const type = listingTypes.find((t) => t === typeText)
		if (!type) {
			add('type', typeText ? 'admin.import.errors.typeInvalid' : 'admin.import.errors.typeRequired', { values: listingTypes.join(', ') }, typeText || undefined)
			report()
			continue
		}
		const columns = contentColumns[type]
		const allowed = new Set([...metaColumns, ...columns].map((column) => column.name))
		for (const [name, value] of Object.entries(values)) {
			if (!allowed.has(name) && !isEmpty(value)) add(name, 'admin.import.errors.notForType', { type }, preview(value))
		}

		const externalId = asText(values.externalId) || null
		if (externalId) {
			if (externalId.length > MAX_EXTERNAL_ID || /[\u0000-\u001f\u007f]/.test(externalId)) add('externalId', 'admin.import.errors.externalIdInvalid', { max: MAX_EXTERNAL_ID }, preview(externalId))
			const first = firstRowOf.get(externalId)
			if (first !== undefined) add('externalId', 'admin.import.errors.externalIdDuplicate', { row: first }, externalId)
			else firstRowOf.set(externalId, row)
		}
		const statusText = asText(values.status).toUpperCase()
		const status = IMPORT_STATUSES.find((s) => s === statusText) ?? null
		if (statusText && !status) add('status', 'admin.import.errors.statusInvalid', { values: IMPORT_STATUSES.join(', ') }, statusText)

		const reference = asText(values.organization)
		const organizationId = reference ? organizationOf(lookups, reference) : null
		if (!reference) add('organization', 'admin.import.errors.organizationRequired')
		else if (!organizationId) add('organization', 'admin.import.errors.organizationNotFound', undefined, reference)

		const existing = externalId ? (lookups.existing.get(externalId) ?? null) : null
		if (existing && existing.type !== type) add('type', 'admin.import.errors.typeMismatch', { type: existing.type }, type)

		// The values as the listing form posts them, for the form's own schema.
		const form: Record<string, unknown> = { type, organizationId: organizationId ?? 'unknown' }
		let linkedPatents: string[] = []
		let slugs: string[] = []
		for (const column of columns) {
			const value = values[column.name]
			if (value === undefined || isEmpty(value)) continue
			const key = column.formKey ?? column.name
			switch (column.kind) {
				case 'text':
				case 'number':
				case 'amount':
					if (Array.isArray(value)) add(column.name, 'admin.import.errors.valueType')
					else form[key] = value
					break
				case 'choice': {
					const choice = asText(value).toUpperCase()
					if (column.values!.includes(choice)) form[key] = choice
					else add(column.name, 'admin.import.errors.choiceInvalid', { values: column.values!.join(', ') }, preview(value))
					break
				}
				case 'choices': {
					const choices = asList(value).map((item) => item.toUpperCase())
					const wrong = choices.filter((choice) => !column.values!.includes(choice))
					if (wrong.length) add(column.name, 'admin.import.errors.choiceInvalid', { values: column.values!.join(', ') }, wrong.join(', '))
					else form[key] = [...new Set(choices)]
					break
				}
				case 'fields': {
					slugs = [...new Set(asList(value).map((item) => item.toLowerCase()))]
					const unknown = slugs.filter((slug) => !lookups.fields.has(slug))
					if (unknown.length) add(column.name, 'admin.import.errors.fieldUnknown', undefined, unknown.join(', '))
					form[key] = slugs
					break
				}
				case 'lines':
					form[key] = asList(value).join('\n')
					break
				case 'commaList':
					form[key] = asList(value).join(', ')
					break
				case 'yesNo': {
					const answer = yesNo(value)
					if (answer === null) add(column.name, 'admin.import.errors.yesNoInvalid', undefined, preview(value))
					else if (answer) form[key] = 'on'
					break
				}
				case 'date': {
					const date = isoDate(value)
					if (date === null) add(column.name, 'admin.import.errors.dateInvalid', undefined, preview(value))
					else form[key] = date
					break
				}
				case 'externalIds':
					linkedPatents = [...new Set(asList(value))]
					if (linkedPatents.length > MAX_LINKED_PATENTS) add(column.name, 'validation.listing.tooManyItems')
					break
			}
		}

		const parsed = listingSchemas[type].safeParse(form)
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const key = String(issue.path[0] ?? '')
				const field = columns.find((column) => (column.formKey ?? column.name) === key)?.name ?? (key === 'organizationId' ? 'organization' : key || null)
				// One message per column: a value already refused above is not reported twice.
				if (found.some((f) => f.field === field)) continue
				const message = issue.message.startsWith('validation.') ? issue.message : 'admin.import.errors.invalidValue'
				add(field, message, undefined, field ? preview(values[field]) || undefined : undefined)
			}
		}

		let communeId: string | null = null
		const communeCode = asText(values.communeCode)
		if (communeCode) {
			communeId = lookups.communes.get(communeCode) ?? null
			if (!communeId) add('communeCode', 'admin.import.errors.communeUnknown', undefined, communeCode)
		}
		if (options.patents === 'lookups' && organizationId) {
			for (const id of linkedPatents) {
				const stored = lookups.existing.get(id)
				const known = (stored?.type === 'PATENT' && stored.organizationId === organizationId) || patentsInFile.get(id) === organizationId
				if (!known) add('linkedPatents', 'admin.import.errors.patentNotFound', undefined, id)
			}
		}

		if (found.length > 0 || !parsed.success || !organizationId) {
			report()
			continue
		}
		if (type === 'PATENT' && externalId) patentsInFile.set(externalId, organizationId)
		valid.push({
			row,
			externalId,
			status,
			organizationId,
			input: parsed.data as ListingInput,
			fieldIds: slugs.map((slug) => lookups.fields.get(slug)!),
			communeId,
			linkedPatents,
			existing: existing ? { id: existing.id, type: existing.type } : null,
		})
	}
	return { valid, issues, badRows }
}

// Reads and checks a whole file. Writes nothing.
async function analyse(file: ImportFile) {
	const parsed = parseImportFile(file.name, file.bytes)
	const empty = { fileName: file.name, totalRows: 0, validRows: 0, toCreate: 0, toUpdate: 0, byType: {}, badRows: 0 }
	if (!parsed.ok) {
		const report: ImportReport = { ...empty, format: parsed.format, fatal: true, errors: [parsed.issue] }
		return { report, format: parsed.format, pending: [] as RawRow[] }
	}
	const lookups = await loadLookups(parsed.rows)
	const { valid, issues, badRows } = checkRows(parsed.rows, lookups, { patents: 'lookups' })
	const byType: ImportReport['byType'] = {}
	for (const row of valid) byType[row.input.type] = (byType[row.input.type] ?? 0) + 1
	const report: ImportReport = {
		...empty,
		format: parsed.format,
		totalRows: parsed.rows.length,
		validRows: valid.length,
		toCreate: valid.filter((row) => !row.existing).length,
		toUpdate: valid.filter((row) => row.existing).length,
		byType,
		fatal: false,
		errors: issues,
		badRows: badRows.size,
	}
	const validRows = new Set(valid.map((row) => row.row))
	return { report, format: parsed.format, pending: parsed.rows.filter((row) => validRows.has(row.row)) }
}

export async function dryRunImport(file: ImportFile): Promise<ImportReport> {
	return (await analyse(file)).report
}

// ───────────────────────────── real runs ─────────────────────────────

// Checks the file, then keeps its valid rows in a new run for `processImport`.
// Nothing is started when the file cannot be read or has no valid row.
export async function startImport(actorId: string, file: ImportFile, options: { publish: boolean; via: 'web' | 'cli' }, ctx: Ctx = {}) {
	const { report, format, pending } = await analyse(file)
	if (report.fatal || !format || pending.length === 0) return { ok: false as const, report }
	const token = randomUUID()
	const run = await prisma.$transaction(async (tx) => {
		const created = await tx.listingImport.create({
			data: {
				actorId,
				fileName: file.name.slice(0, 200),
				format,
				publish: options.publish,
				totalRows: report.totalRows,
				validRows: report.validRows,
				failedCount: report.badRows,
				errors: report.errors as unknown as Prisma.InputJsonArray,
				// The file itself (a few MB at most) rather than its rows as JSON: much cheaper to store.
				source: Uint8Array.from(file.bytes),
				pendingRows: pending.map(({ row }) => row),
				workerToken: token,
			},
			select: { id: true },
		})
		await audit(
			{
				action: 'listing.import',
				actorId,
				entityType: 'listingImport',
				entityId: created.id,
				metadata: { fileName: file.name.slice(0, 200), format, rows: report.totalRows, validRows: report.validRows, badRows: report.badRows, publish: options.publish, via: options.via },
				...ctx,
			},
			tx,
		)
		return created
	}, transactionOptions)
	return { ok: true as const, importId: run.id, token, report }
}

class LostClaim extends Error {}
class RowFailure extends Error {
	constructor(
		readonly field: string,
		readonly key: string,
		readonly params?: ImportIssue['params'],
	) {
		super(key)
	}
}

type Run = { id: string; actorId: string; publish: boolean }
type Written = { row: number; externalId: string | null; listingId: string; action: 'CREATED' | 'UPDATED' }

// Writes one checked row: updates the listing with its externalId, or creates one.
async function writeRow(tx: Prisma.TransactionClient, run: Run, row: CheckedRow, now: Date): Promise<Written> {
	const existing = row.externalId
		? await tx.listing.findUnique({ where: { externalId: row.externalId }, select: { id: true, type: true, publishedAt: true, status: true } })
		: null
	let patentIds: string[] = []
	if (row.linkedPatents.length) {
		const patents = await tx.listing.findMany({
			where: { externalId: { in: row.linkedPatents }, type: 'PATENT', organizationId: row.organizationId },
			select: { id: true },
		})
		if (patents.length !== row.linkedPatents.length) throw new RowFailure('linkedPatents', 'admin.import.errors.patentNotFound')
		patentIds = patents.map((patent) => patent.id)
	}
	const refs = { fieldIds: row.fieldIds, communeId: row.communeId, patentIds }
	// A row's own status wins; otherwise "publish" publishes, and a draft import leaves
	// an existing listing's status as it is.
	const target: ListingStatus | null = row.status ?? (run.publish ? 'PUBLISHED' : null)
	let listingId: string
	let status: ListingStatus
	if (existing) {
		if (existing.type !== row.input.type) throw new RowFailure('type', 'admin.import.errors.typeMismatch', { type: existing.type })
		listingId = existing.id
		await writeListingContent(tx, listingId, row.input, refs)
		status = target ?? existing.status
		if (target === 'PUBLISHED') {
			await tx.listing.update({ where: { id: listingId }, data: { status, publishedAt: existing.publishedAt ?? now, rejectionReason: null } })
		} else if (target === 'DRAFT') {
			await tx.listing.update({ where: { id: listingId }, data: { status } })
		}
		// The imported content replaces any edit still waiting for review.
		await tx.listingRevision.updateMany({ where: { listingId, status: { in: ['DRAFT', 'PENDING_REVIEW'] } }, data: { status: 'SUPERSEDED' } })
	} else {
		status = target ?? 'DRAFT'
		const created = await insertListing(tx, row.input, refs, {
			authorId: run.actorId,
			status,
			publishedAt: status === 'PUBLISHED' ? now : null,
			externalId: row.externalId,
		})
		listingId = created.id
	}
	// Files are approved with a listing's publication, never by re-importing a listing that
	// was already public (its owners' newer files still wait for a moderator).
	if (status === 'PUBLISHED' && existing?.status !== 'PUBLISHED') await approveListingFiles(tx, listingId)
	await tx.searchOutbox.create({ data: { entityType: 'listing', entityId: listingId } })
	return { row: row.row, externalId: row.externalId, listingId, action: existing ? 'UPDATED' : 'CREATED' }
}

// The run's progress, in the transaction that wrote the rows it counts. Fails (and so
// rolls the batch back) when another process has taken the run over.
async function recordProgress(tx: Prisma.TransactionClient, importId: string, token: string, progress: { processed: number; written: Written[]; failed: ImportIssue[]; failedRows: number }) {
	const { count } = await tx.listingImport.updateMany({
		where: { id: importId, workerToken: token, status: 'RUNNING' },
		data: {
			processedRows: { increment: progress.processed },
			createdCount: { increment: progress.written.filter((w) => w.action === 'CREATED').length },
			updatedCount: { increment: progress.written.filter((w) => w.action === 'UPDATED').length },
			failedCount: { increment: progress.failedRows },
			heartbeatAt: new Date(),
		},
	})
	if (!count) throw new LostClaim()
	if (progress.failed.length) {
		await tx.$executeRaw`UPDATE "ListingImport" SET "errors" = "errors" || ${JSON.stringify(progress.failed)}::jsonb WHERE "id" = ${importId}`
	}
	if (progress.written.length) {
		await tx.listingImportItem.createMany({ data: progress.written.map((w) => ({ importId, row: w.row, externalId: w.externalId, listingId: w.listingId, action: w.action })) })
	}
}

// A problem with the data of one row (a constraint, a vanished reference), as opposed
// to the database being unreachable, which stops the run (it can be resumed).
function isRowProblem(error: unknown) {
	return error instanceof RowFailure || error instanceof Prisma.PrismaClientKnownRequestError || error instanceof Prisma.PrismaClientValidationError
}

function failureIssue(row: number, error: unknown): ImportIssue {
	if (error instanceof RowFailure) return { row, field: error.field, message: error.key, ...(error.params ? { params: error.params } : {}) }
	return { row, field: null, message: 'admin.import.errors.writeFailed' }
}

async function writeBatch(run: Run, token: string, batch: RawRow[]) {
	const now = new Date()
	// Checked again against the database as it is now: references may have changed since the upload.
	const { valid, issues, badRows } = checkRows(batch, await loadLookups(batch), { patents: 'transaction' })
	try {
		await prisma.$transaction(async (tx) => {
			const written: Written[] = []
			for (const row of valid) written.push(await writeRow(tx, run, row, now))
			await recordProgress(tx, run.id, token, { processed: batch.length, written, failed: issues, failedRows: badRows.size })
		}, transactionOptions)
		return
	} catch (error) {
		if (error instanceof LostClaim || !isRowProblem(error)) throw error
	}
	// One row of the batch could not be written: write them one by one, in order, to
	// keep the others and report that one.
	const validByRow = new Map(valid.map((row) => [row.row, row]))
	for (const raw of batch) {
		const row = validByRow.get(raw.row)
		const rowIssues = issues.filter((issue) => issue.row === raw.row)
		try {
			await prisma.$transaction(async (tx) => {
				const written = row ? [await writeRow(tx, run, row, now)] : []
				await recordProgress(tx, run.id, token, { processed: 1, written, failed: rowIssues, failedRows: row ? 0 : 1 })
			}, transactionOptions)
		} catch (error) {
			if (error instanceof LostClaim || !isRowProblem(error)) throw error
			if (!(error instanceof RowFailure)) console.error(`import ${run.id}: row ${raw.row} could not be written`, error)
			await prisma.$transaction((tx) => recordProgress(tx, run.id, token, { processed: 1, written: [], failed: [failureIssue(raw.row, error)], failedRows: 1 }), transactionOptions)
		}
	}
}

export type ImportProgress = { processed: number; total: number; created: number; updated: number; failed: number }

// Writes the pending rows of a run, batch after batch, from where it stopped. The
// caller holds the run's token (from startImport or resumeImport).
export async function processImport(importId: string, token: string, options: { batchSize?: number; onProgress?: (progress: ImportProgress) => void } = {}) {
	const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE
	const run = await prisma.listingImport.findUnique({
		where: { id: importId },
		select: { id: true, actorId: true, publish: true, fileName: true, source: true, pendingRows: true, processedRows: true, workerToken: true, status: true },
	})
	if (!run || run.workerToken !== token || run.status !== 'RUNNING') return { ok: false as const }
	const report = async () => {
		if (!options.onProgress) return
		const now = await prisma.listingImport.findUniqueOrThrow({ where: { id: importId }, select: { processedRows: true, validRows: true, createdCount: true, updatedCount: true, failedCount: true } })
		options.onProgress({ processed: now.processedRows, total: now.validRows, created: now.createdCount, updated: now.updatedCount, failed: now.failedCount })
	}
	try {
		// The listings' author: the administrator who started the import.
		if (!run.actorId) throw new Error('the import has no author any more')
		// The file is read again exactly as it was checked; only its valid rows are written.
		const parsed = run.source ? parseImportFile(run.fileName, run.source) : null
		if (!parsed?.ok) throw new Error('the import has no readable file any more')
		const byRow = new Map(parsed.rows.map((row) => [row.row, row]))
		const rows = run.pendingRows.map((row) => byRow.get(row)).filter((row): row is RawRow => row !== undefined)
		await report()
		for (let start = run.processedRows; start < rows.length; start += batchSize) {
			const batch = rows.slice(start, start + batchSize).map((row) => ({ ...row, issues: [] }))
			await writeBatch({ id: run.id, actorId: run.actorId, publish: run.publish }, token, batch)
			await report()
		}
		const finished = await prisma.$transaction(async (tx) => {
			const { count } = await tx.listingImport.updateMany({
				where: { id: importId, workerToken: token, status: 'RUNNING' },
				data: { status: 'DONE', source: null, pendingRows: [], workerToken: null, finishedAt: new Date() },
			})
			if (!count) throw new LostClaim()
			const result = await tx.listingImport.findUniqueOrThrow({ where: { id: importId }, select: { createdCount: true, updatedCount: true, failedCount: true } })
			await audit({ action: 'listing.import.finish', actorId: run.actorId, entityType: 'listingImport', entityId: importId, metadata: { created: result.createdCount, updated: result.updatedCount, failed: result.failedCount } }, tx)
			return result
		})
		return { ok: true as const, ...finished }
	} catch (error) {
		if (error instanceof LostClaim) return { ok: false as const }
		await prisma.listingImport.updateMany({ where: { id: importId, workerToken: token }, data: { status: 'FAILED', workerToken: null } }).catch(() => {})
		throw error
	}
}

// For the web page: the run goes on after the response; the page shows its progress.
export function processImportInBackground(importId: string, token: string) {
	void processImport(importId, token).catch((error) => console.error(`import ${importId} stopped`, error))
}

export function isInterrupted(run: { status: string; heartbeatAt: Date }, now = Date.now()) {
	return run.status === 'FAILED' || (run.status === 'RUNNING' && now - run.heartbeatAt.getTime() > IMPORT_STALE_MS)
}

// Takes over a failed or interrupted run (never one whose writer is still alive);
// returns the token to continue it with, or null.
export async function resumeImport(actorId: string, importId: string, ctx: Ctx = {}) {
	const token = randomUUID()
	const { count } = await prisma.listingImport.updateMany({
		where: {
			id: importId,
			OR: [{ status: 'FAILED' }, { status: 'RUNNING', heartbeatAt: { lt: new Date(Date.now() - IMPORT_STALE_MS) } }],
		},
		data: { status: 'RUNNING', workerToken: token, heartbeatAt: new Date() },
	})
	if (!count) return null
	await audit({ action: 'listing.import.resume', actorId, entityType: 'listingImport', entityId: importId, ...ctx })
	return token
}

// ───────────────────────────── for the admin page ─────────────────────────────

const runSummary = {
	id: true,
	fileName: true,
	format: true,
	publish: true,
	status: true,
	totalRows: true,
	validRows: true,
	processedRows: true,
	createdCount: true,
	updatedCount: true,
	failedCount: true,
	heartbeatAt: true,
	createdAt: true,
	finishedAt: true,
	actor: { select: { name: true } },
} satisfies Prisma.ListingImportSelect

export async function listImports(take = 10) {
	const runs = await prisma.listingImport.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take, select: runSummary })
	return runs.map((run) => ({ ...run, interrupted: isInterrupted(run) }))
}

export async function importDetails(importId: string) {
	const run = await prisma.listingImport.findUnique({ where: { id: importId }, select: { ...runSummary, errors: true } })
	if (!run) return null
	const { errors, ...rest } = run
	const items = await prisma.listingImportItem.findMany({
		where: { importId },
		orderBy: { row: 'asc' },
		take: 200,
		select: { row: true, externalId: true, action: true, listing: { select: { id: true, type: true, slug: true, title: true, status: true } } },
	})
	return { ...rest, interrupted: isInterrupted(run), issues: issuesForDisplay(errors as unknown as ImportIssue[]), items }
}

// Admins look a listing up by the identifier its source system gave it.
export async function findByExternalId(externalId: string) {
	return prisma.listing.findUnique({
		where: { externalId },
		select: { id: true, type: true, slug: true, title: true, status: true, externalId: true, updatedAt: true, organization: { select: { name: true, slug: true } } },
	})
}
