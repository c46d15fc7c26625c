// The reviewer's side: only their own assignments; a conflict declaration (or none)
// before the application opens; scores per criterion within range with a comment,
// saved as often as they like, submitted once (then read-only). Blind review: other
// reviewers' scores appear only after one's own submission, never to applicants.
import type { AppLoadContext } from '@remix-run/node'
import { audit } from '~/modules/audit/audit.server'
import type { SessionUser } from '~/modules/auth/guards.server'
import { prisma } from '~/utils/db.server'
import { reviewSummary, scoreInRange } from './scoring'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

const decimal = (value: { toNumber(): number } | number) => (typeof value === 'number' ? value : value.toNumber())

async function ownAssignment(user: SessionUser, assignmentId: string) {
	return prisma.reviewAssignment.findFirst({
		where: { id: assignmentId, reviewerId: user.id, application: { status: { in: ['IN_REVIEW', 'APPROVED', 'REJECTED', 'WAITLISTED'] } } },
		select: { id: true, status: true, conflictCheckedAt: true, submittedAt: true, applicationId: true },
	})
}

// What the reviewer's page may show. Null: not theirs (the page answers 404).
export async function reviewForReviewer(user: SessionUser, assignmentId: string) {
	const assignment = await ownAssignment(user, assignmentId)
	if (!assignment) return null
	const criteria = await prisma.rubricCriterion.findMany({
		where: { programme: { applications: { some: { id: assignment.applicationId } } } },
		orderBy: { sortOrder: 'asc' },
		select: { id: true, title: true, description: true, weight: true, maxScore: true },
	})
	const base = { assignment: { id: assignment.id, status: assignment.status, submitted: assignment.submittedAt !== null, conflictChecked: assignment.conflictCheckedAt !== null } }
	// Until the reviewer has declared no conflict, the application itself stays closed.
	if (!assignment.conflictCheckedAt || assignment.status === 'CONFLICT_DECLARED') return { ...base, application: null, criteria: [], myScores: [], others: null }
	const [application, myScores] = await Promise.all([
		prisma.application.findUniqueOrThrow({
			where: { id: assignment.applicationId },
			select: {
				referenceNumber: true,
				projectTitle: true,
				requestedAmountVnd: true,
				organization: { select: { name: true } },
				answers: { select: { questionId: true, value: true, attachmentId: true } },
				documents: { select: { requirementId: true, attachmentId: true } },
			},
		}),
		prisma.reviewScore.findMany({ where: { assignmentId }, select: { criterionId: true, score: true, comment: true } }),
	])
	let others = null
	if (assignment.submittedAt) {
		const submitted = await prisma.reviewAssignment.findMany({
			where: { applicationId: assignment.applicationId, status: 'SUBMITTED', id: { not: assignment.id } },
			select: { id: true, overallComment: true, scores: { select: { criterionId: true, score: true, comment: true } } },
		})
		others = submitted.map((review, index) => ({ label: index + 1, overallComment: review.overallComment, scores: review.scores }))
	}
	return {
		...base,
		application: { ...application, requestedAmountVnd: application.requestedAmountVnd?.toString() ?? null },
		criteria: criteria.map((c) => ({ ...c, weight: decimal(c.weight) })),
		myScores,
		others,
	}
}

export async function declareConflict(user: SessionUser, assignmentId: string, input: { conflict: boolean; note?: string }, ctx: Ctx) {
	const assignment = await ownAssignment(user, assignmentId)
	if (!assignment) return { ok: false as const, status: 404 as const }
	if (assignment.conflictCheckedAt || assignment.status !== 'ASSIGNED') return { ok: false as const, status: 409 as const }
	await prisma.$transaction(async (tx) => {
		await tx.reviewAssignment.update({
			where: { id: assignmentId },
			data: input.conflict ? { status: 'CONFLICT_DECLARED', conflictNote: input.note?.trim() || null, conflictCheckedAt: new Date() } : { conflictCheckedAt: new Date() },
		})
		await audit({ action: input.conflict ? 'review.conflict.declared' : 'review.conflict.none', actorId: user.id, entityType: 'application', entityId: assignment.applicationId, ...ctx }, tx)
	})
	return { ok: true as const }
}

export type ScoreInput = { criterionId: string; score: number; comment: string }

// Saves a draft of the scores, or submits them (every criterion scored) once.
export async function saveScores(user: SessionUser, assignmentId: string, input: { scores: ScoreInput[]; overallComment: string; submit: boolean }, ctx: Ctx) {
	const assignment = await ownAssignment(user, assignmentId)
	if (!assignment) return { ok: false as const, status: 404 as const, error: 'errors.notFound' }
	if (!assignment.conflictCheckedAt || assignment.status !== 'ASSIGNED') return { ok: false as const, status: 409 as const, error: 'programmes.errors.notAllowedNow' }
	const criteria = await prisma.rubricCriterion.findMany({ where: { programme: { applications: { some: { id: assignment.applicationId } } } }, select: { id: true, weight: true, maxScore: true } })
	const byId = new Map(criteria.map((c) => [c.id, { id: c.id, weight: decimal(c.weight), maxScore: c.maxScore }]))
	const fieldErrors: Record<string, string> = {}
	for (const score of input.scores) {
		const criterion = byId.get(score.criterionId)
		if (!criterion) return { ok: false as const, status: 400 as const, error: 'errors.badRequest' }
		if (!scoreInRange(criterion, score.score)) fieldErrors[score.criterionId] = 'programmes.errors.scoreOutOfRange'
	}
	if (input.submit) for (const criterion of criteria) if (!input.scores.some((s) => s.criterionId === criterion.id)) fieldErrors[criterion.id] = 'programmes.errors.scoreRequired'
	if (Object.keys(fieldErrors).length) return { ok: false as const, status: 400 as const, error: 'programmes.errors.scoresInvalid', fieldErrors }
	return prisma.$transaction(async (tx) => {
		// Submitted reviews are read-only: the status is checked again under the row lock.
		await tx.$queryRaw`SELECT "id" FROM "ReviewAssignment" WHERE "id" = ${assignmentId} FOR UPDATE`
		const current = await tx.reviewAssignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { status: true } })
		if (current.status !== 'ASSIGNED') return { ok: false as const, status: 409 as const, error: 'programmes.errors.notAllowedNow' }
		for (const score of input.scores) {
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
	const rubric = criteria.map((c) => ({ id: c.id, weight: decimal(c.weight), maxScore: c.maxScore }))
	const submitted = assignments.filter((a) => a.status === 'SUBMITTED')
	return { summary: reviewSummary(rubric, submitted), assignments }
}
