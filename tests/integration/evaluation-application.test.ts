import { beforeAll, describe, expect, test } from 'vitest'
import { action, loader } from '~/routes/programmes/application'
import { prisma } from '~/utils/db.server'
import { addMember, createUser, sessionCookieFor } from '../support/factories'
import { createApplication, createEvaluationWorld, createProgramme, submittedReview, type EvaluationWorld } from '../support/programmes-evaluation'
import { formRequest, getRequest, invoke, payloadOf, statusOf } from '../support/routes'

let world: EvaluationWorld
let programmeId = ''
beforeAll(async () => {
	world = await createEvaluationWorld()
	programmeId = world.programme.id
})

const url = (applicationId: string) => `/programmes/${programmeId}/applications/${applicationId}`
const post = (applicationId: string, fields: Record<string, string>, cookie = world.cookies.officer) =>
	invoke(action, formRequest(url(applicationId), fields, cookie), { programmeId, applicationId })
type Reply = { result: { error?: Record<string, string[]>; initialValue?: Record<string, unknown> }; error: string | null }

describe('one application for the officer', () => {
	test('shows answers, files, documents, eligibility with reasons, the timeline with actors, reviews with spread', async () => {
		const application = await createApplication(programmeId, world.startup.id, { status: 'IN_REVIEW', declaredTrl: 3, applicantId: world.applicant.id })
		const [question, fileQuestion] = world.programme.questions
		const attachment = await prisma.attachment.create({ data: { kind: 'DOCUMENT', fileName: 'ban-ve.pdf', contentType: 'application/pdf', sizeBytes: 10, sha256: 'x', storageKey: `k-${application.id}`, organizationId: world.startup.id } })
		await prisma.applicationAnswer.create({ data: { applicationId: application.id, questionId: question!.id, value: 'Sấy lạnh bằng bơm nhiệt.' } })
		await prisma.applicationAnswer.create({ data: { applicationId: application.id, questionId: fileQuestion!.id, attachmentId: attachment.id } })
		await prisma.applicationEvent.create({ data: { applicationId: application.id, fromStatus: 'SCREENING', toStatus: 'IN_REVIEW', actorId: world.users.officer.id, reason: null } })
		const [r1, r2] = await Promise.all([createUser({ roles: ['reviewer'], name: 'Chuyên gia Một' }), createUser({ roles: ['reviewer'], name: 'Chuyên gia Hai' })])
		await submittedReview(application.id, r1.id, world.programme.criteria.map((c) => c.id), 10)
		await submittedReview(application.id, r2.id, world.programme.criteria.map((c) => c.id), 7)

		const result = await invoke(loader, getRequest(url(application.id), world.cookies.officer), { programmeId, applicationId: application.id })
		expect(statusOf(result)).toBe(200)
		const { application: detail } = payloadOf<{ application: any }>(result)
		expect(detail.organization).toEqual({ id: world.startup.id, name: 'Công ty TNHH Cơ khí Hoa Lư', slug: world.startup.slug })
		expect(detail.eligibility).toEqual({ eligible: false, reasons: [{ rule: 'trl', minimum: 4 }] })
		expect(detail.answers).toEqual([
			{ questionId: question!.id, type: 'LONG_TEXT', label: 'Mô tả giải pháp công nghệ', value: 'Sấy lạnh bằng bơm nhiệt.', file: null },
			{ questionId: fileQuestion!.id, type: 'FILE', label: 'Bản vẽ thiết kế', value: null, file: { id: attachment.id, fileName: 'ban-ve.pdf' } },
		])
		expect(detail.documents).toEqual([{ id: expect.any(String), title: 'Giấy chứng nhận đăng ký doanh nghiệp', required: true, file: null }])
		expect(detail.events.map((e: any) => [e.toStatus, e.actor?.name])).toEqual([['IN_REVIEW', 'Trần Thị Cán Bộ']])
		expect(detail.reviews.summary).toMatchObject({ average: 85, spread: 30, disagreement: true })
		expect(detail.reviews.submitted.map((r: any) => [r.name, r.total])).toEqual(expect.arrayContaining([['Chuyên gia Một', 100], ['Chuyên gia Hai', 70]]))
	})

	test('drafts (even withdrawn ones never submitted) and applications of other programmes are not found', async () => {
		const draft = await createApplication(programmeId, world.startup.id, { status: 'DRAFT' })
		expect(statusOf(await invoke(loader, getRequest(url(draft.id), world.cookies.officer), { programmeId, applicationId: draft.id }))).toBe(404)
		expect(statusOf(await post(draft.id, { intent: 'markEligible' }))).toBe(404)
		// Withdrawn before it was ever submitted: still the applicant's private draft.
		const abandoned = await createApplication(programmeId, world.startup.id, { status: 'WITHDRAWN', submittedAt: null })
		expect(statusOf(await invoke(loader, getRequest(url(abandoned.id), world.cookies.officer), { programmeId, applicationId: abandoned.id }))).toBe(404)
		expect(statusOf(await post(abandoned.id, { intent: 'decide', outcome: 'reject', reason: 'Không đạt.' }))).toBe(404)
		const elsewhere = await createProgramme(world.agency.id)
		const foreign = await createApplication(elsewhere.id, world.startup.id, { status: 'SUBMITTED' })
		expect(statusOf(await invoke(loader, getRequest(url(foreign.id), world.cookies.officer), { programmeId, applicationId: foreign.id }))).toBe(404)
		expect(statusOf(await post(foreign.id, { intent: 'markEligible' }))).toBe(404)
		expect((await prisma.application.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe('SUBMITTED')
	})
})

describe('screening', () => {
	test('returning for changes needs a message (kept on error) and records it on the timeline', async () => {
		const application = await createApplication(programmeId, world.startup.id, { status: 'SUBMITTED', applicantId: world.applicant.id })
		const empty = await post(application.id, { intent: 'returnForChanges', reason: '   ' })
		expect(statusOf(empty)).toBe(400)
		expect(payloadOf<Reply>(empty).result.error).toEqual({ reason: ['programmes.errors.reasonRequired'] })
		const message = 'Vui lòng bổ sung bản sao giấy chứng nhận đăng ký doanh nghiệp có công chứng.'
		const returned = await post(application.id, { intent: 'returnForChanges', reason: message })
		expect(statusOf(returned)).toBe(302)
		expect((returned as Response).headers.get('Location')).toBe(`${url(application.id)}?done=returnForChanges`)
		expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe('RETURNED')
		expect(await prisma.applicationEvent.findMany({ where: { applicationId: application.id }, select: { fromStatus: true, toStatus: true, reason: true, actorId: true } })).toEqual([
			{ fromStatus: 'SUBMITTED', toStatus: 'RETURNED', reason: message, actorId: world.users.officer.id },
		])
		// Already returned: a second click is a concurrent change.
		const again = await post(application.id, { intent: 'returnForChanges', reason: message })
		expect(statusOf(again)).toBe(409)
		expect(payloadOf<Reply>(again).error).toBe('programmes.errors.notAllowedNow')
	})

	test('taking a submitted application in for screening: SCREENING, on the timeline, the applicant told; a second click is a 409', async () => {
		for (const status of ['SUBMITTED', 'RESUBMITTED'] as const) {
			const application = await createApplication(programmeId, world.startup.id, { status, applicantId: world.applicant.id })
			const started = await post(application.id, { intent: 'startScreening' })
			expect(statusOf(started)).toBe(302)
			expect((started as Response).headers.get('Location')).toBe(`${url(application.id)}?done=startScreening`)
			expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe('SCREENING')
			expect(await prisma.applicationEvent.findMany({ where: { applicationId: application.id }, select: { fromStatus: true, toStatus: true, reason: true, actorId: true } })).toEqual([
				{ fromStatus: status, toStatus: 'SCREENING', reason: null, actorId: world.users.officer.id },
			])
			expect(await prisma.notification.count({ where: { userId: world.applicant.id, type: 'application.status', data: { path: ['reference'], equals: application.referenceNumber } } })).toBe(1)
			const again = await post(application.id, { intent: 'startScreening' })
			expect(statusOf(again)).toBe(409)
			expect(payloadOf<Reply>(again).error).toBe('programmes.errors.notAllowedNow')
			expect(await prisma.applicationEvent.count({ where: { applicationId: application.id } })).toBe(1)
		}
	})

	test('rejecting as ineligible needs a reason; marking eligible puts the application in review', async () => {
		const application = await createApplication(programmeId, world.startup.id, { status: 'RESUBMITTED' })
		const typed = await post(application.id, { intent: 'rejectIneligible', reason: '' })
		expect(statusOf(typed)).toBe(400)
		expect(payloadOf<Reply>(typed).result.error).toEqual({ reason: ['programmes.errors.reasonRequired'] })
		expect(statusOf(await post(application.id, { intent: 'markEligible' }))).toBe(302)
		expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe('IN_REVIEW')

		const other = await createApplication(programmeId, world.secondStartup.id, { status: 'SCREENING' })
		expect(statusOf(await post(other.id, { intent: 'rejectIneligible', reason: 'Doanh nghiệp không có trụ sở trên địa bàn tỉnh.' }))).toBe(302)
		expect(await prisma.applicationDecision.findUniqueOrThrow({ where: { applicationId: other.id }, select: { outcome: true, reasons: true } })).toEqual({ outcome: 'REJECTED', reasons: 'Doanh nghiệp không có trụ sở trên địa bàn tỉnh.' })
	})
})

describe('reviewers by hand', () => {
	test('never one of the applicant organisation or one who declared a conflict; withdrawing only before scores are submitted', async () => {
		const application = await createApplication(programmeId, world.startup.id, { status: 'IN_REVIEW' })
		const [insider, conflicted, free, scored, notReviewer] = await Promise.all([
			createUser({ roles: ['reviewer'], name: 'Người Trong Công Ty' }),
			createUser({ roles: ['reviewer'], name: 'Người Có Xung Đột' }),
			createUser({ roles: ['reviewer'], name: 'Người Độc Lập' }),
			createUser({ roles: ['reviewer'], name: 'Người Đã Chấm' }),
			createUser({ name: 'Không Phải Chuyên Gia' }),
		])
		await addMember(world.startup.id, insider.id, 'EDITOR')
		await prisma.reviewAssignment.create({ data: { applicationId: application.id, reviewerId: conflicted.id, status: 'CONFLICT_DECLARED', conflictCheckedAt: new Date() } })
		const done = await submittedReview(application.id, scored.id, world.programme.criteria.map((c) => c.id), 6)

		const page = payloadOf<{ candidates: { id: string }[] }>(await invoke(loader, getRequest(url(application.id), world.cookies.officer), { programmeId, applicationId: application.id }))
		const candidateIds = page.candidates.map((c) => c.id)
		expect(candidateIds).toContain(free.id)
		for (const excluded of [insider.id, conflicted.id, scored.id, notReviewer.id]) expect(candidateIds).not.toContain(excluded)

		// The server refuses them too, on the reviewer field.
		for (const [reviewerId, error] of [
			[insider.id, 'evaluation.errors.reviewerOwnOrganization'],
			[conflicted.id, 'evaluation.errors.reviewerConflict'],
			[notReviewer.id, 'evaluation.errors.notAReviewer'],
		] as const) {
			const refused = await post(application.id, { intent: 'assign', reviewerId })
			expect(statusOf(refused)).toBe(400)
			expect(payloadOf<Reply>(refused).result.error).toEqual({ reviewerId: [error] })
		}
		const missing = await post(application.id, { intent: 'assign', reviewerId: '' })
		expect(payloadOf<Reply>(missing).result.error).toEqual({ reviewerId: ['evaluation.errors.reviewerRequired'] })

		expect(statusOf(await post(application.id, { intent: 'assign', reviewerId: free.id }))).toBe(302)
		const assignment = await prisma.reviewAssignment.findUniqueOrThrow({ where: { applicationId_reviewerId: { applicationId: application.id, reviewerId: free.id } }, select: { id: true, status: true, assignedById: true } })
		expect(assignment).toMatchObject({ status: 'ASSIGNED', assignedById: world.users.officer.id })
		expect(await prisma.auditLog.findFirstOrThrow({ where: { action: 'review.assigned', entityId: application.id }, select: { metadata: true } })).toEqual({ metadata: { reviewerId: free.id, manual: true } })
		const twice = await post(application.id, { intent: 'assign', reviewerId: free.id })
		expect(statusOf(twice)).toBe(409)
		expect(payloadOf<Reply>(twice).error).toBe('evaluation.errors.reviewerAlreadyAssigned')

		const submitted = await post(application.id, { intent: 'unassign', assignmentId: done.id })
		expect(statusOf(submitted)).toBe(409)
		expect(payloadOf<Reply>(submitted).error).toBe('evaluation.errors.reviewAlreadySubmitted')
		const conflictRow = await prisma.reviewAssignment.findUniqueOrThrow({ where: { applicationId_reviewerId: { applicationId: application.id, reviewerId: conflicted.id } } })
		expect(statusOf(await post(application.id, { intent: 'unassign', assignmentId: conflictRow.id }))).toBe(409)
		expect(statusOf(await post(application.id, { intent: 'unassign', assignmentId: assignment.id }))).toBe(302)
		expect(await prisma.reviewAssignment.count({ where: { id: assignment.id } })).toBe(0)
		expect(await prisma.auditLog.count({ where: { action: 'review.unassigned', entityId: application.id } })).toBe(1)

		// Once decided, the reviews stay as the decision found them: nothing can be withdrawn.
		expect(statusOf(await post(application.id, { intent: 'assign', reviewerId: free.id }))).toBe(302)
		const again = await prisma.reviewAssignment.findUniqueOrThrow({ where: { applicationId_reviewerId: { applicationId: application.id, reviewerId: free.id } } })
		await prisma.application.update({ where: { id: application.id }, data: { status: 'APPROVED', decidedAt: new Date() } })
		const afterDecision = await post(application.id, { intent: 'unassign', assignmentId: again.id })
		expect(statusOf(afterDecision)).toBe(409)
		expect(await prisma.reviewAssignment.count({ where: { id: again.id } })).toBe(1)
		await prisma.application.update({ where: { id: application.id }, data: { status: 'IN_REVIEW', decidedAt: null } })

		// An assignment of another application cannot be withdrawn through this one.
		const elsewhere = await createApplication(programmeId, world.secondStartup.id, { status: 'IN_REVIEW' })
		const foreign = await prisma.reviewAssignment.create({ data: { applicationId: elsewhere.id, reviewerId: free.id } })
		expect(statusOf(await post(application.id, { intent: 'unassign', assignmentId: foreign.id }))).toBe(404)
		expect(await prisma.reviewAssignment.count({ where: { id: foreign.id } })).toBe(1)
	})

	test('assigning is only for applications in review', async () => {
		const application = await createApplication(programmeId, world.startup.id, { status: 'SUBMITTED' })
		const reviewer = await createUser({ roles: ['reviewer'] })
		const refused = await post(application.id, { intent: 'assign', reviewerId: reviewer.id })
		expect(statusOf(refused)).toBe(409)
		expect(await prisma.reviewAssignment.count({ where: { applicationId: application.id } })).toBe(0)
	})
})

describe('the decision', () => {
	test('approval needs an amount within the maximum and reasons; what was typed is kept', async () => {
		const application = await createApplication(programmeId, world.startup.id, { status: 'IN_REVIEW', applicantId: world.applicant.id })
		const noAmount = await post(application.id, { intent: 'decide', outcome: 'approve', awardedAmountVnd: '', reason: 'Giải pháp có tính mới cao.' })
		expect(statusOf(noAmount)).toBe(400)
		expect(payloadOf<Reply>(noAmount).result.error).toEqual({ awardedAmountVnd: ['evaluation.errors.amountRequired'] })
		expect(payloadOf<Reply>(noAmount).result.initialValue?.reason).toBe('Giải pháp có tính mới cao.')

		const tooMuch = await post(application.id, { intent: 'decide', outcome: 'approve', awardedAmountVnd: '300.000.001', reason: 'Giải pháp có tính mới cao.' })
		expect(statusOf(tooMuch)).toBe(400)
		expect(payloadOf<Reply>(tooMuch).result.error).toEqual({ awardedAmountVnd: ['evaluation.errors.amountAboveMax'] })

		const noReason = await post(application.id, { intent: 'decide', outcome: 'waitlist', reason: '' })
		expect(payloadOf<Reply>(noReason).result.error).toEqual({ reason: ['programmes.errors.reasonRequired'] })
		const noOutcome = await post(application.id, { intent: 'decide', reason: 'Lý do' })
		expect(payloadOf<Reply>(noOutcome).result.error).toEqual({ outcome: ['evaluation.errors.outcomeRequired'] })
		expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe('IN_REVIEW')

		const garbled = await post(application.id, { intent: 'decide', outcome: 'approve', awardedAmountVnd: 'hai trăm triệu', reason: 'Giải pháp có tính mới cao.' })
		expect(payloadOf<Reply>(garbled).result.error).toEqual({ awardedAmountVnd: ['programmeValidation.amountInvalid'] })

		// Typed as people write amounts of VND, with the currency sign (the amount requested).
		const approved = await post(application.id, { intent: 'decide', outcome: 'approve', awardedAmountVnd: '200.000.000 ₫', reason: 'Giải pháp có tính mới cao.' })
		expect(statusOf(approved)).toBe(302)
		expect(await prisma.applicationDecision.findUniqueOrThrow({ where: { applicationId: application.id }, select: { outcome: true, awardedAmountVnd: true, reasons: true, decidedById: true } })).toEqual({
			outcome: 'APPROVED',
			awardedAmountVnd: 200_000_000n,
			reasons: 'Giải pháp có tính mới cao.',
			decidedById: world.users.officer.id,
		})
		const page = payloadOf<{ application: { decision: { outcome: string; awardedAmountVnd: string } } }>(await invoke(loader, getRequest(url(application.id), world.cookies.officer), { programmeId, applicationId: application.id }))
		expect(page.application.decision).toMatchObject({ outcome: 'APPROVED', awardedAmountVnd: '200000000' })
	})

	test('two officers deciding the same application at once: one wins, the other gets 409', async () => {
		const second = await createUser({ roles: ['programme_officer'] })
		await addMember(world.agency.id, second.id, 'EDITOR')
		const secondCookie = (await sessionCookieFor(second.id)).cookie
		const application = await createApplication(programmeId, world.startup.id, { status: 'IN_REVIEW' })
		const results = await Promise.all([
			post(application.id, { intent: 'decide', outcome: 'reject', reason: 'Chưa đạt điểm sàn.' }),
			post(application.id, { intent: 'decide', outcome: 'approve', awardedAmountVnd: '100000000', reason: 'Đạt yêu cầu.' }, secondCookie),
		])
		expect(results.map(statusOf).sort()).toEqual([302, 409])
		const loser = results.find((r) => statusOf(r) === 409)
		expect(payloadOf<Reply>(loser).error).toBe('programmes.errors.notAllowedNow')
		expect(await prisma.applicationEvent.count({ where: { applicationId: application.id } })).toBe(1)
		expect(await prisma.applicationDecision.count({ where: { applicationId: application.id } })).toBe(1)
	})
})
