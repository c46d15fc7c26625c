import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { crc32 } from 'node:zlib'
import sharp from 'sharp'
import { beforeAll, describe, expect, test } from 'vitest'
import { publicListingFiles } from '~/modules/listings/attachments.server'
import { listingUrl } from '~/modules/listings/listing-paths'
import { action as queueAction } from '~/routes/admin/listings'
import { loader as detailLoader } from '~/routes/listings/detail'
import { loader as fileLoader } from '~/routes/files'
import { action as filesAction, loader as filesLoader } from '~/routes/listings/files'
import { prisma } from '~/utils/db.server'
import { createWorld, expectMatrix, type World } from '../support/auth-matrix'
import { createOrganization, createUser, sessionCookieFor } from '../support/factories'
import { formRequest, getRequest, invoke, payloadOf, routeArgs, statusOf } from '../support/routes'

let world: World

beforeAll(async () => {
	world = await createWorld()
})

async function listing(status: 'DRAFT' | 'PUBLISHED' | 'PENDING_REVIEW' = 'DRAFT') {
	return prisma.listing.create({
		data: {
			slug: `tep-${Math.random().toString(36).slice(2)}`,
			type: 'TECHNOLOGY_OFFER',
			status,
			title: 'Dây chuyền sấy thăng hoa',
			summary: 'Sấy nông sản',
			authorId: world.users.owner.id,
			organizationId: world.organization.id,
			publishedAt: status === 'PUBLISHED' ? new Date() : null,
			submittedAt: status === 'PENDING_REVIEW' ? new Date() : null,
			technologyOffer: { create: {} },
		},
		select: { id: true, slug: true },
	})
}

// A landscape photo taken with the camera turned (EXIF orientation 6 = rotate 90°), with a GPS position and an author.
async function cameraPhoto() {
	return sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a7' } })
		.jpeg()
		.withExif({ IFD0: { Artist: 'Nguyễn Văn Bí Mật' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '20/1 15/1 0/1' } })
		.withMetadata({ orientation: 6 })
		.toBuffer()
}

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

async function upload(listingId: string, file: File, kind: 'IMAGE' | 'DOCUMENT', actor: keyof World['cookies'] = 'owner', caption = '') {
	// As the page's forms post: the kind in the URL too, the caption before the file.
	return invoke(filesAction, formRequest(`/listings/${listingId}/files?kind=${kind}`, { kind, caption, file }, world.cookies[actor]), { listingId })
}

async function fetchFile(id: string, actor: keyof World['cookies'], variant?: string) {
	return invoke(fileLoader, getRequest(`/files/${id}${variant ? `/${variant}` : ''}`, world.cookies[actor]), variant ? { id, variant } : { id })
}

describe('listing images and documents', () => {
	test('an image is re-encoded without its metadata, turned upright, bounded and thumbnailed; the first image becomes the cover', async () => {
		const { id } = await listing()
		const result = await upload(id, new File([await cameraPhoto()], 'ảnh máy sấy.jpg', { type: 'image/jpeg' }), 'IMAGE', 'owner', 'Buồng sấy')
		expect(statusOf(result)).toBe(302)
		const stored = await prisma.attachment.findFirstOrThrow({ where: { listingId: id } })
		expect(stored).toMatchObject({ kind: 'IMAGE', contentType: 'image/jpeg', fileName: 'ảnh máy sấy.jpg', caption: 'Buồng sấy', width: 800, height: 1200, approvedAt: null })
		expect((await prisma.listing.findUniqueOrThrow({ where: { id } })).coverImageId).toBe(stored.id)

		const original = (await fetchFile(stored.id, 'owner')) as Response
		expect(original.status).toBe(200)
		expect(original.headers.get('Cache-Control')).toBe('private, no-store')
		const bytes = Buffer.from(await original.arrayBuffer())
		const metadata = await sharp(bytes).metadata()
		expect(metadata.exif).toBeUndefined()
		expect(metadata.orientation).toBeUndefined()
		expect(bytes.includes(Buffer.from('Bí Mật'))).toBe(false)
		expect([metadata.width, metadata.height]).toEqual([800, 1200])

		const thumbnail = (await fetchFile(stored.id, 'owner', 'thumbnail')) as Response
		expect(thumbnail.headers.get('Content-Type')).toBe('image/webp')
		const thumbMeta = await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()
		expect(thumbMeta.format).toBe('webp')
		expect(Math.max(thumbMeta.width!, thumbMeta.height!)).toBe(480)
		expect(statusOf(await fetchFile(stored.id, 'owner', 'original.html'))).toBe(404)

		const page = payloadOf<{ files: { visibility: string; isCover: boolean; hasThumbnail: boolean }[] }>(
			await invoke(filesLoader, getRequest(`/listings/${id}/files`, world.cookies.owner), { listingId: id }),
		)
		expect(page.files).toEqual([expect.objectContaining({ visibility: 'withListing', isCover: true, hasThumbnail: true })])
	})

	test('documents are served as downloads; wrong bytes, unreadable images, oversize files and a 21st file are refused with a translated reason', async () => {
		const { id } = await listing()
		expect(statusOf(await upload(id, new File([pdf], 'ho-so.pdf', { type: 'application/pdf' }), 'DOCUMENT'))).toBe(302)
		const document = await prisma.attachment.findFirstOrThrow({ where: { listingId: id, kind: 'DOCUMENT' } })
		expect(document.thumbnailKey).toBeNull()
		const served = (await fetchFile(document.id, 'owner')) as Response
		expect(served.headers.get('Content-Disposition')).toBe("attachment; filename*=UTF-8''ho-so.pdf")
		expect(served.headers.get('X-Content-Type-Options')).toBe('nosniff')
		expect(served.headers.get('Content-Type')).toBe('application/pdf')
		expect(statusOf(await fetchFile(document.id, 'owner', 'thumbnail'))).toBe(404)

		const html = await upload(id, new File(['<html><script>alert(1)</script></html>'], 'bao-cao.pdf', { type: 'application/pdf' }), 'DOCUMENT', 'owner', 'Báo cáo')
		expect(statusOf(html)).toBe(415)
		expect(payloadOf(html)).toEqual({ uploadError: 'upload.unsupportedType', kind: 'DOCUMENT', caption: 'Báo cáo' })

		const brokenPng = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 7)])
		const broken = await upload(id, new File([brokenPng], 'hong.png', { type: 'image/png' }), 'IMAGE')
		expect(statusOf(broken)).toBe(415)
		expect(payloadOf(broken)).toMatchObject({ uploadError: 'upload.unreadableImage' })

		const bigImage = new Uint8Array(5 * 1024 * 1024 + 1)
		bigImage.set(await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } }).png().toBuffer())
		expect(statusOf(await upload(id, new File([bigImage], 'lon.png'), 'IMAGE'))).toBe(413)
		const bigDocument = new Uint8Array(20 * 1024 * 1024 + 1)
		bigDocument.set(pdf)
		const oversize = await upload(id, new File([bigDocument], 'lon.pdf'), 'DOCUMENT', 'owner', 'Hồ sơ đầy đủ')
		expect(statusOf(oversize)).toBe(413)
		// Refused while reading the body, yet the error lands on the right form with the caption kept.
		expect(payloadOf(oversize)).toEqual({ uploadError: 'upload.tooLarge', kind: 'DOCUMENT', caption: 'Hồ sơ đầy đủ' })

		expect(await prisma.attachment.count({ where: { listingId: id } })).toBe(1)
		await prisma.attachment.createMany({
			data: Array.from({ length: 19 }, (_, i) => ({ kind: 'DOCUMENT' as const, fileName: `f${i}.pdf`, contentType: 'application/pdf', sizeBytes: 1, sha256: 'x', storageKey: `test/${id}/${i}.pdf`, listingId: id })),
		})
		const tooMany = await upload(id, new File([pdf], 'thua.pdf'), 'DOCUMENT')
		expect(statusOf(tooMany)).toBe(409)
		expect(payloadOf(tooMany)).toMatchObject({ uploadError: 'upload.tooMany' })
	})

	test('a cut-off multipart body is a translated 400, not a server error', async () => {
		const { id } = await listing()
		const request = new Request(`http://localhost/listings/${id}/files?kind=DOCUMENT`, {
			method: 'POST',
			headers: { Cookie: world.cookies.owner!, 'Content-Type': 'multipart/form-data; boundary=----x' },
			body: '------x\r\nContent-Disposition: form-data; name="caption"\r\n\r\nBáo cáo\r\n------x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 cut',
		})
		const result = await invoke(filesAction, request, { listingId: id })
		expect(statusOf(result)).toBe(400)
		expect(payloadOf(result)).toEqual({ uploadError: 'upload.malformed', kind: 'DOCUMENT', caption: 'Báo cáo' })
		expect(await prisma.attachment.count({ where: { listingId: id } })).toBe(0)
	})

	test('a decompression bomb (a tiny file declaring 100,000 × 100,000 pixels) is refused before it is decoded', async () => {
		const chunk = (type: string, data: Buffer) => {
			const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
			const length = Buffer.alloc(4)
			length.writeUInt32BE(data.length)
			const crc = Buffer.alloc(4)
			crc.writeUInt32BE(crc32(body))
			return Buffer.concat([length, body, crc])
		}
		const header = Buffer.alloc(13)
		header.writeUInt32BE(100_000, 0)
		header.writeUInt32BE(100_000, 4)
		header.set([8, 2, 0, 0, 0], 8)
		const bomb = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', Buffer.alloc(16)), chunk('IEND', Buffer.alloc(0))])
		const { id } = await listing()
		const result = await upload(id, new File([bomb], 'bom.png'), 'IMAGE')
		expect(statusOf(result)).toBe(415)
		expect(payloadOf(result)).toMatchObject({ uploadError: 'upload.unreadableImage' })
	})

	test('before approval only the listing\'s managers and moderators can fetch its files; after approval everyone can', async () => {
		const { id } = await listing('PENDING_REVIEW')
		// Files are added while the listing is a draft; it was then submitted.
		await prisma.listing.update({ where: { id }, data: { status: 'DRAFT' } })
		await upload(id, new File([await cameraPhoto()], 'anh.jpg'), 'IMAGE')
		await prisma.listing.update({ where: { id }, data: { status: 'PENDING_REVIEW', submittedAt: new Date() } })
		const file = await prisma.attachment.findFirstOrThrow({ where: { listingId: id } })
		const statuses = async () =>
			Object.fromEntries(await Promise.all((['anonymous', 'member', 'otherOrgMember', 'owner', 'moderator', 'admin'] as const).map(async (actor) => [actor, statusOf(await fetchFile(file.id, actor))])))
		expect(await statuses()).toEqual({ anonymous: 404, member: 404, otherOrgMember: 404, owner: 200, moderator: 200, admin: 200 })
		expect(await publicListingFiles(id)).toEqual({ images: [], documents: [] })

		const approve = await invoke(queueAction, formRequest('/admin/listings', { listingId: id, version: String((await prisma.listing.findUniqueOrThrow({ where: { id } })).version), decision: 'approve' }, world.cookies.moderator))
		expect(statusOf(approve)).toBe(302)
		expect(await statuses()).toEqual({ anonymous: 200, member: 200, otherOrgMember: 200, owner: 200, moderator: 200, admin: 200 })
		expect(((await fetchFile(file.id, 'anonymous')) as Response).headers.get('Cache-Control')).toBe('public, max-age=3600')
		expect((await publicListingFiles(id)).images.map((image) => image.id)).toEqual([file.id])

		// Archived again: private again.
		await prisma.listing.update({ where: { id }, data: { status: 'ARCHIVED' } })
		expect(statusOf(await fetchFile(file.id, 'anonymous'))).toBe(404)
	})

	test('a file added to a published listing stays private until a moderator approves it; refusing deletes it and tells the uploader why', async () => {
		const { id } = await listing('PUBLISHED')
		await upload(id, new File([pdf], 'chung-nhan.pdf'), 'DOCUMENT')
		await upload(id, new File([await cameraPhoto()], 'anh.jpg'), 'IMAGE')
		const [document, image] = await prisma.attachment.findMany({ where: { listingId: id }, orderBy: { kind: 'desc' } })
		expect(document!.kind).toBe('DOCUMENT')
		expect(statusOf(await fetchFile(document!.id, 'anonymous'))).toBe(404)
		expect(await publicListingFiles(id)).toEqual({ images: [], documents: [] })

		// The moderator decides on the files the queue showed, as the page posts them.
		const decide = (fields: Record<string, string>, ids: string[]) => {
			const body = new URLSearchParams({ filesOfListingId: id, ...fields })
			for (const attachmentId of ids) body.append('attachmentId', attachmentId)
			return invoke(queueAction, formRequest('/admin/listings', body, world.cookies.moderator))
		}
		const reason = 'Ảnh có thông tin cá nhân'
		const refuse = await decide({ decision: 'reject', reason }, [document!.id, image!.id])
		expect(statusOf(refuse)).toBe(302)
		expect(await prisma.attachment.count({ where: { listingId: id } })).toBe(0)
		expect(existsSync(path.join(process.env.UPLOAD_DIR!, image!.storageKey))).toBe(false)
		expect(existsSync(path.join(process.env.UPLOAD_DIR!, image!.thumbnailKey!))).toBe(false)
		const notice = await prisma.notification.findFirstOrThrow({ where: { userId: world.users.owner.id, type: 'listing.files.rejected' }, orderBy: { createdAt: 'desc' } })
		expect(notice.data).toMatchObject({ listingId: id, reason })
		expect(await prisma.emailOutbox.count({ where: { to: world.users.owner.email, text: { contains: reason } } })).toBe(1)

		await upload(id, new File([pdf], 'chung-nhan-moi.pdf'), 'DOCUMENT')
		const again = await prisma.attachment.findFirstOrThrow({ where: { listingId: id } })
		// A file uploaded after the queue page was loaded is not part of the decision.
		await upload(id, new File([pdf], 'tai-sau.pdf'), 'DOCUMENT')
		const later = await prisma.attachment.findFirstOrThrow({ where: { listingId: id, fileName: 'tai-sau.pdf' } })
		const approve = await decide({ decision: 'approve' }, [again.id])
		expect(statusOf(approve)).toBe(302)
		expect(statusOf(await fetchFile(again.id, 'anonymous'))).toBe(200)
		expect(statusOf(await fetchFile(later.id, 'anonymous'))).toBe(404)
		expect((await publicListingFiles(id)).documents.map((d) => d.fileName)).toEqual(['chung-nhan-moi.pdf'])
		// Already decided: a second decision on the same files is told so (409), not "not found".
		expect(statusOf(await decide({ decision: 'approve' }, [again.id]))).toBe(409)
	})

	test('authorization matrix: the files page, uploading, choosing the cover and removing', async () => {
		const { id } = await listing()
		await expectMatrix({
			world,
			handler: filesLoader,
			method: 'GET',
			url: `/listings/${id}/files`,
			params: { listingId: id },
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 'ok', moderator: 'ok', admin: 'ok' },
		})
		await expectMatrix({
			world,
			handler: filesAction,
			url: `/listings/${id}/files`,
			params: { listingId: id },
			form: () => {
				const form = new FormData()
				form.set('kind', 'DOCUMENT')
				form.set('file', new File([pdf], 'a.pdf'))
				return form
			},
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 'ok', moderator: 'ok', admin: 'ok' },
		})
		const image = await prisma.attachment.findFirstOrThrow({ where: { listingId: id } })
		await expectMatrix({
			world,
			handler: filesAction,
			url: `/listings/${id}/files`,
			params: { listingId: id },
			form: () => ({ intent: 'cover', attachmentId: image.id }),
			// Only images can be the cover: a document answers 404 even for its managers.
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 404, moderator: 404, admin: 404 },
		})
		let target = ''
		await expectMatrix({
			world,
			handler: filesAction,
			url: `/listings/${id}/files`,
			params: { listingId: id },
			before: async () => {
				target = (await prisma.attachment.create({
					data: { kind: 'DOCUMENT', fileName: 'x.pdf', contentType: 'application/pdf', sizeBytes: 1, sha256: 'x', storageKey: `test/${Math.random()}.pdf`, listingId: id },
				})).id
			},
			form: () => ({ intent: 'remove', attachmentId: target }),
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 'ok', moderator: 'ok', admin: 'ok' },
		})
		// A file of another listing cannot be removed through this one.
		const other = await listing()
		await upload(other.id, new File([pdf], 'b.pdf'), 'DOCUMENT')
		const foreign = await prisma.attachment.findFirstOrThrow({ where: { listingId: other.id } })
		expect(statusOf(await invoke(filesAction, formRequest(`/listings/${id}/files`, { intent: 'remove', attachmentId: foreign.id }, world.cookies.owner), { listingId: id }))).toBe(404)
		expect(await prisma.attachment.count({ where: { id: foreign.id } })).toBe(1)
	})

	test("a public listing page's loader data names no file that is not approved (cover or pitch deck), not even by id", async () => {
		const offer = await listing('PUBLISHED')
		// Added after publication: waiting for review; as the first image it became the cover.
		await upload(offer.id, new File([await cameraPhoto()], 'anh-cho-duyet.jpg'), 'IMAGE')
		const pendingImage = await prisma.attachment.findFirstOrThrow({ where: { listingId: offer.id } })
		expect((await prisma.listing.findUniqueOrThrow({ where: { id: offer.id } })).coverImageId).toBe(pendingImage.id)

		const startup = await prisma.listing.create({
			data: {
				slug: `khoi-nghiep-${Math.random().toString(36).slice(2)}`, type: 'STARTUP', status: 'PUBLISHED', publishedAt: new Date(), title: 'Khởi nghiệp sấy lạnh',
				authorId: world.users.owner.id, organizationId: world.organization.id, startupProfile: { create: { stage: 'IDEA' } },
			},
			select: { id: true, slug: true },
		})
		const deck = new FormData()
		deck.set('kind', 'PITCH_DECK')
		deck.set('file', new File([pdf], 'goi-von.pdf'))
		expect(statusOf(await invoke(filesAction, formRequest(`/listings/${startup.id}/files?kind=PITCH_DECK`, deck, world.cookies.owner), { listingId: startup.id }))).toBe(302)
		const pendingDeck = await prisma.attachment.findFirstOrThrow({ where: { listingId: startup.id } })
		expect(pendingDeck.approvedAt).toBeNull()

		for (const [type, slug, pendingId] of [['TECHNOLOGY_OFFER', offer.slug, pendingImage.id], ['STARTUP', startup.slug, pendingDeck.id]] as const) {
			for (const actor of ['anonymous', 'member'] as const) {
				const page = await detailLoader(routeArgs(getRequest(listingUrl(type, slug), world.cookies[actor]), { slug }))
				const serialised = JSON.stringify(page, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))
				expect(serialised).toContain(slug)
				expect(serialised).not.toContain(pendingId)
			}
		}
	})

	test("a suspended or deleted organisation's approved files (the pitch deck too) answer 404 to everyone but moderators and administrators", async () => {
		const owner = await createUser()
		const organization = await createOrganization(owner.id)
		const startup = await prisma.listing.create({
			data: {
				slug: `khoi-nghiep-${Math.random().toString(36).slice(2)}`, type: 'STARTUP', status: 'PUBLISHED', publishedAt: new Date(), title: 'Khởi nghiệp đình chỉ',
				authorId: owner.id, organizationId: organization.id, startupProfile: { create: { stage: 'IDEA' } },
			},
			select: { id: true },
		})
		// Approved files as stored on disk.
		const stored = async (kind: 'IMAGE' | 'DOCUMENT', fileName: string, contentType: string) => {
			const storageKey = `test/${Math.random().toString(36).slice(2)}-${fileName}`
			await mkdir(path.dirname(path.join(process.env.UPLOAD_DIR!, storageKey)), { recursive: true })
			await writeFile(path.join(process.env.UPLOAD_DIR!, storageKey), pdf)
			return prisma.attachment.create({ data: { kind, fileName, contentType, sizeBytes: pdf.length, sha256: 'x', storageKey, approvedAt: new Date(), listingId: startup.id, uploadedById: owner.id } })
		}
		const image = await stored('IMAGE', 'anh.png', 'image/png')
		const deck = await stored('DOCUMENT', 'goi-von.pdf', 'application/pdf')
		await prisma.startupProfile.update({ where: { listingId: startup.id }, data: { pitchDeckId: deck.id } })
		const ownerCookie = (await sessionCookieFor(owner.id)).cookie
		const statuses = async (id: string) => {
			const outcome: Record<string, number> = {}
			for (const actor of ['anonymous', 'member', 'moderator', 'admin'] as const) outcome[actor] = statusOf(await fetchFile(id, actor))
			outcome.owner = statusOf(await invoke(fileLoader, getRequest(`/files/${id}`, ownerCookie), { id }))
			return outcome
		}
		const everyone = { anonymous: 200, member: 200, moderator: 200, admin: 200, owner: 200 }
		const staffOnly = { anonymous: 404, member: 404, moderator: 200, admin: 200, owner: 404 }
		expect(await statuses(image.id)).toEqual(everyone)
		expect(await statuses(deck.id)).toEqual({ ...everyone, anonymous: 404 })

		await prisma.organization.update({ where: { id: organization.id }, data: { suspendedAt: new Date(), suspendedReason: 'Thông tin giả mạo' } })
		expect(await statuses(image.id)).toEqual(staffOnly)
		expect(await statuses(deck.id)).toEqual(staffOnly)

		await prisma.organization.update({ where: { id: organization.id }, data: { suspendedAt: null, suspendedReason: null, deletedAt: new Date() } })
		expect(await statuses(image.id)).toEqual(staffOnly)
		expect(await statuses(deck.id)).toEqual(staffOnly)
	})
})
