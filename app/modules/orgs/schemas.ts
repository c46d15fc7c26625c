import { z } from 'zod'
import { EmailSchema } from '~/modules/auth/schemas'

export const organizationTypes = [
	'ENTERPRISE',
	'RESEARCH_INSTITUTE',
	'UNIVERSITY',
	'INCUBATOR',
	'ACCELERATOR',
	'INTERMEDIARY',
	'INVESTOR',
	'GOVERNMENT_AGENCY',
] as const
export const enterpriseSizes = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const

// Vietnamese tax codes: 10 digits, or 13 for a dependent unit (written 0101234567-001).
export function normaliseTaxCode(value: string) {
	return value.replace(/[\s.-]/g, '')
}

const optionalText = (max: number, error: string) =>
	z.string().trim().max(max, { error }).optional()

export const OrganizationSchema = z
	.object({
		name: z.string({ error: 'validation.org.nameRequired' }).trim().min(2, { error: 'validation.org.nameRequired' }).max(200, { error: 'validation.org.nameTooLong' }),
		shortName: optionalText(60, 'validation.org.shortNameTooLong'),
		type: z.enum(organizationTypes, { error: 'validation.org.typeRequired' }),
		size: z.enum(enterpriseSizes, { error: 'validation.org.sizeInvalid' }).optional(),
		taxCode: z
			.string()
			.trim()
			.transform(normaliseTaxCode)
			.pipe(z.string().regex(/^(\d{10}|\d{13})$/, { error: 'validation.org.taxCodeInvalid' }))
			.optional(),
		address: optionalText(300, 'validation.org.addressTooLong'),
		website: z.url({ protocol: /^https?$/, error: 'validation.org.websiteInvalid' }).max(300).optional(),
		email: EmailSchema.optional(),
		phone: z.string().trim().regex(/^\+?[0-9 .-]{8,20}$/, { error: 'validation.phone.invalid' }).optional(),
		description: optionalText(5000, 'validation.org.descriptionTooLong'),
	})
	.superRefine((value, ctx) => {
		if (value.type === 'ENTERPRISE') {
			if (!value.taxCode) ctx.addIssue({ code: 'custom', path: ['taxCode'], message: 'validation.org.taxCodeRequired' })
			if (!value.size) ctx.addIssue({ code: 'custom', path: ['size'], message: 'validation.org.sizeRequired' })
		}
	})

export const InviteSchema = z.object({
	email: EmailSchema,
	role: z.enum(['OWNER', 'EDITOR'], { error: 'validation.org.roleInvalid' }),
})
