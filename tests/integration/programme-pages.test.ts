// The officer's programme editor, preview and list, and the public programme pages:
// saving with nested lists (with and without JavaScript), edits refused once
// applications exist, publishing, the eligibility check and starting an application,
// and the public statistics once results are published.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { prisma } from '~/utils/db.server'
import { action as detailAction, loader as detailLoader } from '~/routes/programmes/detail'
import { action as editorAction, loader as editorLoader } from '~/routes/programmes/editor'
import { loader as listLoader } from '~/routes/programmes/index'
import { action as manageAction, loader as manageLoader } from '~/routes/programmes/manage'
import { loader as previewLoader } from '~/routes/programmes/preview'
import { createApplication, createEvaluationWorld, createProgramme, expectEvaluationMatrix, type EvaluationWorld } from '../support/programmes-evaluation'
import { createOrganization, createUser, sessionCookieFor } from '../support/factories'
import { formRequest, getRequest, invoke, payloadOf, statusOf } from '../support/routes'

let world: EvaluationWorld
let fieldSlug = ''

beforeAll(async () => {
	world = await createEvaluationWorld()
	fieldSlug = `nong-nghiep-${randomUUID().slice(0, 6)}`
	await prisma.field.create({ data: { slug: fieldSlug, nameVi: 'Nông nghiệp công nghệ cao', nameEn: 'High-tech agriculture' } })
})

function programmeForm(overrides: Record<string, string> = {}) {
	const form = new URLSearchParams({
		organizationId: world.agency.id,
		title: 'Hỗ trợ chuyển đổi số doanh nghiệp nhỏ 2027',
		summary: 'Hỗ trợ doanh nghiệp nhỏ và vừa ứng dụng công nghệ số.',
		description: 'Chương trình **thí điểm** của tỉnh.',
		supportType: 'GRANT',
		totalBudgetVnd: '2.000.000.000',
		maxPerApplicationVnd: '300.000.000',
		opensAt: '2027-01-05T08:00',
		closesAt: '2027-03-31T17:00',
		reviewersPerApplication: '2',
		processingLimitDays: '45',
		'questions[0].type': 'LONG_TEXT',
		'questions[0].label': 'Mô tả giải pháp',
		'questions[0].required': 'on',
		'questions[1].type': 'CHOICE',
		'questions[1].label': 'Giai đoạn phát triển',
		'questions[1].options': 'Ý tưởng\nSản phẩm mẫu\nThương mại',
		'documents[0].title': 'Giấy chứng nhận đăng ký doanh nghiệp',
		'documents[0].required': 'on',
		'criteria[0].title': 'Tính mới',
		'criteria[0].weight': '60',
		'criteria[0].maxScore': '10',
		'criteria[1].title': 'Khả thi',
		'criteria[1].weight': '40',
		'criteria[1].maxScore': '10',
	})
	form.append('eligibleOrganizationTypes', 'ENTERPRISE')
	form.append('fields', fieldSlug)
	for (const [key, value] of Object.entries(overrides)) form.set(key, value)
	return form
}

async function createdProgrammeId(result: unknown) {
	expect(statusOf(result)).toBe(302)
	const location = (result as Response).headers.get('Location')!
	expect(location).toMatch(/^\/programmes\/[^/]+\/edit\?saved=1$/)
	return location.split('/')[2]!
}

describe('the programme editor', () => {
	test('an officer creates a programme: lists in the form order, amounts and Viet Nam dates read right, audited', async () => {
		const result = await invoke(editorAction, formRequest('/programmes/new', programmeForm(), world.cookies.officer))
		const id = await createdProgrammeId(result)
		const programme = await prisma.programme.findUniqueOrThrow({
			where: { id },
			include: { questions: { orderBy: { sortOrder: 'asc' } }, documents: true, criteria: { orderBy: { sortOrder: 'asc' } }, eligibleFields: { include: { field: true } } },
		})
		expect(programme).toMatchObject({ status: 'DRAFT', organizationId: world.agency.id, totalBudgetVnd: 2_000_000_000n, maxPerApplicationVnd: 300_000_000n, processingLimitDays: 45, eligibleOrganizationTypes: ['ENTERPRISE'] })
		expect(programme.opensAt.toISOString()).toBe('2027-01-05T01:00:00.000Z')
		expect(programme.closesAt.toISOString()).toBe('2027-03-31T10:00:00.000Z')
		expect(programme.questions.map((q) => [q.type, q.label, q.required, q.options])).toEqual([
			['LONG_TEXT', 'Mô tả giải pháp', true, []],
			['CHOICE', 'Giai đoạn phát triển', false, ['Ý tưởng', 'Sản phẩm mẫu', 'Thương mại']],
		])
		expect(programme.criteria.map((c) => [c.title, c.weight.toNumber(), c.maxScore])).toEqual([['Tính mới', 60, 10], ['Khả thi', 40, 10]])
		expect(programme.eligibleFields.map((f) => f.field.slug)).toEqual([fieldSlug])
		expect(await prisma.auditLog.count({ where: { action: 'programme.created', entityId: id, actorId: world.users.officer.id } })).toBe(1)

		// The edit page shows the stored values as the form's fields hold them.
		const loaded = payloadOf<{ values: Record<string, unknown> }>(await invoke(editorLoader, getRequest(`/programmes/${id}/edit`, world.cookies.officer), { programmeId: id }))
		expect(loaded.values).toMatchObject({ opensAt: '2027-01-05T08:00', closesAt: '2027-03-31T17:00', totalBudgetVnd: '2000000000', fields: [fieldSlug] })
		expect((loaded.values.questions as { options: string }[])[1]!.options).toBe('Ý tưởng\nSản phẩm mẫu\nThương mại')
	})

	test('bad input: 400, translated errors on the right fields, everything typed kept, nothing saved', async () => {
		const before = await prisma.programme.count()
		const result = await invoke(
			editorAction,
			formRequest('/programmes/new', programmeForm({ title: 'Xin', 'criteria[1].weight': 'nhiều', 'questions[1].options': 'Chỉ một' }), world.cookies.officer),
		)
		expect(statusOf(result)).toBe(400)
		const reply = payloadOf<{ result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } }>(result).result
		expect(reply.error).toMatchObject({
			title: ['programmeValidation.titleRequired'],
			'criteria[1].weight': ['programmeValidation.weightInvalid'],
			'questions[1].options': ['programmeValidation.choiceNeedsOptions'],
		})
		expect(reply.initialValue).toMatchObject({ title: 'Xin', summary: 'Hỗ trợ doanh nghiệp nhỏ và vừa ứng dụng công nghệ số.' })
		expect(await prisma.programme.count()).toBe(before)
	})

	test('without JavaScript, moving a question down answers the form with the questions swapped and saves nothing', async () => {
		const before = await prisma.programme.count()
		const form = programmeForm()
		form.set('__intent__', JSON.stringify({ type: 'reorder', payload: { name: 'questions', from: 0, to: 1 } }))
		const result = await invoke(editorAction, formRequest('/programmes/new', form, world.cookies.officer))
		expect(statusOf(result)).toBe(200)
		const reply = payloadOf<{ result: { initialValue: { questions: { label: string }[] } } }>(result).result
		expect(reply.initialValue.questions.map((q) => q.label)).toEqual(['Giai đoạn phát triển', 'Mô tả giải pháp'])
		expect(await prisma.programme.count()).toBe(before)
	})

	test('an unknown field and an organisation the officer does not run are refused on their fields', async () => {
		const unknownField = programmeForm()
		unknownField.append('fields', 'khong-ton-tai')
		const refused = await invoke(editorAction, formRequest('/programmes/new', unknownField, world.cookies.officer))
		expect(statusOf(refused)).toBe(400)
		expect(payloadOf<{ result: { error: Record<string, string[]> } }>(refused).result.error.fields).toEqual(['programmeValidation.choiceInvalid'])

		// An administrator too: a made-up organisation is a field error, not a failed insert.
		const madeUp = await invoke(editorAction, formRequest('/programmes/new', programmeForm({ organizationId: 'khong-ton-tai' }), world.cookies.admin))
		expect(statusOf(madeUp)).toBe(400)
		expect(payloadOf<{ result: { error: Record<string, string[]> } }>(madeUp).result.error.organizationId).toEqual(['programmeValidation.organizationRequired'])

		const foreign = await invoke(editorAction, formRequest('/programmes/new', programmeForm({ organizationId: world.startup.id }), world.cookies.officer))
		expect(statusOf(foreign)).toBe(400)
		expect(payloadOf<{ result: { error: Record<string, string[]> } }>(foreign).result.error.organizationId).toEqual(['programmeValidation.organizationRequired'])
	})

	test('once applications are submitted, an edit that would invalidate them is refused with its reasons; harmless ones and reordering pass', async () => {
		const id = await createdProgrammeId(await invoke(editorAction, formRequest('/programmes/new', programmeForm(), world.cookies.officer)))
		await prisma.programme.update({ where: { id }, data: { status: 'OPEN' } })
		await createApplication(id, world.startup.id, { status: 'SUBMITTED' })
		const stored = await prisma.programme.findUniqueOrThrow({ where: { id }, include: { questions: { orderBy: { sortOrder: 'asc' } }, documents: true, criteria: { orderBy: { sortOrder: 'asc' } } } })
		const withIds = (overrides: Record<string, string>) => {
			const form = programmeForm(overrides)
			stored.questions.forEach((q, index) => form.set(`questions[${index}].id`, q.id))
			form.set('documents[0].id', stored.documents[0]!.id)
			stored.criteria.forEach((c, index) => form.set(`criteria[${index}].id`, c.id))
			return form
		}

		// Removing the second question and requiring a new document.
		const removing = withIds({ 'documents[1].title': 'Báo cáo tài chính năm gần nhất', 'documents[1].required': 'on' })
		removing.delete('questions[1].id')
		removing.delete('questions[1].type')
		removing.delete('questions[1].label')
		removing.delete('questions[1].options')
		const refused = await invoke(editorAction, formRequest(`/programmes/${id}/edit`, removing, world.cookies.officer), { programmeId: id })
		expect(statusOf(refused)).toBe(409)
		expect(payloadOf<{ changes: string[] }>(refused).changes.sort()).toEqual(['questionRemoved', 'requiredDocumentAdded'])
		expect(await prisma.programmeQuestion.count({ where: { programmeId: id } })).toBe(2)

		// A later deadline, a wider eligibility and the two questions swapped are fine.
		const harmless = withIds({ closesAt: '2027-04-30T17:00', 'questions[0].type': 'CHOICE', 'questions[0].label': 'Giai đoạn phát triển', 'questions[0].options': 'Ý tưởng\nSản phẩm mẫu\nThương mại', 'questions[1].type': 'LONG_TEXT', 'questions[1].label': 'Mô tả giải pháp' })
		harmless.set('questions[0].id', stored.questions[1]!.id)
		harmless.set('questions[1].id', stored.questions[0]!.id)
		harmless.delete('questions[1].options')
		harmless.set('questions[1].required', 'on')
		harmless.delete('questions[0].required')
		harmless.append('eligibleOrganizationTypes', 'UNIVERSITY')
		const saved = await invoke(editorAction, formRequest(`/programmes/${id}/edit`, harmless, world.cookies.officer), { programmeId: id })
		expect(payloadOf<{ changes?: string[] }>(saved).changes).toBeUndefined()
		expect(statusOf(saved)).toBe(302)
		const after = await prisma.programme.findUniqueOrThrow({ where: { id }, include: { questions: { orderBy: { sortOrder: 'asc' } } } })
		expect(after.questions.map((q) => q.id)).toEqual([stored.questions[1]!.id, stored.questions[0]!.id])
		expect(after.closesAt.toISOString()).toBe('2027-04-30T10:00:00.000Z')
		expect(after.eligibleOrganizationTypes.sort()).toEqual(['ENTERPRISE', 'UNIVERSITY'])
	})
})

describe('publishing and the public pages', () => {
	test('a draft is invisible to the public until an officer publishes it; the preview shows it to its officers only', async () => {
		const id = await createdProgrammeId(await invoke(editorAction, formRequest('/programmes/new', programmeForm({ opensAt: '2026-01-01T08:00', closesAt: '2030-12-31T17:00' }), world.cookies.officer)))
		const { slug } = await prisma.programme.findUniqueOrThrow({ where: { id }, select: { slug: true } })
		expect(statusOf(await invoke(detailLoader, getRequest(`/chuong-trinh/${slug}`), { slug }))).toBe(404)
		const preview = payloadOf<{ programme: { status: string; questions: unknown[]; officerActions: string[] } }>(await invoke(previewLoader, getRequest(`/programmes/${id}/preview`, world.cookies.officer), { programmeId: id }))
		expect(preview.programme).toMatchObject({ status: 'DRAFT', officerActions: ['publish'] })
		expect(preview.programme.questions).toHaveLength(2)
		expect(statusOf(await invoke(previewLoader, getRequest(`/programmes/${id}/preview`, world.cookies.otherOfficer), { programmeId: id }))).toBe(404)

		const published = await invoke(manageAction, formRequest('/programmes/manage', { intent: 'publish', programmeId: id }, world.cookies.officer))
		expect(statusOf(published)).toBe(200)
		const page = payloadOf<{ programme: { status: string; window: string } }>(await invoke(detailLoader, getRequest(`/chuong-trinh/${slug}`), { slug }))
		expect(page.programme).toMatchObject({ status: 'OPEN', window: 'open' })
		const list = payloadOf<{ open: { id: string }[] }>(await invoke(listLoader, getRequest('/chuong-trinh')))
		expect(list.open.map((p) => p.id)).toContain(id)
		const managed = payloadOf<{ programmes: { id: string; status: string; actions: string[] }[] }>(await invoke(manageLoader, getRequest('/programmes/manage', world.cookies.officer)))
		expect(managed.programmes.find((p) => p.id === id)).toMatchObject({ status: 'OPEN', actions: ['close'] })
	})

	test('the eligibility check before starting, one application per organisation, and the start itself', async () => {
		const programme = await createProgramme(world.agency.id, { status: 'OPEN', closesAt: new Date(Date.now() + 30 * 86_400_000) })
		await prisma.programme.update({ where: { id: programme.id }, data: { eligibleOrganizationTypes: ['ENTERPRISE'], minTrl: null } })
		const university = await prisma.organization.create({ data: { name: 'Trường Đại học Hoa Lư', slug: `dh-${randomUUID().slice(0, 6)}`, type: 'UNIVERSITY', memberships: { create: { userId: world.applicant.id, role: 'OWNER' } } } })
		const page = payloadOf<{ programme: { organizations: { id: string; eligible: boolean; reasons: { rule: string }[] }[] } }>(
			await invoke(detailLoader, getRequest(`/chuong-trinh/${programme.slug}`, world.cookies.applicant), { slug: programme.slug }),
		)
		const byId = new Map(page.programme.organizations.map((o) => [o.id, o]))
		expect(byId.get(world.startup.id)).toMatchObject({ eligible: true, reasons: [] })
		expect(byId.get(university.id)).toMatchObject({ eligible: false, reasons: [{ rule: 'organizationType' }] })

		const refused = await invoke(detailAction, formRequest(`/chuong-trinh/${programme.slug}`, { intent: 'start', organizationId: university.id }, world.cookies.applicant), { slug: programme.slug })
		expect(statusOf(refused)).toBe(400)
		expect(payloadOf<{ error: string }>(refused).error).toBe('programmes.errors.notEligible')

		const started = await invoke(detailAction, formRequest(`/chuong-trinh/${programme.slug}`, { intent: 'start', organizationId: world.startup.id }, world.cookies.applicant), { slug: programme.slug })
		expect(statusOf(started)).toBe(302)
		const application = await prisma.application.findFirstOrThrow({ where: { programmeId: programme.id, organizationId: world.startup.id } })
		expect((started as Response).headers.get('Location')).toBe(`/account/applications/${application.id}?started=1`)

		const again = await invoke(detailAction, formRequest(`/chuong-trinh/${programme.slug}`, { intent: 'start', organizationId: world.startup.id }, world.cookies.applicant), { slug: programme.slug })
		expect(statusOf(again)).toBe(409)
		expect(payloadOf(again)).toMatchObject({ error: 'programmes.errors.alreadyApplied', applicationId: application.id })
	})

	test('statistics and the approved list appear once results are published', async () => {
		const programme = await createProgramme(world.agency.id, { status: 'CLOSED' })
		await prisma.programme.update({ where: { id: programme.id }, data: { processingLimitDays: 10 } })
		const day = 86_400_000
		const submittedAt = new Date(Date.now() - 40 * day)
		const approved = await createApplication(programme.id, world.startup.id, { status: 'APPROVED', submittedAt, projectTitle: 'Máy sấy nông sản năng lượng mặt trời' })
		await prisma.application.update({ where: { id: approved.id }, data: { decidedAt: new Date(submittedAt.getTime() + 8 * day) } })
		await prisma.applicationDecision.create({ data: { applicationId: approved.id, outcome: 'APPROVED', reasons: 'Đạt', awardedAmountVnd: 250_000_000n } })
		const rejected = await createApplication(programme.id, world.secondStartup.id, { status: 'REJECTED', submittedAt })
		await prisma.application.update({ where: { id: rejected.id }, data: { decidedAt: new Date(submittedAt.getTime() + 12 * day) } })
		await createApplication(programme.id, world.secondStartup.id, { status: 'DRAFT' })

		const before = payloadOf<{ programme: { statistics: unknown; approved: unknown[] } }>(await invoke(detailLoader, getRequest(`/chuong-trinh/${programme.slug}`), { slug: programme.slug }))
		expect(before.programme.statistics).toBeNull()
		expect(before.programme.approved).toEqual([])

		await prisma.programme.update({ where: { id: programme.id }, data: { status: 'RESULTS_PUBLISHED', resultsPublishedAt: new Date() } })
		const after = payloadOf<{ programme: { statistics: Record<string, unknown>; approved: { projectTitle: string; awardedAmountVnd: string }[] } }>(
			await invoke(detailLoader, getRequest(`/chuong-trinh/${programme.slug}`), { slug: programme.slug }),
		)
		expect(after.programme.statistics).toMatchObject({ received: 2, approved: 1, rejected: 1, averageProcessingDays: 10, onTimeShare: 0.5 })
		expect(after.programme.approved).toEqual([expect.objectContaining({ projectTitle: 'Máy sấy nông sản năng lượng mặt trời', awardedAmountVnd: '250000000' })])
		const list = payloadOf<{ past: { id: string; status: string }[] }>(await invoke(listLoader, getRequest('/chuong-trinh')))
		expect(list.past.find((p) => p.id === programme.id)?.status).toBe('RESULTS_PUBLISHED')
	})
})

describe('authorization matrix of the programme pages', () => {
	test('the editor: programme officers and administrators; another organisation’s programme answers 404', async () => {
		const draft = await createProgramme(world.agency.id, { status: 'DRAFT', closesAt: new Date(Date.now() + 30 * 86_400_000) })
		const params = { programmeId: draft.id }
		await expectEvaluationMatrix({
			world, handler: editorLoader, method: 'GET', url: '/programmes/new', params: {},
			expected: { anonymous: 'login', member: 403, applicant: 403, otherOfficer: 'ok', reviewer: 403, officer: 'ok', admin: 'ok' },
		})
		await expectEvaluationMatrix({
			world, handler: editorLoader, method: 'GET', url: `/programmes/${draft.id}/edit`, params,
			expected: { anonymous: 'login', member: 403, applicant: 403, otherOfficer: 404, reviewer: 403, officer: 'ok', admin: 'ok' },
		})
		await expectEvaluationMatrix({
			world, handler: editorAction, url: `/programmes/${draft.id}/edit`, params, form: () => programmeForm(),
			expected: { anonymous: 'login', member: 403, applicant: 403, otherOfficer: 404, reviewer: 403, officer: 'ok', admin: 'ok' },
		})
		await expectEvaluationMatrix({
			world, handler: previewLoader, method: 'GET', url: `/programmes/${draft.id}/preview`, params,
			expected: { anonymous: 'login', member: 404, applicant: 404, otherOfficer: 404, reviewer: 404, officer: 'ok', admin: 'ok' },
		})
	})

	test('the officer’s list and the status buttons', async () => {
		await expectEvaluationMatrix({
			world, handler: manageLoader, method: 'GET', url: '/programmes/manage', params: {},
			expected: { anonymous: 'login', member: 403, applicant: 403, otherOfficer: 'ok', reviewer: 403, officer: 'ok', admin: 'ok' },
		})
		const open = await createProgramme(world.agency.id, { status: 'OPEN', closesAt: new Date(Date.now() + 30 * 86_400_000) })
		await expectEvaluationMatrix({
			world, handler: manageAction, url: '/programmes/manage', params: {}, form: () => ({ intent: 'close', programmeId: open.id }),
			// Each permitted actor closes it; the next one finds it open again.
			before: async () => void (await prisma.programme.update({ where: { id: open.id }, data: { status: 'OPEN' } })),
			expected: { anonymous: 'login', member: 404, applicant: 404, otherOfficer: 404, reviewer: 404, officer: 'ok', admin: 'ok' },
		})
	})

	test('the public pages: everyone reads; starting an application needs membership of the organisation', async () => {
		const open = await createProgramme(world.agency.id, { status: 'OPEN', closesAt: new Date(Date.now() + 30 * 86_400_000) })
		await prisma.programme.update({ where: { id: open.id }, data: { minTrl: null } })
		const params = { slug: open.slug }
		await expectEvaluationMatrix({
			world, handler: listLoader, method: 'GET', url: '/chuong-trinh', params: {},
			expected: { anonymous: 'ok', member: 'ok', applicant: 'ok', otherOfficer: 'ok', reviewer: 'ok', officer: 'ok', admin: 'ok' },
		})
		await expectEvaluationMatrix({
			world, handler: detailLoader, method: 'GET', url: `/chuong-trinh/${open.slug}`, params,
			expected: { anonymous: 'ok', member: 'ok', applicant: 'ok', otherOfficer: 'ok', reviewer: 'ok', officer: 'ok', admin: 'ok' },
		})
		await expectEvaluationMatrix({
			world, handler: detailAction, url: `/chuong-trinh/${open.slug}`, params, form: () => ({ intent: 'start', organizationId: world.startup.id }),
			before: async () => void (await prisma.application.deleteMany({ where: { programmeId: open.id } })),
			expected: { anonymous: 'login', member: 404, applicant: 'ok', otherOfficer: 404, reviewer: 404, officer: 404, admin: 404 },
		})
	})

	test('an unverified officer is sent to verify the e-mail first', async () => {
		const unverified = await createUser({ roles: ['programme_officer'], verified: false })
		await createOrganization(unverified.id)
		const { cookie } = await sessionCookieFor(unverified.id)
		const result = await invoke(editorLoader, getRequest('/programmes/new', cookie))
		expect((result as Response).headers.get('Location')).toMatch(/^\/verify/)
	})
})
