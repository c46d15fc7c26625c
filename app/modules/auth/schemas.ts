// Zod schemas shared by the browser and the server. Messages are translation keys
// (validation.* in app/locales), shown next to the field in the user's language.
import { z } from 'zod'

export const EmailSchema = z
	.string({ error: 'validation.email.required' })
	.trim()
	.toLowerCase()
	.max(254, { error: 'validation.email.invalid' })
	.pipe(z.email({ error: 'validation.email.invalid' }))

// 8 to 128 characters of any script, counted as characters (not bytes); no composition rules.
// NFC: the same Vietnamese password typed on another device may arrive decomposed (NFD).
export const PasswordSchema = z
	.string({ error: 'validation.password.required' })
	.transform((value) => value.normalize('NFC'))
	.refine((value) => [...value].length >= 8, { error: 'validation.password.tooShort' })
	.refine((value) => [...value].length <= 128, { error: 'validation.password.tooLong' })

export const NameSchema = z
	.string({ error: 'validation.name.required' })
	.trim()
	.min(2, { error: 'validation.name.tooShort' })
	.max(100, { error: 'validation.name.tooLong' })

export const CodeSchema = z
	.string({ error: 'validation.code.required' })
	.trim()
	.toUpperCase()
	.regex(/^[A-Z2-7]{10}$/, { error: 'validation.code.invalid' })

// An unticked checkbox sends nothing; a ticked one sends "on".
const checkbox = z.enum(['on']).optional().transform((value) => value === 'on')

export const SignupSchema = z.object({
	name: NameSchema,
	email: EmailSchema,
	password: PasswordSchema,
	consentPrivacy: z.literal('on', { error: 'validation.consent.privacyRequired' }),
	consentEmailAlerts: checkbox.optional(),
	consentPublicProfile: checkbox.optional(),
})

export const LoginSchema = z.object({
	email: EmailSchema,
	password: z.string({ error: 'validation.password.required' }).max(1024).transform((value) => value.normalize('NFC')),
	redirectTo: z.string().optional(),
})

export const VerifyEmailSchema = z.object({ email: EmailSchema, code: CodeSchema })

export const ConfirmEmailChangeSchema = VerifyEmailSchema.extend({ signOutOthers: checkbox.optional() })

export const ForgotPasswordSchema = z.object({ email: EmailSchema })

export const ResetPasswordSchema = z.object({ email: EmailSchema, code: CodeSchema, password: PasswordSchema })

export const ChangePasswordSchema = z.object({
	currentPassword: z.string({ error: 'validation.password.required' }).max(1024).transform((value) => value.normalize('NFC')),
	newPassword: PasswordSchema,
	signOutOthers: checkbox.optional(),
})

export const ChangeEmailSchema = z.object({
	currentPassword: z.string({ error: 'validation.password.required' }).max(1024).transform((value) => value.normalize('NFC')),
	newEmail: EmailSchema,
})

export const ProfileSchema = z.object({
	name: NameSchema,
	phone: z
		.string()
		.trim()
		.regex(/^\+?[0-9 .-]{8,20}$/, { error: 'validation.phone.invalid' })
		.optional(),
	locale: z.enum(['vi', 'en'], { error: 'validation.locale.invalid' }),
})
