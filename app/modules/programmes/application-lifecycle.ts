// The one state machine of an application (PRODUCT.md "Support programmes and
// applications"). Pure: every transition, by every role, is tested; the server
// applies it with a compare-and-set on the current status and records an event.
import type { ApplicationStatus } from '~/generated/prisma/enums'

export type ApplicationRole = 'applicant' | 'officer'

export type ApplicationAction =
	| 'submit'
	| 'resubmit'
	| 'withdraw'
	| 'startScreening'
	| 'returnForChanges'
	| 'markEligible'
	| 'rejectIneligible'
	| 'approve'
	| 'reject'
	| 'waitlist'

type Rule = { by: ApplicationRole; from: readonly ApplicationStatus[]; to: ApplicationStatus; reasonRequired: boolean }

const awaitingScreening = ['SUBMITTED', 'RESUBMITTED', 'SCREENING'] as const

export const applicationRules: Record<ApplicationAction, Rule> = {
	submit: { by: 'applicant', from: ['DRAFT'], to: 'SUBMITTED', reasonRequired: false },
	resubmit: { by: 'applicant', from: ['RETURNED'], to: 'RESUBMITTED', reasonRequired: false },
	// Before a decision only.
	withdraw: { by: 'applicant', from: ['DRAFT', 'SUBMITTED', 'RESUBMITTED', 'SCREENING', 'RETURNED', 'IN_REVIEW'], to: 'WITHDRAWN', reasonRequired: false },
	startScreening: { by: 'officer', from: ['SUBMITTED', 'RESUBMITTED'], to: 'SCREENING', reasonRequired: false },
	// The applicant is told what to change.
	returnForChanges: { by: 'officer', from: awaitingScreening, to: 'RETURNED', reasonRequired: true },
	markEligible: { by: 'officer', from: awaitingScreening, to: 'IN_REVIEW', reasonRequired: false },
	rejectIneligible: { by: 'officer', from: awaitingScreening, to: 'REJECTED', reasonRequired: true },
	// Decisions always carry reasons; a waitlisted application can still be approved.
	approve: { by: 'officer', from: ['IN_REVIEW', 'WAITLISTED'], to: 'APPROVED', reasonRequired: true },
	reject: { by: 'officer', from: ['IN_REVIEW', 'WAITLISTED'], to: 'REJECTED', reasonRequired: true },
	waitlist: { by: 'officer', from: ['IN_REVIEW'], to: 'WAITLISTED', reasonRequired: true },
}

export const applicationActions = Object.keys(applicationRules) as ApplicationAction[]

export type TransitionRefusal = 'wrongRole' | 'notAllowedFromStatus' | 'reasonRequired'

export function applicationTransition(
	current: ApplicationStatus,
	action: ApplicationAction,
	role: ApplicationRole,
	reason?: string | null,
): { ok: true; to: ApplicationStatus } | { ok: false; refusal: TransitionRefusal } {
	const rule = applicationRules[action]
	if (rule.by !== role) return { ok: false, refusal: 'wrongRole' }
	if (!rule.from.includes(current)) return { ok: false, refusal: 'notAllowedFromStatus' }
	if (rule.reasonRequired && !reason?.trim()) return { ok: false, refusal: 'reasonRequired' }
	return { ok: true, to: rule.to }
}

// The applicant may change the content only while it is theirs to change.
export function applicantCanEdit(status: ApplicationStatus) {
	return status === 'DRAFT' || status === 'RETURNED'
}

export function isDecided(status: ApplicationStatus) {
	return status === 'APPROVED' || status === 'REJECTED' || status === 'WAITLISTED'
}

// Every status, in the order of an application's life (lists and filters show them so).
// A Record, so that a status added to the schema must be added here too.
const everyStatus: Record<ApplicationStatus, true> = {
	DRAFT: true,
	SUBMITTED: true,
	SCREENING: true,
	RETURNED: true,
	RESUBMITTED: true,
	IN_REVIEW: true,
	APPROVED: true,
	REJECTED: true,
	WAITLISTED: true,
	WITHDRAWN: true,
}
export const applicationStatuses = Object.keys(everyStatus) as ApplicationStatus[]

// Submitted applications still waiting for screening, changes, review or a decision.
export const undecidedStatuses = applicationStatuses.filter((status) => status !== 'DRAFT' && status !== 'WITHDRAWN' && !isDecided(status))
