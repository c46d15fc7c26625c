// The communes file an administrator imports (format in docs/communes-import.md):
// UTF-8 CSV, a header row naming the columns code, name, kind (in any order), one
// commune per row. Pure: nothing here touches the database.
import { CsvError, parse } from 'csv-parse/sync'
import type { CommuneKind } from '~/generated/prisma/enums'

export const COMMUNES_MAX_BYTES = 1024 * 1024
export const COMMUNES_MAX_ROWS = 5000

export type CommuneRow = { code: string; name: string; kind: CommuneKind }
export type CommuneIssue = { line: number | null; field: 'code' | 'name' | 'kind' | null; message: string; value?: string }
export type ParsedCommunes = { rows: CommuneRow[]; issues: CommuneIssue[] }

const columnNames: Record<string, keyof CommuneRow> = { code: 'code', ma: 'code', name: 'name', ten: 'name', kind: 'kind', loai: 'kind' }

// Letters without diacritics, lower case: "Đặc khu" → "dac khu".
function plain(value: string) {
	return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim().replace(/\s+/g, ' ')
}

const kinds: Record<string, CommuneKind> = {
	xa: 'COMMUNE',
	commune: 'COMMUNE',
	phuong: 'WARD',
	ward: 'WARD',
	'dac khu': 'SPECIAL_ZONE',
	special_zone: 'SPECIAL_ZONE',
	'special zone': 'SPECIAL_ZONE',
}

export function communeKindOf(value: string): CommuneKind | null {
	return kinds[plain(value)] ?? null
}

const codePattern = /^[A-Za-z0-9_-]{1,20}$/

function delimiterOf(text: string) {
	const header = text.slice(0, text.search(/\r?\n|$/))
	return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ','
}

function decode(bytes: Uint8Array): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
	} catch {
		return null
	}
}

// Every problem of the file is reported (not only the first), each with its line.
export function parseCommunesCsv(bytes: Uint8Array): ParsedCommunes {
	const fileIssue = (message: string, value?: string): ParsedCommunes => ({ rows: [], issues: [{ line: null, field: null, message, ...(value ? { value } : {}) }] })
	if (bytes.byteLength === 0) return fileIssue('communeImport.errors.empty')
	if (bytes.byteLength > COMMUNES_MAX_BYTES) return fileIssue('communeImport.errors.tooLarge')
	const decoded = decode(bytes)
	if (decoded === null) return fileIssue('communeImport.errors.encoding')
	const text = decoded.replace(/^\uFEFF/, '').normalize('NFC')
	if (text.trim() === '') return fileIssue('communeImport.errors.empty')
	let records: { record: string[]; info: { lines: number } }[]
	try {
		records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records
	} catch (error) {
		if (error instanceof CsvError) return fileIssue('communeImport.errors.csvInvalid', String((error as CsvError & { lines?: number }).lines ?? '?'))
		throw error
	}
	const [header, ...body] = records
	const columns = header.record.map((cell) => columnNames[plain(cell)] ?? null)
	const missing = (['code', 'name', 'kind'] as const).filter((column) => !columns.includes(column))
	if (missing.length) return fileIssue('communeImport.errors.header', missing.join(', '))
	if (body.length === 0) return fileIssue('communeImport.errors.noRows')
	if (body.length > COMMUNES_MAX_ROWS) return fileIssue('communeImport.errors.tooManyRows', String(COMMUNES_MAX_ROWS))

	const rows: CommuneRow[] = []
	const issues: CommuneIssue[] = []
	const seen = new Map<string, number>()
	for (const { record, info } of body) {
		const line = info.lines
		const cell = (column: keyof CommuneRow) => (record[columns.indexOf(column)] ?? '').trim().replace(/\s+/g, ' ')
		const code = cell('code')
		const name = cell('name')
		const kindText = cell('kind')
		const before = issues.length
		if (!code) issues.push({ line, field: 'code', message: 'communeImport.errors.codeRequired' })
		else if (!codePattern.test(code)) issues.push({ line, field: 'code', message: 'communeImport.errors.codeInvalid', value: code })
		else if (seen.has(code.toUpperCase())) issues.push({ line, field: 'code', message: 'communeImport.errors.codeDuplicate', value: code })
		if (name.length < 2) issues.push({ line, field: 'name', message: 'communeImport.errors.nameRequired', ...(name ? { value: name } : {}) })
		else if (name.length > 100) issues.push({ line, field: 'name', message: 'communeImport.errors.nameTooLong' })
		const kind = communeKindOf(kindText)
		if (!kind) issues.push({ line, field: 'kind', message: kindText ? 'communeImport.errors.kindInvalid' : 'communeImport.errors.kindRequired', ...(kindText ? { value: kindText } : {}) })
		if (code && codePattern.test(code) && !seen.has(code.toUpperCase())) seen.set(code.toUpperCase(), line)
		if (issues.length === before && kind) rows.push({ code, name, kind })
	}
	return { rows, issues }
}
