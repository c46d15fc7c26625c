// One zod schema per listing type, shared by the browser and the server. Messages
// are translation keys. Lists typed in a textarea are one item per line; keywords
// and IPC classes are comma-separated.
import { z } from 'zod'
import { dateField } from '~/utils/date-field'
import { vndField } from '~/utils/vnd-field'
import { EmailSchema } from '~/modules/auth/schemas'

export const transferModes = [
	'ASSIGNMENT', 'EXCLUSIVE_LICENCE', 'NON_EXCLUSIVE_LICENCE', 'CAPITAL_CONTRIBUTION', 'JOINT_RD', 'CONSULTING_TRAINING', 'EQUIPMENT_WITH_TECHNOLOGY',
] as const
export const ipStatuses = ['NONE', 'PATENT_PENDING', 'PATENTED', 'TRADE_SECRET', 'COPYRIGHT', 'OTHER'] as const
export const patentKinds = ['INVENTION', 'UTILITY_SOLUTION', 'INDUSTRIAL_DESIGN'] as const
export const patentLegalStatuses = ['PENDING', 'GRANTED', 'LAPSED'] as const
export const commercialisationStatuses = ['AVAILABLE', 'UNDER_NEGOTIATION', 'LICENSED', 'ASSIGNED', 'COMMERCIALISED_IN_HOUSE'] as const
export const academicTitles = ['PROFESSOR', 'ASSOCIATE_PROFESSOR'] as const
export const degrees = ['DOCTORATE', 'MASTER', 'ENGINEER', 'BACHELOR', 'MEDICAL_DOCTOR', 'OTHER'] as const
export const incubatorServices = ['WORKSPACE', 'MENTORING', 'FUNDING', 'LABS', 'LEGAL_IP_SUPPORT', 'TRAINING', 'NETWORKING'] as const
export const startupStages = ['IDEA', 'PROTOTYPE', 'MVP', 'EARLY_REVENUE', 'GROWTH'] as const
export const startupNeeds = ['FUNDING', 'MENTORING', 'INCUBATION', 'CUSTOMERS', 'PARTNERS'] as const

const text = (max: number, tooLong: string) => z.string().trim().max(max, { error: tooLong }).optional()
const lines = (maxItems: number) =>
	z
		.string()
		.optional()
		.transform((value) => (value ?? '').split('\n').map((line) => line.trim()).filter(Boolean))
		.pipe(z.array(z.string().max(200, { error: 'validation.listing.itemTooLong' })).max(maxItems, { error: 'validation.listing.tooManyItems' }))
const commaList = (maxItems: number) =>
	z
		.string()
		.optional()
		.transform((value) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean))
		.pipe(z.array(z.string().max(60, { error: 'validation.listing.itemTooLong' })).max(maxItems, { error: 'validation.listing.tooManyItems' }))
const vnd = vndField('validation.listing.amountInvalid')
const date = dateField('validation.listing.dateInvalid')
const checkbox = z.enum(['on']).optional().transform((value) => value === 'on')
const manyOf = <T extends readonly [string, ...string[]]>(values: T) =>
	z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.enum(values, { error: 'validation.listing.choiceInvalid' })))

const common = {
	organizationId: z.string({ error: 'validation.listing.organizationRequired' }).min(1, { error: 'validation.listing.organizationRequired' }),
	title: z.string({ error: 'validation.listing.titleRequired' }).trim().min(5, { error: 'validation.listing.titleTooShort' }).max(200, { error: 'validation.listing.titleTooLong' }),
	summary: z.string({ error: 'validation.listing.summaryRequired' }).trim().min(10, { error: 'validation.listing.summaryTooShort' }).max(500, { error: 'validation.listing.summaryTooLong' }),
	description: text(20000, 'validation.listing.descriptionTooLong'),
	fields: z.preprocess(
		(value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
		z.array(z.string()).min(1, { error: 'validation.listing.fieldRequired' }).max(5, { error: 'validation.listing.tooManyFields' }),
	),
	keywords: commaList(10),
	communeCode: text(20, 'validation.listing.choiceInvalid'),
}

const trl = z.coerce.number({ error: 'validation.listing.trlInvalid' }).int({ error: 'validation.listing.trlInvalid' }).min(1, { error: 'validation.listing.trlInvalid' }).max(9, { error: 'validation.listing.trlInvalid' }).optional()

export const TechnologyOfferSchema = z.object({
	...common,
	type: z.literal('TECHNOLOGY_OFFER'),
	trl,
	transferModes: manyOf(transferModes),
	priceVnd: vnd,
	ipStatus: z.enum(ipStatuses, { error: 'validation.listing.choiceInvalid' }).default('NONE'),
	applications: text(5000, 'validation.listing.textTooLong'),
	buyerRequirements: text(5000, 'validation.listing.textTooLong'),
	confidentialDetails: text(10000, 'validation.listing.textTooLong'),
	confidentialityTerms: text(5000, 'validation.listing.textTooLong'),
	linkedPatentIds: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string()).max(20)),
})

export const PatentSchema = z
	.object({
		...common,
		type: z.literal('PATENT'),
		kind: z.enum(patentKinds, { error: 'validation.listing.patentKindRequired' }),
		// Vietnamese IP Office numbers: 1-2021-01234 (invention), 2- (utility solution), 3- (design).
		applicationNumber: z.string().trim().regex(/^[1-4]-\d{4}-\d{5}$/, { error: 'validation.listing.applicationNumberInvalid' }).optional(),
		applicationDate: date,
		grantNumber: text(40, 'validation.listing.textTooLong'),
		grantDate: date,
		ipcClasses: commaList(20),
		inventors: lines(30),
		owners: lines(10),
		legalStatus: z.enum(patentLegalStatuses, { error: 'validation.listing.choiceInvalid' }).default('PENDING'),
		abstract: text(10000, 'validation.listing.textTooLong'),
		claimsSummary: text(10000, 'validation.listing.textTooLong'),
		commercialisationStatus: z.enum(commercialisationStatuses, { error: 'validation.listing.choiceInvalid' }).default('AVAILABLE'),
	})
	.superRefine((value, ctx) => {
		if (value.legalStatus === 'GRANTED' && !value.grantNumber) {
			ctx.addIssue({ code: 'custom', path: ['grantNumber'], message: 'validation.listing.grantNumberRequired' })
		}
		if (value.applicationDate && value.grantDate && value.grantDate < value.applicationDate) {
			ctx.addIssue({ code: 'custom', path: ['grantDate'], message: 'validation.listing.grantBeforeApplication' })
		}
	})

export const TechnologyRequestSchema = z
	.object({
		...common,
		type: z.literal('TECHNOLOGY_REQUEST'),
		problem: text(10000, 'validation.listing.textTooLong'),
		requiredCapability: text(5000, 'validation.listing.textTooLong'),
		budgetMinVnd: vnd,
		budgetMaxVnd: vnd,
		deadline: date,
		preferredTransferModes: manyOf(transferModes),
		isCommissioned: checkbox,
	})
	.superRefine((value, ctx) => {
		if (value.budgetMinVnd !== null && value.budgetMaxVnd !== null && value.budgetMinVnd > value.budgetMaxVnd) {
			ctx.addIssue({ code: 'custom', path: ['budgetMaxVnd'], message: 'validation.listing.budgetOrder' })
		}
	})

export const ExpertSchema = z.object({
	...common,
	// An expert profile may be the person's own, outside any organisation.
	organizationId: z.string().optional(),
	type: z.literal('EXPERT'),
	academicTitle: z.enum(academicTitles, { error: 'validation.listing.choiceInvalid' }).optional(),
	degree: z.enum(degrees, { error: 'validation.listing.choiceInvalid' }).optional(),
	position: text(200, 'validation.listing.textTooLong'),
	affiliation: text(300, 'validation.listing.textTooLong'),
	specialities: lines(20),
	projects: text(10000, 'validation.listing.textTooLong'),
	publications: text(10000, 'validation.listing.textTooLong'),
	languages: commaList(10),
	availableForConsulting: checkbox,
	contactEmail: EmailSchema.optional(),
	contactPhone: z.string().trim().regex(/^\+?[0-9 .-]{8,20}$/, { error: 'validation.phone.invalid' }).optional(),
})

export const IncubatorSchema = z.object({
	...common,
	type: z.literal('INCUBATOR'),
	services: manyOf(incubatorServices),
	capacity: z.coerce.number({ error: 'validation.listing.numberInvalid' }).int().min(0, { error: 'validation.listing.numberInvalid' }).max(100000).optional(),
	alumniCount: z.coerce.number({ error: 'validation.listing.numberInvalid' }).int().min(0, { error: 'validation.listing.numberInvalid' }).max(100000).optional(),
	alumniStartups: text(5000, 'validation.listing.textTooLong'),
	isAccelerator: checkbox,
})

export const StartupSchema = z.object({
	...common,
	type: z.literal('STARTUP'),
	stage: z.enum(startupStages, { error: 'validation.listing.stageRequired' }),
	foundedOn: date,
	teamSize: z.coerce.number({ error: 'validation.listing.numberInvalid' }).int().min(1, { error: 'validation.listing.numberInvalid' }).max(100000).optional(),
	seeks: manyOf(startupNeeds),
})

export const listingSchemas = {
	TECHNOLOGY_OFFER: TechnologyOfferSchema,
	PATENT: PatentSchema,
	TECHNOLOGY_REQUEST: TechnologyRequestSchema,
	EXPERT: ExpertSchema,
	INCUBATOR: IncubatorSchema,
	STARTUP: StartupSchema,
} as const

export type ListingInput =
	| z.infer<typeof TechnologyOfferSchema>
	| z.infer<typeof PatentSchema>
	| z.infer<typeof TechnologyRequestSchema>
	| z.infer<typeof ExpertSchema>
	| z.infer<typeof IncubatorSchema>
	| z.infer<typeof StartupSchema>
