import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { exportPersonalData } from '~/modules/account/personal-data-export.server'
import { requireUser } from '~/modules/auth/guards.server'

// "Download my data": a resource route answering the file itself, so the browser saves
// it (the privacy page posts here with a plain document request). POST only: it is
// audited, and cross-site posts are refused before they reach it (server/security.ts).
export async function loader() {
	return redirect('/account/privacy')
}

export async function action({ request, context }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const { fileName, body } = await exportPersonalData(user.id, { request, context })
	return new Response(body, {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Content-Disposition': `attachment; filename="${fileName}"`,
			'Cache-Control': 'no-store',
		},
	})
}
