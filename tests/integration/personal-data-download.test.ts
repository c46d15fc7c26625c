import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import * as privacyExport from '~/routes/account/privacy-export'
import * as files from '~/routes/files'
import { prisma } from '~/utils/db.server'
import { createOrganization, createUser, sessionCookieFor } from '../support/factories'
import { serveResourceRoutes } from '../support/http-app'

// "Download my data" over HTTP, as a browser's form post reaches it.
let server: Awaited<ReturnType<typeof serveResourceRoutes>>
beforeAll(async () => {
	server = await serveResourceRoutes({ '/account/privacy/export': privacyExport, '/files/:id/:variant?': files })
})
afterAll(() => server.close())

function post(cookie: string | null, headers: Record<string, string> = { 'Sec-Fetch-Site': 'same-origin' }) {
	return fetch(`${server.base}/account/privacy/export`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: cookie } : {}), ...headers },
		body: '',
	})
}

async function personWithData() {
	const user = await createUser({ name: 'Lê Thị Thu Hà' })
	const organization = await createOrganization(user.id, { name: 'Hợp tác xã Cói Kim Sơn' })
	const listing = await prisma.listing.create({
		data: { slug: `cong-nghe-det-coi-${user.id}`, type: 'TECHNOLOGY_OFFER', title: 'Công nghệ dệt chiếu cói tự động', authorId: user.id, organizationId: organization.id },
		select: { id: true },
	})
	await prisma.notification.create({ data: { userId: user.id, type: 'listing.approved', data: { title: 'Công nghệ dệt chiếu cói tự động' } } })
	await prisma.verification.create({ data: { type: 'EMAIL_VERIFICATION', target: user.email, tokenHash: `hash-${user.id}`, userId: user.id, expiresAt: new Date(Date.now() + 60_000) } })
	return { user, organization, listing }
}

describe('download my data over HTTP', () => {
	test('a same-origin form post answers the JSON file as an attachment, never cached, with the person’s data and no secrets', async () => {
		const { user, organization, listing } = await personWithData()
		const { cookie, token } = await sessionCookieFor(user.id)
		const response = await post(cookie)
		expect(response.status).toBe(200)
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
		expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="du-lieu-ca-nhan-\d{4}-\d{2}-\d{2}\.json"$/)
		expect(response.headers.get('cache-control')).toBe('private, no-store')
		expect(response.headers.get('x-content-type-options')).toBe('nosniff')
		const text = await response.text()
		const exported = JSON.parse(text)
		expect(exported.user).toMatchObject({ email: user.email, name: 'Lê Thị Thu Hà', status: 'ACTIVE' })
		expect(exported.user.passwordChangedAt).toEqual(expect.any(String))
		expect(exported.memberships).toEqual([expect.objectContaining({ role: 'OWNER', organization: { name: organization.name, slug: organization.slug } })])
		expect(exported.listings).toEqual([expect.objectContaining({ id: listing.id, title: 'Công nghệ dệt chiếu cói tự động', status: 'DRAFT' })])
		expect(exported.notifications).toEqual([expect.objectContaining({ type: 'listing.approved' })])
		expect(exported.consents).toEqual([])
		expect(exported.sessions).toHaveLength(1)
		expect(exported.verifications).toEqual([expect.objectContaining({ type: 'EMAIL_VERIFICATION', target: user.email })])
		for (const key of ['applications', 'reviewAssignments', 'orders', 'inquiries', 'messages', 'savedSearches', 'files', 'activity']) {
			expect(Array.isArray(exported[key]), key).toBe(true)
		}
		// No secret: neither half of the session token, no password or token hash.
		expect(text).not.toContain(token.split('.')[0])
		expect(text).not.toContain(token.split('.')[1])
		expect(text).not.toContain(`hash-${user.id}`)
		expect(text).not.toMatch(/argon2|secretHash|tokenHash|"hash"/)
		expect(await prisma.auditLog.count({ where: { action: 'user.data.exported', actorId: user.id } })).toBe(1)
	})

	test('a cross-site post is refused before it reaches the export (nothing exported, nothing audited)', async () => {
		const { user } = await personWithData()
		const { cookie } = await sessionCookieFor(user.id)
		const crossSite = await post(cookie, { 'Sec-Fetch-Site': 'cross-site' })
		expect(crossSite.status).toBe(403)
		expect(await crossSite.text()).not.toContain(user.email)
		const foreignOrigin = await post(cookie, { Origin: 'https://evil.example' })
		expect(foreignOrigin.status).toBe(403)
		expect(await prisma.auditLog.count({ where: { action: 'user.data.exported', actorId: user.id } })).toBe(0)
	})

	test('an anonymous post is sent to sign in; a plain GET goes back to the privacy page', async () => {
		const anonymous = await post(null)
		expect(anonymous.status).toBe(302)
		expect(anonymous.headers.get('location')).toBe('/login?redirectTo=%2Faccount%2Fprivacy%2Fexport')
		const get = await fetch(`${server.base}/account/privacy/export`, { redirect: 'manual' })
		expect(get.status).toBe(302)
		expect(get.headers.get('location')).toBe('/account/privacy')
	})

	test('each uploaded file is listed with a download link that downloads it for the person', async () => {
		const { user, listing } = await personWithData()
		const { storeUpload } = await import('~/modules/files/files.server')
		const pdf = new File([Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')], 'quy-trinh-det.pdf', { type: 'application/pdf' })
		const stored = await storeUpload({ file: pdf, kind: 'DOCUMENT', uploadedById: user.id, listingId: listing.id })
		const { cookie } = await sessionCookieFor(user.id)
		const exported = await (await post(cookie)).json()
		const [file] = exported.files
		expect(file).toMatchObject({ fileName: 'quy-trinh-det.pdf', contentType: 'application/pdf', sizeBytes: expect.any(Number), createdAt: expect.any(String) })
		expect(file.downloadUrl).toBe(`${server.base}/files/${stored.id}`)
		const download = await fetch(file.downloadUrl, { headers: { Cookie: cookie } })
		expect(download.status).toBe(200)
		expect(download.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''quy-trinh-det.pdf`)
	})
})
