import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormMessage, SubmitButton } from '~/components/ui/form'
import { createField, deleteSynonym, FieldSchema, listTaxonomy, saveSynonym, SynonymSchema, updateField } from '~/modules/admin/taxonomy.server'
import { requirePermission } from '~/modules/auth/guards.server'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('admin.taxonomy.title')

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'update:taxonomy:any')
	return listTaxonomy()
}

type ActionResult = { error: string | null; errors?: Record<string, string[] | null> }

export async function action({ request, context }: ActionFunctionArgs) {
	const admin = await requirePermission(request, 'update:taxonomy:any')
	const formData = await request.formData()
	const intent = formData.get('intent')
	const ctx = { request, context }
	const fail = (result: ActionResult, status = 400) => data(result, { status })
	if (intent === 'create-field' || intent === 'update-field') {
		const submission = parseWithZod(formData, { schema: FieldSchema })
		if (submission.status !== 'success') return fail({ error: null, errors: submission.error ?? {} })
		if (intent === 'create-field') {
			const outcome = await createField(admin.id, submission.value, ctx)
			if (!outcome.ok) return fail({ error: outcome.error }, 409)
		} else if (!(await updateField(admin.id, String(formData.get('fieldId') ?? ''), submission.value, ctx))) {
			throw new Response('Not Found', { status: 404 })
		}
		return redirect('/admin/taxonomy')
	}
	if (intent === 'save-synonym') {
		const submission = parseWithZod(formData, { schema: SynonymSchema })
		if (submission.status !== 'success') return fail({ error: null, errors: submission.error ?? {} })
		await saveSynonym(admin.id, submission.value, ctx)
		return redirect('/admin/taxonomy')
	}
	if (intent === 'delete-synonym') {
		if (!(await deleteSynonym(admin.id, String(formData.get('synonymId') ?? ''), ctx))) throw new Response('Not Found', { status: 404 })
		return redirect('/admin/taxonomy')
	}
	return fail({ error: 'errors.badRequest' })
}

export default function Taxonomy() {
	const { t } = useTranslation()
	const { fields, synonyms } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const problems = [
		...(actionData?.error ? [actionData.error] : []),
		...Object.values(actionData?.errors ?? {}).flatMap((list) => list ?? []),
	]
	const input = 'rounded-md border border-slate-300 px-2 py-1 text-sm'
	return (
		<div className="space-y-8">
			<h1 className="text-2xl font-semibold">{t('admin.taxonomy.title')}</h1>
			{problems.length > 0 ? <FormMessage errors={problems} /> : null}
			<section aria-labelledby="fields-title" className="space-y-3">
				<h2 id="fields-title" className="text-lg font-semibold">{t('admin.taxonomy.fields')}</h2>
				<ul className="space-y-2" data-testid="taxonomy-fields">
					{fields.map((field) => (
						<li key={field.id}>
							<Form method="post" className="flex flex-wrap items-center gap-2 rounded-md bg-white p-2">
								<input type="hidden" name="intent" value="update-field" />
								<input type="hidden" name="fieldId" value={field.id} />
								<code className="w-40 text-xs text-slate-500">{field.slug}</code>
								<input name="nameVi" defaultValue={field.nameVi} aria-label={`${t('admin.taxonomy.nameVi')} (${field.slug})`} className={input} required />
								<input name="nameEn" defaultValue={field.nameEn} aria-label={`${t('admin.taxonomy.nameEn')} (${field.slug})`} className={input} required />
								<input name="sortOrder" defaultValue={field.sortOrder} aria-label={`${t('admin.taxonomy.sortOrder')} (${field.slug})`} className={`${input} w-20`} inputMode="numeric" />
								<label className="flex items-center gap-1 text-sm">
									<input type="checkbox" name="active" defaultChecked={field.active} /> {t('admin.taxonomy.active')}
								</label>
								<span className="text-xs text-slate-500">{t('admin.taxonomy.usage', { count: field._count.listings })}</span>
								<SubmitButton variant="secondary">{t('form.save')}</SubmitButton>
							</Form>
						</li>
					))}
				</ul>
				<Form method="post" className="flex flex-wrap items-end gap-2 rounded-md border border-dashed border-slate-300 p-3">
					<input type="hidden" name="intent" value="create-field" />
					<label className="text-sm">{t('admin.taxonomy.nameVi')}<input name="nameVi" className={`${input} ml-1`} required /></label>
					<label className="text-sm">{t('admin.taxonomy.nameEn')}<input name="nameEn" className={`${input} ml-1`} required /></label>
					<label className="text-sm">{t('admin.taxonomy.sortOrder')}<input name="sortOrder" defaultValue="200" className={`${input} ml-1 w-20`} inputMode="numeric" /></label>
					<SubmitButton>{t('admin.taxonomy.addField')}</SubmitButton>
				</Form>
			</section>
			<section aria-labelledby="synonyms-title" className="space-y-3">
				<h2 id="synonyms-title" className="text-lg font-semibold">{t('admin.taxonomy.synonyms')}</h2>
				<p className="text-sm text-slate-600">{t('admin.taxonomy.synonymsHelp')}</p>
				<ul className="space-y-2" data-testid="taxonomy-synonyms">
					{synonyms.map((synonym) => (
						<li key={synonym.id} className="flex flex-wrap items-center gap-2 rounded-md bg-white p-2 text-sm">
							<Form method="post" className="flex flex-1 flex-wrap items-center gap-2">
								<input type="hidden" name="intent" value="save-synonym" />
								<input type="hidden" name="term" value={synonym.term} />
								<strong className="w-48">{synonym.term}</strong>
								<input name="synonyms" defaultValue={synonym.synonyms.join(', ')} aria-label={`${t('admin.taxonomy.synonymsOf')} ${synonym.term}`} className={`${input} flex-1`} required />
								<SubmitButton variant="secondary">{t('form.save')}</SubmitButton>
							</Form>
							<Form method="post">
								<input type="hidden" name="intent" value="delete-synonym" />
								<input type="hidden" name="synonymId" value={synonym.id} />
								<SubmitButton variant="secondary">{t('admin.taxonomy.delete')}</SubmitButton>
							</Form>
						</li>
					))}
				</ul>
				<Form method="post" className="flex flex-wrap items-end gap-2 rounded-md border border-dashed border-slate-300 p-3">
					<input type="hidden" name="intent" value="save-synonym" />
					<label className="text-sm">{t('admin.taxonomy.term')}<input name="term" className={`${input} ml-1`} required /></label>
					<label className="flex-1 text-sm">{t('admin.taxonomy.synonymsOf')}<input name="synonyms" className={`${input} ml-1 w-full`} required /></label>
					<SubmitButton>{t('admin.taxonomy.addSynonym')}</SubmitButton>
				</Form>
			</section>
		</div>
	)
}
