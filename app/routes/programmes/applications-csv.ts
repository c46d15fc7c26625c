import type { LoaderFunctionArgs } from '@remix-run/node'
import { applicationsTable, exportRows } from '~/modules/programmes/evaluation.server'
import { requireProgrammeOfficer } from '~/modules/programmes/officers.server'
import { parseTableFilters } from '~/modules/programmes/evaluation-table'
import { applicationsCsv } from '~/modules/programmes/export'
import { getI18n } from '~/utils/i18n'
import { requestLocale } from '~/utils/locale.server'

// The table as it is filtered on the page, as a spreadsheet in the viewer's language.
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, programme } = await requireProgrammeOfficer(request, params.programmeId!)
	const { rows } = await applicationsTable(programme.id, parseTableFilters(new URL(request.url).searchParams), user.id)
	const csv = applicationsCsv(exportRows(rows), getI18n(requestLocale(request)).t)
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="ho-so-${programme.slug}.csv"`,
			'Cache-Control': 'private, no-store',
		},
	})
}
