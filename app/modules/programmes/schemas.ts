// The programme officer's form: a programme with its eligibility rules, dates (typed
// in Viet Nam time), custom questions, required documents and rubric. One zod schema,
// used by the page and the server (conform: nested names like questions[0].label).
import { z } from 'zod'
import { enterpriseSizes, organizationTypes } from '~/modules/orgs/schemas'
import { parseLocalDateTime } from './deadline'

export const supportTypes = ['GRANT', 'CO_FUNDING', 'VOUCHER', 'TRAINING', 'MENTORING', 'WORKSPACE'] as const
export const questionTypes = ['SHORT_TEXT', 'LONG_TEXT', 'NUMBER', 'CHOICE', 'FILE', 'YES_NO'] as const

const optionalText = (max: number) => z.string().trim().max(max, { error: 'validation.programme.tooLong' }).optional().transform((v) => v ?? '')
const checkbox = z.enum(['on']).optional().transform((value) => value === 'on')
const list = (value: unknown) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value])
const wholeNumber = (min: number, max: number, error: string) =>
	z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).optional())
// "1.500.000.000", "1 500 000 000 ₫" and "1500000000" are the same amount of VND.
const vnd = z
	.string()
	.optional()
	.transform((value) => (value ?? '').replace(/[\s.,₫đ]|VND/gi, ''))
	.pipe(z.union([z.literal(''), z.string().regex(/^\d{1,15}$/, { error: 'validation.programme.amountInvalid' })]))
	.transform((value) => (value === '' ? null : Number(value)))
const localDateTime = z
	.string({ error: 'validation.programme.dateTimeRequired' })
	.min(1, { error: 'validation.programme.dateTimeRequired' })
	.transform((value, ctx) => {
		const date = parseLocalDateTime(value)
		if (!date) ctx.addIssue({ code: 'custom', message: 'validation.programme.dateTimeInvalid' })
		return date ?? new Date(Number.NaN)
	})

export const QuestionSchema = z
	.object({
		id: z.string().optional(),
		type: z.enum(questionTypes, { error: 'validation.programme.questionTypeRequired' }),
		label: z.string({ error: 'validation.programme.questionLabelRequired' }).trim().min(3, { error: 'validation.programme.questionLabelRequired' }).max(300, { error: 'validation.programme.tooLong' }),
		help: optionalText(1000),
		required: checkbox,
		// Choices, one per line (for CHOICE questions).
		options: z
			.string()
			.optional()
			.transform((value) => [...new Set((value ?? '').split('\n').map((line) => line.trim()).filter(Boolean))])
			.pipe(z.array(z.string().max(200, { error: 'validation.programme.tooLong' })).max(30, { error: 'validation.programme.tooManyOptions' })),
		maxLength: wholeNumber(1, 20000, 'validation.programme.maxLengthInvalid'),
	})
	.superRefine((question, ctx) => {
		if (question.type === 'CHOICE' && question.options.length < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'validation.programme.choiceNeedsOptions' })
	})

export const DocumentRequirementSchema = z.object({
	id: z.string().optional(),
	title: z.string({ error: 'validation.programme.documentTitleRequired' }).trim().min(3, { error: 'validation.programme.documentTitleRequired' }).max(200, { error: 'validation.programme.tooLong' }),
	description: optionalText(1000),
	required: checkbox,
})

export const CriterionSchema = z.object({
	id: z.string().optional(),
	title: z.string({ error: 'validation.programme.criterionTitleRequired' }).trim().min(3, { error: 'validation.programme.criterionTitleRequired' }).max(200, { error: 'validation.programme.tooLong' }),
	description: optionalText(1000),
	weight: z.coerce.number({ error: 'validation.programme.weightInvalid' }).gt(0, { error: 'validation.programme.weightInvalid' }).max(100, { error: 'validation.programme.weightInvalid' }),
	maxScore: z.coerce.number({ error: 'validation.programme.maxScoreInvalid' }).int({ error: 'validation.programme.maxScoreInvalid' }).min(1, { error: 'validation.programme.maxScoreInvalid' }).max(100, { error: 'validation.programme.maxScoreInvalid' }),
})

export const ProgrammeSchema = z
	.object({
		organizationId: z.string({ error: 'validation.programme.organizationRequired' }).min(1, { error: 'validation.programme.organizationRequired' }),
		title: z.string({ error: 'validation.programme.titleRequired' }).trim().min(5, { error: 'validation.programme.titleRequired' }).max(200, { error: 'validation.programme.tooLong' }),
		summary: z.string({ error: 'validation.programme.summaryRequired' }).trim().min(10, { error: 'validation.programme.summaryRequired' }).max(500, { error: 'validation.programme.tooLong' }),
		description: optionalText(20000),
		supportType: z.enum(supportTypes, { error: 'validation.programme.supportTypeRequired' }),
		coFundingPercent: wholeNumber(1, 100, 'validation.programme.percentInvalid'),
		totalBudgetVnd: vnd,
		maxPerApplicationVnd: vnd,
		eligibleOrganizationTypes: z.preprocess(list, z.array(z.enum(organizationTypes, { error: 'validation.programme.choiceInvalid' }))),
		eligibleEnterpriseSizes: z.preprocess(list, z.array(z.enum(enterpriseSizes, { error: 'validation.programme.choiceInvalid' }))),
		fields: z.preprocess(list, z.array(z.string().max(60))),
		communeCodes: z.preprocess(list, z.array(z.string().max(20))),
		minTrl: wholeNumber(1, 9, 'validation.programme.trlInvalid'),
		opensAt: localDateTime,
		closesAt: localDateTime,
		reviewersPerApplication: z.preprocess((v) => (v === '' || v === undefined ? 2 : v), z.coerce.number({ error: 'validation.programme.reviewersInvalid' }).int({ error: 'validation.programme.reviewersInvalid' }).min(1, { error: 'validation.programme.reviewersInvalid' }).max(5, { error: 'validation.programme.reviewersInvalid' })),
		allowMultipleApplications: checkbox,
		questions: z.preprocess(list, z.array(QuestionSchema).max(50, { error: 'validation.programme.tooManyItems' })),
		documents: z.preprocess(list, z.array(DocumentRequirementSchema).max(30, { error: 'validation.programme.tooManyItems' })),
		criteria: z.preprocess(list, z.array(CriterionSchema).min(1, { error: 'validation.programme.criteriaRequired' }).max(20, { error: 'validation.programme.tooManyItems' })),
	})
	.superRefine((programme, ctx) => {
		if (programme.supportType === 'CO_FUNDING' && programme.coFundingPercent === undefined) {
			ctx.addIssue({ code: 'custom', path: ['coFundingPercent'], message: 'validation.programme.percentRequired' })
		}
		if (programme.totalBudgetVnd !== null && programme.maxPerApplicationVnd !== null && programme.maxPerApplicationVnd > programme.totalBudgetVnd) {
			ctx.addIssue({ code: 'custom', path: ['maxPerApplicationVnd'], message: 'validation.programme.maxAboveTotal' })
		}
		const opens = programme.opensAt.getTime()
		const closes = programme.closesAt.getTime()
		if (!Number.isNaN(opens) && !Number.isNaN(closes) && closes <= opens) {
			ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'validation.programme.closesBeforeOpens' })
		}
	})

export type ProgrammeInput = z.infer<typeof ProgrammeSchema>
