// The reviewer's side: only their own assignments; a conflict declaration (or none)
// before the application opens; scores per criterion within range with a comment,
// saved as often as they like, submitted once (then read-only). Blind review: other
// reviewers' scores appear only after one's own submission, never to applicants.
import type { AppLoadContext } from '@remix-run/node'
import { audit } from '~/modules/audit/audit.server'
import type { SessionUser } from '~/modules/auth/guards.server'
import { hasRole } from '~/modules/auth/permissions'
import { prisma } from '~/utils/db.server'
import type { ApplicationStatus } from '~/generated/prisma/enums'
import { conflictError, hasConflict } from './conflicts.server'
import { decimalToNumber, reviewSummary, scoreInRange, weightedTotal } from './scoring'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

// Only people who hold the reviewer role review; one whose role was withdrawn loses
// access to their assignments too.
function isReviewer(user: SessionUser) {
	return hasRole(user, 'reviewer')
}

// Applications reach reviewers in review; after a decision the review stays readable,
// but only an application still in review takes a declaration or scores (a decision
// rests on the reviews as they were).
const reviewableStatuses: readonly ApplicationStatus[] = ['IN_REVIEW', 'APPROVED', 'REJECTED', 'WAITLISTED']
const writableStatus: ApplicationStatus = 'IN_REVIEW'

// Whether this user, as a reviewer, may read an application in this status (its files too,
// given an assignment without a declared conflict).
export function reviewerMayRead(user: SessionUser, applicationStatus: ApplicationStatus) {
	return isReviewer(user) && reviewableStatuses.includes(applicationStatus)
}

async function ownAssignment(user: SessionUser, assignmentId: string) {
	if (!isReviewer(user)) return null
	return prisma.reviewAssignment.findFirst({
		where: { id: assignmentId, reviewerId: user.id, application: { status: { in: [...reviewableStatuses] } } },
		select: { id: true, status: true, conflictCheckedAt: true, submittedAt: true, applicationId: true, application: { select: { status: true } } },
	})
}

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0]

// Under a share lock on the application: a decision (which locks it for update) waits for
// this write, or this write sees the decision.
async function stillInReview(tx: Tx, applicationId: string) {
	const rows = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text AS "status" FROM "Application" WHERE "id" = ${applicationId} FOR SHARE`
	return rows[0]?.status === writableStatus
}

export type ReviewStage = 'conflictCheck' | 'inProgress' | 'submitted' | 'conflictDeclared'

export function reviewStage(assignment: { status: string; conflictCheckedAt: Date | null }): ReviewStage {
	if (assignment.status === 'CONFLICT_DECLARED') return 'conflictDeclared'
	if (assignment.status === 'SUBMITTED') return 'submitted'
	return assignment.conflictCheckedAt ? 'inProgress' : 'conflictCheck'
}

const stageOrder: ReviewStage[] = ['conflictCheck', 'inProgress', 'submitted', 'conflictDeclared']

// The reviewer's own assignments, the ones waiting for them first. Null: not a reviewer.
// The project title appears only once the reviewer has declared no conflict.
export async function assignmentsForReviewer(user: SessionUser) {
	if (!isReviewer(user)) return null
	const assignments = await prisma.reviewAssignment.findMany({
		where: { reviewerId: user.id, application: { status: { in: [...reviewableStatuses] } } },
		orderBy: { createdAt: 'asc' },
		select: {
			id: true,
			status: true,
			conflictCheckedAt: true,
			submittedAt: true,
			_count: { select: { scores: true } },
			application: {
				select: {
					referenceNumber: true,
					projectTitle: true,
					status: true,
					decidedAt: true,
					organization: { select: { name: true } },
					programme: { select: { title: true, closesAt: true, _count: { select: { criteria: true } } } },
				},
			},
		},
	})
	return assignments
		.map((assignment) => {
			const stage = reviewStage(assignment)
			const { application } = assignment
			return {
				id: assignment.id,
				stage,
				referenceNumber: application.referenceNumber,
				programmeTitle: application.programme.title,
				programmeClosesAt: application.programme.closesAt,
				organizationName: application.organization.name,
				projectTitle: stage === 'inProgress' || stage === 'submitted' ? application.projectTitle : null,
				applicationStatus: application.status,
				decidedAt: application.decidedAt,
				// Decided: readable, no longer open to a declaration or scores.
				closed: application.status !== writableStatus,
				submittedAt: assignment.submittedAt,
				scoredCriteria: assignment._count.scores,
				criteriaCount: application.programme._count.criteria,
			}
		})
		.sort((a, b) => stageOrder.indexOf(a.stage) - stageOrder.indexOf(b.stage))
}

// What the reviewer's page may show. Null: not theirs (the page answers 404).
export async function reviewForReviewer(user: SessionUser, assignmentId: string) {
	const assignment = await ownAssignment(user, assignmentId)
	if (!assignment) return null
	const [criteria, own, subject] = await Promise.all([
		prisma.rubricCriterion.findMany({
			where: { programme: { applications: { some: { id: assignment.applicationId } } } },
			orderBy: { sortOrder: 'asc' },
			select: { id: true, title: true, description: true, weight: true, maxScore: true },
		}),
		prisma.reviewAssignment.findUniqueOrThrow({ where: { id: assignment.id }, select: { conflictNote: true, overallComment: true } }),
		// Enough to judge a conflict of interest: who applies, for what, in which programme.
		prisma.application.findUniqueOrThrow({
			where: { id: assignment.applicationId },
			select: { referenceNumber: true, projectTitle: true, status: true, organization: { select: { name: true } }, programme: { select: { title: true, closesAt: true } } },
		}),
	])
	const base = {
		assignment: {
			id: assignment.id,
			status: assignment.status,
			stage: reviewStage(assignment),
			submitted: assignment.submittedAt !== null,
			submittedAt: assignment.submittedAt,
			// The application was decided: the page is read-only.
			closed: assignment.application.status !== writableStatus,
			conflictChecked: assignment.conflictCheckedAt !== null,
			conflictNote: assignment.status === 'CONFLICT_DECLARED' ? own.conflictNote : null,
		},
		subject: {
			referenceNumber: subject.referenceNumber,
			projectTitle: subject.projectTitle,
			organizationName: subject.organization.name,
			programmeTitle: subject.programme.title,
			programmeClosesAt: subject.programme.closesAt,
			applicationStatus: subject.status,
		},
	}
	// Until the reviewer has declared no conflict, the application itself stays closed.
	if (!assignment.conflictCheckedAt || assignment.status === 'CONFLICT_DECLARED') {
		return { ...base, application: null, criteria: [], myScores: [], overallComment: '', myTotal: null, others: null, comparison: null }
	}
	const [application, myScores] = await Promise.all([
		prisma.application.findUniqueOrThrow({
			where: { id: assignment.applicationId },
			select: {
				referenceNumber: true,
				projectTitle: true,
				requestedAmountVnd: true,
				declaredTrl: true,
				organization: { select: { name: true } },
				programme: {
					select: {
						questions: { orderBy: { sortOrder: 'asc' }, select: { id: true, label: true, type: true } },
						documents: { orderBy: { sortOrder: 'asc' }, select: { id: true, title: true, required: true } },
					},
				},
				answers: { select: { questionId: true, value: true, attachment: { select: { id: true, fileName: true, deletedAt: true } } } },
				documents: { select: { requirementId: true, attachment: { select: { id: true, fileName: true, deletedAt: true } } } },
			},
		}),
		prisma.reviewScore.findMany({ where: { assignmentId }, select: { criterionId: true, score: true, comment: true } }),
	])
	const file = (attachment: { id: string; fileName: string; deletedAt: Date | null } | null | undefined) =>
		attachment && !attachment.deletedAt ? { id: attachment.id, fileName: attachment.fileName } : null
	const answers = new Map(application.answers.map((answer) => [answer.questionId, answer]))
	const provided = new Map(application.documents.map((document) => [document.requirementId, document]))
	const rubric = criteria.map((c) => ({ id: c.id, weight: decimalToNumber(c.weight), maxScore: c.maxScore }))
	let others = null
	let comparison = null
	if (assignment.submittedAt) {
		const submitted = await prisma.reviewAssignment.findMany({
			where: { applicationId: assignment.applicationId, status: 'SUBMITTED', id: { not: assignment.id } },
			orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
			select: { id: true, overallComment: true, scores: { select: { criterionId: true, score: true, comment: true } } },
		})
		// Anonymous: "Reviewer 1, 2…" in the order they submitted; no names, no ids.
		others = submitted.map((review, index) => ({ label: index + 1, overallComment: review.overallComment, scores: review.scores }))
		const summary = reviewSummary(rubric, [{ reviewerId: 'me', scores: myScores }, ...others.map((o) => ({ reviewerId: String(o.label), scores: o.scores }))])
		comparison = {
			average: summary.average,
			spread: summary.spread,
			disagreement: summary.disagreement,
			totals: others.map((o) => ({ label: o.label, total: weightedTotal(rubric, o.scores) })),
		}
	}
	return {
		...base,
		application: {
			referenceNumber: application.referenceNumber,
			projectTitle: application.projectTitle,
			requestedAmountVnd: application.requestedAmountVnd?.toString() ?? null,
			declaredTrl: application.declaredTrl,
			organization: application.organization,
			answers: application.programme.questions.map((question) => {
				const answer = answers.get(question.id)
				const value = answer?.value
				return {
					questionId: question.id,
					label: question.label,
					type: question.type,
					value: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null,
					file: file(answer?.attachment),
				}
			}),
			documents: application.programme.documents.map((requirement) => ({
				requirementId: requirement.id,
				title: requirement.title,
				required: requirement.required,
				file: file(provided.get(requirement.id)?.attachment),
			})),
		},
		criteria: criteria.map((c) => ({ ...c, weight: decimalToNumber(c.weight) })),
		myScores,
		overallComment: own.overallComment,
		myTotal: weightedTotal(rubric, myScores),
		others,
		comparison,
	}
}

const alreadyDeclared = 'reviewing.errors.alreadyDeclared'
const applicationDecided = 'reviewing.errors.applicationDecided'

export async function declareConflict(user: SessionUser, assignmentId: string, input: { conflict: boolean; note?: string }, ctx: Ctx) {
	const assignment = await ownAssignment(user, assignmentId)
	if (!assignment) return { ok: false as const, status: 404 as const, error: 'errors.notFound' }
	if (assignment.application.status !== writableStatus) return { ok: false as const, status: 409 as const, error: applicationDecided }
	if (assignment.conflictCheckedAt || assignment.status !== 'ASSIGNED') return { ok: false as const, status: 409 as const, error: alreadyDeclared }
	return prisma.$transaction(async (tx) => {
		if (!(await stillInReview(tx, assignment.applicationId))) return { ok: false as const, status: 409 as const, error: applicationDecided }
		// Declared once: a second tab, or an assignment withdrawn meanwhile, updates nothing.
		const { count } = await tx.reviewAssignment.updateMany({
			where: { id: assignmentId, reviewerId: user.id, conflictCheckedAt: null, status: 'ASSIGNED' },
			data: input.conflict ? { status: 'CONFLICT_DECLARED', conflictNote: input.note?.trim() || null, conflictCheckedAt: new Date() } : { conflictCheckedAt: new Date() },
		})
		if (count === 0) return { ok: false as const, status: 409 as const, error: alreadyDeclared }
		await audit({ action: input.conflict ? 'review.conflict.declared' : 'review.conflict.none', actorId: user.id, entityType: 'application', entityId: assignment.applicationId, ...ctx }, tx)
		return { ok: true as const }
	})
}

const reviewClosed = 'reviewing.errors.reviewClosed'

// score null: not scored (yet); saving a draft with null clears a score saved before.
export type ScoreInput = { criterionId: string; score: number | null; comment: string }

// Saves a draft of the scores, or submits them (every criterion scored) once.
export async function saveScores(user: SessionUser, assignmentId: string, input: { scores: ScoreInput[]; overallComment: string; submit: boolean }, ctx: Ctx) {
	const assignment = await ownAssignment(user, assignmentId)
	if (!assignment) return { ok: false as const, status: 404 as const, error: 'errors.notFound' }
	if (assignment.application.status !== writableStatus) return { ok: false as const, status: 409 as const, error: applicationDecided }
	if (!assignment.conflictCheckedAt || assignment.status !== 'ASSIGNED') return { ok: false as const, status: 409 as const, error: reviewClosed }
	// Joining the applying organisation after the assignment, or having acted for the
	// applicant (conflicts.server.ts), makes the review no longer impartial.
	if (await hasConflict(user.id, assignment.applicationId)) return { ok: false as const, status: 403 as const, error: conflictError }
	const criteria = await prisma.rubricCriterion.findMany({ where: { programme: { applications: { some: { id: assignment.applicationId } } } }, select: { id: true, weight: true, maxScore: true } })
	const byId = new Map(criteria.map((c) => [c.id, { id: c.id, weight: decimalToNumber(c.weight), maxScore: c.maxScore }]))
	const fieldErrors: Record<string, string> = {}
	for (const score of input.scores) {
		const criterion = byId.get(score.criterionId)
		if (!criterion) return { ok: false as const, status: 400 as const, error: 'errors.badRequest' }
		if (score.score === null) {
			// A comment is kept with its score; alone it would be lost without a word.
			if (score.comment.trim() && !input.submit) fieldErrors[score.criterionId] = 'reviewing.errors.commentNeedsScore'
		} else if (!scoreInRange(criterion, score.score)) fieldErrors[score.criterionId] = 'programmes.errors.scoreOutOfRange'
	}
	if (input.submit) for (const criterion of criteria) if (!input.scores.some((s) => s.criterionId === criterion.id && s.score !== null)) fieldErrors[criterion.id] ??= 'programmes.errors.scoreRequired'
	if (Object.keys(fieldErrors).length) return { ok: false as const, status: 400 as const, error: 'programmes.errors.scoresInvalid', fieldErrors }
	return prisma.$transaction(async (tx) => {
		// Decided applications and submitted reviews are read-only: both are checked again
		// under the locks (the application's first, as a decision takes it).
		if (!(await stillInReview(tx, assignment.applicationId))) return { ok: false as const, status: 409 as const, error: applicationDecided }
		const current = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text AS "status" FROM "ReviewAssignment" WHERE "id" = ${assignmentId} FOR UPDATE`
		// Withdrawn by the officer meanwhile: gone, as for anyone else.
		if (!current[0]) return { ok: false as const, status: 404 as const, error: 'errors.notFound' }
		if (current[0].status !== 'ASSIGNED') return { ok: false as const, status: 409 as const, error: reviewClosed }
		for (const score of input.scores) {
			if (score.score === null) {
				await tx.reviewScore.deleteMany({ where: { assignmentId, criterionId: score.criterionId } })
				continue
			}
			await tx.reviewScore.upsert({
				where: { assignmentId_criterionId: { assignmentId, criterionId: score.criterionId } },
				create: { assignmentId, criterionId: score.criterionId, score: score.score, comment: score.comment.trim() },
				update: { score: score.score, comment: score.comment.trim() },
			})
		}
		await tx.reviewAssignment.update({
			where: { id: assignmentId },
			data: { overallComment: input.overallComment.trim(), ...(input.submit ? { status: 'SUBMITTED', submittedAt: new Date() } : {}) },
		})
		if (input.submit) await audit({ action: 'review.submitted', actorId: user.id, entityType: 'application', entityId: assignment.applicationId, ...ctx }, tx)
		return { ok: true as const }
	})
}

// The officer's view of the reviews of one application: weighted totals, spread, disagreement.
export async function reviewsForOfficer(applicationId: string) {
	const [criteria, assignments] = await Promise.all([
		prisma.rubricCriterion.findMany({ where: { programme: { applications: { some: { id: applicationId } } } }, select: { id: true, weight: true, maxScore: true } }),
		prisma.reviewAssignment.findMany({
			where: { applicationId },
			select: { reviewerId: true, status: true, overallComment: true, reviewer: { select: { name: true } }, scores: { select: { criterionId: true, score: true, comment: true } } },
		}),
	])
	const rubric = criteria.map((c) => ({ id: c.id, weight: decimalToNumber(c.weight), maxScore: c.maxScore }))
	const submitted = assignments.filter((a) => a.status === 'SUBMITTED')
	return { summary: reviewSummary(rubric, submitted), assignments }
}
