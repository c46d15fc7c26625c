import { type LoaderFunctionArgs } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ApplicationQuestionsPreview } from '~/components/application-questions-preview'
import { ProgrammeOverview } from '~/components/programme-overview'
import { notFound } from '~/modules/auth/guards.server'
import { renderMarkdown } from '~/modules/content/markdown.server'
import { requireProgrammeOfficer } from '~/modules/programmes/officers.server'
import { programmePreview } from '~/modules/programmes/public-programmes.server'
import { titleMeta } from '~/utils/meta'
import { ProgrammeStatusActions } from '~/components/programme-status-actions'
import { programmeStatusAction } from '~/modules/programmes/programme-status-action.server'

export const meta = titleMeta('programmes.preview.pageTitle')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireProgrammeOfficer(request, params.programmeId!)
	const programme = await programmePreview(params.programmeId!, user)
	if (!programme) throw notFound()
	return { programme, descriptionHtml: programme.description ? renderMarkdown(programme.description) : '' }
}

export const action = programmeStatusAction

export default function ProgrammePreview() {
	const { t } = useTranslation()
	const { programme, descriptionHtml } = useLoaderData<typeof loader>()
	return (
		<div className="mx-auto max-w-4xl space-y-6">
			<div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
				<p className="text-sm text-amber-900">{t('programmes.preview.banner')}</p>
				<div className="flex flex-wrap items-center gap-3 text-sm">
					<Link to={`/programmes/${programme.id}/edit`} className="text-sky-800 underline">{t('programmes.manage.edit')}</Link>
					<ProgrammeStatusActions programme={{ id: programme.id, actions: programme.officerActions }} />
				</div>
			</div>
			<ProgrammeOverview programme={programme} descriptionHtml={descriptionHtml} />
			<section aria-labelledby="preview-form" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
				<h2 id="preview-form" className="text-xl font-semibold">{t('programmes.preview.formHeading')}</h2>
				<p className="text-sm text-slate-600">{t('programmes.preview.formHelp')}</p>
				<ApplicationQuestionsPreview programme={programme} />
			</section>
		</div>
	)
}
