// Every loader and action of the officer's evaluation pages, for every kind of actor:
// only the programme's officers and administrators get through; everyone else signed
// in gets 404 (the programme does not reveal itself), the anonymous visitor signs in.
// People on both sides of the application (an officer or an administrator who is a member
// of the applicant, an officer who declared a conflict) see the pages, but every action
// on that application answers 403; a reviewer who is a member of it is no officer (404).
import { beforeAll, describe, expect, test } from 'vitest'
import { loader as csvLoader } from '~/routes/programmes/applications-csv'
import { action as tableAction, loader as tableLoader } from '~/routes/programmes/applications'
import { action as detailAction, loader as detailLoader } from '~/routes/programmes/application'
import { prisma } from '~/utils/db.server'
import { addMember, createUser, sessionCookieFor } from '../support/factories'
import { getRequest, invoke } from '../support/routes'
import { createApplication, createEvaluationWorld, declareConflict, expectEvaluationMatrix, type EvaluationOutcome, type EvaluationWorld } from '../support/programmes-evaluation'

let world: EvaluationWorld
let programmeId = ''
let applicationId = ''
let freeReviewerId = ''

const officersOnly = {
	anonymous: 'login', member: 404, applicant: 404, otherOfficer: 404, reviewer: 404, officer: 'ok', admin: 'ok',
	officerApplicant: 'ok', adminApplicant: 'ok', reviewerApplicant: 404, conflictedOfficer: 'ok',
} as const satisfies Record<string, EvaluationOutcome>
// An action on the application itself: refused to whoever is on both sides of it.
const impartialOfficersOnly = { ...officersOnly, officerApplicant: 403, adminApplicant: 403, conflictedOfficer: 403 } as const satisfies Record<string, EvaluationOutcome>

beforeAll(async () => {
	world = await createEvaluationWorld()
	programmeId = world.programme.id
	applicationId = (await createApplication(programmeId, world.startup.id, { status: 'IN_REVIEW', applicantId: world.applicant.id })).id
	await declareConflict(applicationId, world.users.conflictedOfficer.id)
	freeReviewerId = (await createUser({ roles: ['reviewer'] })).id
})

const tableUrl = () => `/programmes/${programmeId}/applications`
const detailUrl = () => `/programmes/${programmeId}/applications/${applicationId}`
const detailParams = () => ({ programmeId, applicationId })

async function resetApplication(status: 'SUBMITTED' | 'IN_REVIEW') {
	await prisma.applicationDecision.deleteMany({ where: { applicationId } })
	await prisma.reviewAssignment.deleteMany({ where: { applicationId, status: { not: 'CONFLICT_DECLARED' } } })
	await prisma.application.update({ where: { id: applicationId }, data: { status, decidedAt: null } })
}

describe('authorization matrix: the table of applications', () => {
	test('loader', async () => {
		await expectEvaluationMatrix({ world, handler: tableLoader, method: 'GET', url: tableUrl(), params: { programmeId }, expected: officersOnly })
	})

	test('CSV export', async () => {
		await expectEvaluationMatrix({ world, handler: csvLoader, method: 'GET', url: `${tableUrl()}.csv`, params: { programmeId }, expected: officersOnly })
	})

	test('automatic assignment', async () => {
		await expectEvaluationMatrix({ world, handler: tableAction, url: tableUrl(), params: { programmeId }, form: () => ({ intent: 'autoAssign' }), expected: officersOnly, before: () => resetApplication('IN_REVIEW') })
	})

	test('bulk decision', async () => {
		await expectEvaluationMatrix({
			world,
			handler: tableAction,
			url: tableUrl(),
			params: { programmeId },
			form: () => ({ intent: 'bulkDecide', applicationIds: applicationId, outcome: 'waitlist', template: 'Hồ sơ {{reference}} được đưa vào danh sách chờ.' }),
			expected: officersOnly,
			before: () => resetApplication('IN_REVIEW'),
		})
	})

	test('close applications', async () => {
		await expectEvaluationMatrix({
			world,
			handler: tableAction,
			url: tableUrl(),
			params: { programmeId },
			form: () => ({ intent: 'close' }),
			expected: officersOnly,
			before: async () => {
				await prisma.programme.update({ where: { id: programmeId }, data: { status: 'OPEN', closesAt: new Date(Date.now() + 86_400_000) } })
			},
		})
	})

	test('publish results', async () => {
		await expectEvaluationMatrix({
			world,
			handler: tableAction,
			url: tableUrl(),
			params: { programmeId },
			form: () => ({ intent: 'publishResults' }),
			expected: officersOnly,
			before: async () => {
				await prisma.application.update({ where: { id: applicationId }, data: { status: 'WAITLISTED' } })
				await prisma.programme.update({ where: { id: programmeId }, data: { status: 'CLOSED', resultsPublishedAt: null } })
			},
		})
	})
})

describe('authorization matrix: one application', () => {
	test('loader', async () => {
		await expectEvaluationMatrix({ world, handler: detailLoader, method: 'GET', url: detailUrl(), params: detailParams(), expected: officersOnly, before: () => resetApplication('IN_REVIEW') })
	})

	for (const [intent, reason] of [
		['startScreening', ''],
		['markEligible', ''],
		['returnForChanges', 'Vui lòng bổ sung báo cáo tài chính năm gần nhất.'],
		['rejectIneligible', 'Tổ chức không thuộc đối tượng hỗ trợ.'],
	] as const) {
		test(`screening: ${intent}`, async () => {
			await expectEvaluationMatrix({ world, handler: detailAction, url: detailUrl(), params: detailParams(), form: () => ({ intent, reason }), expected: impartialOfficersOnly, before: () => resetApplication('SUBMITTED') })
		})
	}

	test('assign a reviewer by hand', async () => {
		await expectEvaluationMatrix({ world, handler: detailAction, url: detailUrl(), params: detailParams(), form: () => ({ intent: 'assign', reviewerId: freeReviewerId }), expected: impartialOfficersOnly, before: () => resetApplication('IN_REVIEW') })
	})

	test('withdraw an assignment', async () => {
		let assignmentId = ''
		await expectEvaluationMatrix({
			world,
			handler: detailAction,
			url: detailUrl(),
			params: detailParams(),
			form: () => ({ intent: 'unassign', assignmentId }),
			expected: impartialOfficersOnly,
			before: async () => {
				await resetApplication('IN_REVIEW')
				assignmentId = (await prisma.reviewAssignment.create({ data: { applicationId, reviewerId: freeReviewerId } })).id
			},
		})
	})

	test('automatic assignment from the application', async () => {
		await expectEvaluationMatrix({ world, handler: detailAction, url: detailUrl(), params: detailParams(), form: () => ({ intent: 'autoAssign' }), expected: impartialOfficersOnly, before: () => resetApplication('IN_REVIEW') })
	})

	test('decide', async () => {
		await expectEvaluationMatrix({
			world,
			handler: detailAction,
			url: detailUrl(),
			params: detailParams(),
			form: () => ({ intent: 'decide', outcome: 'approve', awardedAmountVnd: '150000000', reason: 'Đạt điểm cao, có khả năng thương mại hóa.' }),
			expected: impartialOfficersOnly,
			before: () => resetApplication('IN_REVIEW'),
		})
	})
})

describe('an officer whose e-mail is not verified', () => {
	test('is sent to verify it first, like on the other officer pages, and nothing changes', async () => {
		const unverified = await createUser({ roles: ['programme_officer'], verified: false })
		await addMember(world.agency.id, unverified.id, 'EDITOR')
		const { cookie } = await sessionCookieFor(unverified.id)
		const answers = [
			await invoke(tableLoader, getRequest(tableUrl(), cookie), { programmeId }),
			await invoke(csvLoader, getRequest(`${tableUrl()}.csv`, cookie), { programmeId }),
			await invoke(detailLoader, getRequest(detailUrl(), cookie), detailParams()),
		] as unknown as Response[]
		for (const result of answers) {
			expect(result.status).toBe(302)
			expect(result.headers.get('Location')).toMatch(/^\/verify\?/)
		}
		await prisma.application.update({ where: { id: applicationId }, data: { status: 'SUBMITTED' } })
		const post = (await invoke(detailAction, new Request(`http://localhost${detailUrl()}`, { method: 'POST', headers: { Cookie: cookie }, body: new URLSearchParams({ intent: 'markEligible' }) }), detailParams())) as Response
		expect(post.headers.get('Location')).toMatch(/^\/verify\?/)
		expect((await prisma.application.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe('SUBMITTED')
	})
})
