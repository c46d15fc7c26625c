import { beforeAll, describe, expect, test } from 'vitest'
import { action as myListingsAction } from '~/routes/account/listings'
import { action as queueAction, loader as queueLoader } from '~/routes/admin/listings'
import { loader as detailLoader } from '~/routes/listings/detail'
import { prisma } from '~/utils/db.server'
import { createWorld, expectMatrix, type World } from '../support/auth-matrix'
import { formRequest, getRequest, routeArgs, settle } from '../support/routes'

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
		select: { id: true, slug: true },
	})
	return listing
}

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
			form: () => ({ listingId: id, decision: 'approve' }),
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

		const tooShort = await settle(queueAction(post({ listingId: listing.id, decision: 'reject', reason: 'x' }, 'moderator', '/admin/listings')))
		expect(tooShort).toMatchObject({ init: { status: 400 } })
		await queueAction(post({ listingId: listing.id, decision: 'reject', reason: 'Thiếu số đơn và ngày nộp đơn' }, 'moderator', '/admin/listings'))
		const rejected = await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })
		expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'Thiếu số đơn và ngày nộp đơn' })
		const notification = await prisma.notification.findFirstOrThrow({ where: { userId: world.users.owner.id, type: 'listing.rejected' } })
		expect(notification.data).toMatchObject({ reason: 'Thiếu số đơn và ngày nộp đơn' })
		const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { to: world.users.owner.email, subject: { contains: 'cần chỉnh sửa' } } })
		expect(mail.text).toContain('Thiếu số đơn và ngày nộp đơn')

		// Deciding twice is refused.
		expect(await settle(queueAction(post({ listingId: listing.id, decision: 'approve' }, 'moderator', '/admin/listings')))).toMatchObject({ init: { status: 409 } })

		await myListingsAction(post({ listingId: listing.id, intent: 'submit' }, 'owner', '/account/listings'))
		expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe('PENDING_REVIEW')
		await queueAction(post({ listingId: listing.id, decision: 'approve' }, 'moderator', '/admin/listings'))
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
})
