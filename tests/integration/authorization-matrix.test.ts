// Every mutating route of accounts and organisations, for every kind of actor.
import { beforeAll, describe, expect, test } from 'vitest'
import { action as adminOrganizationsAction } from '~/routes/admin/organizations'
import { action as adminUserAction, loader as adminUserLoader } from '~/routes/admin/user'
import { action as membersAction, loader as membersLoader } from '~/routes/organizations/members'
import { action as newOrganizationAction } from '~/routes/organizations/new'
import { action as settingsAction } from '~/routes/organizations/settings'
import { action as sessionsAction } from '~/routes/account/sessions'
import { action as privacyAction } from '~/routes/account/privacy'
import { action as privacyExportAction } from '~/routes/account/privacy-export'
import { action as profileAction } from '~/routes/account/profile'
import { action as securityAction } from '~/routes/account/security'
import { action as notificationsAction } from '~/routes/account/notifications'
import { loader as mailboxLoader } from '~/routes/admin/mailbox'
import { loader as usersLoader } from '~/routes/admin/users'
import { action as logoutAction } from '~/routes/auth/logout'
import { action as invitationAction } from '~/routes/organizations/invitation'
import { prisma } from '~/utils/db.server'
import { action as listingQueueAction } from '~/routes/admin/listings'
import { action as expertQueueAction } from '~/routes/admin/experts'
import { addDualRoleActors, addMember, createWorld, expectMatrix, type World } from '../support/auth-matrix'
import { createUser } from '../support/factories'
import { invoke, statusOf } from '../support/routes'

let world: World
beforeAll(async () => {
	world = await createWorld()
})

const orgForm = () => ({ name: 'Công ty Cổ phần Dệt Nam Định', type: 'ENTERPRISE', size: 'MEDIUM', taxCode: String(Date.now()).slice(-10), fields: 'textile-garment' })

describe('authorization matrix', () => {
	test('create an organisation: any verified member', async () => {
		await expectMatrix({
			world,
			handler: newOrganizationAction,
			url: '/organizations/new',
			form: orgForm,
			expected: { anonymous: 'login', member: 'ok', otherOrgMember: 'ok', owner: 'ok', moderator: 'ok', admin: 'ok' },
		})
	})

	test('an unverified member is sent to verify the e-mail before creating an organisation', async () => {
		const unverified = await createUser({ verified: false })
		const { sessionCookieFor } = await import('../support/factories')
		await expectMatrix({
			world: { ...world, cookies: { ...world.cookies, member: (await sessionCookieFor(unverified.id)).cookie } },
			handler: newOrganizationAction,
			url: '/organizations/new',
			form: orgForm,
			expected: { anonymous: 'login', member: 'verify', otherOrgMember: 'ok', owner: 'ok', moderator: 'ok', admin: 'ok' },
		})
	})

	test("edit an organisation's profile: its members and administrators; others get 404", async () => {
		await expectMatrix({
			world,
			handler: settingsAction,
			url: `/organizations/${world.organization.slug}/settings`,
			params: { slug: world.organization.slug },
			form: () => ({ name: 'Công ty Thử nghiệm đổi tên', type: 'RESEARCH_INSTITUTE', fields: 'materials' }),
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 'ok', moderator: 404, admin: 'ok' },
		})
	})

	test('see the members page: members and administrators; others get 404', async () => {
		await expectMatrix({
			world,
			handler: membersLoader,
			method: 'GET',
			url: `/organizations/${world.organization.slug}/members`,
			params: { slug: world.organization.slug },
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 'ok', moderator: 404, admin: 'ok' },
		})
	})

	test('invite a member: owners and administrators', async () => {
		await expectMatrix({
			world,
			handler: membersAction,
			url: `/organizations/${world.organization.slug}/members`,
			params: { slug: world.organization.slug },
			form: () => ({ intent: 'invite', email: `moi-${Math.random()}@example.vn`, role: 'EDITOR' }),
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 'ok', moderator: 404, admin: 'ok' },
		})
	})

	test('an editor cannot invite or remove (403), but can leave', async () => {
		const editor = await createUser()
		await addMember(world.organization.id, editor.id, 'EDITOR')
		const { sessionCookieFor } = await import('../support/factories')
		const cookie = (await sessionCookieFor(editor.id)).cookie
		const editorWorld = { ...world, cookies: { ...world.cookies, member: cookie } }
		await expectMatrix({
			world: editorWorld,
			handler: membersAction,
			url: `/organizations/${world.organization.slug}/members`,
			params: { slug: world.organization.slug },
			form: () => ({ intent: 'invite', email: `moi-${Math.random()}@example.vn`, role: 'OWNER' }),
			expected: { anonymous: 'login', member: 403, otherOrgMember: 404, owner: 'ok', moderator: 404, admin: 'ok' },
		})
	})

	test('remove a member: owners and administrators; the last owner cannot go', async () => {
		let target: { id: string } | undefined
		await expectMatrix({
			world,
			handler: membersAction,
			url: `/organizations/${world.organization.slug}/members`,
			params: { slug: world.organization.slug },
			before: async () => {
				const user = await createUser()
				target = await addMember(world.organization.id, user.id, 'EDITOR')
			},
			form: () => ({ intent: 'remove', membershipId: target!.id }),
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 'ok', moderator: 404, admin: 'ok' },
		})
		const ownerMembership = await prisma.membership.findFirstOrThrow({
			where: { organizationId: world.organization.id, userId: world.users.owner.id },
			select: { id: true },
		})
		await expectMatrix({
			world,
			handler: membersAction,
			url: `/organizations/${world.organization.slug}/members`,
			params: { slug: world.organization.slug },
			form: () => ({ intent: 'leave' }),
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 409, moderator: 404, admin: 404 },
		})
		await expectMatrix({
			world,
			handler: membersAction,
			url: `/organizations/${world.organization.slug}/members`,
			params: { slug: world.organization.slug },
			form: () => ({ intent: 'remove', membershipId: ownerMembership.id }),
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 409, moderator: 404, admin: 409 },
		})
	})

	test("change a member's role: owners and administrators; the last owner cannot be demoted", async () => {
		let target: { id: string } | undefined
		await expectMatrix({
			world,
			handler: membersAction,
			url: `/organizations/${world.organization.slug}/members`,
			params: { slug: world.organization.slug },
			before: async () => {
				const user = await createUser()
				target = await addMember(world.organization.id, user.id, 'EDITOR')
			},
			form: () => ({ intent: 'set-role', membershipId: target!.id, role: 'OWNER' }),
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 'ok', moderator: 404, admin: 'ok' },
		})
		const solo = await createUser()
		const { createOrganization: createOrg, sessionCookieFor } = await import('../support/factories')
		const soloOrg = await createOrg(solo.id)
		const soloMembership = await prisma.membership.findFirstOrThrow({ where: { organizationId: soloOrg.id }, select: { id: true } })
		await expectMatrix({
			world: { ...world, cookies: { ...world.cookies, owner: (await sessionCookieFor(solo.id)).cookie } },
			handler: membersAction,
			url: `/organizations/${soloOrg.slug}/members`,
			params: { slug: soloOrg.slug },
			form: () => ({ intent: 'set-role', membershipId: soloMembership.id, role: 'EDITOR' }),
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 409, moderator: 404, admin: 409 },
		})
	})

	test('verify an organisation: moderators and administrators', async () => {
		let pendingId = ''
		await expectMatrix({
			world,
			handler: adminOrganizationsAction,
			url: '/admin/organizations',
			before: async () => {
				const owner = await createUser()
				const org = await prisma.organization.create({
					data: { name: 'Viện chờ xác minh', slug: `cho-${Math.random().toString(36).slice(2)}`, type: 'RESEARCH_INSTITUTE', verificationStatus: 'PENDING', memberships: { create: { userId: owner.id, role: 'OWNER' } } },
					select: { id: true },
				})
				pendingId = org.id
			},
			form: () => ({ organizationId: pendingId, decision: 'approve' }),
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 'ok', admin: 'ok' },
		})
		// Nobody verifies their own organisation.
		const own = await prisma.organization.create({
			data: { name: 'Tổ chức của kiểm duyệt viên', slug: `rieng-${Math.random().toString(36).slice(2)}`, type: 'INTERMEDIARY', verificationStatus: 'PENDING', memberships: { create: { userId: world.users.moderator.id, role: 'OWNER' } } },
			select: { id: true },
		})
		await expectMatrix({
			world,
			handler: adminOrganizationsAction,
			url: '/admin/organizations',
			form: () => ({ organizationId: own.id, decision: 'approve' }),
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 'ok' },
		})
	})

	test('administration on an unknown person answers 404', async () => {
		await expectMatrix({
			world,
			handler: adminUserAction,
			url: '/admin/users/nobody',
			params: { userId: 'nobody' },
			form: () => ({ intent: 'suspend', reason: 'Không tồn tại' }),
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 404 },
		})
	})

	test("give a role, suspend, and read a person's record: administrators only", async () => {
		const target = await createUser()
		await expectMatrix({
			world,
			handler: adminUserAction,
			url: `/admin/users/${target.id}`,
			params: { userId: target.id },
			form: () => ({ intent: 'role', role: 'reviewer', granted: 'true' }),
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 'ok' },
		})
		await expectMatrix({
			world,
			handler: adminUserAction,
			url: `/admin/users/${target.id}`,
			params: { userId: target.id },
			form: () => ({ intent: 'suspend', reason: 'Đăng tin giả mạo' }),
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 'ok' },
		})
		// Moderators may read accounts (read:user:any) for their work; each look is audited.
		await expectMatrix({
			world,
			handler: adminUserLoader,
			method: 'GET',
			url: `/admin/users/${target.id}`,
			params: { userId: target.id },
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 'ok', admin: 'ok' },
		})
	})

	test("another person's session cannot be revoked: it answers 404", async () => {
		const victim = await createUser()
		const { sessionCookieFor } = await import('../support/factories')
		const { sessionId } = await sessionCookieFor(victim.id)
		await expectMatrix({
			world,
			handler: sessionsAction,
			url: '/account/sessions',
			form: () => ({ intent: 'revoke', sessionId }),
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 404, moderator: 404, admin: 404 },
		})
		await prisma.session.findUniqueOrThrow({ where: { id: sessionId } })
	})

	test('consent changes and data export need a signed-in member, and act on their own data only', async () => {
		await expectMatrix({
			world,
			handler: privacyAction,
			url: '/account/privacy',
			form: () => ({ intent: 'consent', purpose: 'EMAIL_ALERTS', granted: 'true' }),
			expected: { anonymous: 'login', member: 'ok', otherOrgMember: 'ok', owner: 'ok', moderator: 'ok', admin: 'ok' },
		})
		const grants = await prisma.consent.count({ where: { purpose: 'EMAIL_ALERTS', userId: { in: Object.values(world.users).map((u) => u.id) }, withdrawnAt: null } })
		await expectMatrix({
			world,
			handler: privacyExportAction,
			url: '/account/privacy/export',
			form: () => ({}),
			expected: { anonymous: 'login', member: 'ok', otherOrgMember: 'ok', owner: 'ok', moderator: 'ok', admin: 'ok' },
		})
		if (grants !== 5) throw new Error(`expected one consent per signed-in actor, got ${grants}`)
	})

	test('edit one\'s own profile and password: any signed-in member, on their own account', async () => {
		await expectMatrix({
			world,
			handler: profileAction,
			url: '/account',
			form: () => ({ name: 'Tên mới', locale: 'vi' }),
			expected: { anonymous: 'login', member: 'ok', otherOrgMember: 'ok', owner: 'ok', moderator: 'ok', admin: 'ok' },
		})
		await expectMatrix({
			world,
			handler: securityAction,
			url: '/account/security',
			form: () => ({ intent: 'change-password', currentPassword: 'not the password', newPassword: 'một mật khẩu mới' }),
			expected: { anonymous: 'login', member: 400, otherOrgMember: 400, owner: 400, moderator: 400, admin: 400 },
		})
	})

	test('sign out: anyone; it ends only the caller\'s session', async () => {
		await expectMatrix({
			world,
			handler: logoutAction,
			url: '/logout',
			expected: { anonymous: 'ok', member: 'ok', otherOrgMember: 'ok', owner: 'ok', moderator: 'ok', admin: 'ok' },
		})
		// Every actor's session was ended by their own request: recreate them for later tests.
		world = await createWorld()
	})

	test('accept an invitation: only the signed-in person with the invited address', async () => {
		const { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } = await import('@oslojs/encoding')
		const { sha256 } = await import('@oslojs/crypto/sha2')
		const outcomes: Record<string, number> = {}
		for (const actor of ['anonymous', 'otherOrgMember', 'member'] as const) {
			const token = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)))
			await prisma.invitation.create({
				data: {
					organizationId: world.organization.id,
					email: world.users.member.email,
					role: 'EDITOR',
					tokenHash: encodeHexLowerCase(sha256(new TextEncoder().encode(token))),
					expiresAt: new Date(Date.now() + 60_000),
				},
			})
			const cookie = world.cookies[actor]
			const request = new Request(`http://localhost/invitations/${token}`, { method: 'POST', headers: cookie ? { Cookie: cookie } : {} })
			outcomes[actor] = statusOf(await invoke(invitationAction, request, { token }))
		}
		// anonymous: sent to sign in (302 to /login); someone else: 400; the invitee: joins (302).
		expect(outcomes).toEqual({ anonymous: 302, otherOrgMember: 400, member: 302 })
		expect(await prisma.membership.count({ where: { organizationId: world.organization.id, userId: world.users.otherOrgMember.id } })).toBe(0)
		expect(await prisma.membership.count({ where: { organizationId: world.organization.id, userId: world.users.member.id } })).toBe(1)
	})

	test('read the user list and the dev mailbox: administrators (moderators may list users)', async () => {
		await expectMatrix({
			world,
			handler: usersLoader,
			method: 'GET',
			url: '/admin/users',
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 'ok', admin: 'ok' },
		})
		await expectMatrix({
			world,
			handler: mailboxLoader,
			method: 'GET',
			url: '/admin/mailbox',
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 'ok' },
		})
	})

	test('notifications and their preferences: any signed-in member, for themselves only', async () => {
		await expectMatrix({
			world,
			handler: notificationsAction,
			url: '/account/notifications',
			form: () => ({ intent: 'preferences', channel: 'listing.approved:email' }),
			expected: { anonymous: 'login', member: 'ok', otherOrgMember: 'ok', owner: 'ok', moderator: 'ok', admin: 'ok' },
		})
		const rows = await prisma.notificationPreference.findMany({ where: { type: 'listing.approved', userId: { in: Object.values(world.users).map((u) => u.id) } } })
		expect(rows).toHaveLength(5)
		expect(rows.every((row) => row.email && !row.inApp)).toBe(true)
	})

	describe('staff who also belong to the organisation cannot moderate its work', () => {
		// Everyone without the permission: 403; staff who belong to the organisation: 403 too.
		const expected = { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 'ok', admin: 'ok', moderatorOwner: 403, adminMember: 403 } as const
		let dual: World
		beforeAll(async () => {
			dual = await addDualRoleActors(await createWorld())
		})

		const listingOf = (status: 'PENDING_REVIEW' | 'PUBLISHED', extra: Record<string, unknown> = {}) =>
			prisma.listing.create({
				data: {
					slug: `kiem-duyet-${Math.random().toString(36).slice(2)}`,
					type: 'TECHNOLOGY_REQUEST',
					status,
					title: 'Nhu cầu công nghệ xử lý nước thải',
					authorId: dual.users.owner.id,
					organizationId: dual.organization.id,
					submittedAt: new Date(),
					publishedAt: status === 'PUBLISHED' ? new Date() : null,
					...extra,
				},
				select: { id: true, version: true },
			})

		test('approve a listing', async () => {
			let listing = { id: '', version: 0 }
			await expectMatrix({
				world: dual,
				handler: listingQueueAction,
				url: '/admin/listings',
				before: async () => {
					listing = await listingOf('PENDING_REVIEW')
				},
				form: () => ({ listingId: listing.id, version: String(listing.version), decision: 'approve' }),
				expected,
			})
		})

		test('reject an edit of a published listing', async () => {
			let revision = { id: '', version: 0 }
			await expectMatrix({
				world: dual,
				handler: listingQueueAction,
				url: '/admin/listings',
				before: async () => {
					const { id } = await listingOf('PUBLISHED')
					revision = await prisma.listingRevision.create({
						data: { listingId: id, number: 1, status: 'PENDING_REVIEW', content: { input: { organizationId: dual.organization.id }, form: {} }, authorId: dual.users.owner.id, submittedAt: new Date() },
						select: { id: true, version: true },
					})
				},
				form: () => ({ revisionId: revision.id, version: String(revision.version), decision: 'reject', reason: 'Tiêu đề chưa rõ ràng' }),
				expected,
			})
		})

		test("verify an expert of one's organisation", async () => {
			let id = ''
			let version = ''
			await expectMatrix({
				world: dual,
				handler: expertQueueAction,
				url: '/admin/experts',
				before: async () => {
					const created = (await prisma.listing.create({
						data: {
							slug: `chuyen-gia-${Math.random().toString(36).slice(2)}`,
							type: 'EXPERT',
							status: 'PUBLISHED',
							publishedAt: new Date(),
							title: 'TS. Trần Văn Chuyên',
							authorId: dual.users.owner.id,
							organizationId: dual.organization.id,
							expertProfile: { create: { verificationStatus: 'PENDING', verificationRequestedAt: new Date() } },
						},
						select: { id: true, version: true },
					}))
					id = created.id
					version = String(created.version)
				},
				form: () => ({ listingId: id, version, decision: 'approve' }),
				expected,
			})
		})

		test("verify one's own organisation", async () => {
			await expectMatrix({
				world: dual,
				handler: adminOrganizationsAction,
				url: '/admin/organizations',
				before: async () => {
					await prisma.organization.update({ where: { id: dual.organization.id }, data: { verificationStatus: 'PENDING' } })
				},
				form: () => ({ organizationId: dual.organization.id, decision: 'approve' }),
				expected,
			})
		})
	})
})
