import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { getOptionalUser, type SessionUser } from '~/modules/auth/guards.server'
import { applicationForApplicant, saveDraft, startApplication } from '~/modules/programmes/applicant.server'
import { prisma } from '~/utils/db.server'
import { createOrganization, createUser, sessionCookieFor } from '../support/factories'

const ctx = { request: new Request('http://localhost/') }
let applicant: SessionUser
let colleague: SessionUser
let stranger: SessionUser
let organizationId = ''
let programme: { id: string; questions: { id: string; type: string }[] }

async function sessionUser(userId: string) {
	const { cookie } = await sessionCookieFor(userId)
	return (await getOptionalUser(new Request('http://localhost/', { headers: { Cookie: cookie } })))!
}

async function openProgramme(options: { allowMultiple?: boolean; types?: ('ENTERPRISE' | 'UNIVERSITY')[] } = {}) {
	const owner = await createUser()
	const dost = await createOrganization(owner.id)
	return prisma.programme.create({
		data: {
			slug: `mo-${randomUUID().slice(0, 8)}`,
			organizationId: dost.id,
			title: 'Chương trình hỗ trợ mở',
			supportType: 'VOUCHER',
			opensAt: new Date(Date.now() - 86_400_000),
			closesAt: new Date('2027-06-30T10:00:00Z'),
			status: 'OPEN',
			allowMultipleApplications: options.allowMultiple ?? false,
			eligibleOrganizationTypes: options.types ?? [],
			questions: {
				create: [
					{ type: 'SHORT_TEXT', label: 'Tên sản phẩm', maxLength: 20, sortOrder: 1 },
					{ type: 'NUMBER', label: 'Số lao động', sortOrder: 2 },
					{ type: 'CHOICE', label: 'Giai đoạn', options: ['Ý tưởng', 'Sản phẩm mẫu'], sortOrder: 3 },
					{ type: 'YES_NO', label: 'Đã có doanh thu', sortOrder: 4 },
				],
			},
		},
		include: { questions: { orderBy: { sortOrder: 'asc' } } },
	})
}

beforeAll(async () => {
	const [a, b, c] = await Promise.all([createUser(), createUser(), createUser()])
	organizationId = (await createOrganization(a.id)).id
	await prisma.membership.create({ data: { organizationId, userId: b.id, role: 'EDITOR' } })
	;[applicant, colleague, stranger] = await Promise.all([a, b, c].map((u) => sessionUser(u.id)))
	programme = await openProgramme()
})

describe('applying', () => {
	test('one application per organisation and programme, even when started twice at once; numbered per year', async () => {
		const results = await Promise.all([
			startApplication(applicant, { programmeId: programme.id, organizationId }, ctx),
			startApplication(colleague, { programmeId: programme.id, organizationId }, ctx),
		])
		const created = results.filter((r) => r.ok)
		expect(created).toHaveLength(1)
		expect(created[0]).toMatchObject({ referenceNumber: expect.stringMatching(/^HS-2027-\d{6}$/) })
		expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, status: 409, error: 'programmes.errors.alreadyApplied' })
		expect(await prisma.application.count({ where: { programmeId: programme.id, organizationId } })).toBe(1)

		const multiple = await openProgramme({ allowMultiple: true })
		const [first, second] = [await startApplication(applicant, { programmeId: multiple.id, organizationId }, ctx), await startApplication(applicant, { programmeId: multiple.id, organizationId }, ctx)]
		expect(first.ok && second.ok).toBe(true)
		if (first.ok && second.ok) expect(Number(second.referenceNumber.slice(-6))).toBe(Number(first.referenceNumber.slice(-6)) + 1)
	})

	test('only members of the organisation may start, and only if eligible', async () => {
		expect(await startApplication(stranger, { programmeId: programme.id, organizationId }, ctx)).toMatchObject({ ok: false, status: 404 })
		const universities = await openProgramme({ types: ['UNIVERSITY'] })
		expect(await startApplication(applicant, { programmeId: universities.id, organizationId }, ctx)).toMatchObject({
			ok: false,
			status: 400,
			error: 'programmes.errors.notEligible',
			reasons: [{ rule: 'organizationType', allowed: ['UNIVERSITY'] }],
		})
	})

	test('drafts save over several sittings; each bad answer is reported on its question', async () => {
		const started = await startApplication(applicant, { programmeId: (await openProgramme()).id, organizationId }, ctx)
		if (!started.ok) throw new Error('not started')
		const p = await prisma.application.findUniqueOrThrow({ where: { id: started.id }, select: { programme: { select: { questions: { orderBy: { sortOrder: 'asc' }, select: { id: true } } } } } })
		const [name, staff, stage, revenue] = p.programme.questions.map((q) => q.id) as [string, string, string, string]
		const bad = await saveDraft(applicant, started.id, { projectTitle: 'Gạo sạch', requestedAmountVnd: null, answers: { [name]: 'x'.repeat(21), [staff]: 'mười', [stage]: 'Tăng trưởng', [revenue]: 'có lẽ' } })
		expect(bad).toEqual({
			ok: false,
			status: 400,
			error: 'programmes.errors.answersInvalid',
			fieldErrors: { [name]: 'programmes.errors.answerTooLong', [staff]: 'programmes.errors.answerNotNumber', [stage]: 'programmes.errors.answerNotAChoice', [revenue]: 'programmes.errors.answerNotAChoice' },
		})
		expect(await saveDraft(applicant, started.id, { projectTitle: 'Gạo sạch Kim Sơn', requestedAmountVnd: 150_000_000, answers: { [name]: 'Gạo ST25', [staff]: '12' } })).toEqual({ ok: true })
		expect(await saveDraft(colleague, started.id, { projectTitle: 'Gạo sạch Kim Sơn', requestedAmountVnd: 150_000_000, answers: { [stage]: 'Sản phẩm mẫu', [revenue]: 'yes', [staff]: '' } })).toEqual({ ok: true })
		expect(await saveDraft(stranger, started.id, { projectTitle: 'x', requestedAmountVnd: null, answers: {} })).toMatchObject({ ok: false, status: 404 })
		const answers = await prisma.applicationAnswer.findMany({ where: { applicationId: started.id }, select: { questionId: true, value: true } })
		expect(Object.fromEntries(answers.map((a) => [a.questionId, a.value]))).toEqual({ [name]: 'Gạo ST25', [staff]: null, [stage]: 'Sản phẩm mẫu', [revenue]: true })
	})

	test("the applicant's view holds the timeline and decision, never reviewers or scores", async () => {
		const started = await startApplication(applicant, { programmeId: (await openProgramme()).id, organizationId }, ctx)
		if (!started.ok) throw new Error('not started')
		const reviewer = await createUser({ roles: ['reviewer'], name: 'Chuyên Gia Bí Mật' })
		const criterion = await prisma.rubricCriterion.create({ data: { programmeId: (await prisma.application.findUniqueOrThrow({ where: { id: started.id } })).programmeId, title: 'Tính mới', weight: 100, maxScore: 10 } })
		await prisma.application.update({ where: { id: started.id }, data: { status: 'APPROVED', decidedAt: new Date() } })
		await prisma.reviewAssignment.create({
			data: { applicationId: started.id, reviewerId: reviewer.id, status: 'SUBMITTED', overallComment: 'NHẬN-XÉT-NỘI-BỘ', scores: { create: { criterionId: criterion.id, score: 7, comment: 'ĐIỂM-NỘI-BỘ' } } },
		})
		await prisma.applicationDecision.create({ data: { applicationId: started.id, outcome: 'APPROVED', reasons: 'Phù hợp mục tiêu chương trình', awardedAmountVnd: 100_000_000n } })
		const view = await applicationForApplicant(applicant, started.id)
		expect(view).toMatchObject({ status: 'APPROVED', editable: false, decision: { outcome: 'APPROVED', reasons: 'Phù hợp mục tiêu chương trình', awardedAmountVnd: '100000000' } })
		expect(view?.events).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'DRAFT' })])
		const json = JSON.stringify(view)
		for (const secret of ['NHẬN-XÉT-NỘI-BỘ', 'ĐIỂM-NỘI-BỘ', 'Chuyên Gia Bí Mật', reviewer.id]) expect(json).not.toContain(secret)
		expect(await applicationForApplicant(stranger, started.id)).toBeNull()
	})
})
