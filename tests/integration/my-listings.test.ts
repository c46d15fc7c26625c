import { beforeAll, describe, expect, test } from 'vitest'
import { action as listingsAction, loader as listingsLoader } from '~/routes/account/listings'
import { prisma } from '~/utils/db.server'
import { addMember, createWorld, expectMatrix, type World } from '../support/auth-matrix'
import { createUser, sessionCookieFor } from '../support/factories'
import { formRequest, getRequest, routeArgs } from '../support/routes'

let world: World
let listingId = ''

async function publishedListing() {
	const listing = await prisma.listing.create({
		data: {
			slug: `tin-${Math.random().toString(36).slice(2)}`,
			type: 'TECHNOLOGY_OFFER',
			status: 'PUBLISHED',
			title: 'Máy sấy lạnh nông sản',
			authorId: world.users.owner.id,
			organizationId: world.organization.id,
			publishedAt: new Date(),
		},
		select: { id: true },
	})
	return listing.id
}

beforeAll(async () => {
	world = await createWorld()
})

describe('my listings', () => {
	test('archive: the organisation\'s members and administrators; others get 404', async () => {
		await expectMatrix({
			world,
			handler: listingsAction,
			url: '/account/listings',
			before: async () => {
				listingId = await publishedListing()
			},
			form: () => ({ intent: 'archive', listingId }),
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 'ok', moderator: 'ok', admin: 'ok' },
		})
	})

	test('archiving hides a listing from the public and queues it for the search index; restoring brings it back', async () => {
		const id = await publishedListing()
		const { cookie } = await sessionCookieFor(world.users.owner.id)
		const post = (intent: string) => listingsAction(routeArgs(formRequest('/account/listings', { intent, listingId: id }, cookie)))
		await post('archive')
		expect((await prisma.listing.findUniqueOrThrow({ where: { id } })).status).toBe('ARCHIVED')
		expect(await prisma.searchOutbox.count({ where: { entityId: id } })).toBe(1)
		await expect(post('archive')).rejects.toMatchObject({ status: 409 })
		await post('restore')
		expect((await prisma.listing.findUniqueOrThrow({ where: { id } })).status).toBe('PUBLISHED')
		expect(await prisma.searchOutbox.count({ where: { entityId: id } })).toBe(2)
	})

	test('the list shows the listings of every organisation the member belongs to, and only those', async () => {
		const editor = await createUser()
		await addMember(world.organization.id, editor.id, 'EDITOR')
		const { cookie } = await sessionCookieFor(editor.id)
		const mine = await listingsLoader(routeArgs(getRequest('/account/listings', cookie)))
		const expected = await prisma.listing.count({ where: { organizationId: world.organization.id } })
		expect(mine.listings).toHaveLength(expected)
		const { cookie: strangerCookie } = await sessionCookieFor(world.users.member.id)
		const theirs = await listingsLoader(routeArgs(getRequest('/account/listings', strangerCookie)))
		expect(theirs.listings).toEqual([])
	})
})
