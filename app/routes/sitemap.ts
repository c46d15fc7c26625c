import { type LoaderFunctionArgs } from '@remix-run/node'
import { listingPaths, listingUrl } from '~/modules/listings/listing-paths'
import { sitemapEntries } from '~/modules/listings/public-listings.server'
import { publicProgrammeSlugs } from '~/modules/programmes/public-programmes.server'
import { siteOrigin } from '~/utils/locale.server'

function escapeXml(text: string) {
	return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)
}

// Every published listing and programme, and nothing else that could be private.
export async function loader({ request }: LoaderFunctionArgs) {
	const origin = siteOrigin(request)
	const [listings, programmes] = await Promise.all([sitemapEntries(), publicProgrammeSlugs()])
	const urls = [
		`<url><loc>${escapeXml(origin)}/</loc></url>`,
		...Object.values(listingPaths).map((path) => `<url><loc>${escapeXml(`${origin}/${path}`)}</loc></url>`),
		`<url><loc>${escapeXml(`${origin}/chuong-trinh`)}</loc></url>`,
		...programmes.map((p) => `<url><loc>${escapeXml(`${origin}/chuong-trinh/${p.slug}`)}</loc><lastmod>${p.updatedAt.toISOString()}</lastmod></url>`),
		...listings.map(
			(l) => `<url><loc>${escapeXml(`${origin}${listingUrl(l.type, l.slug)}`)}</loc><lastmod>${l.updatedAt.toISOString()}</lastmod></url>`,
		),
	]
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } })
}
