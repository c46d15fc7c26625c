// The audit-log viewer's filters, read from the URL (a GET form: a filtered view is a
// link). Dates are days in Viet Nam time (UTC+7, no daylight saving), typed
// dd/mm/yyyy or given by a date input (yyyy-mm-dd); "to" includes its whole day.
export type AuditFilterInput = { actor: string; action: string; entityType: string; entityId: string; from: string; to: string }
export type AuditFilters = {
	actor: string | null
	action: string | null
	entityType: string | null
	entityId: string | null
	from: Date | null
	// Exclusive: the start of the day after the typed one.
	before: Date | null
}
export type AuditFilterErrors = Partial<Record<keyof AuditFilterInput, string>>

const vietnamOffsetMs = 7 * 60 * 60 * 1000
const dayMs = 24 * 60 * 60 * 1000

// The instant a day starts in Viet Nam, or null if the text is not a real date.
export function parseVietnamDay(value: string): Date | null {
	const text = value.trim()
	const match = text.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/) ?? text.match(/^(\d{4})-(\d{2})-(\d{2})$/)
	if (!match) return null
	const [day, month, year] = text.includes('/') || /^\d{1,2}[.-]/.test(text) ? [match[1], match[2], match[3]].map(Number) : [match[3], match[2], match[1]].map(Number)
	if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1) return null
	const utc = Date.UTC(year, month - 1, day)
	if (new Date(utc).getUTCDate() !== day) return null
	return new Date(utc - vietnamOffsetMs)
}

const clean = (value: string | null, max: number) => (value ?? '').trim().slice(0, max)

export function readAuditFilters(params: URLSearchParams): { input: AuditFilterInput; filters: AuditFilters; errors: AuditFilterErrors } {
	const input: AuditFilterInput = {
		actor: clean(params.get('actor'), 200),
		action: clean(params.get('action'), 100),
		entityType: clean(params.get('entityType'), 50),
		entityId: clean(params.get('entityId'), 100),
		from: clean(params.get('from'), 20),
		to: clean(params.get('to'), 20),
	}
	const errors: AuditFilterErrors = {}
	const from = input.from ? parseVietnamDay(input.from) : null
	const to = input.to ? parseVietnamDay(input.to) : null
	if (input.from && !from) errors.from = 'auditLog.errors.dateInvalid'
	if (input.to && !to) errors.to = 'auditLog.errors.dateInvalid'
	if (from && to && to < from) errors.to = 'auditLog.errors.rangeInvalid'
	if (input.action && !/^[a-zA-Z_.]+$/.test(input.action)) errors.action = 'auditLog.errors.actionInvalid'
	const filters: AuditFilters = {
		actor: input.actor || null,
		action: errors.action ? null : input.action || null,
		entityType: input.entityType || null,
		entityId: input.entityId || null,
		from: errors.from ? null : from,
		before: errors.to || !to ? null : new Date(to.getTime() + dayMs),
	}
	return { input, filters, errors }
}

// "listing.revision.approve" → "listing_revision_approve": a flat translation key
// (actions nest: "listing.import" and "listing.import.finish" both exist).
export function actionLabelKey(action: string) {
	return `auditLog.action.${action.replace(/\./g, '_')}`
}
