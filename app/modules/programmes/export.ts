// The officer's table of applications as CSV for spreadsheets: UTF-8 with a byte-order
// mark (so Excel shows Vietnamese correctly), headers in the officer's language,
// amounts as plain digits, times in Viet Nam time.
import { stringify } from 'csv-stringify/sync'
import type { TFunction } from 'i18next'
import { toLocalDateTimeInput } from './deadline'

export type ApplicationRow = {
	referenceNumber: string
	organization: string
	projectTitle: string
	status: string
	eligible: boolean | null
	requestedAmountVnd: bigint | number | null
	submittedAt: Date | null
	reviewsDone: number
	reviewsAssigned: number
	averageScore: number | null
	disagreement: boolean
	decision: string | null
	awardedAmountVnd: bigint | number | null
}

const columns = [
	'referenceNumber',
	'organization',
	'projectTitle',
	'status',
	'eligible',
	'requestedAmountVnd',
	'submittedAt',
	'reviews',
	'averageScore',
	'disagreement',
	'decision',
	'awardedAmountVnd',
] as const

// Cells that a spreadsheet would run as a formula are prefixed (CSV injection).
function safe(value: string) {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

export function applicationsCsv(rows: ApplicationRow[], t: TFunction) {
	const yesNo = (value: boolean | null) => (value === null ? '' : t(value ? 'programmes.export.yes' : 'programmes.export.no'))
	const body = rows.map((row) => [
		row.referenceNumber,
		safe(row.organization),
		safe(row.projectTitle),
		t(`applicationStatus.${row.status}`),
		yesNo(row.eligible),
		row.requestedAmountVnd === null ? '' : String(row.requestedAmountVnd),
		row.submittedAt ? toLocalDateTimeInput(row.submittedAt).replace('T', ' ') : '',
		`${row.reviewsDone}/${row.reviewsAssigned}`,
		row.averageScore === null ? '' : row.averageScore.toFixed(2),
		yesNo(row.disagreement),
		row.decision ? t(`applicationStatus.${row.decision}`) : '',
		row.awardedAmountVnd === null ? '' : String(row.awardedAmountVnd),
	])
	return `\uFEFF${stringify([columns.map((column) => t(`programmes.export.columns.${column}`)), ...body], { record_delimiter: '\r\n' })}`
}
