import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { audit } from '~/modules/audit/audit.server'
import { getOptionalUser } from '~/modules/auth/guards.server'
import { clearSessionCookie } from '~/modules/auth/session-cookie.server'
import { invalidateSession } from '~/modules/auth/session.server'

export async function loader() {
	throw new Response('Method Not Allowed', { status: 405, headers: { Allow: 'POST' } })
}

export async function action({ request, context }: ActionFunctionArgs) {
	const user = await getOptionalUser(request)
	if (user) {
		await invalidateSession(user.sessionId)
		await audit({ action: 'auth.logout', actorId: user.id, entityType: 'user', entityId: user.id, request, context })
	}
	return redirect('/', { headers: { 'Set-Cookie': clearSessionCookie(request) } })
}
