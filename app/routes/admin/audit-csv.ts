import type { LoaderFunctionArgs } from '@remix-run/node'
import { audit } from '~/modules/audit/audit.server'
import { readAuditFilters } from '~/modules/audit/audit-filters'
import { auditCsv } from '~/modules/audit/audit-log.server'
import { requirePermission } from '~/modules/auth/guards.server'
import { getI18n } from '~/utils/i18n'
import { requestLocale } from '~/utils/locale.server'

// The log as filtered on the page, as a spreadsheet in the viewer's language. The
// export takes personal data (addresses, names) out of the site, so it is audited.
export async function loader({ request, context }: LoaderFunctionArgs) {
	const admin = await requirePermission(request, 'read:audit:any')
	const { input, filters, errors } = readAuditFilters(new URL(request.url).searchParams)
	const locale = requestLocale(request)
	const { t } = getI18n(locale)
	if (Object.keys(errors).length) {
		return new Response(Object.values(errors).map((key) => t(key)).join('\n'), { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
	}
	const { csv, count } = await auditCsv(filters, t, locale)
	const filtersUsed = Object.fromEntries(Object.entries(input).filter(([, value]) => value))
	await audit({ action: 'admin.audit.exported', actorId: admin.id, entityType: 'audit', metadata: { filters: filtersUsed, rows: count }, request, context })
	const day = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10) // Viet Nam date
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="nhat-ky-${day}.csv"`,
			'Cache-Control': 'private, no-store',
		},
	})
}
