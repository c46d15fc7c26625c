import { describe, expect, test } from 'vitest'
import type { ApplicationStatus } from '~/generated/prisma/enums'
import { applicantCanEdit, applicationActions, applicationRules, applicationTransition, isDecided, type ApplicationAction, type ApplicationRole } from './application-lifecycle'

const statuses: ApplicationStatus[] = ['DRAFT', 'SUBMITTED', 'SCREENING', 'RETURNED', 'RESUBMITTED', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'WAITLISTED', 'WITHDRAWN']
const roles: ApplicationRole[] = ['applicant', 'officer']

// The whole table, written out: [action, role, from] → to, everything else refused.
const allowed: Record<string, ApplicationStatus> = {
	'submit applicant DRAFT': 'SUBMITTED',
	'resubmit applicant RETURNED': 'RESUBMITTED',
	'withdraw applicant DRAFT': 'WITHDRAWN',
	'withdraw applicant SUBMITTED': 'WITHDRAWN',
	'withdraw applicant SCREENING': 'WITHDRAWN',
	'withdraw applicant RETURNED': 'WITHDRAWN',
	'withdraw applicant RESUBMITTED': 'WITHDRAWN',
	'withdraw applicant IN_REVIEW': 'WITHDRAWN',
	'startScreening officer SUBMITTED': 'SCREENING',
	'startScreening officer RESUBMITTED': 'SCREENING',
	'returnForChanges officer SUBMITTED': 'RETURNED',
	'returnForChanges officer RESUBMITTED': 'RETURNED',
	'returnForChanges officer SCREENING': 'RETURNED',
	'markEligible officer SUBMITTED': 'IN_REVIEW',
	'markEligible officer RESUBMITTED': 'IN_REVIEW',
	'markEligible officer SCREENING': 'IN_REVIEW',
	'rejectIneligible officer SUBMITTED': 'REJECTED',
	'rejectIneligible officer RESUBMITTED': 'REJECTED',
	'rejectIneligible officer SCREENING': 'REJECTED',
	'approve officer IN_REVIEW': 'APPROVED',
	'approve officer WAITLISTED': 'APPROVED',
	'reject officer IN_REVIEW': 'REJECTED',
	'reject officer WAITLISTED': 'REJECTED',
	'waitlist officer IN_REVIEW': 'WAITLISTED',
}

describe('application state machine', () => {
	const cases = applicationActions.flatMap((action) => roles.flatMap((role) => statuses.map((from) => [action, role, from] as const)))

	test.each(cases)('%s by %s from %s', (action: ApplicationAction, role, from) => {
		const expected = allowed[`${action} ${role} ${from}`]
		const result = applicationTransition(from, action, role, 'Lý do đủ dài')
		if (expected) expect(result).toEqual({ ok: true, to: expected })
		else expect(result).toEqual({ ok: false, refusal: applicationRules[action].by === role ? 'notAllowedFromStatus' : 'wrongRole' })
	})

	test('the table above covers every allowed transition of the rules', () => {
		const fromRules = applicationActions.flatMap((action) => applicationRules[action].from.map((from) => `${action} ${applicationRules[action].by} ${from}`))
		expect(fromRules.sort()).toEqual(Object.keys(allowed).sort())
	})

	test('returning, rejecting and deciding need a reason; submitting does not', () => {
		expect(applicationTransition('SCREENING', 'returnForChanges', 'officer', '  ')).toEqual({ ok: false, refusal: 'reasonRequired' })
		expect(applicationTransition('SCREENING', 'rejectIneligible', 'officer')).toEqual({ ok: false, refusal: 'reasonRequired' })
		for (const action of ['approve', 'reject', 'waitlist'] as const) {
			expect(applicationTransition('IN_REVIEW', action, 'officer', '')).toEqual({ ok: false, refusal: 'reasonRequired' })
		}
		expect(applicationTransition('DRAFT', 'submit', 'applicant')).toEqual({ ok: true, to: 'SUBMITTED' })
		expect(applicationTransition('SCREENING', 'markEligible', 'officer')).toEqual({ ok: true, to: 'IN_REVIEW' })
	})

	test('a decided or withdrawn application is final for the applicant', () => {
		for (const status of ['APPROVED', 'REJECTED', 'WAITLISTED', 'WITHDRAWN'] as const) {
			expect(applicationTransition(status, 'withdraw', 'applicant')).toEqual({ ok: false, refusal: 'notAllowedFromStatus' })
		}
		expect(statuses.filter(isDecided)).toEqual(['APPROVED', 'REJECTED', 'WAITLISTED'])
		expect(statuses.filter(applicantCanEdit)).toEqual(['DRAFT', 'RETURNED'])
	})
})
