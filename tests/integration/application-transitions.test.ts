import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { getOptionalUser, type SessionUser } from '~/modules/auth/guards.server'
import { transitionApplication } from '~/modules/programmes/applications.server'
import { prisma } from '~/utils/db.server'
import { createOrganization, createUser, sessionCookieFor } from '../support/factories'

const ctx = { request: new Request('http://localhost/') }
const origin = 'http://localhost'
let officer: SessionUser
let outsiderOfficer: SessionUser
let applicant: SessionUser
let stranger: SessionUser
let programmeId = ''
let applicantOrgId = ''
let questionId = ''

async function sessionUser(userId: string): Promise<SessionUser> {
	const { cookie } = await sessionCookieFor(userId)
	return (await getOptionalUser(new Request('http://localhost/', { headers: { Cookie: cookie } })))!
}

beforeAll(async () => {
	const [officerRow, outsiderRow, applicantRow, strangerRow] = await Promise.all([
		createUser({ roles: ['programme_officer'] }),
		createUser({ roles: ['programme_officer'] }),
		createUser({ name: 'Nguyễn Văn Nộp' }),
		createUser(),
	])
	const dost = await createOrganization(officerRow.id, { name: 'Sở Khoa học và Công nghệ' })
	await createOrganization(outsiderRow.id)
	const startup = await createOrganization(applicantRow.id, { name: 'Công ty Khởi nghiệp Tràng An' })
	applicantOrgId = startup.id
	;[officer, outsiderOfficer, applicant, stranger] = await Promise.all([officerRow, outsiderRow, applicantRow, strangerRow].map((u) => sessionUser(u.id)))
	const programme = await prisma.programme.create({
		data: {
			slug: `ct-${randomUUID().slice(0, 8)}`,
			organizationId: dost.id,
			title: 'Hỗ trợ khởi nghiệp đổi mới sáng tạo 2027',
			// Decisions here are taken without reviews (the reviews a decision needs are tested elsewhere).
			requiredReviews: 0,
			supportType: 'GRANT',
			opensAt: new Date(Date.now() - 86_400_000),
			closesAt: new Date(Date.now() + 86_400_000),
			status: 'OPEN',
			questions: { create: [{ type: 'LONG_TEXT', label: 'Mô tả dự án', required: true }] },
		},
		include: { questions: true },
	})
	programmeId = programme.id
	questionId = programme.questions[0]!.id
})

async function draft(answered = true) {
	const application = await prisma.application.create({
		data: {
			referenceNumber: `HS-2027-${randomUUID().slice(0, 8)}`,
			programmeId,
			organizationId: applicantOrgId,
			applicantId: applicant.id,
			projectTitle: 'Nền tảng truy xuất nguồn gốc gạo Kim Sơn',
			...(answered ? { answers: { create: [{ questionId, value: 'Dự án dùng mã QR cho từng bao gạo.' }] } } : {}),
		},
	})
	return application.id
}

const act = (user: SessionUser, applicationId: string, action: Parameters<typeof transitionApplication>[1]['action'], reason?: string, now?: Date) =>
	transitionApplication(user, { applicationId, action, reason, origin }, ctx, now)

describe('application transitions on the server', () => {
	test('double-clicking submit creates exactly one submission', async () => {
		const id = await draft()
		const results = await Promise.all([act(applicant, id, 'submit'), act(applicant, id, 'submit'), act(applicant, id, 'submit')])
		expect(results.filter((r) => r.ok)).toHaveLength(1)
		expect(results.filter((r) => !r.ok)).toEqual([
			{ ok: false, status: 409, error: 'programmes.errors.notAllowedNow' },
			{ ok: false, status: 409, error: 'programmes.errors.notAllowedNow' },
		])
		expect(await prisma.applicationEvent.count({ where: { applicationId: id, toStatus: 'SUBMITTED' } })).toBe(1)
		expect(await prisma.auditLog.count({ where: { entityId: id, action: 'application.submit' } })).toBe(1)
	})

	test('the server clock decides: on time at the deadline itself, one second late refused', async () => {
		const programme = await prisma.programme.findUniqueOrThrow({ where: { id: programmeId } })
		const late = await act(applicant, await draft(), 'submit', undefined, new Date(programme.closesAt.getTime() + 1000))
		expect(late).toEqual({ ok: false, status: 409, error: 'programmes.errors.deadlinePassed' })
		expect(await act(applicant, await draft(), 'submit', undefined, programme.closesAt)).toEqual({ ok: true, status: 'SUBMITTED' })
		expect(await act(applicant, await draft(), 'submit', undefined, new Date(programme.opensAt.getTime() - 1))).toEqual({ ok: false, status: 409, error: 'programmes.errors.notYetOpen' })
	})

	test('an incomplete application says what is missing', async () => {
		const result = await act(applicant, await draft(false), 'submit')
		expect(result).toEqual({ ok: false, status: 400, error: 'programmes.errors.incomplete', missing: { fields: [], questions: [questionId], documents: [] } })
	})

	test('roles: the applicant cannot screen, an officer of another organisation and strangers see nothing', async () => {
		const id = await draft()
		await act(applicant, id, 'submit')
		expect(await act(applicant, id, 'markEligible')).toEqual({ ok: false, status: 403, error: 'programmes.errors.notYourStep' })
		expect(await act(outsiderOfficer, id, 'markEligible')).toEqual({ ok: false, status: 404, error: 'errors.notFound' })
		expect(await act(stranger, id, 'withdraw')).toEqual({ ok: false, status: 404, error: 'errors.notFound' })
		expect(await act(officer, id, 'submit')).toEqual({ ok: false, status: 403, error: 'programmes.errors.notYourStep' })
	})

	test('returned for changes, resubmitted, reviewed, decided: a timeline with reasons, the applicant told each time', async () => {
		const id = await draft()
		expect(await act(applicant, id, 'submit')).toEqual({ ok: true, status: 'SUBMITTED' })
		expect(await act(officer, id, 'returnForChanges', '')).toEqual({ ok: false, status: 400, error: 'programmes.errors.reasonRequired' })
		expect(await act(officer, id, 'returnForChanges', 'Bổ sung dự toán kinh phí chi tiết')).toEqual({ ok: true, status: 'RETURNED' })
		expect(await act(applicant, id, 'resubmit')).toEqual({ ok: true, status: 'RESUBMITTED' })
		expect(await act(officer, id, 'markEligible')).toEqual({ ok: true, status: 'IN_REVIEW' })
		const decided = await transitionApplication(officer, { applicationId: id, action: 'approve', reason: 'Dự án khả thi, tác động lớn', awardedAmountVnd: 300_000_000, origin }, ctx)
		expect(decided).toEqual({ ok: true, status: 'APPROVED' })
		expect(await act(applicant, id, 'withdraw')).toEqual({ ok: false, status: 409, error: 'programmes.errors.notAllowedNow' })

		const events = await prisma.applicationEvent.findMany({ where: { applicationId: id }, orderBy: { createdAt: 'asc' }, select: { fromStatus: true, toStatus: true, reason: true } })
		expect(events).toEqual([
			{ fromStatus: 'DRAFT', toStatus: 'SUBMITTED', reason: null },
			{ fromStatus: 'SUBMITTED', toStatus: 'RETURNED', reason: 'Bổ sung dự toán kinh phí chi tiết' },
			{ fromStatus: 'RETURNED', toStatus: 'RESUBMITTED', reason: null },
			{ fromStatus: 'RESUBMITTED', toStatus: 'IN_REVIEW', reason: null },
			{ fromStatus: 'IN_REVIEW', toStatus: 'APPROVED', reason: 'Dự án khả thi, tác động lớn' },
		])
		const application = await prisma.application.findUniqueOrThrow({ where: { id }, include: { decision: true } })
		expect(application.decision).toMatchObject({ outcome: 'APPROVED', awardedAmountVnd: 300_000_000n, reasons: 'Dự án khả thi, tác động lớn', decidedById: officer.id })
		expect(application.decidedAt).toBeInstanceOf(Date)
		// The applicant was told of every officer step, in the app and by e-mail, in Vietnamese.
		const notices = await prisma.notification.findMany({ where: { userId: applicant.id, type: 'application.status', data: { path: ['reference'], equals: application.referenceNumber } } })
		expect(notices.map((n) => (n.data as { status: string }).status).sort()).toEqual(['APPROVED', 'IN_REVIEW', 'RETURNED'])
		const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { to: (await prisma.user.findUniqueOrThrow({ where: { id: applicant.id } })).email, subject: { contains: 'Yêu cầu bổ sung' } } })
		expect(mail.text).toContain('Bổ sung dự toán kinh phí chi tiết')
	})
})
