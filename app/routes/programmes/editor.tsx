import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ProgrammeForm } from '~/components/programme-form'
import { Notice } from '~/components/ui/form'
import { notFound } from '~/modules/auth/guards.server'
import { requireProgrammeRunner } from '~/modules/programmes/officers.server'
import { programmeEditorOptions, programmeFormValues, saveProgramme } from '~/modules/programmes/programmes.server'
import { ProgrammeSchema } from '~/modules/programmes/schemas'
import { pageTitle, translate } from '~/utils/meta'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
	{ title: pageTitle(matches, translate(matches, data?.programme ? 'forms.programmeEditTitle' : 'programmes.editor.pageTitle')) },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
	const user = await requireProgrammeRunner(request)
	const editor = await programmeEditorOptions(user)
	if (!params.programmeId) return { editor, programme: null, values: null, usage: null }
	const found = await programmeFormValues(user, params.programmeId)
	if (!found) throw notFound()
	return { editor, programme: { id: found.programme.id, slug: found.programme.slug, title: found.programme.title, status: found.programme.status }, values: found.values, usage: found.usage }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const user = await requireProgrammeRunner(request)
	const submission = parseWithZod(await request.formData(), { schema: ProgrammeSchema })
	// List intents (add, remove, reorder) come back with the form as it now is.
	if (submission.status !== 'success') return data({ result: submission.reply(), changes: [] as string[] }, { status: submission.status === 'error' ? 400 : 200 })
	const outcome = await saveProgramme(user, params.programmeId ?? null, submission.value, { request, context })
	if (!outcome.ok) {
		if (outcome.status === 404) throw notFound()
		if (outcome.status === 409) return data({ result: submission.reply(), changes: outcome.changes as string[] }, { status: 409 })
		return data({ result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] } }), changes: [] as string[] }, { status: 400 })
	}
	return redirect(`/programmes/${outcome.programmeId}/edit?saved=1`)
}

export default function ProgrammeEditor() {
	const { t } = useTranslation()
	const { editor, programme, values, usage } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [searchParams] = useSearchParams()
	if (editor.organizations.length === 0) {
		return (
			<div className="mx-auto max-w-xl space-y-3">
				<h1 className="text-2xl font-semibold">{t('programmes.editor.pageTitle')}</h1>
				<p className="text-slate-700">{t('programmes.editor.needOrganization')}</p>
			</div>
		)
	}
	return (
		<div className="mx-auto max-w-4xl space-y-4">
			<nav aria-label={t('programmes.manage.breadcrumb')} className="text-sm">
				<Link to="/programmes/manage" className="text-sky-800 underline">{t('programmes.manage.title')}</Link>
			</nav>
			<div className="flex flex-wrap items-baseline justify-between gap-3">
				<h1 className="text-2xl font-semibold">{programme ? t('programmes.editor.editTitle', { title: programme.title }) : t('programmes.editor.newTitle')}</h1>
				{programme ? (
					<div className="flex gap-3 text-sm">
						<span className="rounded-full bg-slate-100 px-2 py-0.5">{t(`programmeStatus.${programme.status}`)}</span>
						<Link to={`/programmes/${programme.id}/preview`} className="text-sky-800 underline">{t('programmes.editor.preview')}</Link>
						<Link to={`/programmes/${programme.id}/applications`} className="text-sky-800 underline">{t('programmes.manage.applications')}</Link>
					</div>
				) : null}
			</div>
			{searchParams.get('saved') ? <Notice tone="success">{t('programmes.editor.saved')}</Notice> : null}
			{actionData?.changes.length ? (
				<div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
					<p className="font-medium">{t('programmes.editor.changesRefused')}</p>
					<ul className="mt-1 list-disc pl-5">
						{actionData.changes.map((change) => (
							<li key={change}>{t(`programmes.changes.${change}`)}</li>
						))}
					</ul>
				</div>
			) : null}
			{usage && usage.applications > 0 ? (
				<p className="text-sm text-slate-600">{t('programmes.editor.usage', { count: usage.applications, submitted: usage.submitted })}</p>
			) : null}
			<ProgrammeForm
				editor={editor}
				lastResult={actionData?.result}
				defaultValue={values ?? undefined}
				submitLabel={programme ? t('programmes.editor.save') : t('programmes.editor.create')}
				locked={Boolean(usage && usage.applications > 0)}
			/>
		</div>
	)
}
