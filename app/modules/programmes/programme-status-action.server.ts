// The form action shared by the pages that show ProgrammeStatusActions.
import { data, type ActionFunctionArgs } from '@remix-run/node'
import { requireVerifiedUser } from '~/modules/auth/guards.server'
import { changeProgrammeStatus } from './programme-status.server'

const actions = ['publish', 'close', 'reopen'] as const

export async function programmeStatusAction({ request, context }: ActionFunctionArgs) {
	const user = await requireVerifiedUser(request)
	const form = await request.formData()
	const programmeId = String(form.get('programmeId') ?? '')
	const action = actions.find((a) => a === form.get('intent'))
	if (!action || !programmeId) return data({ programmeId, error: 'errors.badRequest', undecided: 0 }, { status: 400 })
	const outcome = await changeProgrammeStatus(user, programmeId, action, { request, context })
	if (outcome.ok) return data({ programmeId, error: null, undecided: 0 })
	if (outcome.status === 404) throw new Response('Not Found', { status: 404 })
	return data({ programmeId, error: outcome.error, undecided: outcome.undecided ?? 0 }, { status: outcome.status })
}
