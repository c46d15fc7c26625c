import { checkHealth } from '~/modules/health/health.server'

export async function loader() {
	const report = await checkHealth()
	return Response.json(report, {
		status: report.status === 'ok' ? 200 : 503,
		headers: { 'Cache-Control': 'no-store' },
	})
}
