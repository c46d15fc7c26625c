// The bulk-import format (docs/import.md): which columns (CSV) or keys (JSON) each
// listing type has, how each is read, and the limits of one file. Values are turned
// into what the listing form posts, then checked by the same zod schemas as the form.
import type { ListingType } from '~/generated/prisma/enums'
import {
	academicTitles,
	commercialisationStatuses,
	degrees,
	incubatorServices,
	ipStatuses,
	patentKinds,
	patentLegalStatuses,
	startupNeeds,
	startupStages,
	transferModes,
} from './schemas'

export const IMPORT_MAX_BYTES = 10 * 1024 * 1024
export const IMPORT_MAX_ROWS = 20_000
export const IMPORT_BATCH_SIZE = 100
// Items of a list in one CSV cell (or in a JSON string) are separated by this.
export const IMPORT_LIST_SEPARATOR = '|'
export const IMPORT_STATUSES = ['DRAFT', 'PUBLISHED'] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]

// How a cell is read:
// text: as written (empty = not given) · number: digits · amount: VND ("1.500.000" = 1500000)
// choice / choices: one / a list of the allowed codes (case-insensitive)
// fields: a list of field-of-technology slugs · lines / commaList: a list of free texts
// yesNo: yes/no · date: YYYY-MM-DD or DD/MM/YYYY · externalIds: a list of other rows' external IDs
export type ColumnKind = 'text' | 'number' | 'amount' | 'choice' | 'choices' | 'fields' | 'lines' | 'commaList' | 'yesNo' | 'date' | 'externalIds'

export type ImportColumn = {
	name: string
	kind: ColumnKind
	required?: boolean
	values?: readonly string[]
	// The key of the listing form (and its zod schema) the column fills, when it differs.
	formKey?: string
}

// Columns every row has, whatever its type; they are not listing content.
export const metaColumns: ImportColumn[] = [
	{ name: 'type', kind: 'choice', required: true },
	{ name: 'externalId', kind: 'text' },
	{ name: 'status', kind: 'choice', values: IMPORT_STATUSES },
	{ name: 'organization', kind: 'text', required: true, formKey: 'organizationId' },
]

const common: ImportColumn[] = [
	{ name: 'title', kind: 'text', required: true },
	{ name: 'summary', kind: 'text', required: true },
	{ name: 'description', kind: 'text' },
	{ name: 'fields', kind: 'fields', required: true },
	{ name: 'keywords', kind: 'commaList' },
	{ name: 'communeCode', kind: 'text' },
]

export const contentColumns: Record<ListingType, ImportColumn[]> = {
	TECHNOLOGY_OFFER: [
		...common,
		{ name: 'trl', kind: 'number' },
		{ name: 'transferModes', kind: 'choices', values: transferModes },
		{ name: 'priceVnd', kind: 'amount' },
		{ name: 'ipStatus', kind: 'choice', values: ipStatuses },
		{ name: 'applications', kind: 'text' },
		{ name: 'buyerRequirements', kind: 'text' },
		{ name: 'confidentialDetails', kind: 'text' },
		{ name: 'confidentialityTerms', kind: 'text' },
		{ name: 'linkedPatents', kind: 'externalIds', formKey: 'linkedPatentIds' },
	],
	PATENT: [
		...common,
		{ name: 'kind', kind: 'choice', values: patentKinds, required: true },
		{ name: 'applicationNumber', kind: 'text' },
		{ name: 'applicationDate', kind: 'date' },
		{ name: 'grantNumber', kind: 'text' },
		{ name: 'grantDate', kind: 'date' },
		{ name: 'ipcClasses', kind: 'commaList' },
		{ name: 'inventors', kind: 'lines' },
		{ name: 'owners', kind: 'lines' },
		{ name: 'legalStatus', kind: 'choice', values: patentLegalStatuses },
		{ name: 'abstract', kind: 'text' },
		{ name: 'claimsSummary', kind: 'text' },
		{ name: 'commercialisationStatus', kind: 'choice', values: commercialisationStatuses },
	],
	TECHNOLOGY_REQUEST: [
		...common,
		{ name: 'problem', kind: 'text' },
		{ name: 'requiredCapability', kind: 'text' },
		{ name: 'budgetMinVnd', kind: 'amount' },
		{ name: 'budgetMaxVnd', kind: 'amount' },
		{ name: 'deadline', kind: 'date' },
		{ name: 'preferredTransferModes', kind: 'choices', values: transferModes },
		{ name: 'isCommissioned', kind: 'yesNo' },
	],
	EXPERT: [
		...common,
		{ name: 'academicTitle', kind: 'choice', values: academicTitles },
		{ name: 'degree', kind: 'choice', values: degrees },
		{ name: 'position', kind: 'text' },
		{ name: 'affiliation', kind: 'text' },
		{ name: 'specialities', kind: 'lines' },
		{ name: 'projects', kind: 'text' },
		{ name: 'publications', kind: 'text' },
		{ name: 'languages', kind: 'commaList' },
		{ name: 'availableForConsulting', kind: 'yesNo' },
		{ name: 'contactEmail', kind: 'text' },
		{ name: 'contactPhone', kind: 'text' },
	],
	INCUBATOR: [
		...common,
		{ name: 'services', kind: 'choices', values: incubatorServices },
		{ name: 'capacity', kind: 'number' },
		{ name: 'alumniCount', kind: 'number' },
		{ name: 'alumniStartups', kind: 'text' },
		{ name: 'isAccelerator', kind: 'yesNo' },
	],
	STARTUP: [
		...common,
		{ name: 'stage', kind: 'choice', values: startupStages, required: true },
		{ name: 'foundedOn', kind: 'date' },
		{ name: 'teamSize', kind: 'number' },
		{ name: 'seeks', kind: 'choices', values: startupNeeds },
	],
}

// Every column name any row may have, in the order a template lists them.
export const allColumnNames: string[] = [
	...new Set([...metaColumns.map((c) => c.name), ...Object.values(contentColumns).flatMap((columns) => columns.map((c) => c.name))]),
]

const byLowerCase = new Map(allColumnNames.map((name) => [name.toLowerCase(), name]))

// The canonical name of a column or key; names are matched case-insensitively.
export function canonicalColumn(name: string): string | null {
	return byLowerCase.get(name.trim().toLowerCase()) ?? null
}

// One problem found in a file: `row` null = the whole file; `field` null = the whole row.
// `message` is a translation key; `params` fill it in.
export type ImportIssue = {
	row: number | null
	field: string | null
	message: string
	params?: Record<string, string | number>
	value?: string
}

export type ImportReport = {
	fileName: string
	format: 'CSV' | 'JSON' | null
	totalRows: number
	validRows: number
	toCreate: number
	toUpdate: number
	byType: Partial<Record<ListingType, number>>
	// Problems with the file itself; when there is one, no row could be read.
	fatal: boolean
	errors: ImportIssue[]
	badRows: number
}

// Row numbers as short ranges: [2, 3, 4, 9] -> "2–4, 9".
export function rowRanges(rows: number[]) {
	const sorted = [...new Set(rows)].sort((a, b) => a - b)
	const parts: string[] = []
	for (let i = 0; i < sorted.length; i++) {
		const start = sorted[i]
		while (i + 1 < sorted.length && sorted[i + 1] === sorted[i] + 1) i++
		parts.push(start === sorted[i] ? String(start) : `${start}–${sorted[i]}`)
	}
	return parts.join(', ')
}

// The same problem on many rows, counted once: what to fix first in a large file.
export function summariseIssues(issues: ImportIssue[]) {
	const groups = new Map<string, { field: string | null; message: string; params?: ImportIssue['params']; rows: number[]; count: number }>()
	for (const issue of issues) {
		if (issue.row === null) continue
		const key = `${issue.field} ${issue.message} ${JSON.stringify(issue.params ?? {})}`
		const group = groups.get(key) ?? { field: issue.field, message: issue.message, params: issue.params, rows: [], count: 0 }
		group.rows.push(issue.row)
		group.count++
		groups.set(key, group)
	}
	return [...groups.values()].sort((a, b) => b.count - a.count).map(({ rows, ...group }) => ({ ...group, rows: rowRanges(rows) }))
}

export const IMPORT_ISSUES_SHOWN = 1000

// What a page shows of a long list of problems: the first ones in full, and every
// one counted in the summary.
export function issuesForDisplay(issues: ImportIssue[]) {
	return {
		fileIssues: issues.filter((issue) => issue.row === null),
		shown: issues.filter((issue) => issue.row !== null).slice(0, IMPORT_ISSUES_SHOWN),
		total: issues.filter((issue) => issue.row !== null).length,
		summary: summariseIssues(issues),
	}
}
