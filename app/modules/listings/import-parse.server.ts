// Reads an import file (CSV or JSON, UTF-8) into rows of raw values keyed by the
// canonical column names. Nothing here knows listing rules: see import.server.ts.
import { CsvError, parse } from 'csv-parse/sync'
import { canonicalColumn, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type ImportIssue } from './import-format'

// A cell as read: text, or a list (a JSON array). Every text is in Unicode NFC, so
// Vietnamese typed with combining marks is stored like the same text typed precomposed.
export type RawValue = string | string[]
export type RawRow = { row: number; values: Record<string, RawValue>; issues: ImportIssue[] }
export type ParsedFile =
	| { ok: true; format: 'CSV' | 'JSON'; rows: RawRow[] }
	| { ok: false; format: 'CSV' | 'JSON' | null; issue: ImportIssue }

const fileIssue = (message: string, params?: ImportIssue['params']): ImportIssue => ({ row: null, field: null, message, ...(params ? { params } : {}) })

export function detectFormat(fileName: string, text: string): 'CSV' | 'JSON' | null {
	const extension = fileName.toLowerCase().match(/\.([a-z]+)$/)?.[1]
	if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'CSV'
	if (extension === 'json') return 'JSON'
	const first = text.trimStart()[0]
	if (first === '[' || first === '{') return 'JSON'
	return extension ? null : 'CSV'
}

function decode(bytes: Uint8Array): string | null {
	// UTF-16 (Excel's "Unicode text") starts with a byte-order mark; refuse it clearly.
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null
	try {
		// `fatal`: bytes that are not UTF-8 (e.g. Windows-1258) are an error, not silently replaced.
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
	} catch {
		return null
	}
}

export function parseImportFile(fileName: string, bytes: Uint8Array): ParsedFile {
	if (bytes.byteLength === 0) return { ok: false, format: null, issue: fileIssue('admin.import.errors.fileEmpty') }
	if (bytes.byteLength > IMPORT_MAX_BYTES) return { ok: false, format: null, issue: fileIssue('admin.import.errors.fileTooLarge', { limit: '10 MB' }) }
	const text = decode(bytes)
	if (text === null) return { ok: false, format: null, issue: fileIssue('admin.import.errors.encoding') }
	const format = detectFormat(fileName, text)
	if (!format) return { ok: false, format: null, issue: fileIssue('admin.import.errors.formatUnknown') }
	if (text.trim() === '') return { ok: false, format, issue: fileIssue('admin.import.errors.fileEmpty') }
	const parsed = format === 'CSV' ? parseCsv(text) : parseJson(text)
	if (!parsed.ok) return { ok: false, format, issue: parsed.issue }
	if (parsed.rows.length === 0) return { ok: false, format, issue: fileIssue('admin.import.errors.noRows') }
	if (parsed.rows.length > IMPORT_MAX_ROWS) {
		return { ok: false, format, issue: fileIssue('admin.import.errors.tooManyRows', { count: parsed.rows.length, max: IMPORT_MAX_ROWS }) }
	}
	return { ok: true, format, rows: parsed.rows }
}

const nfc = (value: string) => value.normalize('NFC')

// The delimiter is read from the header line: a comma, or the semicolon that Excel
// uses for CSV where the decimal separator is a comma (as in Vietnamese settings), or a tab.
function delimiterOf(text: string) {
	const header = text.slice(0, text.search(/\r?\n|$/))
	const [best, count] = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const).sort((a, b) => b[1] - a[1])[0]
	return count > 0 ? best : ','
}

function parseCsv(text: string): { ok: true; rows: RawRow[] } | { ok: false; issue: ImportIssue } {
	let records: string[][]
	try {
		records = parse(text, { bom: true, delimiter: delimiterOf(text.replace(/^\uFEFF/, '')), relax_column_count: true, skip_empty_lines: false, trim: false })
	} catch (error) {
		if (error instanceof CsvError) {
			// `records` were read whole before the problem (the header is the first): the bad one is the next row.
			const { lines, records: read } = error as CsvError & { lines?: number; records?: number }
			return { ok: false, issue: fileIssue('admin.import.errors.csvInvalid', { row: (read ?? 0) + 1, line: lines ?? '?' }) }
		}
		throw error
	}
	const [header, ...body] = records
	if (!header || header.every((cell) => cell.trim() === '')) return { ok: false, issue: fileIssue('admin.import.errors.noRows') }
	const columns: string[] = []
	for (const cell of header) {
		const name = canonicalColumn(cell)
		if (!name) return { ok: false, issue: fileIssue('admin.import.errors.columnUnknown', { column: cell.trim() }) }
		if (columns.includes(name)) return { ok: false, issue: fileIssue('admin.import.errors.columnDuplicate', { column: name }) }
		columns.push(name)
	}
	if (!columns.includes('type')) return { ok: false, issue: fileIssue('admin.import.errors.typeColumnMissing') }
	const rows: RawRow[] = []
	body.forEach((cells, index) => {
		// Row numbers are the spreadsheet's: the header is row 1. Empty rows are skipped but counted.
		const row = index + 2
		if (cells.every((cell) => cell.trim() === '')) return
		const issues: ImportIssue[] = []
		if (cells.length !== columns.length) {
			issues.push({ row, field: null, message: 'admin.import.errors.columnCount', params: { found: cells.length, expected: columns.length } })
		}
		const values: Record<string, RawValue> = {}
		columns.forEach((name, i) => {
			if (cells[i] !== undefined) values[name] = nfc(cells[i])
		})
		rows.push({ row, values, issues })
	})
	return { ok: true, rows }
}

function parseJson(text: string): { ok: true; rows: RawRow[] } | { ok: false; issue: ImportIssue } {
	let document: unknown
	try {
		document = JSON.parse(text.replace(/^\uFEFF/, ''))
	} catch (error) {
		const position = error instanceof Error ? error.message.match(/position (\d+)/)?.[1] : undefined
		return { ok: false, issue: fileIssue('admin.import.errors.jsonInvalid', { position: position ?? '?' }) }
	}
	const items = Array.isArray(document)
		? document
		: document && typeof document === 'object' && Array.isArray((document as { listings?: unknown }).listings)
			? (document as { listings: unknown[] }).listings
			: null
	if (!items) return { ok: false, issue: fileIssue('admin.import.errors.jsonShape') }
	const rows: RawRow[] = items.map((item, index) => {
		// Row numbers count the listings of the array from 1.
		const row = index + 1
		const issues: ImportIssue[] = []
		const values: Record<string, RawValue> = {}
		if (!item || typeof item !== 'object' || Array.isArray(item)) {
			issues.push({ row, field: null, message: 'admin.import.errors.jsonRowShape' })
			return { row, values, issues }
		}
		for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
			const name = canonicalColumn(key)
			if (!name) {
				issues.push({ row, field: key, message: 'admin.import.errors.columnUnknown', params: { column: key } })
				continue
			}
			const read = jsonValue(value)
			if (read === undefined) issues.push({ row, field: name, message: 'admin.import.errors.valueType' })
			else values[name] = read
		}
		return { row, values, issues }
	})
	return { ok: true, rows }
}

function jsonValue(value: unknown): RawValue | undefined {
	if (value === null) return ''
	if (typeof value === 'string') return nfc(value)
	if (typeof value === 'number' && Number.isFinite(value)) return String(value)
	if (typeof value === 'boolean') return value ? 'true' : 'false'
	if (Array.isArray(value)) {
		const items: string[] = []
		for (const item of value) {
			if (typeof item === 'string') items.push(nfc(item))
			else if (typeof item === 'number' && Number.isFinite(item)) items.push(String(item))
			else return undefined
		}
		return items
	}
	return undefined
}
