import type { LoaderFunctionArgs } from '@remix-run/node'
import { mayReadHealthDetails } from '~/modules/health/access.server'
import { checkHealth } from '~/modules/health/health.server'

// Up (200) or down (503) for anyone; the full report for administrators and HEALTH_TOKEN.
export async function loader({ request }: LoaderFunctionArgs) {
	const detailed = await mayReadHealthDetails(request)
	const report = await checkHealth(undefined, undefined, { withIndexStatus: detailed })
	return Response.json(detailed ? report : { status: report.status }, {
		status: report.status === 'ok' ? 200 : 503,
		headers: { 'Cache-Control': 'no-store' },
	})
}
