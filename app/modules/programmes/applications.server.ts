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
import { checkEligibility, type IneligibilityReason } from './eligibility'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

export type TransitionResult =
	| { ok: true; status: ApplicationStatus }
	| { ok: false; status: 400 | 403 | 404 | 409; error: string; missing?: { questions: string[]; documents: string[] }; reasons?: IneligibilityReason[] }

// Officers act on the programmes of their own organisation (administrators on any).
export async function applicationRoleOf(user: SessionUser, application: { organizationId: string; programme: { organizationId: string } }): Promise<ApplicationRole | null> {
	const memberships = await prisma.membership.findMany({
		where: { userId: user.id, organizationId: { in: [application.organizationId, application.programme.organizationId] } },
		select: { organizationId: true },
	})
	const memberOf = new Set(memberships.map((m) => m.organizationId))
	if (hasPermission(user, 'update:application:any') && (memberOf.has(application.programme.organizationId) || hasRole(user, 'admin'))) return 'officer'
	if (hasPermission(user, 'update:application:own') && memberOf.has(application.organizationId)) return 'applicant'
	return null
}

// What a submission still lacks: required questions without an answer, required documents.
export async function missingForSubmission(applicationId: string) {
	const application = await prisma.application.findUniqueOrThrow({
		where: { id: applicationId },
		select: {
			projectTitle: true,
			answers: { select: { questionId: true, value: true, attachmentId: true } },
			documents: { select: { requirementId: true } },
			programme: { select: { questions: { where: { required: true }, select: { id: true } }, documents: { where: { required: true }, select: { id: true } } } },
		},
	})
	const answered = new Set(
		application.answers.filter((a) => a.attachmentId || (a.value !== null && a.value !== '' && !(Array.isArray(a.value) && a.value.length === 0))).map((a) => a.questionId),
	)
	const provided = new Set(application.documents.map((d) => d.requirementId))
	return {
		questions: application.programme.questions.map((q) => q.id).filter((id) => !answered.has(id)),
		documents: application.programme.documents.map((d) => d.id).filter((id) => !provided.has(id)),
	}
}

async function eligibilityOf(applicationId: string) {
	const application = await prisma.application.findUniqueOrThrow({
		where: { id: applicationId },
		select: {
			declaredTrl: true,
			organization: { select: { type: true, size: true, communeId: true, fields: { select: { fieldId: true } } } },
			programme: {
				select: {
					eligibleOrganizationTypes: true,
					eligibleEnterpriseSizes: true,
					minTrl: true,
					eligibleFields: { select: { fieldId: true } },
					eligibleCommunes: { select: { communeId: true } },
				},
			},
		},
	})
	const p = application.programme
	return checkEligibility(
		{ eligibleOrganizationTypes: p.eligibleOrganizationTypes, eligibleEnterpriseSizes: p.eligibleEnterpriseSizes, eligibleFieldIds: p.eligibleFields.map((f) => f.fieldId), eligibleCommuneIds: p.eligibleCommunes.map((c) => c.communeId), minTrl: p.minTrl },
		{ type: application.organization.type, size: application.organization.size, fieldIds: application.organization.fields.map((f) => f.fieldId), communeId: application.organization.communeId, trl: application.declaredTrl },
	)
}

export async function transitionApplication(
	user: SessionUser,
	input: { applicationId: string; action: ApplicationAction; reason?: string; awardedAmountVnd?: number | null; origin: string },
	ctx: Ctx,
	now = new Date(),
): Promise<TransitionResult> {
	const found = await prisma.application.findUnique({
		where: { id: input.applicationId },
		select: { id: true, organizationId: true, programme: { select: { organizationId: true } } },
	})
	if (!found) return { ok: false, status: 404, error: 'errors.notFound' }
	const role = await applicationRoleOf(user, found)
	if (!role) return { ok: false, status: 404, error: 'errors.notFound' }

	// Checks that read other rows happen before the lock; the status check happens under it.
	if (input.action === 'submit' || input.action === 'resubmit') {
		const missing = await missingForSubmission(input.applicationId)
		if (missing.questions.length || missing.documents.length) return { ok: false, status: 400, error: 'programmes.errors.incomplete', missing }
		const eligibility = await eligibilityOf(input.applicationId)
		if (!eligibility.eligible) return { ok: false, status: 400, error: 'programmes.errors.notEligible', reasons: eligibility.reasons }
	}

	const outcome = await prisma.$transaction(async (tx): Promise<TransitionResult & { from?: ApplicationStatus; reference?: string; applicantId?: string | null; programmeTitle?: string }> => {
		// One transition at a time per application: a double click waits here, then finds the new status.
		await tx.$queryRaw`SELECT "id" FROM "Application" WHERE "id" = ${input.applicationId} FOR UPDATE`
		const application = await tx.application.findUniqueOrThrow({
			where: { id: input.applicationId },
			select: { status: true, submittedAt: true, referenceNumber: true, applicantId: true, programme: { select: { status: true, opensAt: true, closesAt: true, title: true } } },
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
			const decision = { outcome: outcomeValue, reasons: input.reason!.trim(), awardedAmountVnd: input.action === 'approve' && input.awardedAmountVnd != null ? BigInt(input.awardedAmountVnd) : null, decidedById: user.id } as const
			await tx.applicationDecision.upsert({ where: { applicationId: input.applicationId }, create: { applicationId: input.applicationId, ...decision }, update: decision })
		}
		await audit(
			{
				action: `application.${input.action}`,
				actorId: user.id,
				entityType: 'application',
				entityId: input.applicationId,
				metadata: { from: application.status, to: transition.to, ...(input.reason ? { reason: input.reason } : {}) },
				...ctx,
			},
			tx,
		)
		return { ok: true, status: transition.to, from: application.status, reference: application.referenceNumber, applicantId: application.applicantId, programmeTitle: application.programme.title }
	})
	if (outcome.ok && outcome.applicantId && outcome.applicantId !== user.id) {
		const link = `/account/applications/${input.applicationId}`
		await notify({
			userId: outcome.applicantId,
			type: 'application.status',
			data: { reference: outcome.reference!, programme: outcome.programmeTitle!, status: outcome.status, ...(input.reason ? { reason: input.reason } : {}) },
			link,
			email: { template: 'applicationStatus', params: { reference: outcome.reference!, programme: outcome.programmeTitle!, status: outcome.status, reason: input.reason ?? '', link: `${input.origin}${link}` } },
		})
	}
	if (!outcome.ok) return outcome
	return { ok: true, status: outcome.status }
}
