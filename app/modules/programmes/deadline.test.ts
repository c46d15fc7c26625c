import { describe, expect, test } from 'vitest'
import { parseLocalDateTime, toLocalDateTimeInput } from './deadline'

describe('programme dates typed in Viet Nam time', () => {
	test('a datetime-local value and the same instant typed dd/mm/yyyy hh:mm agree', () => {
		const picked = parseLocalDateTime('2026-12-31T17:00')
		expect(picked?.toISOString()).toBe('2026-12-31T10:00:00.000Z')
		for (const typed of ['31/12/2026 17:00', ' 31/12/2026  17h00 ', '31/12/2026, 17:00']) {
			expect(parseLocalDateTime(typed)?.toISOString()).toBe(picked?.toISOString())
		}
		expect(parseLocalDateTime('5/1/2027 8:30')?.toISOString()).toBe('2027-01-05T01:30:00.000Z')
		expect(toLocalDateTimeInput(picked!)).toBe('2026-12-31T17:00')
	})

	test('days and times that do not exist, two-digit years and dates without a time are refused', () => {
		for (const typed of ['31/02/2026 17:00', '29/02/2027 08:00', '31/12/26 17:00', '31/12/2026', '31/12/2026 25:00', '31/12/2026 17:60']) {
			expect(parseLocalDateTime(typed)).toBeNull()
		}
	})
})
