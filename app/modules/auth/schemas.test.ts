import { describe, expect, test } from 'vitest'
import { EmailSchema, PasswordSchema, SignupSchema } from './schemas'

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }) {
	return result.success ? [] : result.error!.issues.map((issue) => issue.message)
}

describe('auth schemas', () => {
	test('e-mail is trimmed and lower-cased', () => {
		expect(EmailSchema.parse('  Nguyen.An@Example.VN ')).toBe('nguyen.an@example.vn')
		expect(messages(EmailSchema.safeParse('not-an-email'))).toEqual(['validation.email.invalid'])
		expect(messages(EmailSchema.safeParse(undefined))).toEqual(['validation.email.required'])
	})

	test('passwords: 8 to 128 characters of any script, no composition rules', () => {
		expect(PasswordSchema.safeParse('mật khẩu dài').success).toBe(true)
		expect(PasswordSchema.safeParse('ngựa-đá-xanh').success).toBe(true)
		expect(PasswordSchema.safeParse('🔑🔑🔑🔑🔑🔑🔑🔑').success).toBe(true) // 8 characters, 32 bytes
		expect(messages(PasswordSchema.safeParse('ngắn'))).toEqual(['validation.password.tooShort'])
		expect(messages(PasswordSchema.safeParse('x'.repeat(129)))).toEqual(['validation.password.tooLong'])
		expect(PasswordSchema.safeParse('x'.repeat(128)).success).toBe(true)
	})

	test('sign-up needs the privacy notice accepted, nothing else pre-ticked', () => {
		const base = { name: 'Nguyễn Văn An', email: 'an@example.vn', password: 'một mật khẩu tốt' }
		expect(messages(SignupSchema.safeParse(base))).toEqual(['validation.consent.privacyRequired'])
		const parsed = SignupSchema.parse({ ...base, consentPrivacy: 'on' })
		expect(parsed.consentEmailAlerts).toBeUndefined()
		expect(SignupSchema.parse({ ...base, consentPrivacy: 'on', consentEmailAlerts: 'on' }).consentEmailAlerts).toBe(true)
	})
})
