// The programme officer's form: a programme with its eligibility rules, dates (typed
// in Viet Nam time), custom questions, required documents and rubric. One zod schema,
// used by the page and the server (conform: nested names like questions[0].label).
import { z } from 'zod'
import { vndField } from '~/utils/vnd-field'
import { enterpriseSizes, organizationTypes } from '~/modules/orgs/schemas'
import { parseLocalDateTime } from './deadline'

export const supportTypes = ['GRANT', 'CO_FUNDING', 'VOUCHER', 'TRAINING', 'MENTORING', 'WORKSPACE'] as const
export const questionTypes = ['SHORT_TEXT', 'LONG_TEXT', 'NUMBER', 'CHOICE', 'FILE', 'YES_NO'] as const

const optionalText = (max: number) => z.string().trim().max(max, { error: 'programmeValidation.tooLong' }).optional().transform((v) => v ?? '')
const checkbox = z.enum(['on']).optional().transform((value) => value === 'on')
const list = (value: unknown) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value])
const wholeNumber = (min: number, max: number, error: string) =>
	z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).optional())
const vnd = vndField('programmeValidation.amountInvalid')
const localDateTime = z
	.string({ error: 'programmeValidation.dateTimeRequired' })
	.min(1, { error: 'programmeValidation.dateTimeRequired' })
	.transform((value, ctx) => {
		const date = parseLocalDateTime(value)
		if (!date) ctx.addIssue({ code: 'custom', message: 'programmeValidation.dateTimeInvalid' })
		return date ?? new Date(Number.NaN)
	})

const QuestionSchema = z
	.object({
		id: z.string().optional(),
		type: z.enum(questionTypes, { error: 'programmeValidation.questionTypeRequired' }),
		label: z.string({ error: 'programmeValidation.questionLabelRequired' }).trim().min(3, { error: 'programmeValidation.questionLabelRequired' }).max(300, { error: 'programmeValidation.tooLong' }),
		help: optionalText(1000),
		required: checkbox,
		// Choices, one per line (for CHOICE questions).
		options: z
			.string()
			.optional()
			.transform((value) => [...new Set((value ?? '').split('\n').map((line) => line.trim()).filter(Boolean))])
			.pipe(z.array(z.string().max(200, { error: 'programmeValidation.tooLong' })).max(30, { error: 'programmeValidation.tooManyOptions' })),
		maxLength: wholeNumber(1, 20000, 'programmeValidation.maxLengthInvalid'),
	})
	.superRefine((question, ctx) => {
		if (question.type === 'CHOICE' && question.options.length < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'programmeValidation.choiceNeedsOptions' })
	})

const DocumentRequirementSchema = z.object({
	id: z.string().optional(),
	title: z.string({ error: 'programmeValidation.documentTitleRequired' }).trim().min(3, { error: 'programmeValidation.documentTitleRequired' }).max(200, { error: 'programmeValidation.tooLong' }),
	description: optionalText(1000),
	required: checkbox,
})

const CriterionSchema = z.object({
	id: z.string().optional(),
	title: z.string({ error: 'programmeValidation.criterionTitleRequired' }).trim().min(3, { error: 'programmeValidation.criterionTitleRequired' }).max(200, { error: 'programmeValidation.tooLong' }),
	description: optionalText(1000),
	// Stored as DECIMAL(5,2): more decimals would be rounded away silently.
	weight: z.coerce
		.number({ error: 'programmeValidation.weightInvalid' })
		.gt(0, { error: 'programmeValidation.weightInvalid' })
		.max(100, { error: 'programmeValidation.weightInvalid' })
		.refine((weight) => Math.abs(weight * 100 - Math.round(weight * 100)) < 1e-9, { error: 'programmeValidation.weightInvalid' }),
	maxScore: z.coerce.number({ error: 'programmeValidation.maxScoreInvalid' }).int({ error: 'programmeValidation.maxScoreInvalid' }).min(1, { error: 'programmeValidation.maxScoreInvalid' }).max(100, { error: 'programmeValidation.maxScoreInvalid' }),
})

export const ProgrammeSchema = z
	.object({
		organizationId: z.string({ error: 'programmeValidation.organizationRequired' }).min(1, { error: 'programmeValidation.organizationRequired' }),
		title: z.string({ error: 'programmeValidation.titleRequired' }).trim().min(5, { error: 'programmeValidation.titleRequired' }).max(200, { error: 'programmeValidation.tooLong' }),
		summary: z.string({ error: 'programmeValidation.summaryRequired' }).trim().min(10, { error: 'programmeValidation.summaryRequired' }).max(500, { error: 'programmeValidation.tooLong' }),
		description: optionalText(20000),
		supportType: z.enum(supportTypes, { error: 'programmeValidation.supportTypeRequired' }),
		coFundingPercent: wholeNumber(1, 100, 'programmeValidation.percentInvalid'),
		totalBudgetVnd: vnd,
		maxPerApplicationVnd: vnd,
		eligibleOrganizationTypes: z.preprocess(list, z.array(z.enum(organizationTypes, { error: 'programmeValidation.choiceInvalid' }))),
		eligibleEnterpriseSizes: z.preprocess(list, z.array(z.enum(enterpriseSizes, { error: 'programmeValidation.choiceInvalid' }))),
		fields: z.preprocess(list, z.array(z.string().max(60))),
		communeCodes: z.preprocess(list, z.array(z.string().max(20))),
		minTrl: wholeNumber(1, 9, 'programmeValidation.trlInvalid'),
		opensAt: localDateTime,
		closesAt: localDateTime,
		reviewersPerApplication: z.preprocess((v) => (v === '' || v === undefined ? 2 : v), z.coerce.number({ error: 'programmeValidation.reviewersInvalid' }).int({ error: 'programmeValidation.reviewersInvalid' }).min(1, { error: 'programmeValidation.reviewersInvalid' }).max(5, { error: 'programmeValidation.reviewersInvalid' })),
		// Submitted reviews a decision needs (0: decisions without reviews).
		requiredReviews: z.preprocess((v) => (v === '' || v === undefined ? 2 : v), z.coerce.number({ error: 'programmeIntegrity.validation.requiredReviewsInvalid' }).int({ error: 'programmeIntegrity.validation.requiredReviewsInvalid' }).min(0, { error: 'programmeIntegrity.validation.requiredReviewsInvalid' }).max(5, { error: 'programmeIntegrity.validation.requiredReviewsInvalid' })),
		allowMultipleApplications: checkbox,
		processingLimitDays: z.preprocess((v) => (v === '' || v === undefined ? 30 : v), z.coerce.number({ error: 'programmeValidation.processingDaysInvalid' }).int({ error: 'programmeValidation.processingDaysInvalid' }).min(1, { error: 'programmeValidation.processingDaysInvalid' }).max(365, { error: 'programmeValidation.processingDaysInvalid' })),
		publishScores: checkbox,
		questions: z.preprocess(list, z.array(QuestionSchema).max(50, { error: 'programmeValidation.tooManyItems' })),
		documents: z.preprocess(list, z.array(DocumentRequirementSchema).max(30, { error: 'programmeValidation.tooManyItems' })),
		criteria: z.preprocess(list, z.array(CriterionSchema).min(1, { error: 'programmeValidation.criteriaRequired' }).max(20, { error: 'programmeValidation.tooManyItems' })),
	})
	.superRefine((programme, ctx) => {
		if (programme.supportType === 'CO_FUNDING' && programme.coFundingPercent === undefined) {
			ctx.addIssue({ code: 'custom', path: ['coFundingPercent'], message: 'programmeValidation.percentRequired' })
		}
		if (programme.totalBudgetVnd !== null && programme.maxPerApplicationVnd !== null && programme.maxPerApplicationVnd > programme.totalBudgetVnd) {
			ctx.addIssue({ code: 'custom', path: ['maxPerApplicationVnd'], message: 'programmeValidation.maxAboveTotal' })
		}
		// With a minimum TRL the applicant's form asks for the TRL itself: a question of
		// its own would make applicants declare it twice.
		if (programme.minTrl !== undefined) {
			programme.questions.forEach((question, index) => {
				if (/\bTRL\b|sẵn sàng công nghệ|technology readiness/i.test(question.label)) {
					ctx.addIssue({ code: 'custom', path: ['questions', index, 'label'], message: 'forms.trlAskedByForm' })
				}
			})
		}
		const opens = programme.opensAt.getTime()
		const closes = programme.closesAt.getTime()
		if (!Number.isNaN(opens) && !Number.isNaN(closes) && closes <= opens) {
			ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'programmeValidation.closesBeforeOpens' })
		}
	})

export type ProgrammeInput = z.infer<typeof ProgrammeSchema>
