// A programme's public statistics once results are published: applications received,
// approved, rejected, waitlisted, the average processing time (from the first
// submission to the decision) and the share decided within the processing limit.
export type ApplicationFacts = {
	status: string
	submittedAt: Date | null // first submission
	decidedAt: Date | null
}

const dayMs = 24 * 60 * 60 * 1000

export function programmeStatistics(applications: ApplicationFacts[], processingLimitDays: number) {
	// Drafts never sent are not "received".
	const received = applications.filter((a) => a.submittedAt !== null)
	const decided = received.filter((a) => a.decidedAt !== null)
	const days = decided.map((a) => (a.decidedAt!.getTime() - a.submittedAt!.getTime()) / dayMs)
	const onTime = days.filter((d) => d <= processingLimitDays).length
	const count = (status: string) => received.filter((a) => a.status === status).length
	return {
		received: received.length,
		approved: count('APPROVED'),
		rejected: count('REJECTED'),
		waitlisted: count('WAITLISTED'),
		withdrawn: count('WITHDRAWN'),
		averageProcessingDays: days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null,
		onTimeShare: days.length ? Math.round((onTime / days.length) * 1000) / 1000 : null,
	}
}
