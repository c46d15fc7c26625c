// The authorization matrix of the applicant's pages: every loader and every action
// (each intent), for every kind of actor around an application.
import { beforeAll, describe, expect, test } from 'vitest'
import { action, loader } from '~/routes/account/application'
import { loader as listLoader } from '~/routes/account/applications'
import { prisma } from '~/utils/db.server'
import {
	completeDraft,
	createApplyingProgramme,
	createApplyingWorld,
	createDraft,
	pdf,
	questionIds,
	type ApplyingProgramme,
	type ApplyingWorld,
} from '../support/programmes-applying'
import { formRequest, getRequest, invoke } from '../support/routes'

const actors = ['anonymous', 'stranger', 'applicant', 'colleague', 'reviewer', 'officer', 'outsiderOfficer', 'admin'] as const
type Actor = (typeof actors)[number]
type Outcome = 'login' | 'ok' | number

let world: ApplyingWorld
let programme: ApplyingProgramme

beforeAll(async () => {
	world = await createApplyingWorld()
	programme = await createApplyingProgramme(world)
})

function outcomeOf(result: unknown): Outcome {
	if (result instanceof Response) {
		if (result.status >= 300 && result.status < 400) return result.headers.get('Location')?.startsWith('/login') ? 'login' : 'ok'
		return result.status < 300 ? 'ok' : result.status
	}
	if (result && typeof result === 'object' && 'type' in result && (result as { type: string }).type === 'DataWithResponseInit') {
		const status = (result as { init?: { status?: number } }).init?.status ?? 200
		return status < 300 ? 'ok' : status
	}
	return 'ok'
}

const cookieOf = (actor: Actor) => (actor === 'anonymous' ? null : world[actor].cookie)

// A fresh application per actor, so that one actor's success does not change the next one's case.
async function matrix(options: {
	request: (applicationId: string, cookie: string | null) => Request
	handler: typeof loader | typeof action
	prepare?: (applicationId: string) => Promise<void>
	expected: Record<Actor, Outcome>
}) {
	const seen = {} as Record<Actor, Outcome>
	for (const actor of actors) {
		const { id } = await createDraft(world, programme)
		await options.prepare?.(id)
		seen[actor] = outcomeOf(await invoke(options.handler as typeof action, options.request(id, cookieOf(actor)), { applicationId: id }))
	}
	expect(seen).toEqual(options.expected)
}

const onlyTheApplicantOrganisation = { anonymous: 'login', stranger: 404, applicant: 'ok', colleague: 'ok', reviewer: 404, officer: 404, outsiderOfficer: 404, admin: 404 } as const
const page = (id: string) => `/account/applications/${id}`

describe('authorization matrix of the applicant pages', () => {
	test('my applications: any signed-in user sees their own list', async () => {
		const seen = {} as Record<Actor, Outcome>
		for (const actor of actors) seen[actor] = outcomeOf(await invoke(listLoader, getRequest('/account/applications', cookieOf(actor))))
		expect(seen).toEqual({ anonymous: 'login', stranger: 'ok', applicant: 'ok', colleague: 'ok', reviewer: 'ok', officer: 'ok', outsiderOfficer: 'ok', admin: 'ok' })
	})

	test('the application page: members of the applicant organisation only', async () => {
		await matrix({ handler: loader, request: (id, cookie) => getRequest(page(id), cookie), expected: onlyTheApplicantOrganisation })
	})

	test('save', async () => {
		await matrix({ handler: action, request: (id, cookie) => formRequest(page(id), { intent: 'save', projectTitle: 'Dự án thử quyền' }, cookie), expected: onlyTheApplicantOrganisation })
	})

	test('submit', async () => {
		await matrix({
			handler: action,
			prepare: (id) => completeDraft(id, programme, world.applicant.id, world.startup.id),
			request: (id, cookie) => formRequest(page(id), { intent: 'submit', projectTitle: 'Dự án thử quyền' }, cookie),
			expected: onlyTheApplicantOrganisation,
		})
	})

	test('resubmit', async () => {
		await matrix({
			handler: action,
			prepare: async (id) => {
				await completeDraft(id, programme, world.applicant.id, world.startup.id)
				await prisma.application.update({ where: { id }, data: { status: 'RETURNED', submittedAt: new Date() } })
			},
			request: (id, cookie) => formRequest(page(id), { intent: 'resubmit', projectTitle: 'Dự án thử quyền' }, cookie),
			expected: onlyTheApplicantOrganisation,
		})
	})

	test('withdraw', async () => {
		await matrix({ handler: action, request: (id, cookie) => formRequest(page(id), { intent: 'withdraw', confirm: 'yes' }, cookie), expected: onlyTheApplicantOrganisation })
	})

	test('upload a document', async () => {
		const { registration } = questionIds(programme)
		await matrix({ handler: action, request: (id, cookie) => formRequest(page(id), { intent: 'upload', requirementId: registration, file: pdf('dkkd.pdf') }, cookie), expected: onlyTheApplicantOrganisation })
	})

	test('remove a document', async () => {
		const { registration } = questionIds(programme)
		await matrix({
			handler: action,
			prepare: (id) => completeDraft(id, programme, world.applicant.id, world.startup.id),
			request: (id, cookie) => formRequest(page(id), { intent: 'removeFile', requirementId: registration }, cookie),
			expected: onlyTheApplicantOrganisation,
		})
	})

	test('an unknown intent is a bad request for the applicant, and still nothing for others', async () => {
		const { id } = await createDraft(world, programme)
		expect(outcomeOf(await invoke(action, formRequest(page(id), { intent: 'approve' }, world.applicant.cookie), { applicationId: id }))).toBe(400)
		expect(outcomeOf(await invoke(action, formRequest(page(id), { intent: 'approve' }, null), { applicationId: id }))).toBe('login')
		expect(outcomeOf(await invoke(action, formRequest(page(id), { intent: 'approve' }, world.stranger.cookie), { applicationId: id }))).toBe(404)
		expect(outcomeOf(await invoke(action, formRequest(page(id), { intent: 'withdraw' }, world.officer.cookie), { applicationId: id }))).toBe(404)
		expect(outcomeOf(await invoke(loader, getRequest(page('does-not-exist'), world.applicant.cookie), { applicationId: 'does-not-exist' }))).toBe(404)
	})
})
