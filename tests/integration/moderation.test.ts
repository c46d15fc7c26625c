import { beforeAll, describe, expect, test } from 'vitest'
import { action as myListingsAction } from '~/routes/account/listings'
import { decideListing, decideRevision } from '~/modules/listings/moderation.server'
import { action as queueAction, loader as queueLoader } from '~/routes/admin/listings'
import { action as editorAction } from '~/routes/listings/editor'
import { action as filesAction } from '~/routes/listings/files'
import { loader as detailLoader } from '~/routes/listings/detail'
import { leaveOrganization } from '~/modules/orgs/orgs.server'
import { prisma } from '~/utils/db.server'
import { addMember, createUser, sessionCookieFor } from '../support/factories'
import { addDualRoleActors, createWorld, expectMatrix, type World } from '../support/auth-matrix'
import { formRequest, getRequest, invoke, payloadOf, routeArgs, settle, statusOf } from '../support/routes'

let world: World

async function pendingListing() {
	const listing = await prisma.listing.create({
		data: {
			slug: `cho-duyet-${Math.random().toString(36).slice(2)}`,
			type: 'PATENT',
			status: 'PENDING_REVIEW',
			submittedAt: new Date(),
			title: 'Giải pháp hữu ích: khung dệt tiết kiệm điện',
			summary: 'Khung dệt dùng biến tần',
			description: 'Mô tả **chi tiết**',
			authorId: world.users.owner.id,
			organizationId: world.organization.id,
			patent: { create: { kind: 'UTILITY_SOLUTION' } },
		},
		select: { id: true, slug: true, version: true },
	})
	return listing
}

const versionOf = async (listingId: string) => String((await prisma.listing.findUniqueOrThrow({ where: { id: listingId } })).version)

function post(fields: Record<string, string>, actor: keyof World['cookies'], path: string) {
	return routeArgs(formRequest(path, fields, world.cookies[actor]))
}

beforeAll(async () => {
	world = await createWorld()
})

describe('moderation', () => {
	test('approve or reject: moderators and administrators only', async () => {
		let id = ''
		await expectMatrix({
			world,
			handler: queueAction,
			url: '/admin/listings',
			before: async () => {
				id = (await pendingListing()).id
			},
			form: () => ({ listingId: id, version: '1', decision: 'approve' }),
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 'ok', admin: 'ok' },
		})
		await expectMatrix({
			world,
			handler: queueLoader,
			method: 'GET',
			url: '/admin/listings',
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 'ok', admin: 'ok' },
		})
	})

	test('submit for review: the listing\'s own organisation (and administrators); others get 404', async () => {
		let id = ''
		await expectMatrix({
			world,
			handler: myListingsAction,
			url: '/account/listings',
			before: async () => {
				const listing = await prisma.listing.create({
					data: { slug: `nhap-${Math.random().toString(36).slice(2)}`, type: 'TECHNOLOGY_REQUEST', status: 'DRAFT', title: 'Nhu cầu nháp', authorId: world.users.owner.id, organizationId: world.organization.id },
					select: { id: true },
				})
				id = listing.id
			},
			form: () => ({ listingId: id, intent: 'submit' }),
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 'ok', moderator: 'ok', admin: 'ok' },
		})
	})

	test('reject with a reason → the author is told in-app and by e-mail → resubmits → approved and public', async () => {
		const listing = await pendingListing()
		const path = `/sang-che/${listing.slug}`
		const hidden = await settle(detailLoader(routeArgs(getRequest(path), { slug: listing.slug })))
		expect((hidden as Response).status).toBe(404)

		const tooShort = await settle(queueAction(post({ listingId: listing.id, version: await versionOf(listing.id), decision: 'reject', reason: 'x' }, 'moderator', '/admin/listings')))
		expect(tooShort).toMatchObject({ init: { status: 400 } })
		await queueAction(post({ listingId: listing.id, version: await versionOf(listing.id), decision: 'reject', reason: 'Thiếu số đơn và ngày nộp đơn' }, 'moderator', '/admin/listings'))
		const rejected = await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })
		expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'Thiếu số đơn và ngày nộp đơn' })
		const notification = await prisma.notification.findFirstOrThrow({ where: { userId: world.users.owner.id, type: 'listing.rejected' } })
		expect(notification.data).toMatchObject({ reason: 'Thiếu số đơn và ngày nộp đơn' })
		const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { to: world.users.owner.email, subject: { contains: 'cần chỉnh sửa' } } })
		expect(mail.text).toContain('Thiếu số đơn và ngày nộp đơn')

		// Deciding twice is refused.
		expect(await settle(queueAction(post({ listingId: listing.id, version: await versionOf(listing.id), decision: 'approve' }, 'moderator', '/admin/listings')))).toMatchObject({ init: { status: 409 } })

		await myListingsAction(post({ listingId: listing.id, intent: 'submit' }, 'owner', '/account/listings'))
		expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe('PENDING_REVIEW')
		await queueAction(post({ listingId: listing.id, version: await versionOf(listing.id), decision: 'approve' }, 'moderator', '/admin/listings'))
		const published = await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })
		expect(published.status).toBe('PUBLISHED')
		expect(published.publishedAt).toBeInstanceOf(Date)
		expect(published.rejectionReason).toBeNull()
		const page = (await detailLoader(routeArgs(getRequest(path), { slug: listing.slug }))) as { listing: { title: string } }
		expect(page.listing.title).toContain('khung dệt')
		// Every change was queued for the search index.
		expect(await prisma.searchOutbox.count({ where: { entityId: listing.id } })).toBe(3)
	})

	test('the queue is oldest first and filters by type', async () => {
		const older = await pendingListing()
		await prisma.listing.update({ where: { id: older.id }, data: { submittedAt: new Date('2026-01-01T00:00:00Z') } })
		const cookie = world.cookies.moderator!
		const all = await queueLoader(routeArgs(getRequest('/admin/listings', cookie)))
		expect(all.queue[0].id).toBe(older.id)
		const offers = await queueLoader(routeArgs(getRequest('/admin/listings?type=TECHNOLOGY_OFFER', cookie)))
		expect(offers.queue.every((l) => l.type === 'TECHNOLOGY_OFFER')).toBe(true)
		expect(offers.queue.map((l) => l.id)).not.toContain(older.id)
	})

	describe('a decision is for the version the moderator reviewed', () => {
		const patentForm = (title: string) => ({
			type: 'PATENT',
			organizationId: world.organization.id,
			title,
			summary: 'Khung dệt dùng biến tần',
			description: 'Mô tả chi tiết',
			fields: 'textile-garment',
			kind: 'UTILITY_SOLUTION',
			legalStatus: 'PENDING',
		})
		const edit = (listingId: string, title: string) => invoke(editorAction, formRequest(`/listings/${listingId}/edit`, patentForm(title), world.cookies.owner), { listingId })
		const manage = (listingId: string, intent: 'submit' | 'withdraw') => myListingsAction(post({ listingId, intent }, 'owner', '/account/listings'))
		const queue = () => queueLoader(routeArgs(getRequest('/admin/listings', world.cookies.moderator)))

		test('withdrawn, edited and resubmitted after the moderator opened it: approving the old version is refused, the new one waits in the queue', async () => {
			const draft = await prisma.listing.create({
				data: { slug: `doi-noi-dung-${Math.random().toString(36).slice(2)}`, type: 'PATENT', status: 'DRAFT', title: 'Khung dệt đã xem', authorId: world.users.owner.id, organizationId: world.organization.id, patent: { create: { kind: 'UTILITY_SOLUTION' } } },
				select: { id: true },
			})
			await manage(draft.id, 'submit')
			const seen = (await queue()).queue.find((item) => item.id === draft.id)!
			expect(seen.title).toBe('Khung dệt đã xem')

			await manage(draft.id, 'withdraw')
			expect(statusOf(await edit(draft.id, 'Nội dung chưa ai duyệt'))).toBe(302)
			await manage(draft.id, 'submit')

			for (const decision of [{ decision: 'approve' }, { decision: 'reject', reason: 'Thiếu số đơn đăng ký' }] as Record<string, string>[]) {
				const refused = await invoke(queueAction, formRequest('/admin/listings', { listingId: draft.id, version: String(seen.version), ...decision }, world.cookies.moderator))
				expect(statusOf(refused)).toBe(409)
				expect(payloadOf(refused)).toEqual({ error: 'moderationIntegrity.changed' })
			}
			expect(await prisma.listing.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, publishedAt: true, title: true } })).toEqual({
				status: 'PENDING_REVIEW',
				publishedAt: null,
				title: 'Nội dung chưa ai duyệt',
			})
			// The module refuses it too, whoever calls it.
			expect(await decideListing({ moderatorId: world.users.moderator.id, listingId: draft.id, version: seen.version, approve: true, origin: 'http://localhost' }, { request: new Request('http://localhost/admin/listings') })).toEqual({
				ok: false,
				status: 409,
				reason: 'changed',
			})

			const fresh = (await queue()).queue.find((item) => item.id === draft.id)!
			expect(fresh.title).toBe('Nội dung chưa ai duyệt')
			expect(fresh.version).toBeGreaterThan(seen.version)
			expect(statusOf(await invoke(queueAction, formRequest('/admin/listings', { listingId: draft.id, version: String(fresh.version), decision: 'approve' }, world.cookies.moderator)))).toBe(302)
			expect((await prisma.listing.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('PUBLISHED')
		})

		test('a file removed while the listing waits makes a new version', async () => {
			const listing = await pendingListing()
			const file = await prisma.attachment.create({
				data: { kind: 'DOCUMENT', fileName: 'ban-ve.pdf', contentType: 'application/pdf', sizeBytes: 1, sha256: 'x', storageKey: `test/${Math.random()}.pdf`, listingId: listing.id },
			})
			const seen = (await queue()).queue.find((item) => item.id === listing.id)!
			expect(seen.files.map((f) => f.id)).toEqual([file.id])
			await invoke(filesAction, formRequest(`/listings/${listing.id}/files`, { intent: 'remove', attachmentId: file.id }, world.cookies.owner), { listingId: listing.id })
			const refused = await invoke(queueAction, formRequest('/admin/listings', { listingId: listing.id, version: String(seen.version), decision: 'approve' }, world.cookies.moderator))
			expect(payloadOf(refused)).toEqual({ error: 'moderationIntegrity.changed' })
		})

		test('a pending edit of a published listing, edited again after the moderator opened it: the old form cannot approve it', async () => {
			const listing = await pendingListing()
			await prisma.listing.update({ where: { id: listing.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } })
			await edit(listing.id, 'Bản sửa đã xem')
			const seen = (await queue()).revisions.find((r) => r.listing.id === listing.id)!
			expect(seen.changes.find((c) => c.field === 'title')?.after).toEqual(['Bản sửa đã xem'])
			expect(seen.version).toBe(1)

			await edit(listing.id, 'Bản sửa chưa ai xem')
			const refused = await invoke(queueAction, formRequest('/admin/listings', { revisionId: seen.id, version: String(seen.version), decision: 'approve' }, world.cookies.moderator))
			expect(statusOf(refused)).toBe(409)
			expect(payloadOf(refused)).toEqual({ error: 'moderationIntegrity.changed' })
			expect(await decideRevision({ moderatorId: world.users.moderator.id, revisionId: seen.id, version: seen.version, approve: false, reason: 'Cũ', origin: 'http://localhost' }, { request: new Request('http://localhost/admin/listings') })).toEqual({
				ok: false,
				status: 409,
				reason: 'changed',
			})
			expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).title).toBe('Giải pháp hữu ích: khung dệt tiết kiệm điện')
			expect((await prisma.listingRevision.findUniqueOrThrow({ where: { id: seen.id } })).status).toBe('PENDING_REVIEW')

			// The queue shows the new version, marked as changed since it was submitted.
			const fresh = (await queue()).revisions.find((r) => r.listing.id === listing.id)!
			expect(fresh.version).toBe(2)
			expect(fresh.changes.find((c) => c.field === 'title')?.after).toEqual(['Bản sửa chưa ai xem'])
			await invoke(queueAction, formRequest('/admin/listings', { revisionId: fresh.id, version: String(fresh.version), decision: 'approve' }, world.cookies.moderator))
			expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).title).toBe('Bản sửa chưa ai xem')
		})

		test('a decision without the version it is for is refused (400)', async () => {
			const listing = await pendingListing()
			for (const version of [undefined, '', 'abc', '0', '-1', '1.5']) {
				const fields: Record<string, string> = { listingId: listing.id, decision: 'approve', ...(version === undefined ? {} : { version }) }
				const result = await invoke(queueAction, formRequest('/admin/listings', fields, world.cookies.moderator))
				expect(statusOf(result)).toBe(400)
			}
			expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe('PENDING_REVIEW')
		})
	})

	test("the queue marks a moderator's own items, and refuses their decision with a translated message", async () => {
		const dual = await addDualRoleActors(world)
		const listing = await pendingListing()
		const asOwner = await queueLoader(routeArgs(getRequest('/admin/listings', dual.cookies.moderatorOwner!)))
		expect(asOwner.queue.find((item) => item.id === listing.id)?.own).toBe(true)
		const asOther = await queueLoader(routeArgs(getRequest('/admin/listings', world.cookies.moderator)))
		expect(asOther.queue.find((item) => item.id === listing.id)?.own).toBe(false)
		const refused = await invoke(queueAction, formRequest('/admin/listings', { listingId: listing.id, version: String(listing.version), decision: 'approve' }, dual.cookies.moderatorOwner!))
		expect(statusOf(refused)).toBe(403)
		expect(payloadOf(refused)).toEqual({ error: 'moderationIntegrity.own' })
		expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe('PENDING_REVIEW')
	})

	describe('own work stays own after leaving the organisation', () => {
		const ctx = { request: new Request('http://localhost/') }

		test("a moderator who rewrote a colleague's draft as a member, submitted it and left the organisation may not approve it", async () => {
			const moderator = await createUser({ roles: ['moderator'] })
			await addMember(world.organization.id, moderator.id, 'EDITOR')
			const { cookie } = await sessionCookieFor(moderator.id)
			const listing = await prisma.listing.create({
				data: { slug: `viet-lai-${Math.random().toString(36).slice(2)}`, type: 'PATENT', status: 'DRAFT', title: 'Khung dệt', summary: 'Khung dệt dùng biến tần', description: 'Mô tả', authorId: world.users.owner.id, organizationId: world.organization.id, patent: { create: { kind: 'UTILITY_SOLUTION' } } },
				select: { id: true },
			})
			const form = { type: 'PATENT', organizationId: world.organization.id, title: 'Nội dung của người kiểm duyệt', summary: 'Khung dệt dùng biến tần', description: 'Mô tả chi tiết', fields: 'textile-garment', kind: 'UTILITY_SOLUTION', legalStatus: 'PENDING' }
			expect(statusOf(await invoke(editorAction, formRequest(`/listings/${listing.id}/edit`, form, cookie), { listingId: listing.id }))).toBeLessThan(400)
			expect(statusOf(await invoke(myListingsAction, formRequest('/account/listings', { listingId: listing.id, intent: 'submit' }, cookie)))).toBeLessThan(400)
			const { version } = await prisma.listing.findUniqueOrThrow({ where: { id: listing.id }, select: { version: true } })
			await leaveOrganization(world.organization.id, moderator.id, ctx)
			// Still marked as their own in the queue, and refused.
			const queue = await queueLoader(routeArgs(getRequest('/admin/listings', cookie)))
			expect(queue.queue.find((item) => item.id === listing.id)?.own).toBe(true)
			const refused = await invoke(queueAction, formRequest('/admin/listings', { listingId: listing.id, version: String(version), decision: 'approve' }, cookie))
			expect(statusOf(refused)).toBe(403)
			expect(payloadOf(refused)).toEqual({ error: 'moderationIntegrity.own' })
			expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id }, select: { status: true } })).status).toBe('PENDING_REVIEW')
			// Another moderator decides it.
			const approved = await invoke(queueAction, formRequest('/admin/listings', { listingId: listing.id, version: String(version), decision: 'approve' }, world.cookies.moderator))
			expect(statusOf(approved)).toBe(302)
			expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id }, select: { status: true } })).status).toBe('PUBLISHED')
		})

		test('a moderator who uploaded files to a published listing as a member and left may not approve those files', async () => {
			const moderator = await createUser({ roles: ['moderator'] })
			await addMember(world.organization.id, moderator.id, 'EDITOR')
			const { cookie } = await sessionCookieFor(moderator.id)
			const listing = await prisma.listing.create({
				data: { slug: `tep-rieng-${Math.random().toString(36).slice(2)}`, type: 'PATENT', status: 'PUBLISHED', publishedAt: new Date(), title: 'Khung dệt', authorId: world.users.owner.id, organizationId: world.organization.id, patent: { create: { kind: 'UTILITY_SOLUTION' } } },
				select: { id: true },
			})
			const file = await prisma.attachment.create({ data: { kind: 'DOCUMENT', fileName: 'tai-lieu.pdf', contentType: 'application/pdf', sizeBytes: 1, sha256: 'x', storageKey: `test/${Math.random()}.pdf`, listingId: listing.id, uploadedById: moderator.id } })
			await leaveOrganization(world.organization.id, moderator.id, ctx)
			const refused = await invoke(queueAction, formRequest('/admin/listings', { filesOfListingId: listing.id, attachmentId: file.id, decision: 'approve' }, cookie))
			expect(statusOf(refused)).toBe(403)
			expect(payloadOf(refused)).toEqual({ error: 'moderationIntegrity.own' })
			expect((await prisma.attachment.findUniqueOrThrow({ where: { id: file.id }, select: { approvedAt: true } })).approvedAt).toBeNull()
		})
	})
})
