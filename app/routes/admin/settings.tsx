import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint } from '@conform-to/zod/v4'
import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Field, FormMessage, Notice, SubmitButton } from '~/components/ui/form'
import { requirePermission } from '~/modules/auth/guards.server'
import { UploadError, uploadLimits } from '~/modules/files/files.server'
import { parseUpload } from '~/modules/files/multipart.server'
import { parseCommunesCsv, type CommuneIssue } from '~/modules/settings/communes-csv'
import { importCommunes, listCommunesForAdmin, planCommuneImport, type CommunePlan } from '~/modules/settings/communes.server'
import { getProvince, provinceLogoUrl, saveProvince, setProvinceLogo } from '~/modules/settings/province.server'
import { ProvinceSettingsSchema } from '~/modules/settings/schemas'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('settingsPage.title')

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'update:setting:any')
	const [province, communes] = await Promise.all([getProvince(), listCommunesForAdmin()])
	const saved = new URL(request.url).searchParams.get('saved')
	return { province, logoUrl: provinceLogoUrl(province), communes, saved: saved === 'province' || saved === 'logo' || saved === 'communes' ? saved : null }
}

type CommuneOutcome =
	| { stage: 'issues'; issues: CommuneIssue[]; fileName: string }
	| { stage: 'preview'; plan: CommunePlan; csv: string; fileName: string }
	| { stage: 'imported'; summary: { created: number; updated: number; unchanged: number; deactivated: number } }

// Rows as the import step gets them back: the checked list, in the documented format.
function canonicalCsv(rows: { code: string; name: string; kind: string }[]) {
	const cell = (value: string) => (/[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
	return ['code,name,kind', ...rows.map((r) => [r.code, r.name, r.kind].map(cell).join(','))].join('\n')
}

export async function action({ request, context }: ActionFunctionArgs) {
	const admin = await requirePermission(request, 'update:setting:any')
	const ctx = { request, context }
	if (request.headers.get('Content-Type')?.startsWith('multipart/form-data')) {
		let formData: FormData
		try {
			formData = await parseUpload(request, uploadLimits.IMAGE)
		} catch (error) {
			if (error instanceof UploadError) {
				const key = error.fields.intent === 'communes-preview' ? 'communeError' : 'logoError'
				return data({ [key]: `upload.${error.code}` } as { logoError?: string; communeError?: string }, { status: error.status })
			}
			throw error
		}
		const file = formData.get('file')
		const intent = formData.get('intent')
		if (intent === 'logo') {
			try {
				if (!(file instanceof File) || file.size === 0) throw new UploadError('empty', 400)
				await setProvinceLogo(admin.id, file, ctx)
			} catch (error) {
				if (error instanceof UploadError) return data({ logoError: `upload.${error.code}` }, { status: error.status })
				throw error
			}
			return redirect('/admin/settings?saved=logo')
		}
		if (intent === 'communes-preview') {
			if (!(file instanceof File) || file.size === 0) return data({ communeError: 'upload.empty' }, { status: 400 })
			const fileName = file.name.slice(0, 200)
			// A dry run: every bad row is reported and nothing is written.
			const parsed = parseCommunesCsv(new Uint8Array(await file.arrayBuffer()))
			if (parsed.issues.length) return data({ communes: { stage: 'issues', issues: parsed.issues, fileName } satisfies CommuneOutcome }, { status: 400 })
			const plan = await planCommuneImport(parsed.rows)
			return { communes: { stage: 'preview', plan, csv: canonicalCsv(parsed.rows), fileName } satisfies CommuneOutcome }
		}
		return data({ logoError: 'errors.badRequest' }, { status: 400 })
	}
	const formData = await request.formData()
	if (formData.get('intent') === 'communes-import') {
		// The list checked by the preview, checked again: nothing from the browser is trusted.
		const parsed = parseCommunesCsv(new TextEncoder().encode(String(formData.get('csv') ?? '')))
		if (parsed.issues.length) return data({ communes: { stage: 'issues', issues: parsed.issues, fileName: '' } satisfies CommuneOutcome }, { status: 400 })
		const summary = await importCommunes(admin.id, parsed.rows, ctx)
		return { communes: { stage: 'imported', summary } satisfies CommuneOutcome }
	}
	const submission = parseWithZod(formData, { schema: ProvinceSettingsSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	await saveProvince(admin.id, submission.value, ctx)
	return redirect('/admin/settings?saved=province')
}

export default function ProvinceSettings() {
	const { t } = useTranslation()
	const { province, logoUrl, communes, saved } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>() as
		| { result?: SubmissionResult<string[]>; logoError?: string; communeError?: string; communes?: CommuneOutcome }
		| undefined
	const { logoId: _logoId, ...defaults } = province
	const [form, fields] = useForm({
		id: 'province-settings',
		lastResult: actionData?.result,
		defaultValue: defaults,
		constraint: getZodConstraint(ProvinceSettingsSchema),
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: ProvinceSettingsSchema }),
	})
	const outcome = actionData?.communes
	const active = communes.filter((c) => c.active)
	return (
		<div className="mx-auto max-w-3xl space-y-8">
			<h1 className="text-2xl font-semibold">{t('settingsPage.title')}</h1>
			{saved ? <Notice tone="success">{t(`settingsPage.saved.${saved}`)}</Notice> : null}

			<section aria-labelledby="province-title" className="space-y-3">
				<h2 id="province-title" className="text-lg font-semibold">{t('settingsPage.province')}</h2>
				<Form method="post" {...getFormProps(form)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
					<input type="hidden" name="intent" value="province" />
					<FormMessage id={form.errorId} errors={form.errors} />
					<div className="grid gap-4 sm:grid-cols-2">
						<Field meta={fields.nameVi} label={t('settingsPage.fields.nameVi')} required />
						<Field meta={fields.nameEn} label={t('settingsPage.fields.nameEn')} required />
					</div>
					<Field meta={fields.shortName} label={t('settingsPage.fields.shortName')} help={t('settingsPage.fields.shortNameHelp')} />
					<div className="grid gap-4 sm:grid-cols-2">
						<Field meta={fields.agencyVi} label={t('settingsPage.fields.agencyVi')} required />
						<Field meta={fields.agencyEn} label={t('settingsPage.fields.agencyEn')} required />
					</div>
					<h3 className="pt-2 font-semibold">{t('settingsPage.contact')}</h3>
					<Field meta={fields.address} label={t('settingsPage.fields.address')} autoComplete="street-address" />
					<div className="grid gap-4 sm:grid-cols-2">
						<Field meta={fields.phone} label={t('settingsPage.fields.phone')} type="tel" autoComplete="tel" />
						<Field meta={fields.email} label={t('settingsPage.fields.email')} type="email" autoComplete="email" />
					</div>
					<Field meta={fields.website} label={t('settingsPage.fields.website')} type="url" placeholder="https://" />
					<SubmitButton>{t('form.save')}</SubmitButton>
				</Form>
			</section>

			<section aria-labelledby="logo-title" className="space-y-3">
				<h2 id="logo-title" className="text-lg font-semibold">{t('settingsPage.logo')}</h2>
				<Form method="post" encType="multipart/form-data" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-6">
					<input type="hidden" name="intent" value="logo" />
					{logoUrl ? <img src={logoUrl} alt={t('settingsPage.logoCurrent')} width={80} height={80} className="h-20 w-20 rounded object-contain" data-testid="province-logo" /> : null}
					<div className="flex-1">
						<label htmlFor="province-logo-file" className="block text-sm font-medium text-slate-800">{t('settingsPage.logoFile')}</label>
						<input id="province-logo-file" name="file" type="file" accept="image/png,image/jpeg,image/webp" required aria-describedby="province-logo-help" className="mt-1 block text-sm" />
						<p id="province-logo-help" className="mt-1 text-xs text-slate-600">{t('settingsPage.logoHelp')}</p>
						{actionData?.logoError ? <FormMessage errors={[actionData.logoError]} /> : null}
					</div>
					<SubmitButton variant="secondary">{t('settingsPage.logoUpload')}</SubmitButton>
				</Form>
			</section>

			<section aria-labelledby="communes-title" className="space-y-3">
				<h2 id="communes-title" className="text-lg font-semibold">{t('communeImport.title')}</h2>
				<p className="text-sm text-slate-700">{t('communeImport.help')}</p>
				<pre className="overflow-x-auto rounded bg-slate-100 p-2 text-xs">{'code,name,kind\n25171,Phường Hoa Lư,phường\n25285,Xã Gia Viễn,xã'}</pre>
				<Form method="post" encType="multipart/form-data" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-6">
					<input type="hidden" name="intent" value="communes-preview" />
					<div className="flex-1">
						<label htmlFor="communes-file" className="block text-sm font-medium text-slate-800">{t('communeImport.file')}</label>
						<input id="communes-file" name="file" type="file" accept=".csv,text/csv" required className="mt-1 block text-sm" />
						{actionData?.communeError ? <FormMessage errors={[actionData.communeError]} /> : null}
					</div>
					<SubmitButton variant="secondary">{t('communeImport.preview')}</SubmitButton>
				</Form>
				{outcome?.stage === 'issues' ? (
					<div role="alert" className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900" data-testid="commune-issues">
						<p className="font-semibold">{t('communeImport.issuesTitle', { count: outcome.issues.length })}</p>
						<ul className="list-disc space-y-1 pl-5">
							{outcome.issues.map((issue, index) => (
								<li key={index}>
									{issue.line !== null ? `${t('communeImport.line', { line: issue.line })} · ` : ''}
									{issue.field ? `${t(`communeImport.column.${issue.field}`)}: ` : ''}
									{t(issue.message, { value: issue.value ?? '' })}
									{issue.value && issue.field ? ` («${issue.value}»)` : ''}
								</li>
							))}
						</ul>
						<p>{t('communeImport.nothingWritten')}</p>
					</div>
				) : null}
				{outcome?.stage === 'preview' ? (
					<div className="space-y-3 rounded-md border border-sky-200 bg-sky-50 p-4 text-sm" data-testid="commune-preview">
						<p className="font-semibold">{t('communeImport.previewTitle', { file: outcome.fileName })}</p>
						<ul className="list-disc pl-5">
							<li>{t('communeImport.plan.created', { count: outcome.plan.created.length })}</li>
							<li>{t('communeImport.plan.updated', { count: outcome.plan.updated.length })}</li>
							<li>{t('communeImport.plan.unchanged', { count: outcome.plan.unchanged })}</li>
							<li>{t('communeImport.plan.deactivated', { count: outcome.plan.deactivated.length })}</li>
						</ul>
						{outcome.plan.created.length ? (
							<details>
								<summary>{t('communeImport.plan.createdList')}</summary>
								<ul className="pl-5">{outcome.plan.created.map((c) => <li key={c.code}>{c.code} · {c.name}</li>)}</ul>
							</details>
						) : null}
						{outcome.plan.updated.length ? (
							<details>
								<summary>{t('communeImport.plan.updatedList')}</summary>
								<ul className="pl-5">{outcome.plan.updated.map((c) => <li key={c.code}>{c.code} · {c.previousName} → {c.name}</li>)}</ul>
							</details>
						) : null}
						{outcome.plan.deactivated.length ? (
							<details open>
								<summary>{t('communeImport.plan.deactivatedList')}</summary>
								<ul className="pl-5">
									{outcome.plan.deactivated.map((c) => (
										<li key={c.code}>{c.code} · {c.name} — {t('communeImport.usage', { organizations: c.organizations, listings: c.listings })}</li>
									))}
								</ul>
							</details>
						) : null}
						<Form method="post">
							<input type="hidden" name="intent" value="communes-import" />
							<input type="hidden" name="csv" value={outcome.csv} />
							<SubmitButton>{t('communeImport.confirm')}</SubmitButton>
						</Form>
					</div>
				) : null}
				{outcome?.stage === 'imported' ? (
					<Notice tone="success">{t('communeImport.imported', outcome.summary)}</Notice>
				) : null}
				<details className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
					<summary>{t('communeImport.current', { active: active.length, total: communes.length })}</summary>
					<table className="mt-2 w-full text-left">
						<thead>
							<tr>
								<th scope="col" className="p-1">{t('communeImport.column.code')}</th>
								<th scope="col" className="p-1">{t('communeImport.column.name')}</th>
								<th scope="col" className="p-1">{t('communeImport.column.kind')}</th>
								<th scope="col" className="p-1">{t('communeImport.status')}</th>
							</tr>
						</thead>
						<tbody>
							{communes.map((c) => (
								<tr key={c.code} className="border-t border-slate-100">
									<td className="p-1"><code>{c.code}</code></td>
									<td className="p-1">{c.name}</td>
									<td className="p-1">{t(`communeImport.kind.${c.kind}`)}</td>
									<td className="p-1">{t(c.active ? 'communeImport.active' : 'communeImport.inactive')}</td>
								</tr>
							))}
						</tbody>
					</table>
				</details>
			</section>
		</div>
	)
}
