// The applicant's side: start an application for one's organisation (one per
// organisation and programme unless the programme allows more), save it over several
// sittings, and read it back with its timeline and decision — never reviewers or scores.
import type { AppLoadContext } from '@remix-run/node'
import { Prisma } from '~/generated/prisma/client'
import { audit } from '~/modules/audit/audit.server'
import type { SessionUser } from '~/modules/auth/guards.server'
import { hasPermission } from '~/modules/auth/permissions'
import { prisma } from '~/utils/db.server'
import { applicantCanEdit, applicationActions, applicationRules, isDecided } from './application-lifecycle'
import { missingForSubmission, organizationSuspended, organizationSuspendedError } from './applications.server'
import { submissionWindow } from './deadline'
import { applicantFrom, checkEligibility, eligibilityApplicantSelect, eligibilityRulesFrom, eligibilityRulesSelect } from './eligibility'
import { reviewSummary } from './scoring'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

async function isMember(userId: string, organizationId: string) {
	return (await prisma.membership.count({ where: { userId, organizationId } })) > 0
}

// "HS-2027-000042": the year of the programme's closing and a number per year.
function referenceNumber(year: number, sequence: number) {
	return `HS-${year}-${String(sequence).padStart(6, '0')}`
}

export async function startApplication(user: SessionUser, input: { programmeId: string; organizationId: string }, ctx: Ctx, now = new Date()) {
	if (!hasPermission(user, 'create:application:own') || !(await isMember(user.id, input.organizationId))) return { ok: false as const, status: 404 as const, error: 'errors.notFound' }
	const found = await prisma.programme.findUnique({ where: { id: input.programmeId }, select: { status: true, closesAt: true } })
	if (!found || found.status === 'DRAFT') return { ok: false as const, status: 404 as const, error: 'errors.notFound' }
	if (await organizationSuspended(input.organizationId)) return { ok: false as const, status: 403 as const, error: organizationSuspendedError }
	const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(found.closesAt))
	return prisma.$transaction(async (tx) => {
		// The rules are read under a share lock: an officer's edit of the programme (which
		// locks it for update and counts the applications) cannot interleave with a start.
		await tx.$queryRaw`SELECT "id" FROM "Programme" WHERE "id" = ${input.programmeId} FOR SHARE`
		const programme = await tx.programme.findUniqueOrThrow({
			where: { id: input.programmeId },
			select: { status: true, opensAt: true, closesAt: true, allowMultipleApplications: true, ...eligibilityRulesSelect },
		})
		if (programme.status !== 'OPEN' || submissionWindow(programme, now) !== 'open') return { ok: false as const, status: 409 as const, error: 'programmes.errors.programmeNotOpen' }
		const organization = await tx.organization.findUniqueOrThrow({ where: { id: input.organizationId }, select: eligibilityApplicantSelect })
		const eligibility = checkEligibility(eligibilityRulesFrom(programme), applicantFrom(organization))
		if (!eligibility.eligible) return { ok: false as const, status: 400 as const, error: 'programmes.errors.notEligible', reasons: eligibility.reasons }
		// Serialises starts for this organisation and programme (two tabs, a double click),
		// and the numbering of the year.
		await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`application:${input.programmeId}:${input.organizationId}`}, 0))`
		await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`application-number:${year}`}, 0))`
		if (!programme.allowMultipleApplications) {
			const existing = await tx.application.findFirst({ where: { programmeId: input.programmeId, organizationId: input.organizationId, status: { not: 'WITHDRAWN' } }, select: { id: true } })
			if (existing) return { ok: false as const, status: 409 as const, error: 'programmes.errors.alreadyApplied', applicationId: existing.id }
		}
		const count = await tx.application.count({ where: { referenceNumber: { startsWith: `HS-${year}-` } } })
		const application = await tx.application.create({
			data: { referenceNumber: referenceNumber(year, count + 1), programmeId: input.programmeId, organizationId: input.organizationId, applicantId: user.id },
			select: { id: true, referenceNumber: true },
		})
		await tx.applicationEvent.create({ data: { applicationId: application.id, toStatus: 'DRAFT', actorId: user.id } })
		await audit({ action: 'application.start', actorId: user.id, entityType: 'application', entityId: application.id, ...ctx }, tx)
		return { ok: true as const, ...application }
	})
}

export type AnswerValue = string | number | boolean | null

function checkAnswer(question: { type: string; options: string[]; maxLength: number | null }, raw: string | undefined): { value: AnswerValue } | { error: string } {
	const text = (raw ?? '').trim()
	if (text === '') return { value: null }
	switch (question.type) {
		case 'SHORT_TEXT':
		case 'LONG_TEXT':
			return question.maxLength && text.length > question.maxLength ? { error: 'programmes.errors.answerTooLong' } : { value: text }
		case 'NUMBER': {
			const number = Number(text.replace(/[\s.](?=\d{3}\b)/g, '').replace(',', '.'))
			return Number.isFinite(number) ? { value: number } : { error: 'programmes.errors.answerNotNumber' }
		}
		case 'CHOICE':
			return question.options.includes(text) ? { value: text } : { error: 'programmes.errors.answerNotAChoice' }
		case 'YES_NO':
			return text === 'yes' || text === 'no' ? { value: text === 'yes' } : { error: 'programmes.errors.answerNotAChoice' }
		default:
			return { error: 'errors.badRequest' }
	}
}

// Saves whatever is filled in (a draft may be incomplete); each bad answer is reported
// on its question and nothing of the save is lost on the page.
export async function saveDraft(
	user: SessionUser,
	applicationId: string,
	input: { projectTitle: string; requestedAmountVnd: number | null; declaredTrl?: number | null; answers: Record<string, string | undefined> },
) {
	const application = await prisma.application.findUnique({
		where: { id: applicationId },
		select: { status: true, organizationId: true, programme: { select: { maxPerApplicationVnd: true, questions: { select: { id: true, type: true, options: true, maxLength: true } } } } },
	})
	if (!application || !(await isMember(user.id, application.organizationId))) return { ok: false as const, status: 404 as const, error: 'errors.notFound' }
	if (!applicantCanEdit(application.status)) return { ok: false as const, status: 409 as const, error: 'programmes.errors.notAllowedNow' }
	const fieldErrors: Record<string, string> = {}
	const values: { questionId: string; value: AnswerValue }[] = []
	for (const question of application.programme.questions) {
		if (question.type === 'FILE') continue
		if (!(question.id in input.answers)) continue
		const checked = checkAnswer(question, input.answers[question.id])
		if ('error' in checked) fieldErrors[question.id] = checked.error
		else values.push({ questionId: question.id, value: checked.value })
	}
	if (input.projectTitle.trim().length > 300) fieldErrors.projectTitle = 'programmes.errors.answerTooLong'
	const trl = input.declaredTrl
	if (trl != null && !(Number.isInteger(trl) && trl >= 1 && trl <= 9)) fieldErrors.declaredTrl = 'programmeValidation.trlInvalid'
	const max = application.programme.maxPerApplicationVnd
	if (input.requestedAmountVnd !== null && max !== null && BigInt(input.requestedAmountVnd) > max) fieldErrors.requestedAmountVnd = 'programmes.errors.amountAboveMax'
	if (Object.keys(fieldErrors).length) return { ok: false as const, status: 400 as const, error: 'programmes.errors.answersInvalid', fieldErrors }
	return prisma.$transaction(async (tx) => {
		// A save racing a submission (an autosave in flight) must not change what was submitted.
		await tx.$queryRaw`SELECT "id" FROM "Application" WHERE "id" = ${applicationId} FOR UPDATE`
		const current = await tx.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } })
		if (!applicantCanEdit(current.status)) return { ok: false as const, status: 409 as const, error: 'programmes.errors.notAllowedNow' }
		await tx.application.update({
			where: { id: applicationId },
			data: { projectTitle: input.projectTitle.trim(), requestedAmountVnd: input.requestedAmountVnd === null ? null : BigInt(input.requestedAmountVnd),
				...(input.declaredTrl !== undefined ? { declaredTrl: input.declaredTrl } : {}),
				lastSavedAt: new Date(),
			},
		})
		for (const { questionId, value } of values) {
			// An emptied answer is stored as SQL NULL (not the JSON value null).
			const json = value === null ? Prisma.DbNull : value
			await tx.applicationAnswer.upsert({
				where: { applicationId_questionId: { applicationId, questionId } },
				create: { applicationId, questionId, value: json },
				update: { value: json },
			})
		}
		return { ok: true as const }
	})
}

// Whether the user acts for the organisation that applies (the applicant's pages exist
// for nobody else, not even the programme's officers, who have their own).
export async function isApplicantMember(user: SessionUser, applicationId: string) {
	return (await prisma.application.count({ where: { id: applicationId, organization: { memberships: { some: { userId: user.id } } } } })) > 0
}

// Every application of every organisation the user is a member of, newest first.
export async function applicationsForUser(user: SessionUser) {
	const rows = await prisma.application.findMany({
		where: { organization: { memberships: { some: { userId: user.id } } } },
		orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
		select: {
			id: true, referenceNumber: true, status: true, projectTitle: true, lastSavedAt: true, submittedAt: true,
			programme: { select: { title: true, slug: true, closesAt: true } },
			organization: { select: { name: true } },
		},
	})
	return rows.map((row) => ({ ...row, editable: applicantCanEdit(row.status) }))
}

const decimal = (value: { toNumber(): number } | number) => (typeof value === 'number' ? value : value.toNumber())

// The weighted average of the submitted reviews, for programmes that publish scores
// once results are out. Never per reviewer.
async function publishedScoreOf(applicationId: string, programmeId: string) {
	const [criteria, reviews] = await Promise.all([
		prisma.rubricCriterion.findMany({ where: { programmeId }, select: { id: true, weight: true, maxScore: true } }),
		prisma.reviewAssignment.findMany({ where: { applicationId, status: 'SUBMITTED' }, select: { id: true, scores: { select: { criterionId: true, score: true } } } }),
	])
	const summary = reviewSummary(
		criteria.map((c) => ({ ...c, weight: decimal(c.weight) })),
		reviews.map((r) => ({ reviewerId: r.id, scores: r.scores })),
	)
	return summary.average
}

// What the applicant's page may show: their application, its files, what is missing,
// its timeline and decision. Reviewers, their scores and internal notes are never part
// of it; only the average score, and only where the programme publishes it.
export async function applicationForApplicant(user: SessionUser, applicationId: string) {
	const application = await prisma.application.findUnique({
		where: { id: applicationId },
		select: {
			id: true, referenceNumber: true, status: true, projectTitle: true, requestedAmountVnd: true, declaredTrl: true, lastSavedAt: true, submittedAt: true, decidedAt: true, organizationId: true,
			organization: { select: { name: true } },
			programme: {
				select: {
					id: true, title: true, slug: true, opensAt: true, closesAt: true, minTrl: true, maxPerApplicationVnd: true, publishScores: true, resultsPublishedAt: true,
					organization: { select: { name: true } },
					documents: { orderBy: { sortOrder: 'asc' }, select: { id: true, title: true, description: true, required: true } },
					questions: { orderBy: { sortOrder: 'asc' }, select: { id: true, type: true, label: true, help: true, required: true, options: true, maxLength: true } },
				},
			},
			answers: { select: { questionId: true, value: true, attachmentId: true, attachment: { select: { id: true, fileName: true, sizeBytes: true } } } },
			documents: { select: { requirementId: true, attachment: { select: { id: true, fileName: true, sizeBytes: true } } } },
			events: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { fromStatus: true, toStatus: true, reason: true, createdAt: true, actorId: true } },
			decision: { select: { outcome: true, reasons: true, awardedAmountVnd: true, createdAt: true } },
		},
	})
	if (!application || !(await isMember(user.id, application.organizationId))) return null
	const { organizationId, requestedAmountVnd, decision, events, programme, ...rest } = application
	// Colleagues may be named on the timeline; the programme's people act as their organisation.
	const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))]
	const colleagues = await prisma.membership.findMany({ where: { organizationId, userId: { in: actorIds } }, select: { user: { select: { id: true, name: true } } } })
	const colleagueNames = new Map(colleagues.map((m) => [m.user.id, m.user.name]))
	const editable = applicantCanEdit(application.status)
	const missing = editable ? await missingForSubmission(application.id) : { fields: [], questions: [], documents: [] }
	const lastReturn = [...events].reverse().find((e) => e.toStatus === 'RETURNED')
	const { id: programmeId, publishScores, resultsPublishedAt, ...programmeFields } = programme
	return {
		...rest,
		programme: { ...programmeFields, maxPerApplicationVnd: programme.maxPerApplicationVnd?.toString() ?? null },
		requestedAmountVnd: requestedAmountVnd?.toString() ?? null,
		events: events.map(({ actorId, ...event }) => {
			// Who acted follows from the step itself (the state machine gives each step to one side).
			const byApplicant = event.fromStatus === null || applicationActions.some((action) => applicationRules[action].by === 'applicant' && applicationRules[action].to === event.toStatus)
			return { ...event, by: byApplicant ? ('applicant' as const) : ('programme' as const), actorName: byApplicant && actorId ? (colleagueNames.get(actorId) ?? null) : null }
		}),
		decision: decision ? { ...decision, awardedAmountVnd: decision.awardedAmountVnd?.toString() ?? null } : null,
		editable,
		missing: {
			fields: missing.fields,
			questions: programme.questions.filter((q) => missing.questions.includes(q.id)).map((q) => ({ id: q.id, label: q.label })),
			documents: programme.documents.filter((d) => missing.documents.includes(d.id)).map((d) => ({ id: d.id, title: d.title })),
		},
		returnedMessage: application.status === 'RETURNED' ? (lastReturn?.reason ?? null) : null,
		publishedScore: publishScores && resultsPublishedAt && isDecided(application.status) ? await publishedScoreOf(application.id, programmeId) : null,
	}
}
