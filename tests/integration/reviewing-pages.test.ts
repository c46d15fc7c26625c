import { beforeAll, describe, expect, test } from 'vitest'
import { action as reviewAction, loader as reviewLoader } from '~/routes/account/review'
import { loader as reviewsLoader } from '~/routes/account/reviews'
import { prisma } from '~/utils/db.server'
import { createReviewedApplication, createReviewingWorld, scoreFields, secretAnswer, type ReviewingWorld } from '../support/programmes-reviewing'
import { formRequest, getRequest, invoke, payloadOf, statusOf } from '../support/routes'

let world: ReviewingWorld

beforeAll(async () => {
	world = await createReviewingWorld()
})

type ReviewPayload = Awaited<ReturnType<typeof reviewLoader>>
type ListPayload = Awaited<ReturnType<typeof reviewsLoader>>
type ActionPayload = { intent: string | null; error?: string; result?: { status?: string; initialValue?: Record<string, unknown>; error?: Record<string, string[] | null> } }

const pathOf = (assignmentId: string) => `/account/reviews/${assignmentId}`

async function load(assignmentId: string, cookie: string) {
	const result = await invoke(reviewLoader, getRequest(pathOf(assignmentId), cookie), { assignmentId })
	expect(statusOf(result)).toBe(200)
	return payloadOf<ReviewPayload>(result).review
}

function post(assignmentId: string, cookie: string, fields: Record<string, string>) {
	return invoke(reviewAction, formRequest(pathOf(assignmentId), fields, cookie), { assignmentId })
}

function locationOf(result: unknown) {
	return result instanceof Response ? result.headers.get('Location') : null
}

async function declareNoConflict(assignmentId: string, cookie: string) {
	const result = await post(assignmentId, cookie, { intent: 'no-conflict', confirm: 'on' })
	expect(locationOf(result)).toBe(`${pathOf(assignmentId)}?done=declared`)
}

describe('the reviewer\'s list of assignments', () => {
	test('only their own assignments, grouped by stage, with the project title only after declaring no conflict', async () => {
		const waiting = await createReviewedApplication(world, { projectTitle: 'Dự án chờ khai báo' })
		const scoring = await createReviewedApplication(world, { projectTitle: 'Dự án đang chấm' })
		const conflicted = await createReviewedApplication(world, { projectTitle: 'Dự án có xung đột' })
		await declareNoConflict(scoring.assignmentId, world.cookies.reviewer)
		await post(conflicted.assignmentId, world.cookies.reviewer, { intent: 'conflict', note: 'Tôi là cố vấn của công ty' })
		// Someone else's assignment on another application never shows up.
		const notMine = await createReviewedApplication(world, { projectTitle: 'Dự án của người khác' })
		await prisma.reviewAssignment.delete({ where: { id: notMine.assignmentId } })

		const result = await invoke(reviewsLoader, getRequest('/account/reviews', world.cookies.reviewer))
		expect(statusOf(result)).toBe(200)
		const { assignments } = payloadOf<ListPayload>(result)
		const byId = new Map(assignments.map((row) => [row.id, row]))
		expect(byId.has(notMine.secondAssignmentId)).toBe(false)
		expect(assignments.some((row) => row.referenceNumber === notMine.referenceNumber)).toBe(false)
		expect(byId.get(waiting.assignmentId)).toMatchObject({
			stage: 'conflictCheck',
			referenceNumber: waiting.referenceNumber,
			programmeTitle: 'Hỗ trợ đổi mới công nghệ doanh nghiệp 2027',
			organizationName: 'Công ty TNHH Cơ khí Hoa Lư',
			projectTitle: null,
			applicationStatus: 'IN_REVIEW',
			criteriaCount: 2,
		})
		expect(byId.get(scoring.assignmentId)).toMatchObject({ stage: 'inProgress', projectTitle: 'Dự án đang chấm', scoredCriteria: 0 })
		expect(byId.get(conflicted.assignmentId)).toMatchObject({ stage: 'conflictDeclared', projectTitle: null })
		expect(JSON.stringify(assignments)).not.toContain('Dự án chờ khai báo')
		expect(JSON.stringify(assignments)).not.toContain('Dự án có xung đột')
		// Waiting for the reviewer first, declared conflicts last.
		const stages = assignments.map((row) => row.stage)
		expect(stages.indexOf('conflictCheck')).toBeLessThan(stages.indexOf('inProgress'))
		expect(stages.lastIndexOf('inProgress')).toBeLessThan(stages.indexOf('conflictDeclared'))
	})

	test('a signed-in member without the reviewer role gets 404; a reviewer with nothing assigned an empty list', async () => {
		expect(statusOf(await invoke(reviewsLoader, getRequest('/account/reviews', world.cookies.member)))).toBe(404)
		expect(statusOf(await invoke(reviewsLoader, getRequest('/account/reviews', world.cookies.officer)))).toBe(404)
		const empty = await invoke(reviewsLoader, getRequest('/account/reviews', world.cookies.otherReviewer))
		expect(payloadOf<ListPayload>(empty).assignments).toEqual([])
	})
})

describe('the conflict check', () => {
	test('before the declaration: who applies and for what, but not the application; the confirmation box is required', async () => {
		const application = await createReviewedApplication(world)
		const before = await load(application.assignmentId, world.cookies.reviewer)
		expect(before.assignment.stage).toBe('conflictCheck')
		expect(before.subject).toMatchObject({ referenceNumber: application.referenceNumber, projectTitle: application.projectTitle, organizationName: 'Công ty TNHH Cơ khí Hoa Lư', programmeTitle: 'Hỗ trợ đổi mới công nghệ doanh nghiệp 2027' })
		expect(before.application).toBeNull()
		expect(before.criteria).toEqual([])
		expect(JSON.stringify(before)).not.toContain(secretAnswer)
		expect(JSON.stringify(before)).not.toContain(application.drawing.id)

		const unconfirmed = await post(application.assignmentId, world.cookies.reviewer, { intent: 'no-conflict' })
		expect(statusOf(unconfirmed)).toBe(400)
		expect(payloadOf<ActionPayload>(unconfirmed).result?.error).toMatchObject({ confirm: ['reviewing.errors.confirmRequired'] })
		expect((await load(application.assignmentId, world.cookies.reviewer)).application).toBeNull()

		await declareNoConflict(application.assignmentId, world.cookies.reviewer)
		const again = await post(application.assignmentId, world.cookies.reviewer, { intent: 'conflict', note: 'Đổi ý' })
		expect(statusOf(again)).toBe(409)
		expect(payloadOf<ActionPayload>(again).error).toBe('reviewing.errors.alreadyDeclared')
		expect(await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: application.assignmentId }, select: { status: true } })).toEqual({ status: 'ASSIGNED' })
	})

	test('after declaring no conflict: the application read-only, each question with its answer, files as links', async () => {
		const application = await createReviewedApplication(world)
		await declareNoConflict(application.assignmentId, world.cookies.reviewer)
		const review = await load(application.assignmentId, world.cookies.reviewer)
		expect(review.assignment.stage).toBe('inProgress')
		expect(review.application).toMatchObject({ projectTitle: application.projectTitle, requestedAmountVnd: '250000000', declaredTrl: 6 })
		expect(review.application?.answers).toEqual([
			{ questionId: world.programme.questions[0]!.id, label: 'Mô tả giải pháp công nghệ', type: 'LONG_TEXT', value: `Sấy bằng năng lượng mặt trời — ${secretAnswer}`, file: null },
			{ questionId: world.programme.questions[1]!.id, label: 'Đã có doanh thu từ sản phẩm', type: 'YES_NO', value: true, file: null },
			{ questionId: world.programme.questions[2]!.id, label: 'Số lao động', type: 'NUMBER', value: 42, file: null },
			{ questionId: world.programme.questions[3]!.id, label: 'Bản vẽ thiết kế', type: 'FILE', value: null, file: { id: application.drawing.id, fileName: 'ban-ve-thiet-ke.pdf' } },
		])
		expect(review.application?.documents).toEqual([
			{ requirementId: world.programme.documents[0]!.id, title: 'Giấy chứng nhận đăng ký doanh nghiệp', required: true, file: { id: application.registration.id, fileName: 'giay-dang-ky.pdf' } },
			{ requirementId: world.programme.documents[1]!.id, title: 'Báo cáo tài chính', required: false, file: null },
		])
		expect(review.criteria.map((c) => [c.title, c.weight, c.maxScore])).toEqual([['Tính mới của công nghệ', 40, 10], ['Tính khả thi', 60, 5]])
	})

	test('declaring a conflict keeps the application closed, with the note kept; scoring is refused (409)', async () => {
		const application = await createReviewedApplication(world)
		const tooLong = await post(application.assignmentId, world.cookies.reviewer, { intent: 'conflict', note: 'x'.repeat(2001) })
		expect(statusOf(tooLong)).toBe(400)
		expect(payloadOf<ActionPayload>(tooLong).result).toMatchObject({ initialValue: { note: 'x'.repeat(2001) }, error: { note: ['programmeValidation.tooLong'] } })

		const declared = await post(application.assignmentId, world.cookies.reviewer, { intent: 'conflict', note: 'Tôi từng làm cố vấn cho công ty này' })
		expect(locationOf(declared)).toBe(`${pathOf(application.assignmentId)}?done=declared`)
		const review = await load(application.assignmentId, world.cookies.reviewer)
		expect(review.assignment).toMatchObject({ stage: 'conflictDeclared', conflictNote: 'Tôi từng làm cố vấn cho công ty này' })
		expect(review.application).toBeNull()
		expect(JSON.stringify(review)).not.toContain(secretAnswer)
		expect(JSON.stringify(review)).not.toContain(application.registration.id)

		const scoring = await post(application.assignmentId, world.cookies.reviewer, scoreFields(world, 'save', [{ score: '5' }, { score: '3' }]))
		expect(statusOf(scoring)).toBe(409)
		expect(payloadOf<ActionPayload>(scoring).error).toBe('reviewing.errors.reviewClosed')
		expect(await prisma.reviewScore.count({ where: { assignmentId: application.assignmentId } })).toBe(0)
		const noneAfter = await post(application.assignmentId, world.cookies.reviewer, { intent: 'no-conflict', confirm: 'on' })
		expect(statusOf(noneAfter)).toBe(409)
	})
})

describe('scoring', () => {
	test('bad scores come back on their criterion with everything typed kept, and nothing is saved', async () => {
		const application = await createReviewedApplication(world)
		await declareNoConflict(application.assignmentId, world.cookies.reviewer)
		const fields = scoreFields(world, 'save', [{ score: '15', comment: 'Rất mới' }, { score: 'abc', comment: 'Khả thi vừa' }], 'Nhận xét chung đang viết')
		const result = await post(application.assignmentId, world.cookies.reviewer, fields)
		expect(statusOf(result)).toBe(400)
		const payload = payloadOf<ActionPayload>(result)
		expect(payload.result?.error).toMatchObject({
			'': ['programmes.errors.scoresInvalid'],
			'scores[0].score': ['programmes.errors.scoreOutOfRange'],
			'scores[1].score': ['programmes.errors.scoreOutOfRange'],
		})
		expect(payload.result?.initialValue).toMatchObject({
			overallComment: 'Nhận xét chung đang viết',
			scores: [
				{ score: '15', comment: 'Rất mới' },
				{ score: 'abc', comment: 'Khả thi vừa' },
			],
		})
		const fraction = await post(application.assignmentId, world.cookies.reviewer, scoreFields(world, 'save', [{ score: '7.5' }, { score: '-1' }]))
		expect(payloadOf<ActionPayload>(fraction).result?.error).toMatchObject({ 'scores[0].score': ['programmes.errors.scoreOutOfRange'], 'scores[1].score': ['programmes.errors.scoreOutOfRange'] })
		expect(await prisma.reviewScore.count({ where: { assignmentId: application.assignmentId } })).toBe(0)
		// A comment alone would be lost: it asks for the score.
		const commentOnly = await post(application.assignmentId, world.cookies.reviewer, scoreFields(world, 'save', [{ score: '', comment: 'Chưa chấm nhưng có ý kiến' }, { score: '3' }]))
		expect(statusOf(commentOnly)).toBe(400)
		expect(payloadOf<ActionPayload>(commentOnly).result?.error).toMatchObject({ 'scores[0].score': ['reviewing.errors.commentNeedsScore'] })
		expect(await prisma.reviewScore.count({ where: { assignmentId: application.assignmentId } })).toBe(0)
	})

	test('a draft is saved over several sittings with the weighted total computed on the server; a cleared score is removed', async () => {
		const application = await createReviewedApplication(world)
		await declareNoConflict(application.assignmentId, world.cookies.reviewer)
		const first = await post(application.assignmentId, world.cookies.reviewer, scoreFields(world, 'save', [{ score: '7', comment: 'Mới so với tỉnh' }, { score: '' }], 'Bản nháp'))
		expect(locationOf(first)).toBe(`${pathOf(application.assignmentId)}?done=saved`)
		let review = await load(application.assignmentId, world.cookies.reviewer)
		expect(review.myScores).toEqual([{ criterionId: world.programme.criteria[0]!.id, score: 7, comment: 'Mới so với tỉnh' }])
		expect(review.overallComment).toBe('Bản nháp')
		expect(review.myTotal).toBeNull()

		await post(application.assignmentId, world.cookies.reviewer, scoreFields(world, 'save', [{ score: '7', comment: 'Mới so với tỉnh' }, { score: '3', comment: 'Cần thêm vốn' }], 'Bản nháp 2'))
		review = await load(application.assignmentId, world.cookies.reviewer)
		// (40 × 7/10 + 60 × 3/5) / 100 × 100
		expect(review.myTotal).toBe(64)
		expect(review.assignment.submitted).toBe(false)

		await post(application.assignmentId, world.cookies.reviewer, scoreFields(world, 'save', [{ score: '' }, { score: '3', comment: 'Cần thêm vốn' }], 'Bản nháp 3'))
		review = await load(application.assignmentId, world.cookies.reviewer)
		expect(review.myScores.map((s) => s.criterionId)).toEqual([world.programme.criteria[1]!.id])
		expect(review.myTotal).toBeNull()
	})

	test('submitting needs every criterion; once submitted the review is read-only and a second submit or a save is refused (409)', async () => {
		const application = await createReviewedApplication(world)
		await declareNoConflict(application.assignmentId, world.cookies.reviewer)
		const incomplete = await post(application.assignmentId, world.cookies.reviewer, scoreFields(world, 'submit', [{ score: '8', comment: 'Tốt' }, { score: '' }], 'Kết luận'))
		expect(statusOf(incomplete)).toBe(400)
		expect(payloadOf<ActionPayload>(incomplete).result).toMatchObject({
			error: { 'scores[1].score': ['programmes.errors.scoreRequired'] },
			// An emptied field is simply absent from what comes back.
			initialValue: { overallComment: 'Kết luận', scores: [{ score: '8', comment: 'Tốt' }, { criterionId: world.programme.criteria[1]!.id }] },
		})
		expect(payloadOf<ActionPayload>(incomplete).result?.error?.['scores[0].score']).toBeUndefined()
		// A criterion missing from the form altogether is refused too.
		const missing = await post(application.assignmentId, world.cookies.reviewer, scoreFields(world, 'submit', [{ score: '8' }]))
		expect(statusOf(missing)).toBe(400)
		expect(payloadOf<ActionPayload>(missing).result?.error?.['']).toContain('programmes.errors.scoreRequired')
		expect((await load(application.assignmentId, world.cookies.reviewer)).assignment.submitted).toBe(false)

		const submitted = await post(application.assignmentId, world.cookies.reviewer, scoreFields(world, 'submit', [{ score: '8', comment: 'Tốt' }, { score: '4', comment: 'Khả thi' }], 'Kết luận'))
		expect(locationOf(submitted)).toBe(`${pathOf(application.assignmentId)}?done=submitted`)
		const review = await load(application.assignmentId, world.cookies.reviewer)
		expect(review.assignment).toMatchObject({ stage: 'submitted', submitted: true })
		expect(review.myTotal).toBe(80)

		for (const intent of ['submit', 'save'] as const) {
			const again = await post(application.assignmentId, world.cookies.reviewer, scoreFields(world, intent, [{ score: '1' }, { score: '1' }], 'Đổi ý'))
			expect(statusOf(again)).toBe(409)
			expect(payloadOf<ActionPayload>(again).error).toBe('reviewing.errors.reviewClosed')
		}
		// Even an invalid change after submission is a conflict, not a validation error.
		expect(statusOf(await post(application.assignmentId, world.cookies.reviewer, scoreFields(world, 'save', [{ score: 'abc' }, { score: '99' }])))).toBe(409)
		const stored = await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: application.assignmentId }, select: { overallComment: true, scores: { orderBy: { score: 'desc' }, select: { score: true } } } })
		expect(stored).toEqual({ overallComment: 'Kết luận', scores: [{ score: 8 }, { score: 4 }] })
		expect(await prisma.auditLog.count({ where: { entityId: application.id, action: 'review.submitted' } })).toBe(1)
	})

	test('an unknown intent or a criterion of another programme is a 400, not a 500', async () => {
		const application = await createReviewedApplication(world)
		await declareNoConflict(application.assignmentId, world.cookies.reviewer)
		expect(statusOf(await post(application.assignmentId, world.cookies.reviewer, { intent: 'delete' }))).toBe(400)
		const foreign = { ...scoreFields(world, 'save', [{ score: '5' }]), 'scores[0].criterionId': 'not-a-criterion' }
		expect(statusOf(await post(application.assignmentId, world.cookies.reviewer, foreign))).toBe(400)
		expect(await prisma.reviewScore.count({ where: { assignmentId: application.assignmentId } })).toBe(0)
	})
})

describe('after the decision', () => {
	test('the page loads read-only with the notice; saving, submitting or declaring answers 409 and nothing changes', async () => {
		const application = await createReviewedApplication(world)
		await declareNoConflict(application.assignmentId, world.cookies.reviewer)
		await post(application.assignmentId, world.cookies.reviewer, scoreFields(world, 'save', [{ score: '7', comment: 'Nháp' }, { score: '3' }], 'Bản nháp'))
		await prisma.application.update({ where: { id: application.id }, data: { status: 'APPROVED', decidedAt: new Date() } })

		const review = await load(application.assignmentId, world.cookies.reviewer)
		expect(review.assignment).toMatchObject({ stage: 'inProgress', closed: true, submitted: false })
		expect(review.subject.applicationStatus).toBe('APPROVED')
		// Still readable: the application and the draft as they were.
		expect(review.application?.projectTitle).toBe(application.projectTitle)
		expect(review.myTotal).toBe(64)

		for (const intent of ['save', 'submit'] as const) {
			const late = await post(application.assignmentId, world.cookies.reviewer, scoreFields(world, intent, [{ score: '10', comment: 'Sau quyết định' }, { score: '5' }], 'Đổi ý'))
			expect(statusOf(late)).toBe(409)
			expect(payloadOf<ActionPayload>(late).error).toBe('reviewing.errors.applicationDecided')
		}
		const stored = await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: application.assignmentId }, select: { status: true, overallComment: true, scores: { orderBy: { score: 'desc' }, select: { score: true, comment: true } } } })
		expect(stored).toEqual({ status: 'ASSIGNED', overallComment: 'Bản nháp', scores: [{ score: 7, comment: 'Nháp' }, { score: 3, comment: '' }] })

		// The second reviewer had not declared yet: the page loads, the declaration is refused.
		const second = await load(application.secondAssignmentId, world.cookies.secondReviewer)
		expect(second.assignment).toMatchObject({ stage: 'conflictCheck', closed: true })
		expect(second.application).toBeNull()
		for (const fields of [{ intent: 'no-conflict', confirm: 'on' }, { intent: 'conflict', note: 'Muộn' }] as Record<string, string>[]) {
			const late = await post(application.secondAssignmentId, world.cookies.secondReviewer, fields)
			expect(statusOf(late)).toBe(409)
			expect(payloadOf<ActionPayload>(late).error).toBe('reviewing.errors.applicationDecided')
		}
		expect(await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: application.secondAssignmentId }, select: { status: true, conflictCheckedAt: true } })).toEqual({ status: 'ASSIGNED', conflictCheckedAt: null })

		// The list marks both as closed.
		const rows = (await Promise.all([world.cookies.reviewer, world.cookies.secondReviewer].map(async (cookie) => payloadOf<ListPayload>(await invoke(reviewsLoader, getRequest('/account/reviews', cookie))).assignments))).flat()
		expect(rows.filter((row) => row.referenceNumber === application.referenceNumber).map((row) => row.closed)).toEqual([true, true])
	})

	test('the notice and the read-only keys exist in both languages', async () => {
		const [vi, en] = await Promise.all(['vi', 'en'].map(async (lang) => (await import(`~/locales/${lang}/reviewing.json`)).default.reviewing))
		for (const messages of [vi, en]) {
			expect(messages.review.closed).toContain('{{status}}')
			expect(messages.review.closedAfterSubmission).toContain('{{status}}')
			expect(typeof messages.result.draftHeading).toBe('string')
			expect(typeof messages.list.closed).toBe('string')
			expect(typeof messages.errors.applicationDecided).toBe('string')
		}
		expect(vi.errors.applicationDecided).toMatch(/quyết định/)
	})
})

describe('blind review through the page', () => {
	test('another reviewer\'s scores never reach the page before one\'s own submission; afterwards anonymised, with totals, spread and disagreement', async () => {
		const application = await createReviewedApplication(world)
		await declareNoConflict(application.assignmentId, world.cookies.reviewer)
		await post(application.assignmentId, world.cookies.reviewer, scoreFields(world, 'submit', [{ score: '9', comment: 'ĐIỂM-BÍ-MẬT-A tiêu chí 1' }, { score: '4', comment: 'ĐIỂM-BÍ-MẬT-A tiêu chí 2' }], 'NHẬN-XÉT-BÍ-MẬT-A'))

		const second = application.secondAssignmentId
		const beforeDeclaring = await load(second, world.cookies.secondReviewer)
		expect(JSON.stringify(beforeDeclaring)).not.toContain('BÍ-MẬT-A')
		await declareNoConflict(second, world.cookies.secondReviewer)
		await post(second, world.cookies.secondReviewer, scoreFields(world, 'save', [{ score: '5', comment: 'B' }, { score: '2' }], 'Nhận xét B'))
		const drafting = await load(second, world.cookies.secondReviewer)
		expect(drafting.others).toBeNull()
		expect(drafting.comparison).toBeNull()
		expect(JSON.stringify(drafting)).not.toContain('BÍ-MẬT-A')
		expect(JSON.stringify(drafting)).not.toContain(world.users.reviewer.id)

		await post(second, world.cookies.secondReviewer, scoreFields(world, 'submit', [{ score: '5', comment: 'B' }, { score: '2', comment: 'B2' }], 'Nhận xét B'))
		const after = await load(second, world.cookies.secondReviewer)
		expect(after.others).toEqual([
			{ label: 1, overallComment: 'NHẬN-XÉT-BÍ-MẬT-A', scores: expect.arrayContaining([expect.objectContaining({ score: 9, comment: 'ĐIỂM-BÍ-MẬT-A tiêu chí 1' }), expect.objectContaining({ score: 4 })]) },
		])
		// Mine: 40×5/10 + 60×2/5 = 44; theirs: 40×9/10 + 60×4/5 = 84.
		expect(after.myTotal).toBe(44)
		expect(after.comparison).toEqual({ average: 64, spread: 40, disagreement: true, totals: [{ label: 1, total: 84 }] })
		// Anonymous: no name, e-mail or id of the other reviewer.
		const text = JSON.stringify(after)
		for (const leak of [world.users.reviewer.id, world.users.reviewer.email, world.users.reviewer.name, application.assignmentId]) expect(text).not.toContain(leak)
	})
})

describe('two reviewers at once', () => {
	test('both submit through the page at the same moment and both keep their own scores', async () => {
		const application = await createReviewedApplication(world)
		await Promise.all([declareNoConflict(application.assignmentId, world.cookies.reviewer), declareNoConflict(application.secondAssignmentId, world.cookies.secondReviewer)])
		const [first, second] = await Promise.all([
			post(application.assignmentId, world.cookies.reviewer, scoreFields(world, 'submit', [{ score: '8', comment: 'A1' }, { score: '4', comment: 'A2' }], 'A')),
			post(application.secondAssignmentId, world.cookies.secondReviewer, scoreFields(world, 'submit', [{ score: '3', comment: 'B1' }, { score: '1', comment: 'B2' }], 'B')),
		])
		expect([locationOf(first), locationOf(second)]).toEqual([`${pathOf(application.assignmentId)}?done=submitted`, `${pathOf(application.secondAssignmentId)}?done=submitted`])
		const stored = await prisma.reviewAssignment.findMany({
			where: { applicationId: application.id },
			select: { reviewerId: true, status: true, overallComment: true, scores: { orderBy: { comment: 'asc' }, select: { score: true, comment: true } } },
		})
		const byReviewer = new Map(stored.map((row) => [row.reviewerId, row]))
		expect(byReviewer.get(world.users.reviewer.id)).toEqual({ reviewerId: world.users.reviewer.id, status: 'SUBMITTED', overallComment: 'A', scores: [{ score: 8, comment: 'A1' }, { score: 4, comment: 'A2' }] })
		expect(byReviewer.get(world.users.secondReviewer.id)).toEqual({ reviewerId: world.users.secondReviewer.id, status: 'SUBMITTED', overallComment: 'B', scores: [{ score: 3, comment: 'B1' }, { score: 1, comment: 'B2' }] })
	})

	test('one reviewer double-clicking submit: one submission, the other click gets 409', async () => {
		const application = await createReviewedApplication(world)
		await declareNoConflict(application.assignmentId, world.cookies.reviewer)
		const fields = scoreFields(world, 'submit', [{ score: '6' }, { score: '3' }], 'Một lần')
		const results = await Promise.all([post(application.assignmentId, world.cookies.reviewer, fields), post(application.assignmentId, world.cookies.reviewer, fields)])
		expect(results.map(statusOf).sort()).toEqual([302, 409])
		expect(await prisma.auditLog.count({ where: { entityId: application.id, action: 'review.submitted' } })).toBe(1)
	})
})

describe('someone else\'s assignment', () => {
	test('reviewer A can neither load nor act on reviewer B\'s assignment (404), and B\'s review is untouched', async () => {
		const application = await createReviewedApplication(world)
		const theirs = application.secondAssignmentId
		expect(statusOf(await invoke(reviewLoader, getRequest(pathOf(theirs), world.cookies.reviewer), { assignmentId: theirs }))).toBe(404)
		for (const fields of [{ intent: 'no-conflict', confirm: 'on' }, { intent: 'conflict', note: '' }, scoreFields(world, 'save', [{ score: '1' }, { score: '1' }]), scoreFields(world, 'submit', [{ score: '1' }, { score: '1' }])]) {
			expect(statusOf(await post(theirs, world.cookies.reviewer, fields))).toBe(404)
		}
		expect(await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: theirs }, select: { status: true, conflictCheckedAt: true } })).toEqual({ status: 'ASSIGNED', conflictCheckedAt: null })
		expect(statusOf(await invoke(reviewLoader, getRequest(pathOf('no-such-assignment'), world.cookies.reviewer), { assignmentId: 'no-such-assignment' }))).toBe(404)
	})

	test('a reviewer whose role was withdrawn loses access to their assignments', async () => {
		const application = await createReviewedApplication(world)
		const formerReviewer = await prisma.user.findUniqueOrThrow({ where: { id: world.users.secondReviewer.id }, select: { id: true } })
		const role = await prisma.role.findUniqueOrThrow({ where: { name: 'reviewer' }, select: { id: true } })
		await prisma.userRole.delete({ where: { userId_roleId: { userId: formerReviewer.id, roleId: role.id } } })
		try {
			expect(statusOf(await invoke(reviewLoader, getRequest(pathOf(application.secondAssignmentId), world.cookies.secondReviewer), { assignmentId: application.secondAssignmentId }))).toBe(404)
			expect(statusOf(await invoke(reviewsLoader, getRequest('/account/reviews', world.cookies.secondReviewer)))).toBe(404)
		} finally {
			await prisma.userRole.create({ data: { userId: formerReviewer.id, roleId: role.id } })
		}
	})
})
