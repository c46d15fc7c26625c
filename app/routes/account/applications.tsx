import { type LoaderFunctionArgs } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ApplicationStatusBadge } from '~/components/applying-status-badge'
import { requireUser } from '~/modules/auth/guards.server'
import { applicationsForUser } from '~/modules/programmes/applicant.server'
import { formatDate, formatDateTime } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('applying.list.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	return { applications: await applicationsForUser(user) }
}

export default function MyApplications() {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { applications } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-4">
			<div>
				<h1 className="text-2xl font-semibold">{t('applying.list.title')}</h1>
				<p className="mt-1 text-slate-700">{t('applying.list.intro')}</p>
			</div>
			{applications.length === 0 ? (
				<div className="rounded-lg border border-slate-200 bg-white p-6 text-center">
					<p className="text-slate-700">{t('applying.list.empty')}</p>
					<Link to="/chuong-trinh" className="mt-3 inline-block rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">
						{t('applying.list.browse')}
					</Link>
				</div>
			) : (
				<div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
					<table className="min-w-full divide-y divide-slate-200 text-sm">
						<caption className="sr-only">{t('applying.list.caption')}</caption>
						<thead className="bg-slate-50 text-left text-slate-700">
							<tr>
								{(['reference', 'programme', 'organization', 'project', 'status', 'deadline', 'activity'] as const).map((column) => (
									<th key={column} scope="col" className="px-3 py-2 font-medium">{t(`applying.list.columns.${column}`)}</th>
								))}
							</tr>
						</thead>
						<tbody className="divide-y divide-slate-100">
							{applications.map((application) => (
								<tr key={application.id}>
									<th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">
										<Link to={`/account/applications/${application.id}`} className="text-sky-700 underline">{application.referenceNumber}</Link>
									</th>
									<td className="px-3 py-2">
										<Link to={`/chuong-trinh/${application.programme.slug}`} className="text-sky-700 underline">{application.programme.title}</Link>
									</td>
									<td className="px-3 py-2">{application.organization.name}</td>
									<td className="px-3 py-2">{application.projectTitle || <span className="text-slate-500">{t('applying.list.untitled')}</span>}</td>
									<td className="px-3 py-2">
										<ApplicationStatusBadge status={application.status} />
									</td>
									<td className="whitespace-nowrap px-3 py-2">
										<time dateTime={new Date(application.programme.closesAt).toISOString()}>{formatDate(application.programme.closesAt, locale)}</time>
									</td>
									<td className="whitespace-nowrap px-3 py-2 text-slate-700">
										{application.submittedAt
											? t('applying.list.submittedAt', { time: formatDateTime(application.submittedAt, locale) })
											: t('applying.list.savedAt', { time: formatDateTime(application.lastSavedAt, locale) })}
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
		</div>
	)
}
