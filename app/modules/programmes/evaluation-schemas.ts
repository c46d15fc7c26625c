// The officer's evaluation forms, shared by the browser and the server.
import { z } from 'zod'
import { vndField } from '~/utils/vnd-field'
import { templateUsesScore } from './evaluation-table'

const reason = z
	.string({ error: 'programmes.errors.reasonRequired' })
	.trim()
	.min(1, 'programmes.errors.reasonRequired')
	.max(5000, 'programmeValidation.tooLong')

// The officer's steps before review: taking the application in, then eligible, returned or rejected.
export const screeningIntents = ['startScreening', 'markEligible', 'returnForChanges', 'rejectIneligible'] as const

export const ScreeningSchema = z.object({
	intent: z.enum(screeningIntents),
	reason: z.string().trim().max(5000, 'programmeValidation.tooLong').optional(),
})

export const outcomes = ['approve', 'waitlist', 'reject'] as const

export const DecisionSchema = z
	.object({
		intent: z.literal('decide'),
		outcome: z.enum(outcomes, { error: 'evaluation.errors.outcomeRequired' }),
		// "300.000.000", "300 000 000 ₫" or "300000000"; empty is null.
		awardedAmountVnd: vndField('programmeValidation.amountInvalid'),
		// Ticked to award 0 VND or more than the applicant asked for.
		confirmAmount: z.enum(['on']).optional().transform((value) => value === 'on'),
		reason,
		// Why the decision is taken with fewer submitted reviews than the programme requires.
		reviewOverrideReason: z.string().trim().max(5000, 'programmeValidation.tooLong').optional(),
	})
	.superRefine((value, ctx) => {
		if (value.outcome === 'approve' && value.awardedAmountVnd === null) {
			ctx.addIssue({ code: 'custom', path: ['awardedAmountVnd'], message: 'evaluation.errors.amountRequired' })
		}
	})

// An officer stepping aside from an application (with an optional note for the other officers).
export const OfficerConflictSchema = z.object({
	intent: z.literal('declareConflict'),
	note: z.string().trim().max(2000, 'programmeValidation.tooLong').optional(),
})

export const AssignSchema = z.object({
	intent: z.literal('assign'),
	reviewerId: z.string({ error: 'evaluation.errors.reviewerRequired' }).min(1, 'evaluation.errors.reviewerRequired'),
})

// The bulk decision form of a programme: {{score}} only where the programme publishes scores.
export function bulkDecisionSchema(options: { publishScores: boolean }) {
	return z
		.object({
			intent: z.literal('bulkDecide'),
			applicationIds: z.array(z.string().min(1), { error: 'evaluation.errors.selectApplications' }).min(1, 'evaluation.errors.selectApplications').max(500),
			outcome: z.enum(outcomes, { error: 'evaluation.errors.outcomeRequired' }),
			template: z.string({ error: 'evaluation.errors.templateRequired' }).trim().min(1, 'evaluation.errors.templateRequired').max(5000, 'programmeValidation.tooLong'),
		})
		.superRefine((value, ctx) => {
			if (!options.publishScores && templateUsesScore(value.template)) {
				ctx.addIssue({ code: 'custom', path: ['template'], message: 'evaluation.errors.scoreNotPublished' })
			}
		})
}
