import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { requireUser } from '~/modules/auth/guards.server'
import { hasPermission } from '~/modules/auth/permissions'

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	if (hasPermission(user, 'moderate:listing:any')) throw redirect('/admin/listings')
	if (hasPermission(user, 'read:user:any')) throw redirect('/admin/users')
	if (hasPermission(user, 'verify:organization:any')) throw redirect('/admin/organizations')
	throw new Response('Not Found', { status: 404 })
}
