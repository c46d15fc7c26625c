// Organisations (issue 11 items 1, 4, 18 and the incubator's cohorts): fields of activity
// and commune through the forms, eligibility with links to fix it, the verification
// outcome told to the owners, and the administrators' list, edit, suspension and deletion.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { deleteAccount } from '~/modules/account/account.server'
import { loadListingDocuments } from '~/modules/search/documents.server'
import { getPublishedListing } from '~/modules/listings/public-listings.server'
import { changeListingStatus } from '~/modules/listings/my-listings.server'
import { listOrganizationsForAdmin, parseAdminOrganizationQuery } from '~/modules/orgs/admin.server'
import { organizationCohorts } from '~/modules/orgs/cohorts.server'
import { publicProgramme } from '~/modules/programmes/public-programmes.server'
import { getOptionalUser } from '~/modules/auth/guards.server'
import { action as adminOrganizationAction, loader as adminOrganizationLoader } from '~/routes/admin/organization'
import { action as adminOrganizationsAction, loader as adminOrganizationsLoader } from '~/routes/admin/organizations'
import { action as newOrganizationAction } from '~/routes/organizations/new'
import { loader as profileLoader } from '~/routes/organizations/profile'
import { action as settingsAction, loader as settingsLoader } from '~/routes/organizations/settings'
import { loader as notificationsLoader } from '~/routes/account/notifications'
import { prisma } from '~/utils/db.server'
import { getI18n } from '~/utils/i18n'
import { addMember, createWorld, expectMatrix, type World } from '../support/auth-matrix'
import { createOrganization, createUser, sessionCookieFor } from '../support/factories'
import { formRequest, getRequest, invoke, payloadOf, routeArgs, statusOf } from '../support/routes'

const suffix = () => randomUUID().slice(0, 8)
let communes: { active: { id: string; code: string; name: string }; inactive: { id: string; code: string } }
let fieldIds: Record<string, string>

beforeAll(async () => {
	const code = `T${Math.floor(Math.random() * 1e7)}`
	communes = {
		active: await prisma.commune.create({ data: { code, name: `Xã Thử Nghiệm ${code}` }, select: { id: true, code: true, name: true } }),
		inactive: await prisma.commune.create({ data: { code: `${code}X`, name: `Xã Đã Sáp Nhập ${code}`, active: false }, select: { id: true, code: true } }),
	}
	const fields = await prisma.field.findMany({ select: { id: true, slug: true } })
	fieldIds = Object.fromEntries(fields.map((f) => [f.slug, f.id]))
})

function enterpriseForm(extra: Record<string, string> = {}, fields: string[] = ['agriculture', 'food-processing']) {
	const body = new URLSearchParams({ name: `Công ty TNHH Nông sản Kim Sơn ${suffix()}`, type: 'ENTERPRISE', size: 'MICRO', taxCode: String(Math.floor(Math.random() * 1e10)).padStart(10, '0'), ...extra })
	for (const field of fields) body.append('fields', field)
	return body
}

async function programmeWithRules(organizationId: string, rules: { fields: string[]; communeIds: string[] }) {
	return prisma.programme.create({
		data: {
			slug: `ct-${suffix()}`,
			organizationId,
			title: 'Hỗ trợ khởi nghiệp nông nghiệp',
			supportType: 'GRANT',
			opensAt: new Date(Date.now() - 86_400_000),
			closesAt: new Date(Date.now() + 30 * 86_400_000),
			status: 'OPEN',
			eligibleOrganizationTypes: ['ENTERPRISE'],
			eligibleEnterpriseSizes: ['MICRO'],
			eligibleFields: { create: rules.fields.map((slug) => ({ fieldId: fieldIds[slug]! })) },
			eligibleCommunes: { create: rules.communeIds.map((communeId) => ({ communeId })) },
		},
		select: { id: true, slug: true },
	})
}

describe('fields of activity and commune', () => {
	test('created with the form, then eligible to a programme that asks for them; a reason the member can fix links to the settings form', async () => {
		const founder = await createUser()
		const { cookie } = await sessionCookieFor(founder.id)
		const dostOwner = await createUser()
		const dost = await createOrganization(dostOwner.id, { name: 'Sở KH&CN thử nghiệm' })
		const programme = await programmeWithRules(dost.id, { fields: ['agriculture'], communeIds: [communes.active.id] })

		// Without a commune the organisation is created but not eligible.
		const created = await invoke(newOrganizationAction, formRequest('/organizations/new', enterpriseForm({}, ['food-processing']), cookie))
		expect(statusOf(created)).toBe(302)
		const slug = (created as Response).headers.get('Location')!.split('/')[2]!
		const stored = await prisma.organization.findUniqueOrThrow({ where: { slug }, select: { id: true, communeId: true, fields: { select: { field: { select: { slug: true } } } } } })
		expect(stored.fields.map((f) => f.field.slug)).toEqual(['food-processing'])
		expect(stored.communeId).toBeNull()

		const user = await getOptionalUser(getRequest('/', cookie))
		let view = await publicProgramme(programme.slug, user)
		let mine = view!.organizations.find((o) => o.id === stored.id)!
		expect(mine.eligible).toBe(false)
		expect(mine.reasons.map((r) => r.rule).sort()).toEqual(['commune', 'field'])
		expect(mine.settingsPath).toBe(`/organizations/${slug}/settings`)

		// The settings form shows what is saved and saves the fix.
		const settings = await settingsLoader(routeArgs(getRequest(`/organizations/${slug}/settings`, cookie), { slug }))
		expect(settings.organization.fields).toEqual(['food-processing'])
		expect(settings.options.communes.map((c) => c.code)).toContain(communes.active.code)
		expect(settings.options.communes.map((c) => c.code)).not.toContain(communes.inactive.code)
		const fix = enterpriseForm({ name: 'Công ty TNHH Nông sản Kim Sơn', communeCode: communes.active.code }, ['agriculture', 'food-processing'])
		fix.set('taxCode', (await prisma.organization.findUniqueOrThrow({ where: { id: stored.id }, select: { taxCode: true } })).taxCode!)
		expect(statusOf(await invoke(settingsAction, formRequest(`/organizations/${slug}/settings`, fix, cookie), { slug }))).toBe(302)
		view = await publicProgramme(programme.slug, user)
		mine = view!.organizations.find((o) => o.id === stored.id)!
		expect(mine).toMatchObject({ eligible: true, reasons: [] })
	})

	test('an unknown field or an inactive commune is refused on its own field, keeping what was typed', async () => {
		const founder = await createUser()
		const { cookie } = await sessionCookieFor(founder.id)
		const name = `Công ty Cổ phần Gốm Bồ Bát ${suffix()}`
		const unknownField = await invoke(newOrganizationAction, formRequest('/organizations/new', enterpriseForm({ name }, ['agriculture', 'khong-co-that']), cookie))
		expect(statusOf(unknownField)).toBe(400)
		const reply = payloadOf<{ result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } }>(unknownField).result
		expect(reply.error).toEqual({ fields: ['orgs.validation.choiceInvalid'] })
		expect(reply.initialValue.name).toBe(name)
		const inactive = await invoke(newOrganizationAction, formRequest('/organizations/new', enterpriseForm({ name, communeCode: communes.inactive.code }), cookie))
		expect(statusOf(inactive)).toBe(400)
		expect(payloadOf<{ result: { error: Record<string, string[]> } }>(inactive).result.error).toEqual({ communeCode: ['orgs.validation.choiceInvalid'] })
		const none = await invoke(newOrganizationAction, formRequest('/organizations/new', enterpriseForm({ name }, []), cookie))
		expect(payloadOf<{ result: { error: Record<string, string[]> } }>(none).result.error).toEqual({ fields: ['orgs.validation.fieldRequired'] })
		expect(await prisma.organization.count({ where: { name } })).toBe(0)
	})

	test('the type is a reason but never a fix; a suspended organisation gets no fix link', async () => {
		const owner = await createUser()
		const org = await prisma.organization.create({
			data: { name: 'Viện Thử nghiệm', slug: `vien-${suffix()}`, type: 'RESEARCH_INSTITUTE', memberships: { create: { userId: owner.id, role: 'OWNER' } } },
			select: { id: true },
		})
		const programme = await programmeWithRules(org.id, { fields: ['agriculture'], communeIds: [] })
		const user = await getOptionalUser(getRequest('/', (await sessionCookieFor(owner.id)).cookie))
		const view = await publicProgramme(programme.slug, user)
		const mine = view!.organizations.find((o) => o.id === org.id)!
		expect(mine.reasons.map((r) => r.rule)).toEqual(['organizationType', 'enterpriseSize', 'field'])
		// The component links only size, field and commune (see the e2e spec for the rendering).
		await prisma.organization.update({ where: { id: org.id }, data: { suspendedAt: new Date(), suspendedReason: 'Thử' } })
		const suspended = await publicProgramme(programme.slug, user)
		expect(suspended!.organizations.find((o) => o.id === org.id)!.settingsPath).toBeNull()
	})
})

describe('verification outcome', () => {
	test('a rejection needs a reason, stores it, and tells every owner in the app and by e-mail in their language; asking again puts it back in the queue', async () => {
		const [owner, coOwner, editor, moderator] = await Promise.all([createUser(), createUser(), createUser(), createUser({ roles: ['moderator'] })])
		await prisma.user.update({ where: { id: coOwner.id }, data: { locale: 'en' } })
		const org = await createOrganization(owner.id)
		await addMember(org.id, coOwner.id, 'OWNER')
		await addMember(org.id, editor.id, 'EDITOR')
		await prisma.organization.update({ where: { id: org.id }, data: { verificationStatus: 'PENDING' } })
		const moderatorCookie = (await sessionCookieFor(moderator.id)).cookie

		const noReason = await invoke(adminOrganizationsAction, formRequest('/admin/organizations', { organizationId: org.id, decision: 'reject', reason: ' ' }, moderatorCookie))
		expect(statusOf(noReason)).toBe(400)
		expect(payloadOf<{ result: { error: Record<string, string[]> } }>(noReason).result.error).toEqual({ reason: ['orgs.validation.reasonRequired'] })
		expect((await prisma.organization.findUniqueOrThrow({ where: { id: org.id }, select: { verificationStatus: true } })).verificationStatus).toBe('PENDING')

		const reason = 'Mã số thuế không khớp với giấy phép'
		expect(statusOf(await invoke(adminOrganizationsAction, formRequest('/admin/organizations', { organizationId: org.id, decision: 'reject', reason }, moderatorCookie)))).toBe(302)
		expect(await prisma.organization.findUniqueOrThrow({ where: { id: org.id }, select: { verificationStatus: true, verificationReason: true } })).toEqual({
			verificationStatus: 'REJECTED',
			verificationReason: reason,
		})
		const notices = await prisma.notification.findMany({ where: { type: 'organization.verification', userId: { in: [owner.id, coOwner.id, editor.id] } }, select: { userId: true, data: true, link: true } })
		expect(notices.map((n) => n.userId).sort()).toEqual([owner.id, coOwner.id].sort())
		expect(notices[0]!.data).toEqual({ organization: org.name, context: 'REJECTED', reason })
		expect(notices[0]!.link).toBe(`/organizations/${org.slug}/settings`)

		// What the owner reads, in the app and by e-mail.
		const page = await notificationsLoader(routeArgs(getRequest('/account/notifications', (await sessionCookieFor(owner.id)).cookie)))
		const notice = page.notifications.find((n) => n.type === 'organization.verification')!
		expect(getI18n('vi').t(`notificationType.${notice.type}`, notice.params)).toBe(`Yêu cầu xác minh tổ chức ${org.name} đã bị từ chối.`)
		expect(getI18n('en').t(`notificationType.${notice.type}`, { ...notice.params, context: 'VERIFIED' })).toBe(`${org.name} has been verified.`)
		const viMail = await prisma.emailOutbox.findFirstOrThrow({ where: { to: owner.email }, orderBy: { createdAt: 'desc' }, select: { subject: true, text: true } })
		expect(viMail.subject).toBe(`${org.name} chưa được xác minh`)
		expect(viMail.text).toContain(`Lý do: ${reason}`)
		const enMail = await prisma.emailOutbox.findFirstOrThrow({ where: { to: coOwner.email }, orderBy: { createdAt: 'desc' }, select: { subject: true, text: true } })
		expect(enMail.subject).toBe(`${org.name} was not verified`)
		expect(await prisma.emailOutbox.count({ where: { to: editor.email } })).toBe(0)
		expect(await prisma.auditLog.count({ where: { action: 'organization.verification.rejected', entityId: org.id } })).toBe(1)

		// The members see the status and the reason; they ask again.
		const ownerCookie = (await sessionCookieFor(owner.id)).cookie
		const settings = await settingsLoader(routeArgs(getRequest(`/organizations/${org.slug}/settings`, ownerCookie), { slug: org.slug }))
		expect(settings.organization).toMatchObject({ verificationStatus: 'REJECTED', verificationReason: reason })
		expect(statusOf(await invoke(settingsAction, formRequest(`/organizations/${org.slug}/settings`, { intent: 'request-verification' }, ownerCookie), { slug: org.slug }))).toBe(302)
		expect((await prisma.organization.findUniqueOrThrow({ where: { id: org.id }, select: { verificationStatus: true } })).verificationStatus).toBe('PENDING')
		// Asking twice is refused (409), not an error page.
		expect(statusOf(await invoke(settingsAction, formRequest(`/organizations/${org.slug}/settings`, { intent: 'request-verification' }, ownerCookie), { slug: org.slug }))).toBe(409)

		// Approval: the public page shows only "verified"; the owners are told.
		expect(statusOf(await invoke(adminOrganizationsAction, formRequest('/admin/organizations', { organizationId: org.id, decision: 'approve' }, moderatorCookie)))).toBe(302)
		expect(await prisma.notification.count({ where: { userId: owner.id, type: 'organization.verification', data: { path: ['context'], equals: 'VERIFIED' } } })).toBe(1)
		expect((await prisma.organization.findUniqueOrThrow({ where: { id: org.id }, select: { verificationReason: true } })).verificationReason).toBeNull()
	})

	test('a member who turned the type off gets neither the notice nor the e-mail', async () => {
		const [owner, moderator] = await Promise.all([createUser(), createUser({ roles: ['moderator'] })])
		await prisma.notificationPreference.create({ data: { userId: owner.id, type: 'organization.verification', inApp: false, email: false } })
		const org = await createOrganization(owner.id)
		await prisma.organization.update({ where: { id: org.id }, data: { verificationStatus: 'PENDING' } })
		await invoke(adminOrganizationsAction, formRequest('/admin/organizations', { organizationId: org.id, decision: 'approve' }, (await sessionCookieFor(moderator.id)).cookie))
		expect(await prisma.notification.count({ where: { userId: owner.id } })).toBe(0)
		expect(await prisma.emailOutbox.count({ where: { to: owner.email } })).toBe(0)
	})
})

describe('administration', () => {
	test('the list searches every organisation by name and tax code, filters by type and status, and pages', async () => {
		const owner = await createUser()
		const tag = suffix()
		const a = await prisma.organization.create({ data: { name: `Hợp tác xã Dứa Đồng Giao ${tag}`, slug: `htx-${tag}`, type: 'ENTERPRISE', size: 'SMALL', taxCode: `27${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, verificationStatus: 'VERIFIED', memberships: { create: { userId: owner.id, role: 'OWNER' } } }, select: { id: true, taxCode: true } })
		const b = await prisma.organization.create({ data: { name: `Viện Dứa ${tag}`, slug: `vien-${tag}`, type: 'RESEARCH_INSTITUTE', suspendedAt: new Date() }, select: { id: true } })
		const c = await prisma.organization.create({ data: { name: `Trường Dứa ${tag}`, slug: `truong-${tag}`, type: 'UNIVERSITY', deletedAt: new Date() }, select: { id: true } })
		const list = (params: Record<string, string>) => listOrganizationsForAdmin(parseAdminOrganizationQuery(new URL(`http://x/?${new URLSearchParams(params)}`)))
		expect((await list({ q: tag })).organizations.map((o) => o.id).sort()).toEqual([a.id, b.id].sort())
		expect((await list({ q: a.taxCode! })).organizations.map((o) => o.id)).toEqual([a.id])
		expect((await list({ q: tag, type: 'RESEARCH_INSTITUTE' })).organizations.map((o) => o.id)).toEqual([b.id])
		expect((await list({ q: tag, status: 'suspended' })).organizations.map((o) => o.id)).toEqual([b.id])
		expect((await list({ q: tag, status: 'VERIFIED' })).organizations.map((o) => o.id)).toEqual([a.id])
		expect((await list({ q: tag, status: 'deleted' })).organizations.map((o) => o.id)).toEqual([c.id])
		expect((await list({ q: tag, status: 'withoutMembers' })).organizations.map((o) => o.id)).toEqual([b.id])
		// Unknown filter values are ignored; pages hold 25.
		const all = await list({ type: 'nonsense', status: 'nonsense', page: '1' })
		expect(all.total).toBeGreaterThanOrEqual(2)
		expect(all.organizations.length).toBeLessThanOrEqual(25)
		const admin = await createUser({ roles: ['admin'] })
		const page = await adminOrganizationsLoader(routeArgs(getRequest(`/admin/organizations?q=${tag}&status=suspended`, (await sessionCookieFor(admin.id)).cookie)))
		expect(page.organizations.map((o) => o.id)).toEqual([b.id])
	})

	test("suspension hides the organisation and its listings (through the search outbox) and stops publishing; lifting it shows them again; deletion is soft, confirmed and audited", async () => {
		const [owner, admin] = await Promise.all([createUser(), createUser({ roles: ['admin'] })])
		const adminCookie = (await sessionCookieFor(admin.id)).cookie
		const org = await createOrganization(owner.id)
		const listing = await prisma.listing.create({
			data: { slug: `cong-nghe-${suffix()}`, type: 'TECHNOLOGY_OFFER', status: 'PUBLISHED', publishedAt: new Date(), title: 'Máy sấy nông sản', summary: 'Máy sấy dùng năng lượng mặt trời', authorId: owner.id, organizationId: org.id, technologyOffer: { create: {} } },
			select: { id: true, slug: true },
		})
		const draft = await prisma.listing.create({
			data: { slug: `nhap-${suffix()}`, type: 'TECHNOLOGY_OFFER', status: 'DRAFT', title: 'Bản nháp', summary: 'Chưa gửi duyệt', authorId: owner.id, organizationId: org.id, technologyOffer: { create: {} } },
			select: { id: true },
		})
		const url = `/admin/organizations/${org.id}`
		const outboxRows = () => prisma.searchOutbox.count({ where: { entityType: 'listing', entityId: listing.id } })

		const noReason = await invoke(adminOrganizationAction, formRequest(url, { intent: 'suspend', reason: '' }, adminCookie), { organizationId: org.id })
		expect(statusOf(noReason)).toBe(400)
		expect(payloadOf<{ result: { error: Record<string, string[]> } }>(noReason).result.error).toEqual({ reason: ['orgs.validation.reasonRequired'] })

		const before = await outboxRows()
		expect(statusOf(await invoke(adminOrganizationAction, formRequest(url, { intent: 'suspend', reason: 'Thông tin giả mạo' }, adminCookie), { organizationId: org.id }))).toBe(302)
		expect(await outboxRows()).toBe(before + 1)
		expect((await loadListingDocuments([listing.id])).get(listing.id)).toBeNull()
		expect(await getPublishedListing('TECHNOLOGY_OFFER', listing.slug)).toBeNull()
		expect(statusOf(await invoke(profileLoader, getRequest(`/organizations/${org.slug}`), { slug: org.slug }))).toBe(404)
		// Its members cannot publish for it, and see it as suspended.
		const ownerUser = (await getOptionalUser(getRequest('/', (await sessionCookieFor(owner.id)).cookie)))!
		expect(await changeListingStatus(ownerUser, draft.id, 'submit', { request: getRequest('/') })).toEqual({ ok: false, status: 409 })
		const settings = await settingsLoader(routeArgs(getRequest(`/organizations/${org.slug}/settings`, (await sessionCookieFor(owner.id)).cookie), { slug: org.slug }))
		expect(settings.organization.suspendedReason).toBe('Thông tin giả mạo')
		// Suspending twice: 409.
		expect(statusOf(await invoke(adminOrganizationAction, formRequest(url, { intent: 'suspend', reason: 'Lần hai' }, adminCookie), { organizationId: org.id }))).toBe(409)

		expect(statusOf(await invoke(adminOrganizationAction, formRequest(url, { intent: 'unsuspend' }, adminCookie), { organizationId: org.id }))).toBe(302)
		expect(await outboxRows()).toBe(before + 2)
		expect((await loadListingDocuments([listing.id])).get(listing.id)).toMatchObject({ id: listing.id })
		expect(await getPublishedListing('TECHNOLOGY_OFFER', listing.slug)).not.toBeNull()

		// Deleting needs the confirmation step.
		const unconfirmed = await invoke(adminOrganizationAction, formRequest(url, { intent: 'delete' }, adminCookie), { organizationId: org.id })
		expect(statusOf(unconfirmed)).toBe(400)
		expect(payloadOf<{ error: string }>(unconfirmed).error).toBe('orgs.admin.confirmRequired')
		expect(statusOf(await invoke(adminOrganizationAction, formRequest(url, { intent: 'delete', confirm: 'yes' }, adminCookie), { organizationId: org.id }))).toBe(302)
		expect((await prisma.organization.findUniqueOrThrow({ where: { id: org.id }, select: { deletedAt: true } })).deletedAt).not.toBeNull()
		expect(await outboxRows()).toBe(before + 3)
		expect((await loadListingDocuments([listing.id])).get(listing.id)).toBeNull()
		expect(statusOf(await invoke(profileLoader, getRequest(`/organizations/${org.slug}`), { slug: org.slug }))).toBe(404)
		// A deleted organisation is read-only for administrators, and a second delete is 404.
		const deletedView = await adminOrganizationLoader(routeArgs(getRequest(url, adminCookie), { organizationId: org.id }))
		expect(deletedView.can).toEqual({ edit: false, suspend: false, delete: false })
		expect(statusOf(await invoke(adminOrganizationAction, formRequest(url, { intent: 'delete', confirm: 'yes' }, adminCookie), { organizationId: org.id }))).toBe(404)

		const actions = await prisma.auditLog.findMany({ where: { entityId: org.id, action: { startsWith: 'organization.' } }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true } })
		expect(actions.filter((a) => a.actorId === admin.id).map((a) => a.action)).toEqual(['organization.suspended', 'organization.unsuspended', 'organization.deleted'])
	})

	test('an administrator edits fields and commune with the same form, without sending a verified organisation back to the queue', async () => {
		const [owner, admin] = await Promise.all([createUser(), createUser({ roles: ['admin'] })])
		const org = await createOrganization(owner.id)
		await prisma.organization.update({ where: { id: org.id }, data: { verificationStatus: 'VERIFIED', verifiedAt: new Date() } })
		const url = `/admin/organizations/${org.id}`
		const form = enterpriseForm({ intent: 'update', name: 'Công ty TNHH Tên Đã Sửa', communeCode: communes.active.code }, ['energy'])
		const result = await invoke(adminOrganizationAction, formRequest(url, form, (await sessionCookieFor(admin.id)).cookie), { organizationId: org.id })
		expect(statusOf(result)).toBe(302)
		expect(await prisma.organization.findUniqueOrThrow({ where: { id: org.id }, select: { name: true, communeId: true, verificationStatus: true, fields: { select: { fieldId: true } } } })).toEqual({
			name: 'Công ty TNHH Tên Đã Sửa',
			communeId: communes.active.id,
			verificationStatus: 'VERIFIED',
			fields: [{ fieldId: fieldIds.energy }],
		})
		const bad = await invoke(adminOrganizationAction, formRequest(url, enterpriseForm({ intent: 'update', communeCode: communes.inactive.code }), (await sessionCookieFor(admin.id)).cookie), { organizationId: org.id })
		expect(statusOf(bad)).toBe(400)
		expect(payloadOf<{ result: { error: Record<string, string[]> } }>(bad).result.error).toEqual({ communeCode: ['orgs.validation.choiceInvalid'] })
	})

	test("an administrator who belongs to the organisation edits it as a member: a change of what was verified goes back to verification", async () => {
		const [owner, admin] = await Promise.all([createUser(), createUser({ roles: ['admin'] })])
		const org = await createOrganization(owner.id)
		await addMember(org.id, admin.id, 'EDITOR')
		await prisma.organization.update({ where: { id: org.id }, data: { verificationStatus: 'VERIFIED', verifiedAt: new Date() } })
		const url = `/admin/organizations/${org.id}`
		const form = enterpriseForm({ intent: 'update', name: 'Công ty TNHH Tự Đổi Tên' })
		expect(statusOf(await invoke(adminOrganizationAction, formRequest(url, form, (await sessionCookieFor(admin.id)).cookie), { organizationId: org.id }))).toBe(302)
		expect(await prisma.organization.findUniqueOrThrow({ where: { id: org.id }, select: { name: true, verificationStatus: true, verifiedAt: true } })).toEqual({
			name: 'Công ty TNHH Tự Đổi Tên',
			verificationStatus: 'PENDING',
			verifiedAt: null,
		})
		const audited = await prisma.auditLog.findFirstOrThrow({ where: { entityId: org.id, action: 'organization.updated' }, orderBy: { createdAt: 'desc' } })
		expect(audited).toMatchObject({ actorId: admin.id, metadata: { identityChanged: true } })
		expect(audited.metadata).not.toHaveProperty('byAdministrator')
	})

	test('the administrator page asks the permission of each intent; an unknown intent is refused', async () => {
		const { adminOrganizationIntent, permissionForAdminIntent } = await import('~/modules/orgs/admin.server')
		expect(['update', 'suspend', 'unsuspend', 'delete'].map((intent) => permissionForAdminIntent(adminOrganizationIntent(intent)!))).toEqual([
			'update:organization:any',
			'suspend:organization:any',
			'suspend:organization:any',
			'delete:organization:any',
		])
		expect(['', 'toString', '__proto__', 'verify', null].map(adminOrganizationIntent)).toEqual([null, null, null, null, null])
	})

	test('an organisation left without members by an account deletion is flagged and listed under "without members"', async () => {
		const [solo, shared, partner] = await Promise.all([createUser(), createUser(), createUser()])
		const alone = await createOrganization(solo.id)
		const kept = await createOrganization(shared.id)
		await addMember(kept.id, partner.id, 'OWNER')
		await addMember(kept.id, solo.id, 'EDITOR')
		expect(await deleteAccount(solo.id, { request: getRequest('/account/privacy') })).toEqual({ ok: true })
		const flags = await prisma.organization.findMany({ where: { id: { in: [alone.id, kept.id] } }, select: { id: true, orphanedAt: true } })
		expect(flags.find((f) => f.id === alone.id)!.orphanedAt).not.toBeNull()
		expect(flags.find((f) => f.id === kept.id)!.orphanedAt).toBeNull()
		const listed = await listOrganizationsForAdmin({ q: alone.name, type: null, status: 'withoutMembers', page: 1 })
		expect(listed.organizations.map((o) => o.id)).toEqual([alone.id])
		expect(await prisma.auditLog.count({ where: { action: 'organization.orphaned', entityId: alone.id } })).toBe(1)
	})
})

describe('an administrator does not sanction their own organisation', () => {
	test('suspend, lift the suspension and delete are refused (403, translated) to an administrator who is a member', async () => {
		const owner = await createUser()
		const org = await createOrganization(owner.id)
		const admin = await createUser({ roles: ['admin'] })
		await addMember(org.id, admin.id, 'EDITOR')
		const { cookie } = await sessionCookieFor(admin.id)
		const send = (form: Record<string, string>) => invoke(adminOrganizationAction, formRequest(`/admin/organizations/${org.id}`, form, cookie), { organizationId: org.id })
		const state = () => prisma.organization.findUniqueOrThrow({ where: { id: org.id }, select: { suspendedAt: true, deletedAt: true } })

		await prisma.organization.update({ where: { id: org.id }, data: { suspendedAt: new Date(), suspendedReason: 'Lừa đảo' } })
		const lifted = await send({ intent: 'unsuspend' })
		expect(statusOf(lifted)).toBe(403)
		expect(payloadOf(lifted)).toMatchObject({ error: 'moderationIntegrity.ownSanction' })
		expect((await state()).suspendedAt).not.toBeNull()

		const deleted = await send({ intent: 'delete', confirm: 'yes' })
		expect(statusOf(deleted)).toBe(403)
		expect((await state()).deletedAt).toBeNull()

		await prisma.organization.update({ where: { id: org.id }, data: { suspendedAt: null, suspendedReason: null } })
		const suspended = await send({ intent: 'suspend', reason: 'Tự đình chỉ' })
		expect(statusOf(suspended)).toBe(403)
		expect((await state()).suspendedAt).toBeNull()
		expect(getI18n('vi').t('moderationIntegrity.ownSanction')).not.toBe('moderationIntegrity.ownSanction')
	})
})

describe('cohorts', () => {
	test("an organisation's public programmes: open first, then upcoming, then past (with results marked); never drafts", async () => {
		const owner = await createUser()
		const incubator = await prisma.organization.create({
			data: { name: 'Vườn ươm Tràng An', slug: `vuon-uom-${suffix()}`, type: 'INCUBATOR', memberships: { create: { userId: owner.id, role: 'OWNER' } } },
			select: { id: true, slug: true },
		})
		const day = 86_400_000
		const make = (slug: string, status: 'DRAFT' | 'OPEN' | 'CLOSED' | 'RESULTS_PUBLISHED', opens: number, closes: number) =>
			prisma.programme.create({
				data: { slug: `${slug}-${suffix()}`, organizationId: incubator.id, title: slug, supportType: 'MENTORING', status, opensAt: new Date(Date.now() + opens * day), closesAt: new Date(Date.now() + closes * day) },
				select: { slug: true },
			})
		const past = await make('khoa-2025', 'RESULTS_PUBLISHED', -400, -300)
		const upcoming = await make('khoa-2028', 'OPEN', 10, 40)
		const open = await make('khoa-2027', 'OPEN', -5, 30)
		await make('khoa-nhap', 'DRAFT', -5, 30)
		const cohorts = await organizationCohorts({ slug: incubator.slug })
		expect(cohorts.map((c) => [c.slug, c.phase, c.resultsPublished])).toEqual([
			[open.slug, 'open', false],
			[upcoming.slug, 'upcoming', false],
			[past.slug, 'past', true],
		])
		const page = await profileLoader(routeArgs(getRequest(`/organizations/${incubator.slug}`), { slug: incubator.slug }))
		expect(page.cohorts.map((c) => c.slug)).toEqual([open.slug, upcoming.slug, past.slug])
	})
})

describe('authorization matrix: administration of organisations', () => {
	let world: World
	beforeAll(async () => {
		world = await createWorld()
	})
	const url = () => `/admin/organizations/${world.organization.id}`
	const deny = { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403 } as const

	test('open an organisation: moderators and administrators', async () => {
		await expectMatrix({ world, handler: adminOrganizationLoader, method: 'GET', url: url(), params: { organizationId: world.organization.id }, expected: { ...deny, moderator: 'ok', admin: 'ok' } })
	})

	test('edit, suspend, lift and delete: administrators only (moderators 403); an unknown organisation is 404', async () => {
		const params = () => ({ organizationId: world.organization.id })
		await expectMatrix({
			world, handler: adminOrganizationAction, url: url(), params: params(),
			form: () => {
				const body = enterpriseForm({ intent: 'update', name: 'Công ty Thử nghiệm ma trận' })
				return Object.fromEntries(body) as Record<string, string>
			},
			expected: { ...deny, moderator: 403, admin: 'ok' },
		})
		await expectMatrix({
			world, handler: adminOrganizationAction, url: url(), params: params(),
			before: async () => {
				await prisma.organization.update({ where: { id: world.organization.id }, data: { suspendedAt: null, suspendedReason: null } })
			},
			form: () => ({ intent: 'suspend', reason: 'Vi phạm điều khoản' }),
			expected: { ...deny, moderator: 403, admin: 'ok' },
		})
		await expectMatrix({
			world, handler: adminOrganizationAction, url: url(), params: params(),
			before: async () => {
				await prisma.organization.update({ where: { id: world.organization.id }, data: { suspendedAt: new Date(), suspendedReason: 'x' } })
			},
			form: () => ({ intent: 'unsuspend' }),
			expected: { ...deny, moderator: 403, admin: 'ok' },
		})
		await expectMatrix({
			world, handler: adminOrganizationAction, url: url(), params: params(),
			before: async () => {
				await prisma.organization.update({ where: { id: world.organization.id }, data: { deletedAt: null } })
			},
			form: () => ({ intent: 'delete', confirm: 'yes' }),
			expected: { ...deny, moderator: 403, admin: 'ok' },
		})
		await prisma.organization.update({ where: { id: world.organization.id }, data: { deletedAt: null, suspendedAt: null } })
		await expectMatrix({
			world, handler: adminOrganizationAction, url: '/admin/organizations/nobody', params: { organizationId: 'nobody' },
			form: () => ({ intent: 'suspend', reason: 'Không tồn tại' }),
			expected: { ...deny, moderator: 403, admin: 404 },
		})
	})

	test('reject verification: moderators and administrators; without a reason 400', async () => {
		let pendingId = ''
		const pending = async () => {
			const owner = await createUser()
			pendingId = (await prisma.organization.create({
				data: { name: 'Viện chờ xác minh', slug: `cho-${suffix()}`, type: 'RESEARCH_INSTITUTE', verificationStatus: 'PENDING', memberships: { create: { userId: owner.id, role: 'OWNER' } } },
				select: { id: true },
			})).id
		}
		await expectMatrix({
			world, handler: adminOrganizationsAction, url: '/admin/organizations', before: pending,
			form: () => ({ organizationId: pendingId, decision: 'reject', reason: 'Hồ sơ pháp lý chưa đủ' }),
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 'ok', admin: 'ok' },
		})
		await expectMatrix({
			world, handler: adminOrganizationsAction, url: '/admin/organizations', before: pending,
			form: () => ({ organizationId: pendingId, decision: 'reject' }),
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 400, admin: 400 },
		})
	})

	test('ask for verification again: members of the organisation and administrators; others 404', async () => {
		await expectMatrix({
			world, handler: settingsAction, url: `/organizations/${world.organization.slug}/settings`, params: { slug: world.organization.slug },
			before: async () => {
				await prisma.organization.update({ where: { id: world.organization.id }, data: { verificationStatus: 'REJECTED', verificationReason: 'Thiếu giấy phép' } })
			},
			form: () => ({ intent: 'request-verification' }),
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 'ok', moderator: 404, admin: 'ok' },
		})
	})
})

test("a suspended organisation's programmes leave the public lists and the sitemap; lifting the suspension brings them back", async () => {
	const { createProgramme } = await import('../support/programmes-evaluation')
	const { listPublicProgrammes, openProgrammes } = await import('~/modules/programmes/public-programmes.server')
	const owner = await createUser()
	const org = await createOrganization(owner.id)
	const programme = await createProgramme(org.id, { status: 'OPEN', closesAt: new Date(Date.now() + 5 * 86_400_000) })
	const shown = async () => {
		const lists = await listPublicProgrammes()
		return [...lists.open, ...lists.upcoming, ...lists.past].some((p) => p.id === programme.id) || (await openProgrammes(new Date(), 100)).some((p) => p.id === programme.id)
	}
	expect(await shown()).toBe(true)
	await prisma.organization.update({ where: { id: org.id }, data: { suspendedAt: new Date() } })
	expect(await shown()).toBe(false)
	await prisma.organization.update({ where: { id: org.id }, data: { suspendedAt: null } })
	expect(await shown()).toBe(true)
})
