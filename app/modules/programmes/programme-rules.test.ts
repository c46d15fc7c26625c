import { describe, expect, test } from 'vitest'
import type { ProgrammeStatus } from '~/generated/prisma/enums'
import { assignReviewers } from './assignment'
import { parseLocalDateTime, submissionWindow, toLocalDateTimeInput } from './deadline'
import { checkEligibility, type EligibilityRules } from './eligibility'
import { effectiveProgrammeStatus, programmeActions, programmeTransition } from './programme-lifecycle'
import { reviewSummary, scoreInRange, weightedTotal } from './scoring'

describe('programme states', () => {
	const allowed: Record<string, ProgrammeStatus> = {
		'publish DRAFT': 'OPEN',
		'close OPEN': 'CLOSED',
		'reopen CLOSED': 'OPEN',
		'publishResults CLOSED': 'RESULTS_PUBLISHED',
	}
	const statuses: ProgrammeStatus[] = ['DRAFT', 'OPEN', 'CLOSED', 'RESULTS_PUBLISHED']
	test.each(programmeActions.flatMap((action) => statuses.map((from) => [action, from] as const)))('%s from %s', (action, from) => {
		expect(programmeTransition(from, action)).toBe(allowed[`${action} ${from}`] ?? null)
	})

	test('an open programme reads as closed one second after its deadline', () => {
		const closesAt = new Date('2026-12-31T10:00:00Z')
		expect(effectiveProgrammeStatus({ status: 'OPEN', closesAt }, new Date('2026-12-31T10:00:00Z'))).toBe('OPEN')
		expect(effectiveProgrammeStatus({ status: 'OPEN', closesAt }, new Date('2026-12-31T10:00:01Z'))).toBe('CLOSED')
		expect(effectiveProgrammeStatus({ status: 'DRAFT', closesAt }, new Date('2027-06-01T00:00:00Z'))).toBe('DRAFT')
		expect(effectiveProgrammeStatus({ status: 'RESULTS_PUBLISHED', closesAt }, new Date('2027-06-01T00:00:00Z'))).toBe('RESULTS_PUBLISHED')
	})
})

describe('deadlines in Asia/Ho_Chi_Minh', () => {
	test('a time typed in Viet Nam is the right instant, and shown back the same', () => {
		const closes = parseLocalDateTime('2026-12-31T17:00')!
		expect(closes.toISOString()).toBe('2026-12-31T10:00:00.000Z')
		expect(toLocalDateTimeInput(closes)).toBe('2026-12-31T17:00')
		// Agrees with the platform's own time-zone data.
		expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }).format(closes)).toBe('31/12/2026, 17:00')
		// Midnight in Viet Nam is still the previous day in UTC.
		expect(parseLocalDateTime('2027-01-01T00:30')!.toISOString()).toBe('2026-12-31T17:30:00.000Z')
	})

	test('impossible or malformed dates are refused', () => {
		expect(parseLocalDateTime('2026-02-31T10:00')).toBeNull()
		expect(parseLocalDateTime('31/02/2026 17:00')).toBeNull()
		expect(parseLocalDateTime('2026-12-31T25:00')).toBeNull()
	})

	test('on time up to the deadline itself; one second (or one millisecond) late is refused', () => {
		const programme = { opensAt: parseLocalDateTime('2026-12-01T08:00')!, closesAt: parseLocalDateTime('2026-12-31T17:00')! }
		expect(submissionWindow(programme, new Date('2026-12-01T00:59:59.999Z'))).toBe('notYetOpen')
		expect(submissionWindow(programme, new Date('2026-12-01T01:00:00.000Z'))).toBe('open')
		expect(submissionWindow(programme, new Date('2026-12-31T10:00:00.000Z'))).toBe('open')
		expect(submissionWindow(programme, new Date('2026-12-31T10:00:00.001Z'))).toBe('closed')
		expect(submissionWindow(programme, new Date('2026-12-31T10:00:01.000Z'))).toBe('closed')
	})
})

describe('eligibility', () => {
	const rules: EligibilityRules = {
		eligibleOrganizationTypes: ['ENTERPRISE'],
		eligibleEnterpriseSizes: ['MICRO', 'SMALL'],
		eligibleFieldIds: ['f-agri', 'f-food'],
		eligibleCommuneIds: ['c-hoalu'],
		minTrl: 4,
	}
	const fits = { type: 'ENTERPRISE' as const, size: 'SMALL' as const, fieldIds: ['f-food'], communeId: 'c-hoalu', trl: 5 }

	test('an applicant that fits every rule can apply', () => {
		expect(checkEligibility(rules, fits)).toEqual({ eligible: true, reasons: [] })
	})

	test('each rule that fails is reported', () => {
		expect(checkEligibility(rules, { type: 'UNIVERSITY', size: null, fieldIds: ['f-it'], communeId: null, trl: 3 }).reasons).toEqual([
			{ rule: 'organizationType', allowed: ['ENTERPRISE'] },
			{ rule: 'enterpriseSize', allowed: ['MICRO', 'SMALL'] },
			{ rule: 'field', allowed: ['f-agri', 'f-food'] },
			{ rule: 'commune', allowed: ['c-hoalu'] },
			{ rule: 'trl', minimum: 4 },
		])
		expect(checkEligibility(rules, { ...fits, size: 'LARGE' }).reasons.map((r) => r.rule)).toEqual(['enterpriseSize'])
		expect(checkEligibility(rules, { ...fits, trl: 4 }).eligible).toBe(true)
	})

	test('empty rules admit anyone; an undeclared TRL is checked later, a missing one refused', () => {
		const open: EligibilityRules = { eligibleOrganizationTypes: [], eligibleEnterpriseSizes: [], eligibleFieldIds: [], eligibleCommuneIds: [], minTrl: null }
		expect(checkEligibility(open, { type: 'INVESTOR', size: null, fieldIds: [], communeId: null }).eligible).toBe(true)
		const { trl: _, ...undeclared } = fits
		expect(checkEligibility(rules, undeclared).eligible).toBe(true)
		expect(checkEligibility(rules, { ...fits, trl: null }).reasons).toEqual([{ rule: 'trl', minimum: 4 }])
	})
})

describe('automatic reviewer assignment', () => {
	const reviewers = ['r1', 'r2', 'r3', 'r4'].map((id) => ({ id, organizationIds: id === 'r1' ? ['org-a'] : [], load: 0 }))

	test('never a reviewer from the applicant organisation or with a declared conflict; load balanced', () => {
		const applications = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id, i) => ({ id, organizationId: i % 2 ? 'org-a' : 'org-b', reviewerIds: [] }))
		const conflicts = new Set(['r2:a1', 'r3:a2'])
		const { assignments, shortfalls, load } = assignReviewers({ applications, reviewers, perApplication: 2, conflicts })
		expect(shortfalls).toEqual([])
		expect(assignments).toHaveLength(12)
		for (const { applicationId, reviewerId } of assignments) {
			const application = applications.find((a) => a.id === applicationId)!
			expect(reviewers.find((r) => r.id === reviewerId)!.organizationIds).not.toContain(application.organizationId)
			expect(conflicts.has(`${reviewerId}:${applicationId}`)).toBe(false)
		}
		const counts = Object.values(load)
		expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
		// Every application got two different reviewers.
		for (const application of applications) {
			const mine = assignments.filter((a) => a.applicationId === application.id).map((a) => a.reviewerId)
			expect(new Set(mine).size).toBe(2)
		}
	})

	test('balance does not depend on the order of ids: a reviewer with few options is used first', () => {
		const permutations = <T,>(xs: T[]): T[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest])))
		for (const [r1, r2, r3, r4] of permutations(['a', 'b', 'c', 'd'])) {
			for (const [a1, a2, a3] of permutations(['x', 'y', 'z'])) {
				// r1 works for organisation A; r2 declared a conflict with a3.
				const { load, shortfalls } = assignReviewers({
					applications: [{ id: a1!, organizationId: 'A', reviewerIds: [] }, { id: a2!, organizationId: 'A', reviewerIds: [] }, { id: a3!, organizationId: 'B', reviewerIds: [] }],
					reviewers: [{ id: r1!, organizationIds: ['A'], load: 0 }, { id: r2!, organizationIds: [], load: 0 }, { id: r3!, organizationIds: [], load: 0 }, { id: r4!, organizationIds: [], load: 0 }],
					perApplication: 2,
					conflicts: new Set([`${r2}:${a3}`]),
				})
				const counts = Object.values(load)
				expect(shortfalls).toEqual([])
				expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
			}
		}
	})

	test('existing load and existing assignments are taken into account; a shortfall is reported', () => {
		const busy = reviewers.map((r) => ({ ...r, load: r.id === 'r2' ? 10 : 0 }))
		const result = assignReviewers({ applications: [{ id: 'a1', organizationId: 'org-b', reviewerIds: ['r3'] }], reviewers: busy, perApplication: 2, conflicts: new Set() })
		expect(result.assignments).toEqual([{ applicationId: 'a1', reviewerId: 'r1' }])
		const starved = assignReviewers({ applications: [{ id: 'a9', organizationId: 'org-a', reviewerIds: [] }], reviewers: [reviewers[0]!, reviewers[1]!], perApplication: 2, conflicts: new Set(['r2:a9']) })
		expect(starved).toMatchObject({ assignments: [], shortfalls: [{ applicationId: 'a9', missing: 2 }] })
	})
})

describe('scoring', () => {
	const criteria = [
		{ id: 'novelty', weight: 40, maxScore: 10 },
		{ id: 'feasibility', weight: 60, maxScore: 5 },
	]

	test('weighted totals on a 0–100 scale; incomplete reviews have none', () => {
		expect(weightedTotal(criteria, [{ criterionId: 'novelty', score: 10 }, { criterionId: 'feasibility', score: 5 }])).toBe(100)
		expect(weightedTotal(criteria, [{ criterionId: 'novelty', score: 5 }, { criterionId: 'feasibility', score: 2 }])).toBe(44)
		expect(weightedTotal(criteria, [{ criterionId: 'novelty', score: 5 }])).toBeNull()
	})

	test('scores must be whole numbers within the criterion range', () => {
		expect(scoreInRange(criteria[1]!, 5)).toBe(true)
		expect(scoreInRange(criteria[1]!, 6)).toBe(false)
		expect(scoreInRange(criteria[1]!, -1)).toBe(false)
		expect(scoreInRange(criteria[1]!, 2.5)).toBe(false)
	})

	test('average, spread, and a disagreement flag from 20 points apart', () => {
		const review = (reviewerId: string, novelty: number, feasibility: number) => ({ reviewerId, scores: [{ criterionId: 'novelty', score: novelty }, { criterionId: 'feasibility', score: feasibility }] })
		expect(reviewSummary(criteria, [review('a', 10, 5), review('b', 8, 4)])).toMatchObject({ average: 90, spread: 20, disagreement: true })
		expect(reviewSummary(criteria, [review('a', 10, 5), review('b', 9, 5)])).toMatchObject({ average: 98, spread: 4, disagreement: false })
		expect(reviewSummary(criteria, [])).toMatchObject({ average: null, spread: null, disagreement: false })
	})
})
