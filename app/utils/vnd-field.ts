import { z } from 'zod'

// An amount of VND typed in a form: "1.500.000.000", "1 500 000 000 ₫" and "1500000000"
// are the same amount; empty is null. `error` is the translation key of a bad amount.
// One transform, no inner schema: conform turns empty fields into undefined before
// validating, which an inner z.literal('') would refuse.
export function vndField(error: string) {
	return z
		.string()
		.optional()
		.transform((value, ctx) => {
			const digits = (value ?? '').replace(/[\s.,₫đ]|VND/gi, '')
			if (digits === '') return null
			if (!/^\d{1,15}$/.test(digits)) {
				ctx.addIssue({ code: 'custom', message: error })
				return z.NEVER
			}
			return Number(digits)
		})
}
