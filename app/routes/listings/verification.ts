import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { requireVerifiedUser } from '~/modules/auth/guards.server'
import { requestExpertVerification } from '~/modules/listings/expert-verification.server'

// POST /listings/:listingId/verification: the expert (or the profile's author) asks
// the moderators to verify the profile; back to the editor with the outcome.
export async function action({ request, params, context }: ActionFunctionArgs) {
	const user = await requireVerifiedUser(request)
	const listingId = params.listingId!
	const outcome = await requestExpertVerification(user, listingId, { request, context })
	if (!outcome.ok && outcome.status === 404) throw new Response('Not Found', { status: 404 })
	return redirect(`/listings/${listingId}/edit?verification=${outcome.ok ? 'requested' : 'unavailable'}`)
}

export function loader() {
	throw new Response('Not Found', { status: 404 })
}
