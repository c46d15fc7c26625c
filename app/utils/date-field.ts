import { z } from 'zod'

// A calendar date typed the Vietnamese way, "dd/mm/yyyy" (also "d/m/yyyy", with "." or
// "-" between the parts), or as an ISO date "yyyy-mm-dd" (what a date picker or an import
// sends). Returns the ISO date, or null when the text is no real date: 31/02, a
// two-digit year or anything else. Surrounding spaces are ignored.
export function parseDateText(value: string): string | null {
	const text = value.trim()
	const iso = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/)
	const vn = text.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/)
	const parts = iso ? [iso[1]!, iso[2]!, iso[3]!] : vn ? [vn[3]!, vn[2]!, vn[1]!] : null
	if (!parts) return null
	const [year, month, day] = parts.map(Number) as [number, number, number]
	if (year < 1800 || year > 2199) return null
	const date = new Date(Date.UTC(year, month - 1, day))
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
	return date.toISOString().slice(0, 10)
}

// A date as the form shows it: "dd/mm/yyyy" (a calendar date, so read in UTC).
export function dateInputValue(value: Date | string | null | undefined): string {
	if (!value) return ''
	const iso = typeof value === 'string' ? parseDateText(value) : Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
	if (!iso) return typeof value === 'string' ? value : ''
	const [year, month, day] = iso.split('-')
	return `${day}/${month}/${year}`
}

// The zod field of an optional date (like vndField for amounts): empty is null, a real
// date is its ISO "yyyy-mm-dd", anything else is `error` (a translation key) on the field.
export function dateField(error: string) {
	return z
		.string()
		.optional()
		.transform((value, ctx) => {
			if (value === undefined || value.trim() === '') return null
			const iso = parseDateText(value)
			if (!iso) {
				ctx.addIssue({ code: 'custom', message: error })
				return z.NEVER
			}
			return iso
		})
}
