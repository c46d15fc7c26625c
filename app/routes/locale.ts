import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { isLocale, localeCookie } from '~/utils/i18n'
import { safeRedirectPath } from '~/utils/redirect'

export async function loader() {
	throw new Response('Method Not Allowed', { status: 405, headers: { Allow: 'POST' } })
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await request.formData()
	const locale = form.get('locale')
	const to = safeRedirectPath(form.get('redirectTo'))
	if (!isLocale(locale)) return redirect(to)
	const secure = new URL(request.url).protocol === 'https:'
	return redirect(to, { headers: { 'Set-Cookie': localeCookie(locale, secure) } })
}
