import { beforeAll, describe, expect, test } from 'vitest'
import { changeProgrammeStatus } from '~/modules/programmes/programme-status.server'
import { prisma } from '~/utils/db.server'
import { createApplication, createEvaluationWorld, createProgramme, ctx, sessionUser, type EvaluationWorld } from '../support/programmes-evaluation'

let world: EvaluationWorld
beforeAll(async () => {
	world = await createEvaluationWorld()
})

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000)

describe('changeProgrammeStatus', () => {
	test('publish (draft → open) needs at least one rubric criterion and a closing time in the future', async () => {
		const officer = await sessionUser(world.users.officer.id)
		const noCriteria = await createProgramme(world.agency.id, { status: 'DRAFT', closesAt: inDays(30), criteria: false })
		expect(await changeProgrammeStatus(officer, noCriteria.id, 'publish', ctx)).toEqual({ ok: false, status: 400, error: 'evaluation.errors.criteriaRequired' })
		const pastClose = await createProgramme(world.agency.id, { status: 'DRAFT', closesAt: inDays(-1) })
		expect(await changeProgrammeStatus(officer, pastClose.id, 'publish', ctx)).toEqual({ ok: false, status: 400, error: 'evaluation.errors.closesAtPassed' })
		expect((await prisma.programme.findUniqueOrThrow({ where: { id: pastClose.id } })).status).toBe('DRAFT')

		const ready = await createProgramme(world.agency.id, { status: 'DRAFT', closesAt: inDays(30) })
		expect(await changeProgrammeStatus(officer, ready.id, 'publish', ctx)).toEqual({ ok: true, status: 'OPEN' })
		expect((await prisma.programme.findUniqueOrThrow({ where: { id: ready.id } })).status).toBe('OPEN')
		expect(await prisma.auditLog.findMany({ where: { entityId: ready.id, action: 'programme.publish' }, select: { actorId: true, metadata: true } })).toEqual([
			{ actorId: officer.id, metadata: { from: 'DRAFT', to: 'OPEN' } },
		])
		// Published already: a second click is refused as a concurrent change.
		expect(await changeProgrammeStatus(officer, ready.id, 'publish', ctx)).toEqual({ ok: false, status: 409, error: 'evaluation.errors.programmeStatusChanged' })
	})

	test('only the programme officers of the organisation (and administrators) change the status; others get 404', async () => {
		const programme = await createProgramme(world.agency.id, { status: 'OPEN', closesAt: inDays(10) })
		for (const who of [world.users.otherOfficer, world.users.reviewer, world.users.member, world.applicant]) {
			expect(await changeProgrammeStatus(await sessionUser(who.id), programme.id, 'close', ctx)).toEqual({ ok: false, status: 404 })
		}
		expect(await changeProgrammeStatus(await sessionUser(world.users.officer.id), 'no-such-programme', 'close', ctx)).toEqual({ ok: false, status: 404 })
		expect(await changeProgrammeStatus(await sessionUser(world.users.admin.id), programme.id, 'close', ctx)).toEqual({ ok: true, status: 'CLOSED' })
	})

	test('publishing results is refused while submitted applications are undecided, allowed afterwards, and sets resultsPublishedAt', async () => {
		const officer = await sessionUser(world.users.officer.id)
		const programme = await createProgramme(world.agency.id, { status: 'OPEN', closesAt: inDays(5) })
		// Still open before its closing time: results cannot be published.
		expect(await changeProgrammeStatus(officer, programme.id, 'publishResults', ctx)).toEqual({ ok: false, status: 409, error: 'evaluation.errors.programmeStatusChanged' })
		expect(await changeProgrammeStatus(officer, programme.id, 'close', ctx)).toEqual({ ok: true, status: 'CLOSED' })

		const undecided = await Promise.all(
			(['SUBMITTED', 'RETURNED', 'IN_REVIEW'] as const).map((status) => createApplication(programme.id, world.startup.id, { status })),
		)
		// Drafts, withdrawals and decisions do not hold the results back.
		for (const status of ['DRAFT', 'WITHDRAWN', 'APPROVED', 'REJECTED', 'WAITLISTED'] as const) await createApplication(programme.id, world.secondStartup.id, { status })
		expect(await changeProgrammeStatus(officer, programme.id, 'publishResults', ctx)).toEqual({ ok: false, status: 409, error: 'evaluation.errors.undecidedApplications', undecided: 3 })
		expect((await prisma.programme.findUniqueOrThrow({ where: { id: programme.id } })).resultsPublishedAt).toBeNull()

		await prisma.application.updateMany({ where: { id: { in: undecided.map((a) => a.id) } }, data: { status: 'REJECTED' } })
		const now = new Date('2027-03-01T03:00:00Z')
		expect(await changeProgrammeStatus(officer, programme.id, 'publishResults', ctx, now)).toEqual({ ok: true, status: 'RESULTS_PUBLISHED' })
		const after = await prisma.programme.findUniqueOrThrow({ where: { id: programme.id }, select: { status: true, resultsPublishedAt: true } })
		expect(after).toEqual({ status: 'RESULTS_PUBLISHED', resultsPublishedAt: now })
		expect(await prisma.auditLog.count({ where: { entityId: programme.id, action: 'programme.publishResults' } })).toBe(1)
	})

	test('an open programme whose closing time has passed counts as closed for publishing results', async () => {
		const officer = await sessionUser(world.users.officer.id)
		const programme = await createProgramme(world.agency.id, { status: 'OPEN', closesAt: inDays(-2) })
		await createApplication(programme.id, world.startup.id, { status: 'APPROVED' })
		expect(await changeProgrammeStatus(officer, programme.id, 'publishResults', ctx)).toEqual({ ok: true, status: 'RESULTS_PUBLISHED' })
		const log = await prisma.auditLog.findFirstOrThrow({ where: { entityId: programme.id, action: 'programme.publishResults' }, select: { metadata: true } })
		expect(log.metadata).toEqual({ from: 'OPEN', to: 'RESULTS_PUBLISHED' })
	})

	test('two officers closing at once: one wins, the other is told the status changed', async () => {
		const programme = await createProgramme(world.agency.id, { status: 'OPEN', closesAt: inDays(5) })
		const [officer, admin] = await Promise.all([sessionUser(world.users.officer.id), sessionUser(world.users.admin.id)])
		const results = await Promise.all([changeProgrammeStatus(officer, programme.id, 'close', ctx), changeProgrammeStatus(admin, programme.id, 'close', ctx)])
		expect(results.filter((r) => r.ok)).toEqual([{ ok: true, status: 'CLOSED' }])
		expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, status: 409, error: 'evaluation.errors.programmeStatusChanged' }])
		expect(await prisma.auditLog.count({ where: { entityId: programme.id, action: 'programme.close' } })).toBe(1)
	})
})
