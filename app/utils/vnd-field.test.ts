import { parseWithZod } from '~/utils/forms'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { vndField } from './vnd-field'

const schema = z.object({ amount: vndField('amountInvalid') })
const parse = (fields: Record<string, string>) => {
	const form = new FormData()
	for (const [key, value] of Object.entries(fields)) form.set(key, value)
	return parseWithZod(form, { schema })
}

describe('amounts of VND typed in forms', () => {
	test.each([
		['1.500.000.000', 1_500_000_000],
		['1 500 000 000 ₫', 1_500_000_000],
		['1500000000', 1_500_000_000],
		['200.000.000 VND', 200_000_000],
	])('%s reads as %d', (typed, expected) => {
		const submission = parse({ amount: typed })
		expect(submission.status === 'success' && submission.value).toEqual({ amount: expected })
	})

	// As the browser sends them (an empty field) and as conform passes them (no field).
	test('empty or absent is no amount, not an error', () => {
		for (const fields of [{ amount: '' }, {}] as Record<string, string>[]) {
			const submission = parse(fields)
			expect(submission.status === 'success' && submission.value).toEqual({ amount: null })
		}
	})

	test('anything else is refused with the given message', () => {
		for (const typed of ['không rõ', '1,5 tỷ', '-100', '1234567890123456']) {
			expect(parse({ amount: typed }).reply().error).toEqual({ amount: ['amountInvalid'] })
		}
	})
})
