// The applicant's form: project title, requested amount, declared TRL and one answer
// per custom question (named answers.<questionId>). A draft may be incomplete, so
// nothing here is required; what each answer must look like is checked by saveDraft.
import { z } from 'zod'
import { vndField } from '~/utils/vnd-field'

const vnd = vndField('programmeValidation.amountInvalid')

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
