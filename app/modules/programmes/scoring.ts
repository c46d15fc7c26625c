// Weighted totals on a 0–100 scale, the spread between reviewers, and the flag that
// asks the officer to look at a disagreement.
export type Criterion = { id: string; weight: number; maxScore: number }
export type Score = { criterionId: string; score: number }

export const disagreementThreshold = 20

export function weightedTotal(criteria: Criterion[], scores: Score[]): number | null {
	const byCriterion = new Map(scores.map((s) => [s.criterionId, s.score]))
	const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0)
	if (totalWeight <= 0 || criteria.some((c) => !byCriterion.has(c.id))) return null
	const sum = criteria.reduce((acc, c) => acc + (c.weight * byCriterion.get(c.id)!) / c.maxScore, 0)
	return Math.round((sum / totalWeight) * 100 * 100) / 100
}

export function scoreInRange(criterion: Criterion, score: number) {
	return Number.isInteger(score) && score >= 0 && score <= criterion.maxScore
}

// Only submitted reviews count.
export function reviewSummary(criteria: Criterion[], reviews: { reviewerId: string; scores: Score[] }[]) {
	const totals = reviews.map((review) => ({ reviewerId: review.reviewerId, total: weightedTotal(criteria, review.scores) })).filter((r): r is { reviewerId: string; total: number } => r.total !== null)
	if (totals.length === 0) return { average: null, spread: null, disagreement: false, totals }
	const values = totals.map((t) => t.total)
	const average = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100
	const spread = Math.round((Math.max(...values) - Math.min(...values)) * 100) / 100
	return { average, spread, disagreement: totals.length > 1 && spread >= disagreementThreshold, totals }
}

// Prisma Decimal (weights) or a plain number, as a number.
export function decimalToNumber(value: { toNumber(): number } | number) {
	return typeof value === 'number' ? value : value.toNumber()
}
