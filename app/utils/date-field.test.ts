import { parseWithZod } from '~/utils/forms'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { dateField, dateInputValue, parseDateText } from './date-field'

const schema = z.object({ day: dateField('dateInvalid') })
const parse = (fields: Record<string, string>) => {
	const form = new FormData()
	for (const [key, value] of Object.entries(fields)) form.set(key, value)
	return parseWithZod(form, { schema })
}

describe('dates typed dd/mm/yyyy', () => {
	test.each([
		['15/03/2021', '2021-03-15'],
		['5/3/2021', '2021-03-05'],
		['05.03.2021', '2021-03-05'],
		['05-03-2021', '2021-03-05'],
		['  29/02/2024 ', '2024-02-29'],
		['\t01/01/2000\n', '2000-01-01'],
		['31/12/1999', '1999-12-31'],
		['2021-03-15', '2021-03-15'],
		['29/02/2000', '2000-02-29'],
	])('%j reads as %s', (typed, iso) => {
		expect(parseDateText(typed)).toBe(iso)
		const submission = parse({ day: typed })
		expect(submission.status === 'success' && submission.value).toEqual({ day: iso })
	})

	test.each([
		['31/02/2024', 'a day February never has'],
		['30/02/2024', 'February 30th'],
		['29/02/2023', 'February 29th of a common year'],
		['29/02/1900', 'February 29th of a century year that is no leap year'],
		['31/04/2024', 'April 31st'],
		['00/01/2024', 'day zero'],
		['15/13/2024', 'month 13'],
		['15/03/21', 'a two-digit year'],
		['15/3/024', 'a three-digit year'],
		['15/03/20214', 'a five-digit year'],
		['15 03 2021', 'spaces between the parts'],
		['ngày 15 tháng 3', 'words'],
		['03/15/2021', 'the American order'],
		['2021-02-30', 'an impossible ISO date'],
	])('%j is refused (%s), as a field error', (typed) => {
		expect(parseDateText(typed)).toBeNull()
		const submission = parse({ day: typed })
		expect(submission.status).toBe('error')
		expect(submission.status === 'error' && submission.error).toEqual({ day: ['dateInvalid'] })
		// The reply keeps what the user typed, so the field can show it again.
		expect(submission.reply().initialValue).toEqual({ day: typed })
	})

	test('empty, blank or absent is no date, not an error', () => {
		for (const fields of [{ day: '' }, { day: '   ' }, {}] as Record<string, string>[]) {
			const submission = parse(fields)
			expect(submission.status === 'success' && submission.value).toEqual({ day: null })
		}
	})

	test('a stored date is shown back as dd/mm/yyyy', () => {
		expect(dateInputValue(new Date('2021-03-05T00:00:00Z'))).toBe('05/03/2021')
		expect(dateInputValue('2024-02-29')).toBe('29/02/2024')
		expect(dateInputValue(null)).toBe('')
		// Text that is no date (a value typed before) is shown as it was.
		expect(dateInputValue('hôm qua')).toBe('hôm qua')
	})
})
