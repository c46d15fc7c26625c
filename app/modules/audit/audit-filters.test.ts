import { describe, expect, test } from 'vitest'
import { actionLabelKey, parseVietnamDay, readAuditFilters } from './audit-filters'

describe('audit-log filters', () => {
	test('a day typed dd/mm/yyyy or given by a date input starts at midnight in Viet Nam', () => {
		expect(parseVietnamDay('05/03/2026')?.toISOString()).toBe('2026-03-04T17:00:00.000Z')
		expect(parseVietnamDay('5/3/2026')?.toISOString()).toBe('2026-03-04T17:00:00.000Z')
		expect(parseVietnamDay('2026-03-05')?.toISOString()).toBe('2026-03-04T17:00:00.000Z')
		expect(parseVietnamDay('31/02/2026')).toBeNull()
		expect(parseVietnamDay('03/05')).toBeNull()
		expect(parseVietnamDay('hôm qua')).toBeNull()
	})

	test('"to" includes its whole day; bad dates and a reversed range are field errors that keep what was typed', () => {
		const ok = readAuditFilters(new URLSearchParams({ from: '01/03/2026', to: '01/03/2026', actor: ' an@example.vn ' }))
		expect(ok.errors).toEqual({})
		expect(ok.filters.from?.toISOString()).toBe('2026-02-28T17:00:00.000Z')
		expect(ok.filters.before?.toISOString()).toBe('2026-03-01T17:00:00.000Z')
		expect(ok.filters.actor).toBe('an@example.vn')

		const bad = readAuditFilters(new URLSearchParams({ from: '32/01/2026', to: '01/01/2026' }))
		expect(bad.errors).toEqual({ from: 'auditLog.errors.dateInvalid' })
		expect(bad.input.from).toBe('32/01/2026')
		expect(bad.filters.from).toBeNull()

		expect(readAuditFilters(new URLSearchParams({ from: '02/01/2026', to: '01/01/2026' })).errors).toEqual({ to: 'auditLog.errors.rangeInvalid' })
		expect(readAuditFilters(new URLSearchParams({ action: "x' OR 1=1" })).errors).toEqual({ action: 'auditLog.errors.actionInvalid' })
	})

	test('nested actions get flat translation keys', () => {
		expect(actionLabelKey('listing.import.finish')).toBe('auditLog.action.listing_import_finish')
	})
})
