import { expect, test } from 'vitest'
import { programmeStatistics } from './statistics'

const at = (day: number) => new Date(Date.UTC(2027, 0, 1) + day * 24 * 60 * 60 * 1000)

test('received counts only submitted applications; processing days and on-time share come from decided ones', () => {
	const stats = programmeStatistics(
		[
			{ status: 'APPROVED', submittedAt: at(0), decidedAt: at(10) },
			{ status: 'REJECTED', submittedAt: at(0), decidedAt: at(30) },
			{ status: 'REJECTED', submittedAt: at(2), decidedAt: at(40) }, // 38 days: late; average (10 + 30 + 38 + 15) / 4
			{ status: 'WAITLISTED', submittedAt: at(5), decidedAt: at(20) },
			{ status: 'IN_REVIEW', submittedAt: at(6), decidedAt: null },
			{ status: 'WITHDRAWN', submittedAt: at(1), decidedAt: null },
			{ status: 'DRAFT', submittedAt: null, decidedAt: null },
		],
		30,
	)
	expect(stats).toEqual({ received: 6, approved: 1, rejected: 2, waitlisted: 1, withdrawn: 1, averageProcessingDays: 23.3, onTimeShare: 0.75 })
})

test('nothing decided yet: no averages rather than zeros', () => {
	expect(programmeStatistics([{ status: 'SUBMITTED', submittedAt: at(0), decidedAt: null }], 30)).toMatchObject({ received: 1, averageProcessingDays: null, onTimeShare: null })
	expect(programmeStatistics([], 30)).toMatchObject({ received: 0, approved: 0, averageProcessingDays: null })
})
