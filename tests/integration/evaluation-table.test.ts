import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, test } from 'vitest'
import { applicationStatuses, undecidedStatuses } from '~/modules/programmes/application-lifecycle'
import { transitionApplication } from '~/modules/programmes/applications.server'
import { bulkDecide, type BulkItem, type TableRow } from '~/modules/programmes/evaluation.server'
import { parseTableFilters } from '~/modules/programmes/evaluation-table'
import { loader as csvLoader } from '~/routes/programmes/applications-csv'
import { action, loader } from '~/routes/programmes/applications'
import { prisma } from '~/utils/db.server'
import { createUser } from '../support/factories'
import { createApplication, createEvaluationWorld, createProgramme, ctx, sessionUser, submittedReview, type EvaluationWorld } from '../support/programmes-evaluation'
import { formRequest, getRequest, invoke, payloadOf, statusOf } from '../support/routes'

let world: EvaluationWorld
let programmeId = ''
const ids = { a: '', b: '', c: '' }
const refs = { a: '', b: '', c: '' }

beforeAll(async () => {
	world = await createEvaluationWorld()
	const { programme } = world
	programmeId = programme.id
	const criteria = programme.criteria.map((c) => c.id)
	const reviewers = await Promise.all([1, 2, 3, 4].map(() => createUser({ roles: ['reviewer'] })))
	const a = await createApplication(programmeId, world.startup.id, { status: 'SUBMITTED', projectTitle: 'Dây chuyền sấy lạnh nông sản', declaredTrl: 5, submittedAt: new Date('2027-01-05T02:00:00Z') })
	// Below the programme's minimum TRL (4): not eligible.
	const b = await createApplication(programmeId, world.secondStartup.id, { status: 'IN_REVIEW', projectTitle: 'Truy xuất nguồn gốc gạo', declaredTrl: 2, submittedAt: new Date('2027-01-03T02:00:00Z') })
	const c = await createApplication(programmeId, world.startup.id, { status: 'IN_REVIEW', projectTitle: 'Robot hàn tự động', declaredTrl: 6, submittedAt: new Date('2027-01-04T02:00:00Z') })
	// Two drafts: the applicants' private work.
	await createApplication(programmeId, world.startup.id, { status: 'DRAFT', projectTitle: 'Bản nháp bí mật' })
	await createApplication(programmeId, world.secondStartup.id, { status: 'DRAFT', projectTitle: 'Bản nháp khác' })
	Object.assign(ids, { a: a.id, b: b.id, c: c.id })
	Object.assign(refs, { a: a.referenceNumber, b: b.referenceNumber, c: c.referenceNumber })
	// b: 100 and 50 (a spread of 50: disagreement); c: 90 and 80, one reviewer still scoring, one conflict.
	await submittedReview(b.id, reviewers[0]!.id, criteria, 10)
	await submittedReview(b.id, reviewers[1]!.id, criteria, 5)
	await submittedReview(c.id, reviewers[0]!.id, criteria, 9)
	await submittedReview(c.id, reviewers[1]!.id, criteria, 8)
	await prisma.reviewAssignment.create({ data: { applicationId: c.id, reviewerId: reviewers[2]!.id } })
	await prisma.reviewAssignment.create({ data: { applicationId: c.id, reviewerId: reviewers[3]!.id, status: 'CONFLICT_DECLARED', conflictCheckedAt: new Date(), conflictNote: 'Từng làm tư vấn' } })
})

type TablePayload = { rows: TableRow[]; drafts: number }
async function table(query = '') {
	const result = await invoke(loader, getRequest(`/programmes/${programmeId}/applications${query}`, world.cookies.officer), { programmeId })
	expect(statusOf(result)).toBe(200)
	return payloadOf<TablePayload>(result)
}
const refsOf = (rows: TableRow[]) => rows.map((r) => r.referenceNumber)

describe("the officer's table of applications", () => {
	test('every submitted application, drafts only counted; reviewers, scores, eligibility per row', async () => {
		const { rows, drafts } = await table()
		expect(drafts).toBe(2)
		// Newest submissions first by default.
		expect(refsOf(rows)).toEqual([refs.a, refs.c, refs.b])
		expect(rows.some((r) => r.projectTitle.startsWith('Bản nháp'))).toBe(false)
		const c = rows.find((r) => r.id === ids.c)!
		expect(c).toMatchObject({ status: 'IN_REVIEW', eligible: true, reviewsDone: 2, reviewsAssigned: 3, conflicts: 1, averageScore: 85, spread: 10, disagreement: false, decidable: true })
		expect(rows.find((r) => r.id === ids.b)).toMatchObject({ eligible: false, averageScore: 75, spread: 50, disagreement: true })
		expect(rows.find((r) => r.id === ids.a)).toMatchObject({ eligible: true, averageScore: null, reviewsDone: 0, reviewsAssigned: 0, decidable: false })
	})

	test('filters by status, eligibility, disagreement and accent-insensitive text; sorts by date or score', async () => {
		expect(refsOf((await table('?status=IN_REVIEW')).rows)).toEqual([refs.c, refs.b])
		expect(refsOf((await table('?eligibility=ineligible')).rows)).toEqual([refs.b])
		expect(refsOf((await table('?eligibility=eligible')).rows)).toEqual([refs.a, refs.c])
		expect(refsOf((await table('?disagreement=1')).rows)).toEqual([refs.b])
		expect(refsOf((await table(`?q=${encodeURIComponent('gao')}`)).rows)).toEqual([refs.b])
		expect(refsOf((await table(`?q=${encodeURIComponent('HOA LU')}`)).rows)).toEqual([refs.a, refs.c])
		expect(refsOf((await table(`?q=${encodeURIComponent(refs.c)}`)).rows)).toEqual([refs.c])
		expect(refsOf((await table('?sort=submittedAsc')).rows)).toEqual([refs.b, refs.c, refs.a])
		// Unscored applications last, whichever the direction.
		expect(refsOf((await table('?sort=scoreDesc')).rows)).toEqual([refs.c, refs.b, refs.a])
		expect(refsOf((await table('?sort=scoreAsc')).rows)).toEqual([refs.b, refs.c, refs.a])
		// Asking for drafts shows none: they are not the officer's to see.
		expect(refsOf((await table('?status=DRAFT')).rows)).toEqual([refs.a, refs.c, refs.b])
		expect(refsOf((await table('?status=IN_REVIEW&eligibility=eligible&sort=scoreAsc')).rows)).toEqual([refs.c])
	})

	test('the CSV export holds the filtered rows, in the viewer language, as an attachment named after the programme', async () => {
		const response = (await invoke(csvLoader, getRequest(`/programmes/${programmeId}/applications.csv?status=IN_REVIEW&sort=scoreDesc`, `${world.cookies.officer}; lang=en`), { programmeId })) as Response
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
		expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="ho-so-${world.programme.slug}.csv"`)
		const bytes = new Uint8Array(await response.arrayBuffer())
		// UTF-8 with a byte-order mark, for Excel (Response.text() would hide it).
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
		const rows = parse(new TextDecoder().decode(bytes)) as string[][]
		expect(rows[0]![0]).toBe('Reference')
		expect(rows.slice(1).map((r) => r[0])).toEqual([refs.c, refs.b])
		expect(rows[1]).toEqual([refs.c, 'Công ty TNHH Cơ khí Hoa Lư', 'Robot hàn tự động', 'In review', 'Yes', '200000000', '2027-01-04 09:00', '2/3', '85.00', 'No', '', ''])
		expect(rows[2]!.slice(3, 10)).toEqual(['In review', 'No', '200000000', '2027-01-03 09:00', '2/2', '75.00', 'Yes'])

		const vietnamese = parse(await ((await invoke(csvLoader, getRequest(`/programmes/${programmeId}/applications.csv`, world.cookies.officer), { programmeId })) as Response).text()) as string[][]
		expect(vietnamese[0]![0]).toBe('Mã hồ sơ')
		expect(vietnamese).toHaveLength(4)

		for (const cookie of [world.cookies.otherOfficer, world.cookies.reviewer, world.cookies.applicant]) {
			expect(statusOf(await invoke(csvLoader, getRequest(`/programmes/${programmeId}/applications.csv`, cookie), { programmeId }))).toBe(404)
		}
	})
})

describe('applications never submitted', () => {
	test('a draft withdrawn before it was ever submitted is not in the table, the status filter, the CSV or a bulk decision; one withdrawn after submission is', async () => {
		const programme = await createProgramme(world.agency.id)
		const submittedThenWithdrawn = await createApplication(programme.id, world.startup.id, { status: 'WITHDRAWN', projectTitle: 'Rút sau khi nộp', submittedAt: new Date('2027-01-02T02:00:00Z') })
		const abandoned = await createApplication(programme.id, world.secondStartup.id, { status: 'WITHDRAWN', projectTitle: 'Bản nháp đã rút', submittedAt: null })
		await createApplication(programme.id, world.secondStartup.id, { status: 'DRAFT', projectTitle: 'Bản nháp đang soạn' })
		const url = `/programmes/${programme.id}/applications`
		const page = async (query = '') => payloadOf<TablePayload>(await invoke(loader, getRequest(`${url}${query}`, world.cookies.officer), { programmeId: programme.id }))

		const all = await page()
		expect(refsOf(all.rows)).toEqual([submittedThenWithdrawn.referenceNumber])
		// Only the draft still being written is counted; the abandoned one is nobody's business.
		expect(all.drafts).toBe(1)
		expect(refsOf((await page('?status=WITHDRAWN')).rows)).toEqual([submittedThenWithdrawn.referenceNumber])

		const csv = parse(await ((await invoke(csvLoader, getRequest(`${url}.csv`, world.cookies.officer), { programmeId: programme.id })) as Response).text()) as string[][]
		expect(csv.slice(1).map((r) => r[0])).toEqual([submittedThenWithdrawn.referenceNumber])
		expect(csv.flat()).not.toContain('Bản nháp đã rút')

		const body = new URLSearchParams([['intent', 'bulkDecide'], ['applicationIds', abandoned.id], ['outcome', 'reject'], ['template', 'Không đạt.']])
		const bulk = await invoke(action, formRequest(url, body, world.cookies.officer), { programmeId: programme.id })
		expect(payloadOf<{ items: BulkItem[] }>(bulk).items).toEqual([{ applicationId: abandoned.id, referenceNumber: null, ok: false, error: 'errors.notFound' }])
	})
})

describe('actions on the table', () => {
	test('bulk decision: each application on its own; one whose state already changed is refused and reported, the others decided', async () => {
		// A programme that publishes its scores: the message may give each applicant theirs.
		const programme = await createProgramme(world.agency.id, { maxPerApplicationVnd: 300_000_000n, publishScores: true })
		const big = await createApplication(programme.id, world.startup.id, { status: 'IN_REVIEW', requestedAmountVnd: 500_000_000n, applicantId: world.applicant.id, projectTitle: 'Lò sấy thông minh' })
		const small = await createApplication(programme.id, world.secondStartup.id, { status: 'WAITLISTED', requestedAmountVnd: 100_000_000n })
		const moved = await createApplication(programme.id, world.secondStartup.id, { status: 'IN_REVIEW' })
		await submittedReview(big.id, world.users.reviewer.id, programme.criteria.map((c) => c.id), 8)
		// Another officer decides `moved` first.
		const decided = await transitionApplication(await sessionUser(world.users.admin.id), { applicationId: moved.id, action: 'reject', reason: 'Đã xét riêng.', origin: 'http://localhost' }, ctx)
		expect(decided.ok).toBe(true)

		const body = new URLSearchParams([
			['intent', 'bulkDecide'],
			['applicationIds', big.id],
			['applicationIds', small.id],
			['applicationIds', moved.id],
			['outcome', 'approve'],
			['template', 'Hồ sơ {{reference}} của {{organization}} (dự án {{project}}) được phê duyệt với điểm {{score}}.'],
		])
		const result = await invoke(action, formRequest(`/programmes/${programme.id}/applications`, body, world.cookies.officer), { programmeId: programme.id })
		expect(statusOf(result)).toBe(200)
		const items = payloadOf<{ items: BulkItem[] }>(result).items
		expect(items).toEqual([
			{ applicationId: big.id, referenceNumber: big.referenceNumber, ok: true, status: 'APPROVED' },
			{ applicationId: small.id, referenceNumber: small.referenceNumber, ok: true, status: 'APPROVED' },
			{ applicationId: moved.id, referenceNumber: moved.referenceNumber, ok: false, error: 'programmes.errors.notAllowedNow' },
		])
		const decisions = await prisma.applicationDecision.findMany({ where: { applicationId: { in: [big.id, small.id, moved.id] } }, select: { applicationId: true, outcome: true, awardedAmountVnd: true, reasons: true } })
		// The requested amount, capped at the programme's maximum per application.
		expect(decisions.find((d) => d.applicationId === big.id)).toEqual({
			applicationId: big.id,
			outcome: 'APPROVED',
			awardedAmountVnd: 300_000_000n,
			reasons: `Hồ sơ ${big.referenceNumber} của Công ty TNHH Cơ khí Hoa Lư (dự án Lò sấy thông minh) được phê duyệt với điểm 80.`,
		})
		expect(decisions.find((d) => d.applicationId === small.id)?.awardedAmountVnd).toBe(100_000_000n)
		expect(decisions.find((d) => d.applicationId === small.id)?.reasons).toContain('với điểm —.')
		expect(decisions.find((d) => d.applicationId === moved.id)).toMatchObject({ outcome: 'REJECTED', reasons: 'Đã xét riêng.' })
		// Each decision audited on its own, plus one summary.
		expect(await prisma.auditLog.count({ where: { action: 'application.approve', entityId: { in: [big.id, small.id] } } })).toBe(2)
		const summary = await prisma.auditLog.findFirstOrThrow({ where: { action: 'application.bulkDecision', entityId: programme.id }, select: { actorId: true, metadata: true } })
		expect(summary).toEqual({ actorId: world.users.officer.id, metadata: { outcome: 'approve', succeeded: [big.id, small.id], refused: [moved.id] } })
		// The applicant is notified.
		expect(await prisma.notification.count({ where: { userId: world.applicant.id, type: 'application.status' } })).toBe(1)
	})

	test('bulk decision: the score placeholder is offered and refused unless the programme publishes its scores', async () => {
		const hidden = await createProgramme(world.agency.id)
		const one = await createApplication(hidden.id, world.startup.id, { status: 'IN_REVIEW', applicantId: world.applicant.id })
		await submittedReview(one.id, world.users.reviewer.id, hidden.criteria.map((c) => c.id), 7)
		const url = `/programmes/${hidden.id}/applications`
		expect(payloadOf<{ programme: { publishScores: boolean } }>(await invoke(loader, getRequest(url, world.cookies.officer), { programmeId: hidden.id })).programme.publishScores).toBe(false)
		for (const template of ['Hồ sơ {{reference}} đạt {{score}} điểm.', 'Điểm của bạn: {{ score }}']) {
			const refused = await invoke(action, formRequest(url, { intent: 'bulkDecide', outcome: 'reject', applicationIds: one.id, template }, world.cookies.officer), { programmeId: hidden.id })
			expect(statusOf(refused)).toBe(400)
			const reply = payloadOf<{ result: { error: Record<string, string[]>; initialValue: Record<string, unknown> }; items: null }>(refused)
			expect(reply.result.error).toEqual({ template: ['evaluation.errors.scoreNotPublished'] })
			expect(reply.result.initialValue.template).toBe(template)
		}
		// The module refuses it too, whoever calls it.
		const officer = await sessionUser(world.users.officer.id)
		const programmeRow = await prisma.programme.findUniqueOrThrow({ where: { id: hidden.id }, select: { id: true, maxPerApplicationVnd: true, publishScores: true } })
		expect(await bulkDecide(officer, programmeRow, { applicationIds: [one.id], outcome: 'reject', template: '{{score}}', origin: 'http://localhost' }, ctx)).toEqual({
			ok: false,
			status: 400,
			error: 'evaluation.errors.scoreNotPublished',
			field: 'template',
		})
		expect((await prisma.application.findUniqueOrThrow({ where: { id: one.id } })).status).toBe('IN_REVIEW')
		expect(await prisma.notification.count({ where: { userId: world.applicant.id, data: { path: ['reference'], equals: one.referenceNumber } } })).toBe(0)

		// Published scores: the same message goes through, with the score.
		await prisma.programme.update({ where: { id: hidden.id }, data: { publishScores: true } })
		expect(payloadOf<{ programme: { publishScores: boolean } }>(await invoke(loader, getRequest(url, world.cookies.officer), { programmeId: hidden.id })).programme.publishScores).toBe(true)
		const decided = await invoke(action, formRequest(url, { intent: 'bulkDecide', outcome: 'reject', applicationIds: one.id, template: 'Hồ sơ {{reference}} đạt {{ score }} điểm.' }, world.cookies.officer), { programmeId: hidden.id })
		expect(statusOf(decided)).toBe(200)
		expect((await prisma.applicationDecision.findUniqueOrThrow({ where: { applicationId: one.id } })).reasons).toBe(`Hồ sơ ${one.referenceNumber} đạt 70 điểm.`)
	})

	test('bulk decision: bad input is a 400 on the right field and keeps what was typed', async () => {
		const programme = await createProgramme(world.agency.id)
		const one = await createApplication(programme.id, world.startup.id, { status: 'IN_REVIEW' })
		const url = `/programmes/${programme.id}/applications`
		const noneSelected = await invoke(action, formRequest(url, { intent: 'bulkDecide', outcome: 'reject', template: 'Không đạt điểm sàn.' }, world.cookies.officer), { programmeId: programme.id })
		expect(statusOf(noneSelected)).toBe(400)
		const reply = payloadOf<{ result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } }>(noneSelected).result
		expect(reply.error).toEqual({ applicationIds: ['evaluation.errors.selectApplications'] })
		expect(reply.initialValue.template).toBe('Không đạt điểm sàn.')

		const noTemplate = await invoke(action, formRequest(url, { intent: 'bulkDecide', outcome: 'reject', applicationIds: one.id, template: '  ' }, world.cookies.officer), { programmeId: programme.id })
		expect(statusOf(noTemplate)).toBe(400)
		expect(payloadOf<{ result: { error: Record<string, string[]> } }>(noTemplate).result.error).toEqual({ template: ['evaluation.errors.templateRequired'] })
		expect((await prisma.application.findUniqueOrThrow({ where: { id: one.id } })).status).toBe('IN_REVIEW')

		// An application of another programme is reported as not found, never decided.
		const other = await createApplication(world.programme.id, world.startup.id, { status: 'IN_REVIEW' })
		const foreign = await invoke(action, formRequest(url, { intent: 'bulkDecide', outcome: 'reject', applicationIds: other.id, template: 'Không đạt.' }, world.cookies.officer), { programmeId: programme.id })
		expect(payloadOf<{ items: BulkItem[] }>(foreign).items).toEqual([{ applicationId: other.id, referenceNumber: null, ok: false, error: 'errors.notFound' }])
		expect((await prisma.application.findUniqueOrThrow({ where: { id: other.id } })).status).toBe('IN_REVIEW')
	})

	test('automatic assignment reports how many were assigned and which applications are short of reviewers', async () => {
		const programme = await createProgramme(world.agency.id)
		const pool = await prisma.user.count({ where: { status: 'ACTIVE', roles: { some: { role: { name: 'reviewer' } } } } })
		await prisma.programme.update({ where: { id: programme.id }, data: { reviewersPerApplication: pool + 3 } })
		const application = await createApplication(programme.id, world.startup.id, { status: 'IN_REVIEW' })
		const result = await invoke(action, formRequest(`/programmes/${programme.id}/applications`, { intent: 'autoAssign' }, world.cookies.officer), { programmeId: programme.id })
		expect(statusOf(result)).toBe(200)
		const report = payloadOf<{ assigned: number; shortfalls: { referenceNumber: string; missing: number }[] }>(result)
		expect(report.assigned).toBe(await prisma.reviewAssignment.count({ where: { applicationId: application.id } }))
		expect(report.assigned).toBeGreaterThan(0)
		expect(report.shortfalls).toEqual([{ referenceNumber: application.referenceNumber, missing: pool + 3 - report.assigned }])
	})

	test('closing, then publishing results refused while an application is undecided (409 with the count), allowed afterwards', async () => {
		const programme = await createProgramme(world.agency.id, { status: 'OPEN', closesAt: new Date(Date.now() + 86_400_000) })
		const url = `/programmes/${programme.id}/applications`
		const pending = await createApplication(programme.id, world.startup.id, { status: 'SCREENING' })
		const closed = await invoke(action, formRequest(url, { intent: 'close' }, world.cookies.officer), { programmeId: programme.id })
		expect(statusOf(closed)).toBe(302)
		expect((closed as Response).headers.get('Location')).toBe(`${url}?done=close`)
		const refused = await invoke(action, formRequest(url, { intent: 'publishResults' }, world.cookies.officer), { programmeId: programme.id })
		expect(statusOf(refused)).toBe(409)
		expect(payloadOf(refused)).toEqual({ intent: 'programmeStatus', error: 'evaluation.errors.undecidedApplications', undecided: 1 })
		await prisma.application.update({ where: { id: pending.id }, data: { status: 'REJECTED' } })
		expect(statusOf(await invoke(action, formRequest(url, { intent: 'publishResults' }, world.cookies.officer), { programmeId: programme.id }))).toBe(302)
		expect((await prisma.programme.findUniqueOrThrow({ where: { id: programme.id } })).resultsPublishedAt).not.toBeNull()
		// Once published there is nothing left to close: 409, not a 500.
		expect(statusOf(await invoke(action, formRequest(url, { intent: 'close' }, world.cookies.officer), { programmeId: programme.id }))).toBe(409)
	})
})

describe('the statuses of the table', () => {
	test('come from the state machine: every status but the draft can be filtered on; undecided ones hold publishing results', async () => {
		for (const status of applicationStatuses) {
			expect(parseTableFilters(new URLSearchParams({ status })).status).toBe(status === 'DRAFT' ? undefined : status)
		}
		expect(parseTableFilters(new URLSearchParams({ status: 'NOPE' }))).toEqual({})
		expect(undecidedStatuses).toEqual(['SUBMITTED', 'SCREENING', 'RETURNED', 'RESUBMITTED', 'IN_REVIEW'])
	})
})
