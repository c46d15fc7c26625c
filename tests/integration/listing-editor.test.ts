import { beforeAll, describe, expect, test } from 'vitest'
import { action as editorAction, loader as editorLoader } from '~/routes/listings/editor'
import { prisma } from '~/utils/db.server'
import { createWorld, expectMatrix, type World } from '../support/auth-matrix'
import { formRequest, getRequest, invoke, routeArgs } from '../support/routes'

let world: World

function patentForm(overrides: Record<string, string> = {}) {
	return {
		type: 'PATENT',
		organizationId: world.organization.id,
		title: 'Giải pháp hữu ích: máy se sợi tiết kiệm điện năng',
		summary: 'Máy se sợi dùng động cơ biến tần, giảm 25 % điện năng.',
		description: 'Mô tả *chi tiết* giải pháp.',
		fields: 'textile-garment',
		keywords: 'se sợi, biến tần',
		kind: 'UTILITY_SOLUTION',
		applicationNumber: '2-2024-00123',
		legalStatus: 'PENDING',
		inventors: 'Lê Văn Cường\nPhạm Thị Dung',
		...overrides,
	}
}

function run(handler: typeof editorAction, path: string, actor: keyof World['cookies'], form: Record<string, string>, params: Record<string, string> = {}) {
	return invoke(handler, formRequest(path, form, world.cookies[actor]), params)
}

beforeAll(async () => {
	world = await createWorld()
})

describe('listing editor', () => {
	test('create a listing: only for an organisation the member belongs to', async () => {
		await expectMatrix({
			world,
			handler: editorAction,
			url: '/listings/new',
			form: () => patentForm(),
			// Others name an organisation that is not theirs: a field error, nothing written.
			expected: { anonymous: 'login', member: 400, otherOrgMember: 400, owner: 'ok', moderator: 400, admin: 400 },
		})
		expect(await prisma.listing.count({ where: { organizationId: world.organization.id, type: 'PATENT' } })).toBe(1)
	})

	test('a new listing is a draft with every field stored, Vietnamese intact', async () => {
		const result = (await run(editorAction, '/listings/new', 'owner', patentForm({ title: 'Sáng chế: phương pháp nhuộm vải bằng CO₂ siêu tới hạn' }))) as Response
		expect(result.status).toBe(302)
		const id = new URL(result.headers.get('Location')!, 'http://x').searchParams.get('saved')!
		const listing = await prisma.listing.findUniqueOrThrow({ where: { id }, include: { patent: true, fields: { include: { field: true } } } })
		expect(listing).toMatchObject({ status: 'DRAFT', title: 'Sáng chế: phương pháp nhuộm vải bằng CO₂ siêu tới hạn', keywords: ['se sợi', 'biến tần'], authorId: world.users.owner.id })
		expect(listing.slug).toMatch(/^sang-che-phuong-phap-nhuom-vai-bang-co-sieu-toi-han-[a-z0-9]+$/)
		expect(listing.patent).toMatchObject({ kind: 'UTILITY_SOLUTION', applicationNumber: '2-2024-00123', inventors: ['Lê Văn Cường', 'Phạm Thị Dung'] })
		expect(listing.fields.map((f) => f.field.slug)).toEqual(['textile-garment'])
	})

	test('bad input answers field errors (never a 500) and keeps what was typed', async () => {
		const result = await run(editorAction, '/listings/new', 'owner', patentForm({ applicationNumber: '2024/123', fields: 'no-such-field' }))
		expect(result).toMatchObject({ init: { status: 400 } })
		const reply = JSON.stringify(result)
		expect(reply).toContain('validation.listing.applicationNumberInvalid')
		expect(reply).toContain('máy se sợi tiết kiệm điện năng')
		const unknownField = await run(editorAction, '/listings/new', 'owner', patentForm({ fields: 'no-such-field' }))
		expect(JSON.stringify(unknownField)).toContain('validation.listing.choiceInvalid')
		const unknownType = await run(editorAction, '/listings/new', 'owner', patentForm({ type: 'SPACESHIP' }))
		expect(unknownType).toMatchObject({ init: { status: 400 } })
	})

	test("edit a draft: its organisation's members and administrators; others get 404", async () => {
		const created = (await run(editorAction, '/listings/new', 'owner', patentForm())) as Response
		const id = new URL(created.headers.get('Location')!, 'http://x').searchParams.get('saved')!
		await expectMatrix({
			world,
			handler: editorAction,
			url: `/listings/${id}/edit`,
			params: { listingId: id },
			form: () => patentForm({ title: 'Giải pháp hữu ích: máy se sợi thế hệ hai' }),
			// Administrators may edit any listing but only for an organisation they belong to.
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 'ok', moderator: 400, admin: 400 },
		})
		expect((await prisma.listing.findUniqueOrThrow({ where: { id } })).title).toBe('Giải pháp hữu ích: máy se sợi thế hệ hai')
		const values = await editorLoader(routeArgs(getRequest(`/listings/${id}/edit`, world.cookies.owner!), { listingId: id }))
		expect(values.values).toMatchObject({ title: 'Giải pháp hữu ích: máy se sợi thế hệ hai', inventors: 'Lê Văn Cường\nPhạm Thị Dung', fields: ['textile-garment'] })
		await prisma.listing.update({ where: { id }, data: { status: 'PENDING_REVIEW' } })
		// Awaiting review: withdraw first.
		expect(await run(editorAction, `/listings/${id}/edit`, 'owner', patentForm(), { listingId: id })).toMatchObject({ init: { status: 409 } })
	})

	test('an edit of a published listing waits for review while the public keeps the approved version', async () => {
		const { loader: detailLoader } = await import('~/routes/listings/detail')
		const { action: queueAction, loader: queueLoader } = await import('~/routes/admin/listings')
		const created = (await run(editorAction, '/listings/new', 'owner', patentForm())) as Response
		const id = new URL(created.headers.get('Location')!, 'http://x').searchParams.get('saved')!
		const { slug } = await prisma.listing.update({ where: { id }, data: { status: 'PUBLISHED', publishedAt: new Date() }, select: { slug: true } })
		const publicTitle = async () =>
			((await detailLoader(routeArgs(getRequest(`/sang-che/${slug}`), { slug }))) as { listing: { title: string } }).listing.title

		const edited = (await run(editorAction, `/listings/${id}/edit`, 'owner', patentForm({ title: 'Giải pháp hữu ích: máy se sợi có cảm biến đứt sợi' }), { listingId: id })) as Response
		expect(edited.headers.get('Location')).toContain('revision=1')
		expect(await publicTitle()).toBe('Giải pháp hữu ích: máy se sợi tiết kiệm điện năng')
		expect((await prisma.listing.findUniqueOrThrow({ where: { id } })).status).toBe('PUBLISHED')

		const queue = await queueLoader(routeArgs(getRequest('/admin/listings', world.cookies.moderator!)))
		const revision = queue.revisions.find((r) => r.listing.id === id)!
		expect(revision.changes).toEqual([
			{ field: 'title', label: 'Tiêu đề', before: ['Giải pháp hữu ích: máy se sợi tiết kiệm điện năng'], after: ['Giải pháp hữu ích: máy se sợi có cảm biến đứt sợi'] },
		])

		// The author opens the editor again: it shows the pending changes, not the public version.
		const form = await editorLoader(routeArgs(getRequest(`/listings/${id}/edit`, world.cookies.owner!), { listingId: id }))
		expect(form).toMatchObject({ revisionPending: true, values: { title: 'Giải pháp hữu ích: máy se sợi có cảm biến đứt sợi' } })

		await run(queueAction as typeof editorAction, '/admin/listings', 'moderator', { revisionId: revision.id, version: String(revision.version), decision: 'approve' })
		expect(await publicTitle()).toBe('Giải pháp hữu ích: máy se sợi có cảm biến đứt sợi')
		expect((await prisma.listingRevision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe('APPROVED')
		expect(await prisma.notification.count({ where: { userId: world.users.owner.id, type: 'listing.revision.approved' } })).toBe(1)

		// A rejected edit leaves the public version as it was.
		await run(editorAction, `/listings/${id}/edit`, 'owner', patentForm({ title: 'Tiêu đề bị từ chối' }), { listingId: id })
		const second = (await queueLoader(routeArgs(getRequest('/admin/listings', world.cookies.moderator!)))).revisions.find((r) => r.listing.id === id)!
		await run(queueAction as typeof editorAction, '/admin/listings', 'moderator', { revisionId: second.id, version: String(second.version), decision: 'reject', reason: 'Tiêu đề không đúng nội dung' })
		expect(await publicTitle()).toBe('Giải pháp hữu ích: máy se sợi có cảm biến đứt sợi')
		expect((await prisma.listingRevision.findUniqueOrThrow({ where: { id: second.id } })).rejectionReason).toBe('Tiêu đề không đúng nội dung')
	})

	test('a member without an organisation can publish their own expert profile, once', async () => {
		const form = {
			type: 'EXPERT',
			organizationId: '',
			title: 'TS. Hoàng Minh Tâm - Chuyên gia tự động hóa dây chuyền may',
			summary: 'Tư vấn tự động hóa và số hóa xưởng may vừa và nhỏ.',
			fields: 'automation',
			contactEmail: 'tam.hoang@example.vn',
		}
		const first = (await run(editorAction, '/listings/new', 'member', form)) as Response
		expect(first.status).toBe(302)
		const profile = await prisma.expertProfile.findUniqueOrThrow({ where: { userId: world.users.member.id }, include: { listing: true } })
		expect(profile.listing).toMatchObject({ organizationId: null, authorId: world.users.member.id, status: 'DRAFT' })
		const second = await run(editorAction, '/listings/new', 'member', form)
		expect(JSON.stringify(second)).toContain('validation.listing.expertProfileExists')
		// Other types still need an organisation.
		expect(JSON.stringify(await run(editorAction, '/listings/new', 'member', patentForm({ organizationId: '' })))).toContain('validation.listing.organizationRequired')
	})
})
