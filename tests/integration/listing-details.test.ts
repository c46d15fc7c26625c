import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { beforeAll, describe, expect, test } from 'vitest'
import { ListingFacts, ListingSections } from '~/components/listing-details'
import type { Prisma } from '~/generated/prisma/client'
import type { ListingType } from '~/generated/prisma/enums'
import { listingUrl } from '~/modules/listings/listing-paths'
import { action as expertQueueAction, loader as expertQueueLoader } from '~/routes/admin/experts'
import { action as queueAction } from '~/routes/admin/listings'
import { loader as fileLoader } from '~/routes/files'
import { loader as detailLoader } from '~/routes/listings/detail'
import { action as editorAction, loader as editorLoader } from '~/routes/listings/editor'
import { action as filesAction } from '~/routes/listings/files'
import { action as verificationAction } from '~/routes/listings/verification'
import { prisma } from '~/utils/db.server'
import { createI18n, type Locale } from '~/utils/i18n'
import { authHref } from '~/utils/redirect'
import { addMember, createWorld, expectMatrix, type World } from '../support/auth-matrix'
import { createUser, sessionCookieFor } from '../support/factories'
import { formRequest, getRequest, invoke, payloadOf, routeArgs, statusOf } from '../support/routes'

let world: World

beforeAll(async () => {
	world = await createWorld()
})

const unique = () => Math.random().toString(36).slice(2, 8)
// The version of a listing a moderator's form names (see /admin/experts).
const versionOf = async (listingId: string) => String((await prisma.listing.findUniqueOrThrow({ where: { id: listingId }, select: { version: true } })).version)

// A published listing of each type with every field its form has.
async function fullListing(type: ListingType) {
	const field = await prisma.field.findFirstOrThrow({ where: { active: true }, select: { id: true, nameVi: true } })
	const commune = await prisma.commune.findFirst({ select: { id: true, name: true } })
	const slug = `day-du-${type.toLowerCase()}-${unique()}`
	const details = {
		TECHNOLOGY_OFFER: {
			technologyOffer: {
				create: {
					trl: 6, transferModes: ['EXCLUSIVE_LICENCE', 'JOINT_RD'], priceVnd: 1_500_000_000n, priceNegotiable: false, ipStatus: 'PATENT_PENDING',
					applications: 'Sấy tôm, cá cơm', buyerRequirements: 'Có nhà xưởng 200 m²', confidentialDetails: 'BÍ MẬT: nhiệt độ 42 độ', confidentialityTerms: 'Không tiết lộ cho bên thứ ba',
				},
			},
		},
		PATENT: {
			patent: {
				create: {
					kind: 'INVENTION', applicationNumber: '1-2021-01234', applicationDate: new Date('2021-03-15'), grantNumber: '1-0034567', grantDate: new Date('2023-07-01'),
					ipcClasses: ['A01K 61/59', 'C02F 3/00'], inventors: ['Nguyễn Văn An', 'Trần Thị Bình'], owners: ['Viện Thủy sản'], legalStatus: 'GRANTED',
					abstract: 'Hệ thống lọc tuần hoàn', claimsSummary: 'Yêu cầu 1: bể lọc sinh học ba ngăn', commercialisationStatus: 'UNDER_NEGOTIATION',
				},
			},
		},
		TECHNOLOGY_REQUEST: {
			technologyRequest: {
				create: {
					problem: 'Nước thải làng nghề', requiredCapability: 'Xử lý kim loại nặng', budgetMinVnd: 300_000_000n, budgetMaxVnd: 900_000_000n,
					deadline: new Date('2027-06-30'), preferredTransferModes: ['ASSIGNMENT', 'CONSULTING_TRAINING'], isCommissioned: true,
				},
			},
		},
		EXPERT: {
			expertProfile: {
				create: {
					academicTitle: 'ASSOCIATE_PROFESSOR', degree: 'DOCTORATE', position: 'Trưởng phòng', affiliation: 'Viện Công nghệ Sinh học',
					specialities: ['Vi sinh vật', 'Enzyme'], projects: 'Đề tài cấp tỉnh về men vi sinh', publications: 'Tạp chí Khoa học 2023',
					languages: ['Tiếng Anh', 'Tiếng Pháp'], availableForConsulting: true, contactEmail: 'pgs@example.vn',
				},
			},
		},
		INCUBATOR: {
			incubatorProfile: { create: { services: ['WORKSPACE', 'MENTORING'], capacity: 30, alumniCount: 12, alumniStartups: 'Công ty Lúa Vàng, Công ty Gạo Tám', isAccelerator: true } },
		},
		STARTUP: {
			startupProfile: { create: { stage: 'MVP', foundedOn: new Date('2024-05-01'), teamSize: 8, seeks: ['FUNDING', 'CUSTOMERS'] } },
		},
	}[type] as Partial<Prisma.ListingUncheckedCreateInput>
	return prisma.listing.create({
		data: {
			slug, type, status: 'PUBLISHED', publishedAt: new Date(), title: `Tin đầy đủ ${type} ${slug}`, summary: 'Tóm tắt đầy đủ',
			keywords: ['từ khóa một', 'từ khóa hai'], authorId: world.users.owner.id, organizationId: world.organization.id,
			communeId: commune?.id ?? null, fields: { create: [{ fieldId: field.id }] }, ...details,
		},
		select: { id: true, slug: true },
	})
}

async function detailPage(type: ListingType, slug: string, cookie?: string | null) {
	return detailLoader(routeArgs(getRequest(listingUrl(type, slug), cookie), { slug }))
}

function render(page: Awaited<ReturnType<typeof detailPage>>, locale: Locale = 'vi') {
	const i18n = createI18n(locale)
	const tree = createElement(
		I18nextProvider,
		{ i18n },
		createElement(ListingFacts, { listing: page.listing }),
		createElement(ListingSections, { listing: page.listing, pitchDeck: page.signedIn ? 'download' : 'signIn', loginHref: '/login' }),
	)
	// Text as a reader sees it: tags dropped, entities decoded.
	return renderToString(tree).replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ')
}

describe('every field the author entered is on the detail page', () => {
	const expected: Record<ListingType, [string, string][]> = {
		TECHNOLOGY_OFFER: [
			['Mức sẵn sàng (TRL)', 'TRL 6'], ['Giá chào', '1.500.000.000'], ['Tình trạng sở hữu trí tuệ', 'Đang nộp đơn'],
			['Hình thức chuyển giao', 'Li-xăng độc quyền, Hợp tác nghiên cứu'], ['Ứng dụng và lợi ích', 'Sấy tôm, cá cơm'],
			['Yêu cầu với bên nhận', 'Có nhà xưởng 200 m²'], ['Điều khoản bảo mật', 'Không tiết lộ cho bên thứ ba'],
		],
		PATENT: [
			['Loại văn bằng', 'Bằng độc quyền sáng chế'], ['Số đơn', '1-2021-01234'], ['Ngày nộp đơn', '15/03/2021'], ['Số bằng', '1-0034567'],
			['Ngày cấp', '01/07/2023'], ['Tình trạng pháp lý', 'Đã được cấp'], ['Tình trạng thương mại hóa', 'Đang đàm phán'],
			['Phân loại IPC', 'A01K 61/59; C02F 3/00'], ['Tóm tắt sáng chế', 'Hệ thống lọc tuần hoàn'], ['Tóm tắt yêu cầu bảo hộ', 'Yêu cầu 1: bể lọc sinh học ba ngăn'],
			['Tác giả sáng chế', 'Nguyễn Văn An'], ['Chủ sở hữu', 'Viện Thủy sản'],
		],
		TECHNOLOGY_REQUEST: [
			['Ngân sách dự kiến', '300.000.000 ₫ – 900.000.000 ₫'], ['Thời hạn', '30/06/2027'], ['Hình thức chuyển giao mong muốn', 'Chuyển nhượng quyền sở hữu, Tư vấn, đào tạo'],
			['Đặt hàng', 'Có'], ['Vấn đề cần giải quyết', 'Nước thải làng nghề'], ['Năng lực cần có', 'Xử lý kim loại nặng'],
		],
		EXPERT: [
			['Chức danh', 'Phó Giáo sư (PGS.)'], ['Học vị', 'Tiến sĩ (TS.)'], ['Chức vụ', 'Trưởng phòng'], ['Đơn vị công tác', 'Viện Công nghệ Sinh học'],
			['Ngôn ngữ', 'Tiếng Anh, Tiếng Pháp'], ['Sẵn sàng tư vấn', 'Có'], ['Chuyên môn sâu', 'Vi sinh vật'], ['Đề tài, dự án tiêu biểu', 'Đề tài cấp tỉnh về men vi sinh'],
			['Công bố khoa học', 'Tạp chí Khoa học 2023'],
		],
		INCUBATOR: [
			['Sức chứa', '30 chỗ'], ['Số doanh nghiệp đã ươm tạo', '12 doanh nghiệp'], ['Dịch vụ', 'Không gian làm việc, Cố vấn'],
			['Là tổ chức thúc đẩy kinh doanh', 'Có'], ['Doanh nghiệp tiêu biểu đã ươm tạo', 'Công ty Lúa Vàng, Công ty Gạo Tám'],
		],
		STARTUP: [['Giai đoạn', 'Sản phẩm khả dụng tối thiểu'], ['Ngày thành lập', '01/05/2024'], ['Quy mô nhóm', '8 người'], ['Đang tìm kiếm', 'Vốn đầu tư, Khách hàng']],
	}

	test.each(Object.keys(expected) as ListingType[])('%s: each field labelled, values translated, keywords and fields shown', async (type) => {
		const common = createI18n('vi').t
		const { slug } = await fullListing(type)
		const text = render(await detailPage(type, slug))
		for (const [label, value] of expected[type]) {
			// The label is followed by its value (a fact) or heads a section holding it.
			const at = text.indexOf(label)
			expect(at, `${type}: ${label}`).toBeGreaterThanOrEqual(0)
			expect(text.slice(at, at + label.length + 200).replace(/\u00a0/g, ' '), `${type}: ${label}`).toContain(value.replace(/\u00a0/g, ' '))
		}
		expect(text).toContain('Từ khóa')
		expect(text).toContain('từ khóa một')
		expect(text).toContain('từ khóa hai')
		// No raw enum value reaches the reader.
		expect(text).not.toMatch(/\b(EXCLUSIVE_LICENCE|PATENT_PENDING|UNDER_NEGOTIATION|ASSOCIATE_PROFESSOR|DOCTORATE|WORKSPACE|MVP|FUNDING|CONSULTING_TRAINING)\b/)
		expect(common('transferMode.JOINT_RD')).not.toBe('transferMode.JOINT_RD')
	})

	test('in English too, and the offer\'s confidential details never reach the page', async () => {
		const { slug } = await fullListing('TECHNOLOGY_OFFER')
		const page = await detailPage('TECHNOLOGY_OFFER', slug)
		expect(JSON.stringify(page)).not.toContain('BÍ MẬT')
		const text = render(page, 'en')
		expect(text).toContain('IP status')
		expect(text).toContain('Patent pending')
		expect(text).toContain('Exclusive licence, Joint R&D')
		const request = await fullListing('TECHNOLOGY_REQUEST')
		const english = render(await detailPage('TECHNOLOGY_REQUEST', request.slug), 'en')
		expect(english).toContain('Preferred transfer modes')
		expect(english).toMatch(/Budget\s+₫300,000,000 – ₫900,000,000/)
	})
})

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

async function startup(status: 'DRAFT' | 'PENDING_REVIEW' = 'DRAFT') {
	return prisma.listing.create({
		data: {
			slug: `khoi-nghiep-${unique()}`, type: 'STARTUP', status, title: 'Khởi nghiệp nông sản sạch', summary: 'Nền tảng bán nông sản sạch',
			authorId: world.users.owner.id, organizationId: world.organization.id, submittedAt: status === 'PENDING_REVIEW' ? new Date() : null,
			startupProfile: { create: { stage: 'PROTOTYPE' } },
		},
		select: { id: true, slug: true },
	})
}

function uploadDeck(listingId: string, file: File, actor: keyof World['cookies'] = 'owner') {
	return invoke(filesAction, formRequest(`/listings/${listingId}/files?kind=PITCH_DECK`, { kind: 'PITCH_DECK', caption: '', file }, world.cookies[actor]), { listingId })
}

async function fetchAs(id: string, actor: keyof World['cookies']) {
	const result = await invoke(fileLoader, getRequest(`/files/${id}`, world.cookies[actor]), { id })
	return statusOf(result)
}

describe('a startup\'s pitch deck', () => {
	test('PDF only: another file is refused with a translated message; a new deck replaces the old one', async () => {
		const { id } = await startup()
		const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex')
		const refused = await uploadDeck(id, new File([png], 'deck.png', { type: 'application/pdf' }))
		expect(statusOf(refused)).toBe(415)
		expect(payloadOf(refused)).toMatchObject({ uploadError: 'listingDetails.pitchDeck.pdfOnly', kind: 'PITCH_DECK' })
		expect(createI18n('vi').t('listingDetails.pitchDeck.pdfOnly')).toBe('Hồ sơ gọi vốn phải là tệp PDF.')

		expect(statusOf(await uploadDeck(id, new File([pdf], 'pitch v1.pdf')))).toBe(302)
		const first = (await prisma.startupProfile.findUniqueOrThrow({ where: { listingId: id } })).pitchDeckId!
		expect(statusOf(await uploadDeck(id, new File([pdf], 'pitch v2.pdf')))).toBe(302)
		const profile = await prisma.startupProfile.findUniqueOrThrow({ where: { listingId: id }, select: { pitchDeck: { select: { id: true, fileName: true } } } })
		expect(profile.pitchDeck?.fileName).toBe('pitch v2.pdf')
		expect(profile.pitchDeck?.id).not.toBe(first)
		expect(await prisma.attachment.count({ where: { id: first } })).toBe(0)
		// Only the listing's own organisation may attach one.
		expect(statusOf(await uploadDeck(id, new File([pdf], 'x.pdf'), 'otherOrgMember'))).toBe(404)
		// A listing that is not a startup has no pitch deck.
		const offer = await fullListing('TECHNOLOGY_OFFER')
		expect(statusOf(await uploadDeck(offer.id, new File([pdf], 'x.pdf')))).toBe(404)
	})

	test('who may fetch it: the organisation and moderators before approval; signed-in members after; never anonymous visitors', async () => {
		const listing = await startup()
		await uploadDeck(listing.id, new File([pdf], 'goi-von.pdf'))
		const deckId = (await prisma.startupProfile.findUniqueOrThrow({ where: { listingId: listing.id } })).pitchDeckId!
		const matrix = async () => ({
			anonymous: await fetchAs(deckId, 'anonymous'),
			member: await fetchAs(deckId, 'member'),
			otherOrgMember: await fetchAs(deckId, 'otherOrgMember'),
			owner: await fetchAs(deckId, 'owner'),
			moderator: await fetchAs(deckId, 'moderator'),
		})
		expect(await matrix()).toEqual({ anonymous: 404, member: 404, otherOrgMember: 404, owner: 200, moderator: 200 })

		// Submitted: the moderator sees it in the queue, with the type's own fields.
		await prisma.listing.update({ where: { id: listing.id }, data: { status: 'PENDING_REVIEW', submittedAt: new Date() } })
		expect(await matrix()).toEqual({ anonymous: 404, member: 404, otherOrgMember: 404, owner: 200, moderator: 200 })
		await queueAction(routeArgs(formRequest('/admin/listings', { listingId: listing.id, version: String((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).version), decision: 'approve' }, world.cookies.moderator)))
		expect((await prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe('PUBLISHED')

		expect(await matrix()).toEqual({ anonymous: 404, member: 200, otherOrgMember: 200, owner: 200, moderator: 200 })
		const download = (await invoke(fileLoader, getRequest(`/files/${deckId}`, world.cookies.member), { id: deckId })) as Response
		expect(download.headers.get('Content-Type')).toBe('application/pdf')
		expect(download.headers.get('Content-Disposition')).toMatch(/^attachment;/)
		expect(download.headers.get('Cache-Control')).toBe('private, no-store')

		// The page: a download for members, a sign-in link back to this page for visitors; never in the public documents.
		const path = listingUrl('STARTUP', listing.slug)
		const anonymous = await detailPage('STARTUP', listing.slug)
		expect(anonymous.files.documents.map((d) => d.id)).not.toContain(deckId)
		const anonymousText = renderToString(createElement(I18nextProvider, { i18n: createI18n('vi') }, createElement(ListingSections, { listing: anonymous.listing, pitchDeck: 'signIn', loginHref: authHref('/login', path) })))
		expect(anonymousText).toContain(`href="/login?redirectTo=${encodeURIComponent(path)}"`)
		expect(anonymousText).toContain('Đăng nhập để tải hồ sơ gọi vốn')
		expect(anonymousText).not.toContain(`/files/${deckId}`)
		const member = await detailPage('STARTUP', listing.slug, world.cookies.member)
		expect(render(member)).toContain('Tải hồ sơ gọi vốn: goi-von.pdf')
	})
})

async function expertProfile(authorId: string, options: { own?: boolean } = {}) {
	return prisma.listing.create({
		data: {
			slug: `chuyen-gia-${unique()}`, type: 'EXPERT', status: 'PUBLISHED', publishedAt: new Date(), title: `TS. Lê Văn Cường ${unique()}`, summary: 'Chuyên gia vi sinh',
			authorId, organizationId: options.own ? null : world.organization.id,
			expertProfile: { create: { degree: 'DOCTORATE', affiliation: 'Đại học Hoa Lư', ...(options.own ? { userId: authorId } : {}) } },
		},
		select: { id: true, slug: true, title: true },
	})
}

describe('expert verification', () => {
	test('asking: the expert or the profile\'s author; others get 404', async () => {
		const expert = await expertProfile(world.users.owner.id)
		await expectMatrix({
			world,
			handler: verificationAction,
			url: `/listings/${expert.id}/verification`,
			params: { listingId: expert.id },
			before: async () => {
				await prisma.expertProfile.update({ where: { listingId: expert.id }, data: { verificationStatus: 'UNVERIFIED' } })
			},
			expected: { anonymous: 'login', member: 404, otherOrgMember: 404, owner: 'ok', moderator: 404, admin: 404 },
		})
		// A person's own profile: they ask themselves.
		const person = await createUser()
		const own = await expertProfile(person.id, { own: true })
		const cookie = (await sessionCookieFor(person.id)).cookie
		const asked = (await invoke(verificationAction, formRequest(`/listings/${own.id}/verification`, {}, cookie), { listingId: own.id })) as Response
		expect(asked.headers.get('Location')).toBe(`/listings/${own.id}/edit?verification=requested`)
		expect(await prisma.expertProfile.findUniqueOrThrow({ where: { listingId: own.id } })).toMatchObject({ verificationStatus: 'PENDING', verificationRequestedAt: expect.any(Date) })
		// Asking twice changes nothing and says so.
		const twice = (await invoke(verificationAction, formRequest(`/listings/${own.id}/verification`, {}, cookie), { listingId: own.id })) as Response
		expect(twice.headers.get('Location')).toBe(`/listings/${own.id}/edit?verification=unavailable`)
		expect(await prisma.auditLog.count({ where: { action: 'expert.verification.requested', entityId: own.id } })).toBe(1)
		const editor = await editorLoader(routeArgs(getRequest(`/listings/${own.id}/edit`, cookie), { listingId: own.id }))
		expect(editor.verification).toEqual({ status: 'PENDING', reason: null, canRequest: false })
	})

	test('deciding: moderators and administrators only; nobody verifies their own profile', async () => {
		let id = ''
		let version = ''
		await expectMatrix({
			world,
			handler: expertQueueAction,
			url: '/admin/experts',
			before: async () => {
				const expert = await expertProfile(world.users.owner.id)
				await prisma.expertProfile.update({ where: { listingId: expert.id }, data: { verificationStatus: 'PENDING', verificationRequestedAt: new Date() } })
				id = expert.id
				version = await versionOf(id)
			},
			form: () => ({ listingId: id, version, decision: 'approve' }),
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 'ok', admin: 'ok' },
		})
		await expectMatrix({
			world,
			handler: expertQueueLoader,
			method: 'GET',
			url: '/admin/experts',
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 'ok', admin: 'ok' },
		})
		const mine = await expertProfile(world.users.moderator.id, { own: true })
		await prisma.expertProfile.update({ where: { listingId: mine.id }, data: { verificationStatus: 'PENDING' } })
		const own = await invoke(expertQueueAction, formRequest('/admin/experts', { listingId: mine.id, version: await versionOf(mine.id), decision: 'approve' }, world.cookies.moderator))
		expect(statusOf(own)).toBe(403)
		expect(payloadOf(own)).toMatchObject({ error: 'listingDetails.admin.own' })
		expect((await prisma.expertProfile.findUniqueOrThrow({ where: { listingId: mine.id } })).verificationStatus).toBe('PENDING')

		// Nor an expert of an organisation the moderator belongs to; the queue marks it.
		const colleague = await expertProfile(world.users.owner.id)
		await prisma.expertProfile.update({ where: { listingId: colleague.id }, data: { verificationStatus: 'PENDING', verificationRequestedAt: new Date() } })
		const insider = await createUser({ roles: ['moderator'] })
		await addMember(world.organization.id, insider.id, 'EDITOR')
		const insiderCookie = (await sessionCookieFor(insider.id)).cookie
		const refused = await invoke(expertQueueAction, formRequest('/admin/experts', { listingId: colleague.id, version: await versionOf(colleague.id), decision: 'approve' }, insiderCookie))
		expect(statusOf(refused)).toBe(403)
		expect(payloadOf(refused)).toMatchObject({ error: 'moderationIntegrity.ownExpert' })
		expect(createI18n('en').t('moderationIntegrity.ownExpert')).toContain('You cannot verify this expert')
		expect((await prisma.expertProfile.findUniqueOrThrow({ where: { listingId: colleague.id } })).verificationStatus).toBe('PENDING')
		const insiderQueue = await expertQueueLoader(routeArgs(getRequest('/admin/experts', insiderCookie)))
		expect(insiderQueue.queue.find((e) => e.listingId === colleague.id)?.own).toBe(true)
		const otherQueue = await expertQueueLoader(routeArgs(getRequest('/admin/experts', world.cookies.moderator)))
		expect(otherQueue.queue.find((e) => e.listingId === colleague.id)?.own).toBe(false)
	})

	test('reject with a reason, ask again, verify: the expert is told in the app and by e-mail; the badge shows; audited', async () => {
		const person = await createUser()
		const cookie = (await sessionCookieFor(person.id)).cookie
		const expert = await expertProfile(person.id, { own: true })
		const ask = () => invoke(verificationAction, formRequest(`/listings/${expert.id}/verification`, {}, cookie), { listingId: expert.id })
		await ask()
		const queue = await expertQueueLoader(routeArgs(getRequest('/admin/experts', world.cookies.moderator)))
		expect(queue.queue.map((e) => e.listingId)).toContain(expert.id)

		const noReason = await invoke(expertQueueAction, formRequest('/admin/experts', { listingId: expert.id, version: await versionOf(expert.id), decision: 'reject', reason: 'x' }, world.cookies.moderator))
		expect(statusOf(noReason)).toBe(400)
		expect(payloadOf(noReason)).toMatchObject({ error: 'listingDetails.admin.reasonRequired', reason: 'x' })
		await invoke(expertQueueAction, formRequest('/admin/experts', { listingId: expert.id, version: await versionOf(expert.id), decision: 'reject', reason: 'Thiếu minh chứng học vị' }, world.cookies.moderator))
		expect(await prisma.expertProfile.findUniqueOrThrow({ where: { listingId: expert.id } })).toMatchObject({ verificationStatus: 'REJECTED', verifiedAt: null, verificationRejectionReason: 'Thiếu minh chứng học vị' })
		const rejected = await prisma.notification.findFirstOrThrow({ where: { userId: person.id, type: 'expertVerification.rejected' } })
		expect(rejected.data).toMatchObject({ reason: 'Thiếu minh chứng học vị' })
		const rejectedMail = await prisma.emailOutbox.findFirstOrThrow({ where: { to: person.email, subject: { startsWith: 'Hồ sơ chuyên gia chưa được xác minh' } } })
		expect(rejectedMail.text).toContain('Thiếu minh chứng học vị')
		const editor = await editorLoader(routeArgs(getRequest(`/listings/${expert.id}/edit`, cookie), { listingId: expert.id }))
		expect(editor.verification).toEqual({ status: 'REJECTED', reason: 'Thiếu minh chứng học vị', canRequest: true })

		await ask()
		await invoke(expertQueueAction, formRequest('/admin/experts', { listingId: expert.id, version: await versionOf(expert.id), decision: 'approve' }, world.cookies.moderator))
		expect(await prisma.expertProfile.findUniqueOrThrow({ where: { listingId: expert.id } })).toMatchObject({ verificationStatus: 'VERIFIED', verifiedAt: expect.any(Date) })
		const approved = await prisma.notification.findFirstOrThrow({ where: { userId: person.id, type: 'expertVerification.approved' } })
		expect(approved.link).toBe(listingUrl('EXPERT', expert.slug))
		const mail = await prisma.emailOutbox.findFirstOrThrow({ where: { to: person.email, subject: { startsWith: 'Hồ sơ chuyên gia đã được xác minh' } } })
		expect(mail.text).toContain(`http://localhost${listingUrl('EXPERT', expert.slug)}`)
		// Deciding twice is refused.
		expect(statusOf(await invoke(expertQueueAction, formRequest('/admin/experts', { listingId: expert.id, version: await versionOf(expert.id), decision: 'approve' }, world.cookies.moderator)))).toBe(409)
		expect(await prisma.auditLog.findMany({ where: { entityId: expert.id, action: { startsWith: 'expert.verification' } }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true } })).toEqual([
			{ action: 'expert.verification.requested', actorId: person.id },
			{ action: 'expert.verification.rejected', actorId: world.users.moderator.id },
			{ action: 'expert.verification.requested', actorId: person.id },
			{ action: 'expert.verification.approved', actorId: world.users.moderator.id },
		])
		const page = await detailPage('EXPERT', expert.slug)
		expect(page.listing.expertProfile?.verifiedAt).toBeTruthy()
		// The search index hears of it (the card's badge).
		expect(await prisma.searchOutbox.count({ where: { entityId: expert.id } })).toBeGreaterThanOrEqual(2)
	})
})

describe('expert verification covers the profile the moderator read', () => {
	test('edited after the moderator opened it: the approval is refused (409) and the profile waits; a verified expert who changes name or credentials goes back to the queue', async () => {
		const person = await createUser()
		const { cookie } = await sessionCookieFor(person.id)
		const form = (title: string, summary = 'Tư vấn tự động hóa xưởng may.') => ({ type: 'EXPERT', organizationId: '', title, summary, fields: 'automation', contactEmail: 'x@example.vn' })
		expect(statusOf(await invoke(editorAction, formRequest('/listings/new', form('KS. Nguyễn Văn A - kỹ thuật viên'), cookie)))).toBe(302)
		const { listingId } = await prisma.expertProfile.findUniqueOrThrow({ where: { userId: person.id }, select: { listingId: true } })
		const edit = (title: string, summary?: string) => invoke(editorAction, formRequest(`/listings/${listingId}/edit`, form(title, summary), cookie), { listingId })
		await invoke(verificationAction, formRequest(`/listings/${listingId}/verification`, {}, cookie), { listingId })
		const opened = (await expertQueueLoader(routeArgs(getRequest('/admin/experts', world.cookies.moderator)))).queue.find((e) => e.listingId === listingId)!
		// The expert rewrites the claims while the moderator reads the queue.
		expect(statusOf(await edit('GS.TS. Nguyễn Văn A - Viện sĩ'))).toBeLessThan(400)
		const stale = await invoke(expertQueueAction, formRequest('/admin/experts', { listingId, version: String(opened.listing.version), decision: 'approve' }, world.cookies.moderator))
		expect(statusOf(stale)).toBe(409)
		expect(payloadOf(stale)).toMatchObject({ error: 'moderationIntegrity.changed' })
		expect((await prisma.expertProfile.findUniqueOrThrow({ where: { listingId } })).verificationStatus).toBe('PENDING')
		// A form without a version is a bad request.
		expect(statusOf(await invoke(expertQueueAction, formRequest('/admin/experts', { listingId, decision: 'approve' }, world.cookies.moderator)))).toBe(400)
		// Reopened, the new claims can be verified.
		const reopened = (await expertQueueLoader(routeArgs(getRequest('/admin/experts', world.cookies.moderator)))).queue.find((e) => e.listingId === listingId)!
		expect(reopened.listing.title).toBe('GS.TS. Nguyễn Văn A - Viện sĩ')
		expect(statusOf(await invoke(expertQueueAction, formRequest('/admin/experts', { listingId, version: String(reopened.listing.version), decision: 'approve' }, world.cookies.moderator)))).toBe(302)
		expect((await prisma.expertProfile.findUniqueOrThrow({ where: { listingId } })).verificationStatus).toBe('VERIFIED')
		// A change that is not a claim keeps the badge…
		await edit('GS.TS. Nguyễn Văn A - Viện sĩ', 'Tư vấn tự động hóa và bảo trì xưởng may.')
		expect((await prisma.expertProfile.findUniqueOrThrow({ where: { listingId } })).verificationStatus).toBe('VERIFIED')
		// …a new name loses it and goes back to the queue.
		await edit('Bất kỳ ai khác')
		expect(await prisma.expertProfile.findUniqueOrThrow({ where: { listingId } })).toMatchObject({ verificationStatus: 'PENDING', verifiedAt: null })
		const queue = await expertQueueLoader(routeArgs(getRequest('/admin/experts', world.cookies.moderator)))
		expect(queue.queue.map((e) => e.listingId)).toContain(listingId)
	})
})
