// Programme dates are instants; people read and type them in the province's time,
// Asia/Ho_Chi_Minh (UTC+7 all year: Viet Nam has no daylight saving time). The
// server's clock decides whether an application is on time.
const offsetMinutes = 7 * 60

// "2026-12-31T17:00" from a datetime-local field, or "31/12/2026 17:00" typed the
// Vietnamese way (where the browser offers a plain text field), read as Viet Nam time.
export function parseLocalDateTime(value: string): Date | null {
	const typed = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2})[:h](\d{2})$/.exec(value.trim())
	if (typed) {
		const [d, mo, y, h, mi] = typed.slice(1, 6) as [string, string, string, string, string]
		return parseLocalDateTime(`${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}T${h.padStart(2, '0')}:${mi}`)
	}
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim())
	if (!match) return null
	const [y, mo, d, h, mi] = match.slice(1, 6).map(Number) as [number, number, number, number, number]
	const seconds = match[6] ? Number(match[6]) : 0
	const utc = Date.UTC(y, mo - 1, d, h, mi, seconds) - offsetMinutes * 60_000
	const date = new Date(utc)
	// Refuse dates that do not exist (31 February) instead of rolling them over.
	const back = toLocalDateTimeInput(date)
	return back.slice(0, 16) === value.trim().slice(0, 16) ? date : null
}

// The value of a datetime-local field for an instant, in Viet Nam time.
export function toLocalDateTimeInput(date: Date): string {
	const local = new Date(date.getTime() + offsetMinutes * 60_000)
	return local.toISOString().slice(0, 16)
}

export type SubmissionWindow = 'notYetOpen' | 'open' | 'closed'

// Open from opensAt until closesAt inclusive: a submission one second after the
// deadline is late.
export function submissionWindow(programme: { opensAt: Date; closesAt: Date }, now: Date): SubmissionWindow {
	if (now.getTime() < programme.opensAt.getTime()) return 'notYetOpen'
	if (now.getTime() > programme.closesAt.getTime()) return 'closed'
	return 'open'
}
