// The applicant's form: project title, requested amount, declared TRL and one answer
// per custom question (named answers.<questionId>). A draft may be incomplete, so
// nothing here is required; what each answer must look like is checked by saveDraft.
import { z } from 'zod'

// "1.500.000.000", "1 500 000 000 ₫" and "1500000000" are the same amount of VND
// (the same reading as the programme form's budgets).
const vnd = z
	.preprocess(
		(value) => (typeof value === 'string' ? value.replace(/[\s.,₫đ]|VND/gi, '') : ''),
		z.union([z.literal(''), z.string().regex(/^\d{1,15}$/, { error: 'programmeValidation.amountInvalid' })]),
	)
	.transform((value) => (value === '' ? null : Number(value)))

export const ApplicationFormSchema = z.object({
	projectTitle: z.string().trim().max(300, { error: 'programmes.errors.answerTooLong' }).optional().transform((value) => value ?? ''),
	requestedAmountVnd: vnd.optional().transform((value) => value ?? null),
	declaredTrl: z.preprocess(
		(value) => (value === '' ? undefined : value),
		z.coerce.number({ error: 'programmeValidation.trlInvalid' }).int({ error: 'programmeValidation.trlInvalid' }).min(1, { error: 'programmeValidation.trlInvalid' }).max(9, { error: 'programmeValidation.trlInvalid' }).optional(),
	),
	answers: z.record(z.string(), z.string().optional()).optional().transform((value) => value ?? {}),
})

export const answerFieldName = (questionId: string) => `answers.${questionId}`

// The form field a saveDraft error belongs to (question ids become answers.<id>).
export function formFieldOf(key: string) {
	return key === 'projectTitle' || key === 'declaredTrl' || key === 'requestedAmountVnd' ? key : answerFieldName(key)
}
