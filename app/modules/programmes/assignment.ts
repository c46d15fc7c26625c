// Automatic reviewer assignment: each application gets `perApplication` reviewers,
// never one from the applicant's organisation or one who declared a conflict with it,
// and the load is spread evenly (fewest current assignments first).
export type ReviewerPool = { id: string; organizationIds: string[]; load: number }
export type ApplicationToAssign = { id: string; organizationId: string; reviewerIds: string[] }

export function assignReviewers(input: {
	applications: ApplicationToAssign[]
	reviewers: ReviewerPool[]
	perApplication: number
	// "reviewerId:applicationId" pairs declared or known as conflicts.
	conflicts: Set<string>
}) {
	const load = new Map(input.reviewers.map((r) => [r.id, r.load]))
	const canReview = (reviewer: ReviewerPool, application: ApplicationToAssign) =>
		!reviewer.organizationIds.includes(application.organizationId) &&
		!input.conflicts.has(`${reviewer.id}:${application.id}`) &&
		!application.reviewerIds.includes(reviewer.id)
	// The hardest applications (fewest possible reviewers) are served first.
	const order = [...input.applications].sort(
		(a, b) => input.reviewers.filter((r) => canReview(r, a)).length - input.reviewers.filter((r) => canReview(r, b)).length || a.id.localeCompare(b.id),
	)
	const flexibility = new Map(input.reviewers.map((r) => [r.id, input.applications.filter((a) => canReview(r, a)).length]))
	const assignments: { applicationId: string; reviewerId: string }[] = []
	const shortfalls: { applicationId: string; missing: number }[] = []
	for (const application of order) {
		const needed = Math.max(0, input.perApplication - application.reviewerIds.length)
		// Least loaded first; among equals, the reviewer who can take the fewest applications,
		// so that flexible reviewers stay available for the applications only they can take.
		const chosen = input.reviewers
			.filter((r) => canReview(r, application))
			.sort((a, b) => load.get(a.id)! - load.get(b.id)! || flexibility.get(a.id)! - flexibility.get(b.id)! || a.id.localeCompare(b.id))
			.slice(0, needed)
		for (const reviewer of chosen) {
			assignments.push({ applicationId: application.id, reviewerId: reviewer.id })
			load.set(reviewer.id, load.get(reviewer.id)! + 1)
		}
		if (chosen.length < needed) shortfalls.push({ applicationId: application.id, missing: needed - chosen.length })
	}
	return { assignments, shortfalls, load: Object.fromEntries(load) }
}
