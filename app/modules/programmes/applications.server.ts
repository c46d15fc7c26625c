// Applications on the server: every transition goes through the one state machine
// (application-lifecycle.ts) under a row lock, is recorded as an ApplicationEvent
// (the applicant's timeline) and in the audit trail, and notifies the applicant.
import type { AppLoadContext } from '@remix-run/node'
import type { ApplicationStatus } from '~/generated/prisma/enums'
import { audit } from '~/modules/audit/audit.server'
import type { SessionUser } from '~/modules/auth/guards.server'
import { hasPermission, hasRole } from '~/modules/auth/permissions'
import { notify } from '~/modules/notifications/notifications.server'
import { prisma } from '~/utils/db.server'
import { applicationTransition, type ApplicationAction, type ApplicationRole } from './application-lifecycle'
import { submissionWindow } from './deadline'
import { decimalToNumber, reviewSummary } from './scoring'
import { conflictError, hasConflict } from './conflicts.server'
import { applicantFrom, checkEligibility, eligibilityApplicantSelect, eligibilityRulesFrom, eligibilityRulesSelect, type IneligibilityReason } from './eligibility'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

export type TransitionResult =
	| { ok: true; status: ApplicationStatus }
	| { ok: false; status: 400 | 403 | 404 | 409; error: string; missing?: MissingItems; reasons?: IneligibilityReason[] }

// Officers act on the programmes of their own organisation (administrators on any).
// Someone may be both (an officer who is also a member of the applying organisation):
// `side` says which one a page acts as; without it the officer's side wins.
export async function applicationRoleOf(user: SessionUser, application: { organizationId: string; programme: { organizationId: string } }, side?: ApplicationRole): Promise<ApplicationRole | null> {
	const memberships = await prisma.membership.findMany({
		where: { userId: user.id, organizationId: { in: [application.organizationId, application.programme.organizationId] } },
		select: { organizationId: true, organization: { select: { suspendedAt: true, deletedAt: true } } },
	})
	const memberOf = new Set(memberships.map((m) => m.organizationId))
	// A suspended organisation's officers no longer run its programmes.
	const runsProgramme = memberships.some((m) => m.organizationId === application.programme.organizationId && !m.organization.suspendedAt && !m.organization.deletedAt)
	const mayApply = hasPermission(user, 'update:application:own') && memberOf.has(application.organizationId)
	if (side === 'applicant') return mayApply ? 'applicant' : null
	if (hasPermission(user, 'update:application:any') && (runsProgramme || hasRole(user, 'admin'))) return 'officer'
	return side === 'officer' || !mayApply ? null : 'applicant'
}

type Db = Pick<typeof prisma, 'application'>

export type MissingItems = { fields: ('projectTitle' | 'declaredTrl')[]; questions: string[]; documents: string[] }

// What a submission still lacks: the project title, the declared TRL when the
// programme sets a minimum, required questions without an answer, required documents.
export async function missingForSubmission(applicationId: string, db: Db = prisma): Promise<MissingItems> {
	const application = await db.application.findUniqueOrThrow({
		where: { id: applicationId },
		select: {
			projectTitle: true,
			declaredTrl: true,
			answers: { select: { questionId: true, value: true, attachmentId: true } },
			documents: { select: { requirementId: true } },
			programme: { select: { minTrl: true, questions: { where: { required: true }, select: { id: true } }, documents: { where: { required: true }, select: { id: true } } } },
		},
	})
	const answered = new Set(
		application.answers.filter((a) => a.attachmentId || (a.value !== null && a.value !== '' && !(Array.isArray(a.value) && a.value.length === 0))).map((a) => a.questionId),
	)
	const provided = new Set(application.documents.map((d) => d.requirementId))
	const fields: MissingItems['fields'] = []
	if (!application.projectTitle.trim()) fields.push('projectTitle')
	if (application.programme.minTrl !== null && application.declaredTrl === null) fields.push('declaredTrl')
	return {
		fields,
		questions: application.programme.questions.map((q) => q.id).filter((id) => !answered.has(id)),
		documents: application.programme.documents.map((d) => d.id).filter((id) => !provided.has(id)),
	}
}

export function isComplete(missing: MissingItems) {
	return missing.fields.length === 0 && missing.questions.length === 0 && missing.documents.length === 0
}

async function eligibilityOf(applicationId: string, db: Db = prisma) {
	const application = await db.application.findUniqueOrThrow({
		where: { id: applicationId },
		select: { declaredTrl: true, organization: { select: eligibilityApplicantSelect }, programme: { select: eligibilityRulesSelect } },
	})
	return checkEligibility(eligibilityRulesFrom(application.programme), applicantFrom(application.organization, application.declaredTrl))
}

async function averageScoreAtDecision(db: Pick<typeof prisma, 'rubricCriterion' | 'reviewAssignment'>, programmeId: string, applicationId: string) {
	const [criteria, reviews] = await Promise.all([
		db.rubricCriterion.findMany({ where: { programmeId }, select: { id: true, weight: true, maxScore: true } }),
		db.reviewAssignment.findMany({ where: { applicationId, status: 'SUBMITTED' }, select: { reviewerId: true, scores: { select: { criterionId: true, score: true } } } }),
	])
	return reviewSummary(criteria.map((c) => ({ id: c.id, weight: decimalToNumber(c.weight), maxScore: c.maxScore })), reviews).average
}

// The officers running a programme: programme officers who are members of its organisation.
async function programmeOfficerIds(programmeId: string) {
	const officers = await prisma.user.findMany({
		where: {
			status: 'ACTIVE',
			roles: { some: { role: { name: 'programme_officer' } } },
			memberships: { some: { organization: { programmes: { some: { id: programmeId } } } } },
		},
		select: { id: true },
	})
	return officers.map((o) => o.id)
}

// Who hears about a step: the member who applied, while still a member of the
// organisation; otherwise the organisation's owners.
async function applicantRecipients(organizationId: string, applicantId: string | null) {
	if (applicantId && (await prisma.membership.count({ where: { userId: applicantId, organizationId } })) > 0) return [applicantId]
	const owners = await prisma.membership.findMany({ where: { organizationId, role: 'OWNER' }, select: { userId: true } })
	return owners.map((o) => o.userId)
}

// Decisions taken on the reviews: they need the programme's number of submitted reviews,
// or a written reason why not (stored on the decision and audited).
const reviewedDecisions: readonly ApplicationAction[] = ['approve', 'reject', 'waitlist']
export const reviewsMissingError = 'programmeIntegrity.errors.reviewsMissing'
export const organizationSuspendedError = 'programmeIntegrity.errors.organizationSuspended'

// A suspended (or deleted) organisation neither starts nor submits applications.
export async function organizationSuspended(organizationId: string) {
	return (await prisma.organization.count({ where: { id: organizationId, OR: [{ suspendedAt: { not: null } }, { deletedAt: { not: null } }] } })) > 0
}

export async function transitionApplication(
	user: SessionUser,
	input: {
		applicationId: string
		action: ApplicationAction
		reason?: string
		awardedAmountVnd?: number | null
		origin: string
		side?: ApplicationRole
		// Why a decision is taken with fewer submitted reviews than the programme requires.
		reviewOverrideReason?: string
		// More facts for the audit entry (e.g. an unusual amount the officer confirmed).
		auditMetadata?: Record<string, unknown>
	},
	ctx: Ctx,
	now = new Date(),
): Promise<TransitionResult> {
	const found = await prisma.application.findUnique({
		where: { id: input.applicationId },
		select: { id: true, organizationId: true, programmeId: true, programme: { select: { organizationId: true } } },
	})
	if (!found) return { ok: false, status: 404, error: 'errors.notFound' }
	const role = await applicationRoleOf(user, found, input.side)
	if (!role) return { ok: false, status: 404, error: 'errors.notFound' }
	// Checked at the time of the action: joining the applicant after being given the
	// programme changes nothing.
	if (role === 'officer' && (await hasConflict(user.id, input.applicationId))) return { ok: false, status: 403, error: conflictError }
	if (role === 'applicant' && (input.action === 'submit' || input.action === 'resubmit') && (await organizationSuspended(found.organizationId))) {
		return { ok: false, status: 403, error: organizationSuspendedError }
	}
	const overrideReason = input.reviewOverrideReason?.trim() || null

	const outcome = await prisma.$transaction(async (tx): Promise<TransitionResult & { from?: ApplicationStatus; reference?: string; applicantId?: string | null; programmeTitle?: string }> => {
		// One transition at a time per application: a double click waits here, then finds the new status.
		await tx.$queryRaw`SELECT "id" FROM "Application" WHERE "id" = ${input.applicationId} FOR UPDATE`
		// A submission is checked against the programme as it is: an officer's edit of the
		// programme (which locks it) waits, or is waited for. Approvals are serialised per
		// programme so that two of them cannot both fit the remaining budget.
		if (input.action === 'approve') await tx.$queryRaw`SELECT "id" FROM "Programme" WHERE "id" = ${found.programmeId} FOR UPDATE`
		else if (input.action === 'submit' || input.action === 'resubmit') await tx.$queryRaw`SELECT "id" FROM "Programme" WHERE "id" = ${found.programmeId} FOR SHARE`
		const application = await tx.application.findUniqueOrThrow({
			where: { id: input.applicationId },
			select: { status: true, submittedAt: true, referenceNumber: true, applicantId: true, programme: { select: { status: true, opensAt: true, closesAt: true, title: true, requiredReviews: true } } },
		})
		const transition = applicationTransition(application.status, input.action, role, input.reason)
		if (!transition.ok) {
			if (transition.refusal === 'wrongRole') return { ok: false, status: 403, error: 'programmes.errors.notYourStep' }
			if (transition.refusal === 'reasonRequired') return { ok: false, status: 400, error: 'programmes.errors.reasonRequired' }
			return { ok: false, status: 409, error: 'programmes.errors.notAllowedNow' }
		}
		if (input.action === 'submit') {
			if (application.programme.status !== 'OPEN') return { ok: false, status: 409, error: 'programmes.errors.programmeNotOpen' }
			const window = submissionWindow(application.programme, now)
			if (window !== 'open') return { ok: false, status: 409, error: window === 'closed' ? 'programmes.errors.deadlinePassed' : 'programmes.errors.notYetOpen' }
		}
		// Under the locks, so the content and the rules cannot change until this commits.
		if (input.action === 'submit' || input.action === 'resubmit') {
			const missing = await missingForSubmission(input.applicationId, tx)
			if (!isComplete(missing)) return { ok: false, status: 400, error: 'programmes.errors.incomplete', missing }
			const eligibility = await eligibilityOf(input.applicationId, tx)
			if (!eligibility.eligible) return { ok: false, status: 400, error: 'programmes.errors.notEligible', reasons: eligibility.reasons }
		}
		// The override is kept only where it was needed.
		let reviewOverrideReason: string | null = null
		if (reviewedDecisions.includes(input.action)) {
			// Counted under the application's lock: a reviewer's submission (which takes it
			// for share) is either in, or waits for the decision.
			const submitted = await tx.reviewAssignment.count({ where: { applicationId: input.applicationId, status: 'SUBMITTED' } })
			if (submitted < application.programme.requiredReviews) {
				if (!overrideReason) return { ok: false, status: 409, error: reviewsMissingError }
				reviewOverrideReason = overrideReason
			}
		}
		if (input.action === 'approve' && input.awardedAmountVnd != null) {
			const [{ totalBudgetVnd }, awarded] = await Promise.all([
				tx.programme.findUniqueOrThrow({ where: { id: found.programmeId }, select: { totalBudgetVnd: true } }),
				tx.applicationDecision.aggregate({ where: { outcome: 'APPROVED', application: { programmeId: found.programmeId, id: { not: input.applicationId } } }, _sum: { awardedAmountVnd: true } }),
			])
			if (totalBudgetVnd !== null && (awarded._sum.awardedAmountVnd ?? 0n) + BigInt(input.awardedAmountVnd) > totalBudgetVnd) {
				return { ok: false, status: 409, error: 'programmes.errors.budgetExceeded' }
			}
		}
		await tx.application.update({
			where: { id: input.applicationId },
			data: {
				status: transition.to,
				...(input.action === 'submit' && !application.submittedAt ? { submittedAt: now } : {}),
				...(input.action === 'withdraw' ? { withdrawnAt: now } : {}),
				...(['approve', 'reject', 'waitlist', 'rejectIneligible'].includes(input.action) ? { decidedAt: now } : {}),
			},
		})
		await tx.applicationEvent.create({
			data: { applicationId: input.applicationId, fromStatus: application.status, toStatus: transition.to, actorId: user.id, reason: input.reason?.trim() || null, createdAt: now },
		})
		if (['approve', 'reject', 'waitlist', 'rejectIneligible'].includes(input.action)) {
			const outcomeValue = transition.to === 'APPROVED' ? 'APPROVED' : transition.to === 'WAITLISTED' ? 'WAITLISTED' : 'REJECTED'
			const decision = {
				outcome: outcomeValue,
				reasons: input.reason!.trim(),
				awardedAmountVnd: input.action === 'approve' && input.awardedAmountVnd != null ? BigInt(input.awardedAmountVnd) : null,
				// The average weighted score the decision was taken on (null without submitted reviews).
				weightedScore: await averageScoreAtDecision(tx, found.programmeId, input.applicationId),
				reviewOverrideReason,
				decidedById: user.id,
			} as const
			await tx.applicationDecision.upsert({ where: { applicationId: input.applicationId }, create: { applicationId: input.applicationId, ...decision }, update: decision })
		}
		await audit(
			{
				action: `application.${input.action}`,
				actorId: user.id,
				entityType: 'application',
				entityId: input.applicationId,
				metadata: {
					from: application.status,
					to: transition.to,
					...(input.reason ? { reason: input.reason } : {}),
					...(reviewOverrideReason ? { reviewOverrideReason } : {}),
					...input.auditMetadata,
				},
				...ctx,
			},
			tx,
		)
		return { ok: true, status: transition.to, from: application.status, reference: application.referenceNumber, applicantId: application.applicantId, programmeTitle: application.programme.title }
	})
	if (outcome.ok && (input.action === 'submit' || input.action === 'resubmit')) {
		const organization = await prisma.organization.findUniqueOrThrow({ where: { id: found.organizationId }, select: { name: true } })
		const link = `/programmes/${found.programmeId}/applications/${input.applicationId}`
		for (const userId of await programmeOfficerIds(found.programmeId)) {
			await notify({
				userId,
				type: 'application.received',
				data: { reference: outcome.reference!, programme: outcome.programmeTitle!, organization: organization.name },
				link,
				email: { template: 'applicationReceived', params: { reference: outcome.reference!, programme: outcome.programmeTitle!, organization: organization.name, link: `${input.origin}${link}` } },
			})
		}
	}
	if (outcome.ok) {
		const link = `/account/applications/${input.applicationId}`
		for (const userId of await applicantRecipients(found.organizationId, outcome.applicantId ?? null)) {
			if (userId === user.id) continue
			await notify({
				userId,
				type: 'application.status',
				data: { reference: outcome.reference!, programme: outcome.programmeTitle!, status: outcome.status, ...(input.reason ? { reason: input.reason } : {}) },
				link,
				email: { template: 'applicationStatus', params: { reference: outcome.reference!, programme: outcome.programmeTitle!, status: outcome.status, reason: input.reason ?? '', link: `${input.origin}${link}` } },
			})
		}
	}
	if (!outcome.ok) return outcome
	return { ok: true, status: outcome.status }
}
