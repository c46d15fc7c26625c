// Invitation e-mails (penetration test): a daily quota per organisation (small until a
// moderator verified it) and per inviter, and no user-chosen text in the subject.
import { randomUUID } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { inviteMember } from '~/modules/orgs/orgs.server'
import { rateLimits } from '~/modules/security/rate-limit.server'
import { action as membersAction } from '~/routes/organizations/members'
import { prisma } from '~/utils/db.server'
import { createOrganization, createUser, sessionCookieFor } from '../support/factories'
import { formRequest, invoke, payloadOf, statusOf } from '../support/routes'

const ctx = { request: new Request('http://localhost/organizations/x/members') }
const address = () => `moi-${randomUUID()}@example.vn`

function invite(organizationId: string, inviterId: string, email = address()) {
	return inviteMember({ organizationId, inviterId, email, role: 'EDITOR', origin: 'http://localhost', locale: 'vi' }, ctx)
}

async function ownerWithOrganization(options: { verified?: boolean; name?: string } = {}) {
	const owner = await createUser({ name: 'Nguyễn Văn Mời' })
	const organization = await createOrganization(owner.id, { name: options.name })
	if (options.verified) await prisma.organization.update({ where: { id: organization.id }, data: { verificationStatus: 'VERIFIED', verifiedAt: new Date() } })
	return { owner, organization }
}

describe('invitation quota', () => {
	test('an unverified organisation sends a few invitations a day, then gets a field error and no e-mail', async () => {
		const { owner, organization } = await ownerWithOrganization()
		const limit = rateLimits.invitationsPerUnverifiedOrganization.limit
		for (let i = 0; i < limit; i++) expect(await invite(organization.id, owner.id)).toEqual({ ok: true })
		const refused = address()
		expect(await invite(organization.id, owner.id, refused)).toMatchObject({
			ok: false,
			field: 'email',
			error: 'privacyInvitations.invitationLimitUnverified',
			status: 429,
		})
		expect(await prisma.invitation.count({ where: { organizationId: organization.id } })).toBe(limit)
		expect(await prisma.emailOutbox.count({ where: { to: refused } })).toBe(0)
	})

	test('a verified organisation may send more, up to its own daily quota', async () => {
		const { owner, organization } = await ownerWithOrganization({ verified: true })
		for (let i = 0; i <= rateLimits.invitationsPerUnverifiedOrganization.limit; i++) expect(await invite(organization.id, owner.id)).toEqual({ ok: true })
	})

	test('one inviter cannot multiply the quota by founding organisations', async () => {
		const owner = await createUser()
		const perInviter = rateLimits.invitationsPerInviter.limit
		const perOrganization = rateLimits.invitationsPerUnverifiedOrganization.limit
		let sent = 0
		let refusal: Awaited<ReturnType<typeof invite>> | undefined
		while (!refusal) {
			const organization = await createOrganization(owner.id)
			for (let i = 0; i < perOrganization && !refusal; i++) {
				const outcome = await invite(organization.id, owner.id)
				if (outcome.ok) sent++
				else refusal = outcome
			}
		}
		expect(sent).toBe(perInviter)
		expect(refusal).toMatchObject({ ok: false, field: 'email', error: 'privacyInvitations.invitationLimitInviter', status: 429 })
	})

	test('over HTTP: the owner’s form answers 429 with the error on the e-mail field, keeping what was typed', async () => {
		const { owner, organization } = await ownerWithOrganization()
		const { cookie } = await sessionCookieFor(owner.id)
		const post = (email: string) =>
			invoke(membersAction, formRequest(`/organizations/${organization.slug}/members`, { intent: 'invite', email, role: 'EDITOR' }, cookie), { slug: organization.slug })
		for (let i = 0; i < rateLimits.invitationsPerUnverifiedOrganization.limit; i++) expect(statusOf(await post(address()))).toBe(302)
		const typed = address()
		const refused = await post(typed)
		expect(statusOf(refused)).toBe(429)
		expect((refused as { init: { headers: Record<string, string> } }).init.headers['Retry-After']).toMatch(/^\d+$/)
		const { result } = payloadOf<{ result: { error: Record<string, string[]>; initialValue: Record<string, string> } }>(refused)
		expect(result.error.email).toEqual(['privacyInvitations.invitationLimitUnverified'])
		expect(result.initialValue.email).toBe(typed)
		expect(await prisma.invitation.count({ where: { email: typed } })).toBe(0)
	})
})

describe('invitation e-mail', () => {
	test('the subject is fixed; the organisation’s and inviter’s names are quoted in the body as user text, escaped, never a link', async () => {
		const phishingName = `Ngân hàng <b>Vietcombank</b> – xác minh tài khoản tại http://evil.example/login ${randomUUID().slice(0, 6)}`
		const { owner, organization } = await ownerWithOrganization({ name: phishingName })
		await prisma.user.update({ where: { id: owner.id }, data: { name: 'Bộ phận bảo mật\nwww.evil.example' } })
		const email = address()
		expect(await invite(organization.id, owner.id, email)).toEqual({ ok: true })
		const row = await prisma.emailOutbox.findFirstOrThrow({ where: { to: email }, select: { subject: true, text: true, html: true } })
		expect(row.subject).toBe('Lời mời tham gia tổ chức trên Sàn Công nghệ')
		expect(row.subject).not.toContain('Vietcombank')
		expect(row.text).toContain('Tên tổ chức (do người dùng đặt): «Ngân hàng <b>Vietcombank</b> – xác minh tài khoản tại http[:]//evil.example/login')
		expect(row.text).toContain('Người mời (do người dùng đặt): «Bộ phận bảo mật www[.]evil.example»')
		expect(row.text).not.toContain('http://evil.example')
		expect(row.html).toContain('&lt;b&gt;Vietcombank&lt;/b&gt;')
		expect(row.html).not.toContain('<b>')
		// The one link is the invitation's own.
		expect(row.html!.match(/<a href="([^"]+)"/g)).toEqual([expect.stringMatching(/^<a href="http:\/\/localhost\/invitations\/[a-z2-7]+"$/)])
	})
})
