import { randomUUID } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { removeMember } from '~/modules/orgs/orgs.server'
import { accountRateLimitKey } from '~/modules/security/account-key.server'
import { action as loginAction } from '~/routes/auth/login'
import { action as forgotAction } from '~/routes/auth/forgot-password'
import { action as privacyAction } from '~/routes/account/privacy'
import { action as exportAction } from '~/routes/account/privacy-export'
import { prisma } from '~/utils/db.server'
import { addMember, createOrganization, createUser, sessionCookieFor, testPassword } from '../support/factories'
import { createApplication, createProgramme, ctx } from '../support/programmes-evaluation'
import { createReviewedApplication, createReviewingWorld } from '../support/programmes-reviewing'
import { formRequest, invoke, multipartBody, routeArgs, settle } from '../support/routes'

// Multipart, as these tests have always sent it.
function privacy(cookie: string, fields: Record<string, string>) {
	return invoke(privacyAction, formRequest('/account/privacy', multipartBody(fields), cookie))
}

describe('personal data rights', () => {
	test('the export holds the person’s data, never secrets, and is audited', async () => {
		const user = await createUser({ name: 'Phạm Thị Hoa' })
		const { cookie, token } = await sessionCookieFor(user.id)
		const response = (await invoke(exportAction, formRequest('/account/privacy/export', {}, cookie))) as Response
		expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="du-lieu-ca-nhan-\d{4}-\d{2}-\d{2}\.json"$/)
		const text = await response.text()
		const exported = JSON.parse(text)
		expect(exported.user).toMatchObject({ email: user.email, name: 'Phạm Thị Hoa' })
		expect(exported.sessions).toHaveLength(1)
		expect(text).not.toContain(token.split('.')[1])
		expect(text).not.toMatch(/argon2|secretHash|"hash"/)
		expect(await prisma.auditLog.count({ where: { action: 'user.data.exported', actorId: user.id } })).toBe(1)
	})

	test('withdrawing a consent is recorded with its time', async () => {
		const user = await createUser()
		const { cookie } = await sessionCookieFor(user.id)
		await privacy(cookie, { intent: 'consent', purpose: 'EMAIL_ALERTS', granted: 'true' })
		await privacy(cookie, { intent: 'consent', purpose: 'EMAIL_ALERTS', granted: 'false' })
		const consents = await prisma.consent.findMany({ where: { userId: user.id, purpose: 'EMAIL_ALERTS' } })
		expect(consents).toHaveLength(1)
		expect(consents[0].withdrawnAt).toBeInstanceOf(Date)
	})

	test('deleting the account removes sessions and personal data; organisation content stays', async () => {
		const user = await createUser({ name: 'Đỗ Minh Tuấn' })
		const organization = await createOrganization(user.id)
		const { cookie } = await sessionCookieFor(user.id)
		expect(await privacy(cookie, { intent: 'delete', password: 'wrong', confirm: 'on' })).toMatchObject({ init: { status: 400 } })
		const response = (await privacy(cookie, { intent: 'delete', password: testPassword, confirm: 'on' })) as Response
		expect(response.status).toBe(302)
		expect(response.headers.get('Set-Cookie')).toContain('Max-Age=0')
		const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, name: true, status: true, password: true } })
		expect(after).toMatchObject({ status: 'DELETED', name: 'Deleted user', password: null })
		expect(after.email).not.toBe(user.email)
		expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0)
		expect(await prisma.membership.count({ where: { userId: user.id } })).toBe(0)
		expect(await prisma.organization.findUnique({ where: { id: organization.id } })).not.toBeNull()
		expect(await prisma.auditLog.count({ where: { action: 'user.deleted', actorId: user.id } })).toBe(1)
	})

	test('the only owner of an organisation with other members must hand over first', async () => {
		const [owner, editor] = await Promise.all([createUser(), createUser()])
		const organization = await createOrganization(owner.id)
		await addMember(organization.id, editor.id, 'EDITOR')
		const { cookie } = await sessionCookieFor(owner.id)
		expect(await privacy(cookie, { intent: 'delete', password: testPassword, confirm: 'on' })).toMatchObject({ init: { status: 409 } })
		expect((await prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).status).toBe('ACTIVE')
	})
})

test("the export holds only the requester's data", async () => {
	const [alice, bob] = await Promise.all([createUser({ name: 'Nguyễn Thị Alice' }), createUser({ name: 'Trần Văn Bob' })])
	await prisma.consent.create({ data: { userId: bob.id, purpose: 'NEWSLETTER', noticeVersion: '2026-01' } })
	const { cookie } = await sessionCookieFor(alice.id)
	const text = await ((await invoke(exportAction, formRequest('/account/privacy/export', {}, cookie))) as Response).text()
	expect(text).toContain(alice.email)
	expect(text).not.toContain(bob.email)
	expect(text).not.toContain('Trần Văn Bob')
	expect(JSON.parse(text).consents).toEqual([])
})

test("the export keeps staff's addresses and browsers private, and no e-mailed code", async () => {
	const person = await createUser({ name: 'Lê Văn Cường' })
	await prisma.auditLog.create({
		data: { action: 'admin.user.viewed', actorId: null, entityType: 'user', entityId: person.id, ipAddress: '203.0.113.77', userAgent: 'StaffBrowser/1.0' },
	})
	await prisma.auditLog.create({
		data: { action: 'user.signed_in', actorId: person.id, entityType: 'user', entityId: person.id, ipAddress: '198.51.100.5', userAgent: 'OwnBrowser/2.0' },
	})
	await prisma.emailOutbox.create({ data: { to: person.email, subject: 'Mã đặt lại mật khẩu: QWERTY2345', text: 'QWERTY2345' } })
	const { cookie } = await sessionCookieFor(person.id)
	const text = await ((await invoke(exportAction, formRequest('/account/privacy/export', {}, cookie))) as Response).text()
	expect(text).not.toContain('203.0.113.77')
	expect(text).not.toContain('StaffBrowser')
	expect(text).not.toContain('QWERTY2345')
	const file = JSON.parse(text)
	expect(file.activity).toEqual(
		expect.arrayContaining([
			expect.objectContaining({ action: 'admin.user.viewed', byYou: false }),
			expect.objectContaining({ action: 'user.signed_in', byYou: true, ipAddress: '198.51.100.5', userAgent: 'OwnBrowser/2.0' }),
		]),
	)
	expect(file.emails.map((email: { subject: string }) => email.subject)).toContain('Mã đặt lại mật khẩu: ••••••••••')
})

describe('what the export must not leave out (penetration test)', () => {
	test('a reviewer’s scores and comments, each uploaded file with its download link, and the listing revisions they authored', async () => {
		const reviewing = await createReviewingWorld()
		const reviewer = reviewing.users.reviewer
		const application = await createReviewedApplication(reviewing)
		await prisma.reviewAssignment.update({ where: { id: application.assignmentId }, data: { status: 'SUBMITTED', conflictCheckedAt: new Date(), submittedAt: new Date(), overallComment: 'Giải pháp khả thi, cần làm rõ chi phí.' } })
		const [novelty] = reviewing.programme.criteria
		await prisma.reviewScore.create({ data: { assignmentId: application.assignmentId, criterionId: novelty!.id, score: 8, comment: 'Mới so với công nghệ trong tỉnh' } })

		const organization = await createOrganization(reviewer.id, { name: 'Hợp tác xã Thêu ren Văn Lâm' })
		const listing = await prisma.listing.create({
			data: { slug: `theu-ren-${reviewer.id}`, type: 'TECHNOLOGY_OFFER', title: 'Máy thêu ren tự động', authorId: reviewer.id, organizationId: organization.id },
			select: { id: true },
		})
		await prisma.listingRevision.create({ data: { listingId: listing.id, number: 1, status: 'PENDING_REVIEW', content: { title: 'Máy thêu ren tự động thế hệ 2' }, authorId: reviewer.id, submittedAt: new Date() } })
		const file = (fileName: string, deletedAt: Date | null = null) =>
			prisma.attachment.create({
				data: { kind: 'DOCUMENT', fileName, contentType: 'application/pdf', sizeBytes: 2048, sha256: randomUUID(), storageKey: `test/${randomUUID()}.pdf`, uploadedById: reviewer.id, listingId: listing.id, deletedAt },
				select: { id: true },
			})
		const kept = await file('ban-ve-may-theu.pdf')
		await file('ban-nhap-da-xoa.pdf', new Date())

		const { cookie } = await sessionCookieFor(reviewer.id)
		const exported = JSON.parse(await ((await invoke(exportAction, formRequest('/account/privacy/export', {}, cookie))) as Response).text())
		expect(exported.reviewAssignments).toEqual([
			expect.objectContaining({
				status: 'SUBMITTED',
				overallComment: 'Giải pháp khả thi, cần làm rõ chi phí.',
				application: expect.objectContaining({ referenceNumber: application.referenceNumber }),
				scores: [expect.objectContaining({ score: 8, comment: 'Mới so với công nghệ trong tỉnh', criterion: { title: 'Tính mới của công nghệ' } })],
			}),
		])
		expect(exported.listingRevisions).toEqual([expect.objectContaining({ number: 1, status: 'PENDING_REVIEW', content: { title: 'Máy thêu ren tự động thế hệ 2' } })])
		expect(exported.files).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ fileName: 'ban-ve-may-theu.pdf', sizeBytes: 2048, contentType: 'application/pdf', createdAt: expect.any(String), deletedAt: null, downloadUrl: `http://localhost/files/${kept.id}` }),
				expect.objectContaining({ fileName: 'ban-nhap-da-xoa.pdf', deletedAt: expect.any(String), downloadUrl: null }),
			]),
		)
		expect(exported.files).toHaveLength(2)
	})
})

describe('deleting the account leaves the e-mail address nowhere (penetration test)', () => {
	test('accepted invitations keep no address; codes, e-mails to it and e-mails quoting it go; audit entries never held it', async () => {
		const person = await createUser({ name: 'Vũ Thị Lan' })
		const other = await createUser()
		const joined = await createOrganization(other.id)
		const pending = await createOrganization(other.id)
		await addMember(joined.id, person.id, 'EDITOR')
		const invitation = (organizationId: string, acceptedAt: Date | null) =>
			prisma.invitation.create({
				data: { organizationId, email: person.email, role: 'EDITOR', tokenHash: randomUUID(), invitedById: other.id, expiresAt: new Date(Date.now() + 86_400_000), acceptedAt },
				select: { id: true },
			})
		const accepted = await invitation(joined.id, new Date())
		await invitation(pending.id, null)
		// A code sent to the address before it belonged to the account (no user on the row).
		await prisma.verification.create({ data: { type: 'EMAIL_VERIFICATION', target: person.email, tokenHash: randomUUID(), expiresAt: new Date(Date.now() + 60_000) } })
		await prisma.emailOutbox.create({ data: { to: person.email, subject: 'Lời mời', text: 'Chấp nhận lời mời' } })
		const quoting = await prisma.emailOutbox.create({ data: { to: other.email, subject: 'Thành viên mới', text: `${person.email} đã tham gia tổ chức.` }, select: { id: true } })

		const { cookie } = await sessionCookieFor(person.id)
		const response = (await privacy(cookie, { intent: 'delete', password: testPassword, confirm: 'on' })) as Response
		expect(response.status).toBe(302)

		expect(await prisma.invitation.count({ where: { email: person.email } })).toBe(0)
		// The organisation's record that someone joined by invitation stays, without the address.
		expect(await prisma.invitation.findUniqueOrThrow({ where: { id: accepted.id }, select: { email: true, acceptedAt: true } })).toEqual({
			email: `deleted-${person.id}@deleted.invalid`,
			acceptedAt: expect.any(Date),
		})
		expect(await prisma.verification.count({ where: { target: person.email } })).toBe(0)
		expect(await prisma.emailOutbox.count({ where: { to: person.email } })).toBe(0)
		expect(await prisma.emailOutbox.findUniqueOrThrow({ where: { id: quoting.id }, select: { text: true, html: true } })).toEqual({ text: '', html: null })
		const audits = await prisma.auditLog.findMany({ where: { OR: [{ actorId: person.id }, { entityId: person.id }] }, select: { metadata: true } })
		expect(audits.length).toBeGreaterThan(0)
		expect(JSON.stringify(audits)).not.toContain(person.email)
	})

	test('rate-limit counters never hold the address, and go with the account', async () => {
		const person = await createUser()
		const ip = '10.77.0.1'
		await settle(loginAction(routeArgs(formRequest('/login', { email: person.email, password: 'sai mật khẩu rồi' }), {}, { clientIp: ip })))
		await settle(forgotAction(routeArgs(formRequest('/forgot-password', { email: person.email }), {}, { clientIp: ip })))
		const hashed = accountRateLimitKey(person.email)
		const keyed = () => prisma.rateLimit.findMany({ where: { key: { contains: hashed } }, select: { key: true } })
		expect((await keyed()).map((row) => row.key).sort()).toEqual([`login:account-failures:${hashed}`, `login:pair:${hashed}|${ip}`, `reset:account:${hashed}`])
		expect(await prisma.rateLimit.count({ where: { key: { contains: person.email, mode: 'insensitive' } } })).toBe(0)

		const { cookie } = await sessionCookieFor(person.id)
		expect(((await privacy(cookie, { intent: 'delete', password: testPassword, confirm: 'on' })) as Response).status).toBe(302)
		expect(await keyed()).toEqual([])
	})
})

describe('the export is no window on an organisation the person has left', () => {
	test('a removed member gets that they applied, not the organisation’s answers, documents or decision', async () => {
		const owner = await createUser()
		const officer = await createUser({ roles: ['programme_officer'] })
		const agency = await createOrganization(officer.id)
		const startup = await createOrganization(owner.id)
		const programme = await createProgramme(agency.id)
		const exMember = await createUser()
		await addMember(startup.id, exMember.id, 'EDITOR')
		const application = await createApplication(programme.id, startup.id, { status: 'APPROVED', applicantId: exMember.id })
		const { cookie } = await sessionCookieFor(exMember.id)
		const exportNow = async () => {
			const response = (await invoke(exportAction, formRequest('/account/privacy/export', {}, cookie))) as Response
			const text = await response.text()
			return { text, applications: JSON.parse(text).applications as Record<string, unknown>[] }
		}
		await prisma.applicationAnswer.create({ data: { applicationId: application.id, questionId: programme.questions[0]!.id, value: 'Câu trả lời khi còn là thành viên' } })
		// While a member: all of it, as on the application's page.
		const whileMember = await exportNow()
		expect(whileMember.text).toContain('Câu trả lời khi còn là thành viên')
		expect(whileMember.applications[0]).toMatchObject({ stillMember: true, status: 'APPROVED' })

		const membership = await prisma.membership.findUniqueOrThrow({ where: { userId_organizationId: { userId: exMember.id, organizationId: startup.id } }, select: { id: true } })
		expect((await removeMember(startup.id, owner.id, membership.id, ctx)).ok).toBe(true)
		await prisma.applicationAnswer.updateMany({ where: { applicationId: application.id }, data: { value: 'BÍ MẬT KINH DOANH sau khi rời đi' } })
		await prisma.applicationDecision.create({ data: { applicationId: application.id, outcome: 'APPROVED', reasons: 'Lý do nội bộ', awardedAmountVnd: 123456789n, decidedById: officer.id } })

		const afterLeaving = await exportNow()
		expect(afterLeaving.text).not.toContain('BÍ MẬT KINH DOANH sau khi rời đi')
		expect(afterLeaving.text).not.toContain('Lý do nội bộ')
		expect(afterLeaving.text).not.toContain('123456789')
		const [exported] = afterLeaving.applications
		expect(exported).toMatchObject({ stillMember: false, referenceNumber: application.referenceNumber, programme: { slug: programme.slug } })
		for (const field of ['answers', 'documents', 'decision', 'status', 'projectTitle', 'requestedAmountVnd']) expect(exported).not.toHaveProperty(field)
	})
})
