import { type LoaderFunctionArgs } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ProgrammeStatusBadge } from '~/components/programme-overview'
import { ProgrammeStatusActions } from '~/components/programme-status-actions'
import { requireProgrammeRunner } from '~/modules/programmes/officers.server'
import { programmeStatusAction } from '~/modules/programmes/programme-status-action.server'
import { listManagedProgrammes } from '~/modules/programmes/programmes.server'
import { formatDateTime } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('programmes.manage.title')

export async function loader({ request }: LoaderFunctionArgs) {
	return listManagedProgrammes(await requireProgrammeRunner(request))
}

export const action = programmeStatusAction

export default function ManageProgrammes() {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { organizations, programmes } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-6">
			<div className="flex flex-wrap items-center justify-between gap-3">
				<h1 className="text-2xl font-semibold">{t('programmes.manage.title')}</h1>
				{organizations.length ? (
					<Link to="/programmes/new" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">{t('programmes.manage.new')}</Link>
				) : null}
			</div>
			{organizations.length === 0 ? <p className="text-slate-700">{t('programmes.editor.needOrganization')}</p> : null}
			{programmes.length === 0 ? (
				<p className="text-slate-600">{t('programmes.manage.empty')}</p>
			) : (
				<table className="w-full text-left text-sm">
					<thead>
						<tr className="border-b border-slate-300">
							<th scope="col" className="py-2">{t('programmes.manage.programme')}</th>
							<th scope="col" className="py-2">{t('programmes.manage.status')}</th>
							<th scope="col" className="py-2">{t('programmes.manage.window')}</th>
							<th scope="col" className="py-2 text-right">{t('programmes.manage.submitted')}</th>
							<th scope="col" className="py-2 text-right">{t('programmes.manage.awaiting')}</th>
							<th scope="col" className="py-2">{t('programmes.manage.actionsHeading')}</th>
						</tr>
					</thead>
					<tbody>
						{programmes.map((programme) => (
							<tr key={programme.id} className="border-b border-slate-100 align-top">
								<td className="py-2">
									<span className="font-medium">{programme.title}</span>
									<span className="block text-xs text-slate-600">{programme.organization.name}</span>
									<span className="mt-1 flex flex-wrap gap-3 text-xs">
										<Link to={`/programmes/${programme.id}/edit`} className="text-sky-800 underline">{t('programmes.manage.edit')}</Link>
										<Link to={`/programmes/${programme.id}/preview`} className="text-sky-800 underline">{t('programmes.editor.preview')}</Link>
										<Link to={`/programmes/${programme.id}/applications`} className="text-sky-800 underline">{t('programmes.manage.applications')}</Link>
										{programme.status !== 'DRAFT' ? <Link to={`/chuong-trinh/${programme.slug}`} className="text-sky-800 underline">{t('programmes.manage.publicPage')}</Link> : null}
									</span>
								</td>
								<td className="py-2"><ProgrammeStatusBadge status={programme.status} /></td>
								<td className="py-2">{formatDateTime(programme.opensAt, locale)} – {formatDateTime(programme.closesAt, locale)}</td>
								<td className="py-2 text-right">{programme.submitted}</td>
								<td className="py-2 text-right">{programme.awaitingAction}</td>
								<td className="py-2"><ProgrammeStatusActions programme={programme} /></td>
							</tr>
						))}
					</tbody>
				</table>
			)}
		</div>
	)
}
