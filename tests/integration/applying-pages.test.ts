// The applicant's pages: the list, the application page, saving with and without
// JavaScript, submitting (incomplete, late, twice at once, not eligible), resubmitting
// after a return, withdrawing, and the decision with or without the published score.
import { beforeAll, describe, expect, test } from 'vitest'
import { transitionApplication } from '~/modules/programmes/applications.server'
import { action, loader } from '~/routes/account/application'
import { loader as listLoader } from '~/routes/account/applications'
import { prisma } from '~/utils/db.server'
import {
	completeDraft,
	createApplyingProgramme,
	createApplyingWorld,
	createDraft,
	questionIds,
	type ApplyingProgramme,
	type ApplyingWorld,
} from '../support/programmes-applying'
import { formRequest, getRequest, invoke, payloadOf, statusOf } from '../support/routes'

let world: ApplyingWorld
let programme: ApplyingProgramme

beforeAll(async () => {
	world = await createApplyingWorld()
	programme = await createApplyingProgramme(world)
})

const page = (id: string) => `/account/applications/${id}`
const load = (id: string, cookie: string | null) => invoke(loader, getRequest(page(id), cookie), { applicationId: id })
const post = (id: string, fields: Record<string, string> | URLSearchParams, cookie: string | null) => invoke(action, formRequest(page(id), fields, cookie), { applicationId: id })
type Loaded = Awaited<ReturnType<typeof loader>>
type Reply = { intent: string; ok?: boolean; error?: string; result?: { initialValue?: Record<string, unknown>; error?: Record<string, string[]> }; missing?: { questions: string[]; documents: string[] }; reasons?: unknown[]; names?: unknown }

describe('my applications', () => {
	test('every application of every organisation I belong to, newest first; others see none of them', async () => {
		const first = await createDraft(world, programme)
		const otherProgramme = await createApplyingProgramme(world)
		const second = await createDraft(world, otherProgramme)
		await prisma.application.update({ where: { id: second.id }, data: { createdAt: new Date(Date.now() + 1000), projectTitle: 'Dự án thứ hai' } })
		const mine = payloadOf<Awaited<ReturnType<typeof listLoader>>>(await invoke(listLoader, getRequest('/account/applications', world.colleague.cookie)))
		const references = mine.applications.map((a) => a.referenceNumber)
		expect(references.indexOf(second.referenceNumber)).toBeLessThan(references.indexOf(first.referenceNumber))
		expect(mine.applications.find((a) => a.id === second.id)).toMatchObject({
			projectTitle: 'Dự án thứ hai',
			status: 'DRAFT',
			programme: { title: otherProgramme.title, slug: otherProgramme.slug },
			organization: { name: 'Công ty Khởi nghiệp Tràng An' },
		})
		const theirs = payloadOf<Awaited<ReturnType<typeof listLoader>>>(await invoke(listLoader, getRequest('/account/applications', world.stranger.cookie)))
		expect(theirs.applications).toEqual([])
		const anonymous = await invoke(listLoader, getRequest('/account/applications', null))
		expect(statusOf(anonymous)).toBe(302)
		expect((anonymous as Response).headers.get('Location')).toMatch(/^\/login/)
	})
})

describe('the application page', () => {
	test('members of the applicant organisation see it; strangers and the programme officer get 404', async () => {
		const { id } = await createDraft(world, programme)
		const view = payloadOf<Loaded>(await load(id, world.colleague.cookie))
		expect(view.application).toMatchObject({ id, editable: true, programme: { title: programme.title, organization: { name: 'Sở Khoa học và Công nghệ Ninh Bình' } } })
		const ids = questionIds(programme)
		// Nothing answered yet: every required question and document is missing.
		expect(view.application.missing.questions.map((q) => q.id)).toEqual([ids.name, ids.description, ids.stage, ids.plan])
		expect(view.application.missing.documents.map((d) => d.id)).toEqual([ids.registration])
		for (const who of [world.stranger, world.officer, world.outsiderOfficer, world.reviewer]) expect(statusOf(await load(id, who.cookie))).toBe(404)
	})

	test('saving without JavaScript: each bad answer on its question, everything typed kept, nothing saved; then a good save redirects', async () => {
		const { id } = await createDraft(world, programme)
		const ids = questionIds(programme)
		const typed = {
			intent: 'save',
			projectTitle: 'Gạo sạch Kim Sơn',
			requestedAmountVnd: '1.500.000.000',
			[`answers.${ids.name}`]: 'x'.repeat(41),
			[`answers.${ids.description}`]: 'Mô tả ngắn',
			[`answers.${ids.staff}`]: 'mười hai',
			[`answers.${ids.stage}`]: 'Tăng trưởng',
		}
		const bad = await post(id, typed, world.applicant.cookie)
		expect(statusOf(bad)).toBe(400)
		const reply = payloadOf<Reply>(bad)
		expect(reply.error).toBe('programmes.errors.answersInvalid')
		expect(reply.result?.error).toMatchObject({
			[`answers.${ids.name}`]: ['programmes.errors.answerTooLong'],
			[`answers.${ids.staff}`]: ['programmes.errors.answerNotNumber'],
			[`answers.${ids.stage}`]: ['programmes.errors.answerNotAChoice'],
		})
		expect(reply.result?.error?.[`answers.${ids.description}`]).toBeUndefined()
		expect(reply.result?.initialValue).toMatchObject({ projectTitle: 'Gạo sạch Kim Sơn', requestedAmountVnd: '1.500.000.000', answers: { [ids.name]: 'x'.repeat(41), [ids.description]: 'Mô tả ngắn', [ids.staff]: 'mười hai' } })
		expect(await prisma.applicationAnswer.count({ where: { applicationId: id } })).toBe(0)

		const badAmount = payloadOf<Reply>(await post(id, { ...typed, requestedAmountVnd: 'một tỷ' }, world.applicant.cookie))
		expect(badAmount.result?.error).toMatchObject({ requestedAmountVnd: ['programmeValidation.amountInvalid'] })

		const good = await post(id, { ...typed, [`answers.${ids.name}`]: 'Gạo ST25', [`answers.${ids.staff}`]: '1.200', [`answers.${ids.stage}`]: 'Sản phẩm mẫu', [`answers.${ids.revenue}`]: 'yes' }, world.applicant.cookie)
		expect(statusOf(good)).toBe(302)
		expect((good as Response).headers.get('Location')).toBe(`${page(id)}?done=saved`)
		const saved = await prisma.application.findUniqueOrThrow({ where: { id }, select: { projectTitle: true, requestedAmountVnd: true, answers: { select: { questionId: true, value: true } } } })
		expect(saved.projectTitle).toBe('Gạo sạch Kim Sơn')
		expect(saved.requestedAmountVnd).toBe(1_500_000_000n)
		expect(Object.fromEntries(saved.answers.map((a) => [a.questionId, a.value]))).toEqual({ [ids.name]: 'Gạo ST25', [ids.description]: 'Mô tả ngắn', [ids.staff]: 1200, [ids.stage]: 'Sản phẩm mẫu', [ids.revenue]: true })

		// The page shows the saved answers as the form's values.
		const view = payloadOf<Loaded>(await load(id, world.applicant.cookie))
		expect(view.application.answers.find((a) => a.questionId === ids.revenue)?.value).toBe(true)
		expect(view.application.requestedAmountVnd).toBe('1500000000')
	})

	test('autosave answers with the time of the save instead of redirecting', async () => {
		const { id } = await createDraft(world, programme)
		const before = Date.now()
		const result = await post(id, { intent: 'save', autosave: '1', projectTitle: 'Lưu tự động' }, world.colleague.cookie)
		expect(statusOf(result)).toBe(200)
		const reply = payloadOf<Reply & { savedAt: string }>(result)
		expect(reply).toMatchObject({ intent: 'save', ok: true })
		expect(new Date(reply.savedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
		expect((await prisma.application.findUniqueOrThrow({ where: { id } })).projectTitle).toBe('Lưu tự động')
	})

	test('declared TRL is saved only when the programme asks for it, and checked on submit', async () => {
		const trlProgramme = await createApplyingProgramme(world, { minTrl: 5 })
		const { id } = await createDraft(world, trlProgramme)
		await completeDraft(id, trlProgramme, world.applicant.id, world.startup.id)
		const badTrl = payloadOf<Reply>(await post(id, { intent: 'save', projectTitle: 'Dự án TRL', declaredTrl: '12' }, world.applicant.cookie))
		expect(badTrl.result?.error).toMatchObject({ declaredTrl: ['programmeValidation.trlInvalid'] })
		const low = await post(id, { intent: 'submit', projectTitle: 'Dự án TRL', declaredTrl: '3' }, world.applicant.cookie)
		expect(statusOf(low)).toBe(400)
		expect(payloadOf<Reply>(low)).toMatchObject({ intent: 'submit', error: 'programmes.errors.notEligible', reasons: [{ rule: 'trl', minimum: 5 }] })
		expect((await prisma.application.findUniqueOrThrow({ where: { id } })).declaredTrl).toBe(3)
		const ok = await post(id, { intent: 'submit', projectTitle: 'Dự án TRL', declaredTrl: '6' }, world.applicant.cookie)
		expect((ok as Response).headers.get('Location')).toBe(`${page(id)}?done=submitted`)
		expect(await prisma.application.findUniqueOrThrow({ where: { id }, select: { status: true, declaredTrl: true } })).toEqual({ status: 'SUBMITTED', declaredTrl: 6 })
	})

	test('submitting an incomplete application lists what is missing and keeps what was typed', async () => {
		const { id } = await createDraft(world, programme)
		const ids = questionIds(programme)
		const result = await post(id, { intent: 'submit', projectTitle: 'Chưa đủ', [`answers.${ids.name}`]: 'Gạo ST25' }, world.applicant.cookie)
		expect(statusOf(result)).toBe(400)
		const reply = payloadOf<Reply>(result)
		expect(reply).toMatchObject({ error: 'programmes.errors.incomplete', missing: { questions: [ids.description, ids.stage, ids.plan], documents: [ids.registration] } })
		expect(reply.result?.initialValue).toMatchObject({ projectTitle: 'Chưa đủ', answers: { [ids.name]: 'Gạo ST25' } })
		// What was typed is saved even though the submission is refused.
		expect(await prisma.applicationAnswer.findFirst({ where: { applicationId: id, questionId: ids.name }, select: { value: true } })).toEqual({ value: 'Gạo ST25' })
		expect((await prisma.application.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT')
	})

	test('one second after the deadline, the server refuses with the deadline message', async () => {
		const closing = await createApplyingProgramme(world)
		const { id } = await createDraft(world, closing)
		await completeDraft(id, closing, world.applicant.id, world.startup.id)
		await prisma.programme.update({ where: { id: closing.id }, data: { closesAt: new Date(Date.now() - 1000) } })
		const late = await post(id, { intent: 'submit', projectTitle: 'Nộp muộn' }, world.applicant.cookie)
		expect(statusOf(late)).toBe(409)
		expect(payloadOf<Reply>(late).error).toBe('programmes.errors.deadlinePassed')
		expect((await prisma.application.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT')
	})

	test('a double click on submit makes exactly one submission; the second answers 409', async () => {
		const { id } = await createDraft(world, programme)
		await completeDraft(id, programme, world.applicant.id, world.startup.id)
		const results = await Promise.all([1, 2].map(() => post(id, { intent: 'submit', projectTitle: 'Truy xuất nguồn gốc gạo Kim Sơn' }, world.applicant.cookie)))
		expect(results.map(statusOf).sort()).toEqual([302, 409])
		expect(payloadOf<Reply>(results.find((r) => statusOf(r) === 409)).error).toMatch(/^(applying\.form\.notEditable|programmes\.errors\.notAllowedNow)$/)
		expect(await prisma.applicationEvent.count({ where: { applicationId: id, toStatus: 'SUBMITTED' } })).toBe(1)
		const view = payloadOf<Loaded>(await load(id, world.applicant.cookie))
		expect(view.application).toMatchObject({ status: 'SUBMITTED', editable: false })
		// Editing after submission is refused.
		expect(statusOf(await post(id, { intent: 'save', projectTitle: 'Sửa sau khi nộp' }, world.applicant.cookie))).toBe(409)
	})

	test('returned for changes: the message is shown, the applicant edits and resubmits; the officer is not named', async () => {
		const { id } = await createDraft(world, programme)
		await completeDraft(id, programme, world.applicant.id, world.startup.id)
		expect(statusOf(await post(id, { intent: 'submit', projectTitle: 'Truy xuất nguồn gốc gạo Kim Sơn' }, world.applicant.cookie))).toBe(302)
		const returned = await transitionApplication(world.officer.user, { applicationId: id, action: 'returnForChanges', reason: 'Bổ sung kế hoạch tài chính 3 năm.', origin: 'http://localhost' }, { request: new Request('http://localhost/') })
		expect(returned.ok).toBe(true)
		const view = payloadOf<Loaded>(await load(id, world.applicant.cookie))
		expect(view.application).toMatchObject({ status: 'RETURNED', editable: true, returnedMessage: 'Bổ sung kế hoạch tài chính 3 năm.' })
		expect(view.application.events.map((e) => [e.fromStatus, e.toStatus, e.by])).toEqual([
			[null, 'DRAFT', 'applicant'],
			['DRAFT', 'SUBMITTED', 'applicant'],
			['SUBMITTED', 'RETURNED', 'programme'],
		])
		expect(view.application.events[1]!.actorName).toBe('Trần Thị Nộp')
		expect(view.application.events[2]!.actorName).toBeNull()
		expect(JSON.stringify(view)).not.toContain('Cán Bộ Sở')
		expect(JSON.stringify(view)).not.toContain(world.officer.id)

		// A plain "submit" is not the step of a returned application.
		expect(statusOf(await post(id, { intent: 'submit', projectTitle: 'Đã bổ sung' }, world.applicant.cookie))).toBe(409)
		const resubmitted = await post(id, { intent: 'resubmit', projectTitle: 'Đã bổ sung kế hoạch tài chính' }, world.colleague.cookie)
		expect((resubmitted as Response).headers.get('Location')).toBe(`${page(id)}?done=resubmitted`)
		expect(await prisma.application.findUniqueOrThrow({ where: { id }, select: { status: true, projectTitle: true } })).toEqual({ status: 'RESUBMITTED', projectTitle: 'Đã bổ sung kế hoạch tài chính' })
	})

	test('withdraw needs the confirmation; afterwards, nothing more can be done', async () => {
		const { id } = await createDraft(world, programme)
		const unconfirmed = await post(id, { intent: 'withdraw', reason: 'Đổi kế hoạch' }, world.applicant.cookie)
		expect(statusOf(unconfirmed)).toBe(400)
		expect(payloadOf<Reply>(unconfirmed).error).toBe('applying.withdraw.needConfirm')
		const withdrawn = await post(id, { intent: 'withdraw', confirm: 'yes', reason: 'Đổi kế hoạch kinh doanh' }, world.applicant.cookie)
		expect((withdrawn as Response).headers.get('Location')).toBe(`${page(id)}?done=withdrawn`)
		const application = await prisma.application.findUniqueOrThrow({ where: { id }, select: { status: true, withdrawnAt: true, events: { where: { toStatus: 'WITHDRAWN' }, select: { reason: true } } } })
		expect(application.status).toBe('WITHDRAWN')
		expect(application.withdrawnAt).not.toBeNull()
		expect(application.events).toEqual([{ reason: 'Đổi kế hoạch kinh doanh' }])
		const again = await post(id, { intent: 'withdraw', confirm: 'yes' }, world.applicant.cookie)
		expect(statusOf(again)).toBe(409)
		expect(payloadOf<Reply>(again).error).toBe('programmes.errors.notAllowedNow')
	})

	test('a decided application shows outcome, reasons and amount; the average score only when the programme publishes scores and results are out', async () => {
		async function decided(publishScores: boolean, published: boolean) {
			const p = await createApplyingProgramme(world, { publishScores })
			const { id } = await createDraft(world, p, { status: 'APPROVED' })
			await prisma.application.update({ where: { id }, data: { decidedAt: new Date() } })
			await prisma.applicationDecision.create({ data: { applicationId: id, outcome: 'APPROVED', reasons: 'Phù hợp mục tiêu chương trình', awardedAmountVnd: 800_000_000n } })
			const [novelty, feasibility] = p.criteria.map((c) => c.id) as [string, string]
			const second = await prisma.user.create({ data: { email: `rv-${id}@example.vn`, name: 'Phản Biện Hai' } })
			await prisma.reviewAssignment.create({ data: { applicationId: id, reviewerId: world.reviewer.id, status: 'SUBMITTED', conflictCheckedAt: new Date(), overallComment: 'NHẬN-XÉT-NỘI-BỘ', scores: { create: [{ criterionId: novelty, score: 8, comment: 'ĐIỂM-NỘI-BỘ' }, { criterionId: feasibility, score: 6 }] } } })
			await prisma.reviewAssignment.create({ data: { applicationId: id, reviewerId: second.id, status: 'SUBMITTED', conflictCheckedAt: new Date(), scores: { create: [{ criterionId: novelty, score: 6 }, { criterionId: feasibility, score: 10 }] } } })
			// A review still being written does not count.
			const third = await prisma.user.create({ data: { email: `rv3-${id}@example.vn`, name: 'Phản Biện Ba' } })
			await prisma.reviewAssignment.create({ data: { applicationId: id, reviewerId: third.id, status: 'ASSIGNED', conflictCheckedAt: new Date(), scores: { create: [{ criterionId: novelty, score: 0 }, { criterionId: feasibility, score: 0 }] } } })
			if (published) await prisma.programme.update({ where: { id: p.id }, data: { resultsPublishedAt: new Date(), status: 'RESULTS_PUBLISHED' } })
			return payloadOf<Loaded>(await load(id, world.applicant.cookie))
		}
		// Reviewer 1: 0.6·0.8 + 0.4·0.6 = 72; reviewer 2: 0.6·0.6 + 0.4·1.0 = 76; average 74.
		const publishing = await decided(true, true)
		expect(publishing.application).toMatchObject({ editable: false, decision: { outcome: 'APPROVED', reasons: 'Phù hợp mục tiêu chương trình', awardedAmountVnd: '800000000' }, publishedScore: 74 })
		const notYet = await decided(true, false)
		expect(notYet.application.publishedScore).toBeNull()
		const notPublishing = await decided(false, true)
		expect(notPublishing.application.publishedScore).toBeNull()
		for (const view of [publishing, notYet, notPublishing]) {
			const json = JSON.stringify(view)
			for (const secret of ['NHẬN-XÉT-NỘI-BỘ', 'ĐIỂM-NỘI-BỘ', 'Chuyên Gia Bí Mật', 'Phản Biện Hai', world.reviewer.id, '"score"', 'assignments']) expect(json).not.toContain(secret)
		}
	})
})
