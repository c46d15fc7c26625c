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
export const maxOrganizationFields = 8

// The administrators' list filters: a verification status, or a state of the organisation.
export const adminStatusFilters = ['PENDING', 'VERIFIED', 'REJECTED', 'UNVERIFIED', 'suspended', 'withoutMembers', 'deleted'] as const
export type AdminStatusFilter = (typeof adminStatusFilters)[number]

// Anchors of the settings form's parts that an eligibility reason links to.
export { organizationFormAnchors } from './form-anchors'

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
		// Fields of activity (slugs of the Field taxonomy) and the commune (code of the
		// province's list); programme eligibility rules read both.
		fields: z.preprocess(
			(value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
			z
				.array(z.string().max(80, { error: 'orgs.validation.choiceInvalid' }))
				.min(1, { error: 'orgs.validation.fieldRequired' })
				.max(maxOrganizationFields, { error: 'orgs.validation.tooManyFields' }),
		),
		communeCode: z.string().trim().max(20, { error: 'orgs.validation.choiceInvalid' }).optional(),
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

// A moderator's decision on an organisation's verification: a rejection needs a reason.
export const VerificationDecisionSchema = z.discriminatedUnion('decision', [
	z.object({ organizationId: z.string().min(1), decision: z.literal('approve'), reason: z.string().trim().max(500).optional() }),
	z.object({
		organizationId: z.string().min(1),
		decision: z.literal('reject'),
		reason: z.string({ error: 'orgs.validation.reasonRequired' }).trim().min(3, { error: 'orgs.validation.reasonRequired' }).max(500, { error: 'orgs.validation.reasonTooLong' }),
	}),
])

// An administrator's suspension of an organisation: the reason is shown to its members.
export const SuspensionSchema = z.object({
	reason: z.string({ error: 'orgs.validation.reasonRequired' }).trim().min(3, { error: 'orgs.validation.reasonRequired' }).max(500, { error: 'orgs.validation.reasonTooLong' }),
})
