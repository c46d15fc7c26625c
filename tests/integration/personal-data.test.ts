import { describe, expect, test } from 'vitest'
import { action as privacyAction } from '~/routes/account/privacy'
import { action as exportAction } from '~/routes/account/privacy-export'
import { prisma } from '~/utils/db.server'
import { addMember, createOrganization, createUser, sessionCookieFor, testPassword } from '../support/factories'
import { formRequest, invoke, multipartBody } from '../support/routes'

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
