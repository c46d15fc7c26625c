// The programme officer's evaluation: the table of a programme's applications (never
// the applicants' unsubmitted drafts), one application with everything an officer
// needs, and decisions one by one or in bulk. Every status change goes through
// transitionApplication (state machine, row lock, timeline, audit, notification).
import type { AppLoadContext } from '@remix-run/node'
import type { ApplicationStatus } from '~/generated/prisma/enums'
import { audit } from '~/modules/audit/audit.server'
import type { SessionUser } from '~/modules/auth/guards.server'
import { prisma } from '~/utils/db.server'
import { foldText, renderDecisionTemplate, templateUsesScore, type TableFilters } from './evaluation-table'
import { applicationRules, type ApplicationAction } from './application-lifecycle'
import { reviewsMissingError, transitionApplication } from './applications.server'
import { autoAssignReviewers, readsReviewsWhere, reviewerWhere } from './assignments.server'
import { applicantFrom, checkEligibility, eligibilityApplicantSelect, eligibilityRulesFrom, eligibilityRulesSelect } from './eligibility'
import type { ApplicationRow } from './export'
import { conflictedApplicationIds, conflictError, hasConflict, notConflictedWith, pendingReviewerOf } from './conflicts.server'
import { reviewsForOfficer } from './reviews.server'
import { decimalToNumber, reviewSummary } from './scoring'
import { formatNumber } from '~/utils/format'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }
type OfficerProgramme = { id: string; maxPerApplicationVnd: bigint | null; publishScores: boolean }

// What an officer may ever see: applications that were submitted at least once. A draft
// stays the applicant's, even once withdrawn before submission (WITHDRAWN, never submitted).
const submittedOnce = { submittedAt: { not: null } } as const

export async function belongsToProgramme(programmeId: string, applicationId: string) {
	return (await prisma.application.count({ where: { id: applicationId, programmeId, ...submittedOnce } })) > 0
}

export async function isAssignmentOf(applicationId: string, assignmentId: string) {
	return (await prisma.reviewAssignment.count({ where: { id: assignmentId, applicationId } })) > 0
}

async function eligibilityRulesOf(programmeId: string) {
	return eligibilityRulesFrom(await prisma.programme.findUniqueOrThrow({ where: { id: programmeId }, select: eligibilityRulesSelect }))
}

const organizationSelect = { name: true, slug: true, ...eligibilityApplicantSelect } as const

export type TableRow = {
	id: string
	referenceNumber: string
	organization: { name: string; slug: string }
	projectTitle: string
	status: ApplicationStatus
	eligible: boolean
	requestedAmountVnd: string | null
	submittedAt: Date | null
	reviewsDone: number
	reviewsAssigned: number
	conflicts: number
	averageScore: number | null
	spread: number | null
	disagreement: boolean
	decision: { outcome: string; awardedAmountVnd: string | null } | null
	decidable: boolean
	// The viewer may not handle this application (member of the applicant, declared conflict).
	conflict: boolean
}

// Every application of the programme that was ever submitted, filtered and sorted. Drafts
// (the applicant's private work) are only counted: those still being written, not the
// ones withdrawn before submission.
// `viewerId`: whose table it is. The scores of an application this viewer is assigned to
// review stay hidden until they submit their own review (blind review, whatever their
// roles); they are hidden before filtering and sorting, which would reveal them too.
export async function applicationsTable(programmeId: string, filters: TableFilters = {}, viewerId: string | null = null) {
	const [rules, criteria, applications, drafts] = await Promise.all([
		eligibilityRulesOf(programmeId),
		prisma.rubricCriterion.findMany({ where: { programmeId }, select: { id: true, weight: true, maxScore: true } }),
		prisma.application.findMany({
			where: { programmeId, ...submittedOnce, ...(filters.status ? { status: filters.status } : {}) },
			select: {
				id: true, referenceNumber: true, projectTitle: true, status: true, requestedAmountVnd: true, declaredTrl: true, submittedAt: true,
				organization: { select: organizationSelect },
				assignments: { select: { reviewerId: true, status: true, scores: { select: { criterionId: true, score: true } } } },
				decision: { select: { outcome: true, awardedAmountVnd: true } },
			},
		}),
		prisma.application.count({ where: { programmeId, status: 'DRAFT', submittedAt: null } }),
	])
	const rubric = criteria.map((c) => ({ id: c.id, weight: decimalToNumber(c.weight), maxScore: c.maxScore }))
	const ids = applications.map((a) => a.id)
	const [conflicted, blind] = viewerId ? await Promise.all([conflictedApplicationIds(viewerId, ids), pendingReviewerOf(viewerId, ids)]) : [new Set<string>(), new Set<string>()]
	let rows: TableRow[] = applications.map((a) => {
		const hidden = blind.has(a.id) || conflicted.has(a.id)
		const summary = reviewSummary(rubric, hidden ? [] : a.assignments.filter((x) => x.status === 'SUBMITTED'))
		return {
			id: a.id,
			referenceNumber: a.referenceNumber,
			organization: { name: a.organization.name, slug: a.organization.slug },
			projectTitle: a.projectTitle,
			status: a.status,
			eligible: checkEligibility(rules, applicantFrom(a.organization, a.declaredTrl)).eligible,
			requestedAmountVnd: a.requestedAmountVnd?.toString() ?? null,
			submittedAt: a.submittedAt,
			reviewsDone: a.assignments.filter((x) => x.status === 'SUBMITTED').length,
			reviewsAssigned: a.assignments.filter((x) => x.status !== 'CONFLICT_DECLARED').length,
			conflicts: a.assignments.filter((x) => x.status === 'CONFLICT_DECLARED').length,
			averageScore: summary.average,
			spread: summary.spread,
			disagreement: summary.disagreement,
			decision: a.decision ? { outcome: a.decision.outcome, awardedAmountVnd: a.decision.awardedAmountVnd?.toString() ?? null } : null,
			decidable: applicationRules.approve.from.includes(a.status) && !conflicted.has(a.id),
			conflict: conflicted.has(a.id),
		}
	})
	if (filters.eligibility) rows = rows.filter((r) => r.eligible === (filters.eligibility === 'eligible'))
	if (filters.disagreement) rows = rows.filter((r) => r.disagreement)
	if (filters.q) {
		const needle = foldText(filters.q)
		rows = rows.filter((r) => [r.referenceNumber, r.organization.name, r.projectTitle].some((text) => foldText(text).includes(needle)))
	}
	const sort = filters.sort ?? 'submittedDesc'
	const time = (d: Date | null) => d?.getTime() ?? 0
	rows.sort((a, b) => {
		if (sort === 'submittedAsc') return time(a.submittedAt) - time(b.submittedAt)
		if (sort === 'submittedDesc') return time(b.submittedAt) - time(a.submittedAt)
		// Unscored applications go last whichever way the scores are sorted.
		if (a.averageScore === null || b.averageScore === null) return (a.averageScore === null ? 1 : 0) - (b.averageScore === null ? 1 : 0)
		return sort === 'scoreDesc' ? b.averageScore - a.averageScore : a.averageScore - b.averageScore
	})
	return { rows, drafts }
}

export function exportRows(rows: TableRow[]): ApplicationRow[] {
	return rows.map((r) => ({
		referenceNumber: r.referenceNumber,
		organization: r.organization.name,
		projectTitle: r.projectTitle,
		status: r.status,
		eligible: r.eligible,
		requestedAmountVnd: r.requestedAmountVnd === null ? null : BigInt(r.requestedAmountVnd),
		submittedAt: r.submittedAt,
		reviewsDone: r.reviewsDone,
		reviewsAssigned: r.reviewsAssigned,
		averageScore: r.averageScore,
		disagreement: r.disagreement,
		decision: r.decision?.outcome ?? null,
		awardedAmountVnd: r.decision?.awardedAmountVnd == null ? null : BigInt(r.decision.awardedAmountVnd),
	}))
}

// One application of the programme as its officer sees it; null when it is not one of
// the programme's submitted applications (drafts stay the applicant's, withdrawn or not).
// For a viewer with a conflict of interest, or assigned to review it and not yet done,
// the other reviewers' scores and comments are left out.
export async function applicationForOfficer(programmeId: string, applicationId: string, viewerId: string | null = null) {
	const application = await prisma.application.findFirst({
		where: { id: applicationId, programmeId, ...submittedOnce },
		select: {
			id: true, referenceNumber: true, status: true, projectTitle: true, requestedAmountVnd: true, declaredTrl: true, submittedAt: true, decidedAt: true,
			organization: { select: { id: true, ...organizationSelect } },
			programme: {
				select: {
					questions: { orderBy: { sortOrder: 'asc' }, select: { id: true, type: true, label: true } },
					documents: { orderBy: { sortOrder: 'asc' }, select: { id: true, title: true, required: true } },
					criteria: { orderBy: { sortOrder: 'asc' }, select: { id: true, title: true, weight: true, maxScore: true } },
				},
			},
			answers: { select: { questionId: true, value: true, attachment: { select: { id: true, fileName: true } } } },
			documents: { select: { requirementId: true, attachment: { select: { id: true, fileName: true } } } },
			events: { orderBy: { createdAt: 'asc' }, select: { id: true, fromStatus: true, toStatus: true, reason: true, createdAt: true, actor: { select: { name: true } } } },
			assignments: { orderBy: { createdAt: 'asc' }, select: { id: true, reviewerId: true, status: true, conflictNote: true, conflictCheckedAt: true, submittedAt: true, reviewer: { select: { name: true } } } },
			decision: { select: { outcome: true, reasons: true, awardedAmountVnd: true, reviewOverrideReason: true, createdAt: true, decidedBy: { select: { name: true } } } },
		},
	})
	if (!application) return null
	const [rules, reviews, conflict, blind] = await Promise.all([
		eligibilityRulesOf(programmeId),
		reviewsForOfficer(applicationId),
		viewerId ? hasConflict(viewerId, applicationId) : false,
		viewerId ? pendingReviewerOf(viewerId, [applicationId]).then((ids) => ids.size > 0) : false,
	])
	const reviewsHidden = conflict || blind
	const eligibility = checkEligibility(rules, applicantFrom(application.organization, application.declaredTrl))
	const answers = new Map(application.answers.map((a) => [a.questionId, a]))
	const documents = new Map(application.documents.map((d) => [d.requirementId, d.attachment]))
	const { organization, programme } = application
	return {
		id: application.id,
		referenceNumber: application.referenceNumber,
		status: application.status,
		projectTitle: application.projectTitle,
		requestedAmountVnd: application.requestedAmountVnd?.toString() ?? null,
		declaredTrl: application.declaredTrl,
		submittedAt: application.submittedAt,
		organization: { id: organization.id, name: organization.name, slug: organization.slug },
		eligibility,
		answers: programme.questions.map((q) => {
			const answer = answers.get(q.id)
			return { questionId: q.id, type: q.type, label: q.label, value: answer?.value ?? null, file: answer?.attachment ?? null }
		}),
		documents: programme.documents.map((d) => ({ id: d.id, title: d.title, required: d.required, file: documents.get(d.id) ?? null })),
		events: application.events,
		assignments: application.assignments,
		criteria: programme.criteria.map((c) => ({ ...c, weight: decimalToNumber(c.weight) })),
		conflict,
		// Why the reviews are not shown to this viewer, if they are not.
		reviewsHidden: conflict ? ('conflict' as const) : blind ? ('ownReviewPending' as const) : null,
		reviews: reviewsHidden ? { summary: reviewSummary([], []), submitted: [] } : {
			summary: reviews.summary,
			submitted: reviews.assignments
				.filter((a) => a.status === 'SUBMITTED')
				.map((a) => ({ reviewerId: a.reviewerId, name: a.reviewer.name, overallComment: a.overallComment, scores: a.scores, total: reviews.summary.totals.find((t) => t.reviewerId === a.reviewerId)?.total ?? null })),
		},
		decision: application.decision ? { ...application.decision, awardedAmountVnd: application.decision.awardedAmountVnd?.toString() ?? null } : null,
	}
}

// Users with the reviewer role who may be assigned to this application by hand: no
// conflict of interest with it (conflicts.server.ts), not assigned already, not the
// viewer, and no administrator once a review is submitted.
export async function reviewerCandidates(applicationId: string, viewerId: string) {
	const application = await prisma.application.findUniqueOrThrow({ where: { id: applicationId }, select: { programme: { select: { organizationId: true } }, assignments: { select: { reviewerId: true, status: true } } } })
	const reviewed = application.assignments.some((a) => a.status === 'SUBMITTED')
	return prisma.user.findMany({
		where: {
			...reviewerWhere(application.programme.organizationId),
			...notConflictedWith(applicationId),
			// Never oneself; no administrator once a review is submitted (assignments.server.ts).
			id: { notIn: [viewerId, ...application.assignments.map((a) => a.reviewerId)] },
			...(reviewed ? { AND: [{ NOT: readsReviewsWhere }] } : {}),
		},
		orderBy: { name: 'asc' },
		select: { id: true, name: true, email: true },
	})
}

// Automatic assignment for the whole programme, with the applications left short of
// reviewers named by their reference.
export async function autoAssignWithReport(user: SessionUser, programmeId: string, ctx: Ctx) {
	const outcome = await autoAssignReviewers(user, programmeId, ctx)
	if (!outcome.ok) return outcome
	const references = await prisma.application.findMany({ where: { id: { in: outcome.shortfalls.map((s) => s.applicationId) } }, select: { id: true, referenceNumber: true } })
	const byId = new Map(references.map((r) => [r.id, r.referenceNumber]))
	return { ok: true as const, assigned: outcome.assigned, shortfalls: outcome.shortfalls.map((s) => ({ referenceNumber: byId.get(s.applicationId) ?? s.applicationId, missing: s.missing })) }
}

export type Outcome = 'approve' | 'waitlist' | 'reject'

// A decision on one application; an approval carries an amount within the programme's maximum.
export async function decideApplication(
	user: SessionUser,
	programme: OfficerProgramme,
	input: { applicationId: string; outcome: Outcome; reason: string; awardedAmountVnd?: number | null; confirmAmount?: boolean; reviewOverrideReason?: string; origin: string },
	ctx: Ctx,
) {
	const application = await prisma.application.findFirst({ where: { id: input.applicationId, programmeId: programme.id, ...submittedOnce }, select: { requestedAmountVnd: true } })
	if (!application) return { ok: false as const, status: 404 as const, error: 'errors.notFound' }
	if (await hasConflict(user.id, input.applicationId)) return { ok: false as const, status: 403 as const, error: conflictError }
	let unusualAmount = false
	if (input.outcome === 'approve') {
		if (input.awardedAmountVnd == null) return { ok: false as const, status: 400 as const, error: 'evaluation.errors.amountRequired', field: 'awardedAmountVnd' as const }
		if (programme.maxPerApplicationVnd !== null && BigInt(input.awardedAmountVnd) > programme.maxPerApplicationVnd) {
			return { ok: false as const, status: 400 as const, error: 'evaluation.errors.amountAboveMax', field: 'awardedAmountVnd' as const }
		}
		unusualAmount = needsAmountConfirmation(input.awardedAmountVnd, application.requestedAmountVnd)
		if (unusualAmount && !input.confirmAmount) return { ok: false as const, status: 400 as const, error: amountNeedsConfirmationError, field: 'awardedAmountVnd' as const }
	}
	const result = await transitionApplication(
		user,
		{
			applicationId: input.applicationId,
			action: input.outcome,
			reason: input.reason,
			awardedAmountVnd: input.outcome === 'approve' ? input.awardedAmountVnd : null,
			reviewOverrideReason: input.reviewOverrideReason,
			auditMetadata: unusualAmount ? { amountConfirmed: true, requestedAmountVnd: application.requestedAmountVnd?.toString() ?? null, awardedAmountVnd: String(input.awardedAmountVnd) } : undefined,
			origin: input.origin,
			side: 'officer',
		},
		ctx,
	)
	if (!result.ok) {
		const field = result.error === 'programmes.errors.reasonRequired' ? ('reason' as const) : result.error === reviewsMissingError ? ('reviewOverrideReason' as const) : undefined
		return { ...result, field }
	}
	return result
}

export const amountNeedsConfirmationError = 'programmeIntegrity.errors.amountNeedsConfirmation'

// An award of nothing, or of more than the applicant asked for, is most likely a typing
// mistake: the officer confirms it explicitly.
export function needsAmountConfirmation(awardedAmountVnd: number | bigint, requestedAmountVnd: bigint | null) {
	const awarded = BigInt(awardedAmountVnd)
	return awarded === 0n || (requestedAmountVnd !== null && awarded > requestedAmountVnd)
}

type ScreeningAction = Extract<ApplicationAction, 'startScreening' | 'markEligible' | 'returnForChanges' | 'rejectIneligible'>

export async function screenApplication(user: SessionUser, programme: OfficerProgramme, input: { applicationId: string; action: ScreeningAction; reason?: string; origin: string }, ctx: Ctx) {
	if (!(await belongsToProgramme(programme.id, input.applicationId))) return { ok: false as const, status: 404 as const, error: 'errors.notFound' }
	if (await hasConflict(user.id, input.applicationId)) return { ok: false as const, status: 403 as const, error: conflictError }
	return transitionApplication(user, { applicationId: input.applicationId, action: input.action, reason: input.reason, origin: input.origin, side: 'officer' }, ctx)
}

export type BulkItem = { applicationId: string; referenceNumber: string | null; ok: boolean; status?: ApplicationStatus; error?: string }

const pendingReviewerError = 'programmeIntegrity.errors.pendingReviewerBulkDecision'

type BulkResult = { ok: true; items: BulkItem[] } | { ok: false; status: 400; error: string; field: 'template' }

// The same decision on several applications, each through its own transition (so each
// is state-checked, audited and notified); a refusal of one does not stop the others.
// The message goes to the applicants: it carries the average score only when the
// programme publishes its scores.
export async function bulkDecide(
	user: SessionUser,
	programme: OfficerProgramme,
	input: { applicationIds: string[]; outcome: Outcome; template: string; origin: string },
	ctx: Ctx,
): Promise<BulkResult> {
	const withScore = templateUsesScore(input.template)
	if (withScore && !programme.publishScores) return { ok: false, status: 400, error: 'evaluation.errors.scoreNotPublished', field: 'template' }
	const applications = await prisma.application.findMany({
		where: { id: { in: input.applicationIds }, programmeId: programme.id, ...submittedOnce },
		select: { id: true, referenceNumber: true, projectTitle: true, requestedAmountVnd: true, organization: { select: { name: true } } },
	})
	const byId = new Map(applications.map((a) => [a.id, a]))
	// Blind review: the message (with {{score}}) and the decision would show the other
	// reviewers' average to someone whose own review of it is still pending.
	const pending = await pendingReviewerOf(user.id, applications.map((a) => a.id))
	const results: BulkItem[] = []
	for (const applicationId of [...new Set(input.applicationIds)]) {
		const application = byId.get(applicationId)
		if (!application) {
			results.push({ applicationId, referenceNumber: null, ok: false, error: 'errors.notFound' })
			continue
		}
		if (pending.has(applicationId)) {
			results.push({ applicationId, referenceNumber: application.referenceNumber, ok: false, error: pendingReviewerError })
			continue
		}
		const average = withScore ? (await reviewsForOfficer(applicationId)).summary.average : null
		const reason = renderDecisionTemplate(input.template, {
			reference: application.referenceNumber,
			organization: application.organization.name,
			project: application.projectTitle,
			// The letter is Vietnamese: the score with a decimal comma (87,5).
			...(withScore ? { score: average === null ? '—' : formatNumber(average, 'vi') } : {}),
		})
		let amount: number | null = null
		if (input.outcome === 'approve') {
			const requested = application.requestedAmountVnd
			const max = programme.maxPerApplicationVnd
			const capped = requested !== null && max !== null ? (requested < max ? requested : max) : (requested ?? max)
			if (capped === null) {
				results.push({ applicationId, referenceNumber: application.referenceNumber, ok: false, error: 'evaluation.errors.amountRequired' })
				continue
			}
			if (capped === 0n) {
				// Nothing awarded needs the officer's explicit confirmation, one application at a time.
				results.push({ applicationId, referenceNumber: application.referenceNumber, ok: false, error: amountNeedsConfirmationError })
				continue
			}
			amount = Number(capped)
		}
		const outcome = await transitionApplication(user, { applicationId, action: input.outcome, reason, awardedAmountVnd: amount, origin: input.origin, side: 'officer' }, ctx)
		results.push(outcome.ok ? { applicationId, referenceNumber: application.referenceNumber, ok: true, status: outcome.status } : { applicationId, referenceNumber: application.referenceNumber, ok: false, error: outcome.error })
	}
	await audit({
		action: 'application.bulkDecision',
		actorId: user.id,
		entityType: 'programme',
		entityId: programme.id,
		metadata: { outcome: input.outcome, succeeded: results.filter((r) => r.ok).map((r) => r.applicationId), refused: results.filter((r) => !r.ok).map((r) => r.applicationId) },
		...ctx,
	})
	return { ok: true, items: results }
}
