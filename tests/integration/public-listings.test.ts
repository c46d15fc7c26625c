import { beforeAll, describe, expect, test } from 'vitest'
import type { ListingStatus, ListingType } from '~/generated/prisma/enums'
import { loader as browseLoader } from '~/routes/listings/browse'
import { loader as detailLoader } from '~/routes/listings/detail'
import { loader as sitemapLoader } from '~/routes/sitemap'
import { drainOutbox, ensureListingsIndex } from '~/modules/search/indexer.server'
import { prisma } from '~/utils/db.server'
import { createOrganization, createUser, sessionCookieFor } from '../support/factories'
import { getRequest, routeArgs, settle } from '../support/routes'

const listings: Record<string, { slug: string; status: ListingStatus }> = {}
let expertCookie = ''

async function makeListing(type: ListingType, status: ListingStatus, authorId: string, organizationId: string) {
	const slug = `${status.toLowerCase()}-${type.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`
	const listing = await prisma.listing.create({
		data: {
			slug,
			type,
			status,
			title: `Tin ${status} ${type} ${slug}`,
			summary: 'Tóm tắt',
			description: '**Mô tả** với <script>alert(1)</script>',
			authorId,
			organizationId,
			publishedAt: status === 'PUBLISHED' ? new Date() : null,
			...(type === 'EXPERT'
				? { expertProfile: { create: { contactEmail: 'lien.he@example.vn', contactPhone: '0912 345 678' } } }
				: type === 'TECHNOLOGY_OFFER'
					? { technologyOffer: { create: { trl: 7 } } }
					: {}),
		},
	})
	await prisma.searchOutbox.create({ data: { entityType: 'listing', entityId: listing.id } })
	return slug
}

beforeAll(async () => {
	const author = await createUser()
	const org = await createOrganization(author.id)
	for (const status of ['DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'ARCHIVED'] as const) {
		listings[`offer-${status}`] = { slug: await makeListing('TECHNOLOGY_OFFER', status, author.id, org.id), status }
	}
	listings.expert = { slug: await makeListing('EXPERT', 'PUBLISHED', author.id, org.id), status: 'PUBLISHED' }
	expertCookie = (await sessionCookieFor(author.id)).cookie
	await ensureListingsIndex()
	await drainOutbox()
})

describe('public listing pages', () => {
	test('the sitemap contains exactly the published listings and the programmes that are not drafts', async () => {
		const owner = await createUser()
		const agency = await createOrganization(owner.id)
		const programme = (status: 'DRAFT' | 'OPEN', slug: string) =>
			prisma.programme.create({ data: { slug, organizationId: agency.id, title: slug, supportType: 'GRANT', status, opensAt: new Date(), closesAt: new Date(Date.now() + 86_400_000) } })
		await programme('OPEN', 'chuong-trinh-dang-mo-so-do')
		await programme('DRAFT', 'chuong-trinh-nhap-so-do')
		const xml = await (await sitemapLoader(routeArgs(getRequest('/sitemap.xml')))).text()
		expect(xml).toContain('/chuong-trinh/chuong-trinh-dang-mo-so-do</loc>')
		expect(xml).not.toContain('chuong-trinh-nhap-so-do')
		const published = await prisma.listing.findMany({ where: { status: 'PUBLISHED' }, select: { slug: true } })
		const hidden = await prisma.listing.findMany({ where: { status: { not: 'PUBLISHED' } }, select: { slug: true } })
		expect(hidden.length).toBeGreaterThanOrEqual(4)
		for (const { slug } of published) expect(xml).toContain(`/${slug}</loc>`)
		for (const { slug } of hidden) expect(xml).not.toContain(slug)
		// Home, the six type pages, the programme list and the open programme.
		expect(xml.match(/<url>/g)?.length).toBe(published.length + 9)
	})

	test('only a published listing has a detail page; the others answer 404', async () => {
		for (const [key, { slug, status }] of Object.entries(listings)) {
			if (!key.startsWith('offer-')) continue
			const result = await settle(detailLoader(routeArgs(getRequest(`/cong-nghe/${slug}`), { slug })))
			if (status === 'PUBLISHED') {
				expect(result).not.toBeInstanceOf(Response)
				const page = result as Awaited<ReturnType<typeof detailLoader>>
				expect(page.descriptionHtml).toContain('<strong>Mô tả</strong>')
				expect(page.descriptionHtml).not.toContain('<script')
				expect(page.canonical).toBe(`http://localhost/cong-nghe/${slug}`)
				expect(page.jsonLd).toMatchObject({ '@type': 'Product', name: expect.stringContaining(slug) })
			} else {
				expect((result as Response).status, status).toBe(404)
			}
		}
		// A listing is only found under its own type's path.
		const wrongType = await settle(detailLoader(routeArgs(getRequest(`/sang-che/${listings['offer-PUBLISHED'].slug}`), { slug: listings['offer-PUBLISHED'].slug })))
		expect((wrongType as Response).status).toBe(404)
	})

	test('browsing lists published listings only, and filters by TRL', async () => {
		const all = await browseLoader(routeArgs(getRequest('/cong-nghe?page=1')))
		expect(all.result.degraded).toBe(false)
		const urls = all.result.hits.map((hit) => hit.url)
		expect(urls).toContain(`/cong-nghe/${listings['offer-PUBLISHED'].slug}`)
		for (const status of ['DRAFT', 'PENDING_REVIEW', 'REJECTED', 'ARCHIVED']) expect(urls).not.toContain(`/cong-nghe/${listings[`offer-${status}`].slug}`)
		expect(all.result.facets.trl).toEqual(expect.arrayContaining([expect.objectContaining({ value: '7' })]))
		const high = await browseLoader(routeArgs(getRequest('/cong-nghe?trl=8')))
		expect(high.result.hits.every((hit) => hit.trl === 8)).toBe(true)
		expect(high.result.hits.map((hit) => hit.url)).not.toContain(`/cong-nghe/${listings['offer-PUBLISHED'].slug}`)
		const seven = await browseLoader(routeArgs(getRequest('/cong-nghe?trl=7')))
		expect(seven.result.hits.map((hit) => hit.url)).toContain(`/cong-nghe/${listings['offer-PUBLISHED'].slug}`)
		const nonsense = await browseLoader(routeArgs(getRequest('/cong-nghe?trl=abc&page=-4&sort=%3Cx%3E')))
		expect(nonsense.state).toEqual({ q: '', page: 1, sort: 'newest', filters: {} })
	})

	test("an expert's contact details are for signed-in members only", async () => {
		const slug = listings.expert.slug
		const anonymous = await detailLoader(routeArgs(getRequest(`/chuyen-gia/${slug}`), { slug }))
		expect(anonymous.listing.expertProfile).toMatchObject({ contactEmail: null, contactPhone: null })
		expect(JSON.stringify(anonymous)).not.toContain('lien.he@example.vn')
		const member = await detailLoader(routeArgs(getRequest(`/chuyen-gia/${slug}`, expertCookie), { slug }))
		expect(member.listing.expertProfile?.contactEmail).toBe('lien.he@example.vn')
	})
})
