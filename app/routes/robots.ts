import { type LoaderFunctionArgs } from '@remix-run/node'
import { siteOrigin } from '~/utils/locale.server'

export async function loader({ request }: LoaderFunctionArgs) {
	const body = [
		'User-agent: *',
		'Disallow: /account',
		'Disallow: /admin',
		'Disallow: /organizations/new',
		'Disallow: /invitations/',
		'Allow: /',
		`Sitemap: ${siteOrigin(request)}/sitemap.xml`,
		'',
	].join('\n')
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
