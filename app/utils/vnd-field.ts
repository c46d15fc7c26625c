import { z } from 'zod'

// An amount of VND typed in a form: "1.500.000.000", "1 500 000 000 ₫" and "1500000000"
// are the same amount; empty is null. `error` is the translation key of a bad amount.
export function vndField(error: string) {
	return z
		.preprocess((value) => (typeof value === 'string' ? value.replace(/[\s.,₫đ]|VND/gi, '') : ''), z.union([z.literal(''), z.string().regex(/^\d{1,15}$/, { error })]))
		.transform((value) => (value === '' ? null : Number(value)))
}
