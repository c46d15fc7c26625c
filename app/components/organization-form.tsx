import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint } from '@conform-to/zod/v4'
import { parseWithZod } from '~/utils/forms'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { enterpriseSizes, maxOrganizationFields, organizationFormAnchors, organizationTypes, OrganizationSchema } from '~/modules/orgs/schemas'
import { CheckboxGroup, ErrorList, Field, FormMessage, Select, SubmitButton, selectProps, textareaProps } from './ui/form'

type Defaults = Partial<Record<'name' | 'shortName' | 'type' | 'size' | 'taxCode' | 'address' | 'website' | 'email' | 'phone' | 'description' | 'communeCode', string>> & {
	fields?: string[]
}

// What the form offers: the active fields of the taxonomy and the province's active communes.
export type OrganizationFormOptions = {
	fields: { slug: string; nameVi: string; nameEn: string }[]
	communes: { code: string; name: string }[]
}

export function OrganizationForm({
	id,
	lastResult,
	defaultValue,
	submitLabel,
	options,
	action,
	intent,
}: {
	// A hidden `intent` for pages with several forms.
	intent?: string
	id: string
	options: OrganizationFormOptions
	// Where the form posts (defaults to the current page).
	action?: string
	lastResult?: SubmissionResult<string[]>
	defaultValue?: Defaults
	submitLabel: string
}) {
	const { t, i18n } = useTranslation()
	const vi = i18n.language !== 'en'
	const [form, fields] = useForm({
		id,
		lastResult,
		defaultValue,
		constraint: getZodConstraint(OrganizationSchema),
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: OrganizationSchema }),
	})
	const selectClass = 'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600'
	return (
		<Form method="post" action={action} {...getFormProps(form)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
			{intent ? <input type="hidden" name="intent" value={intent} /> : null}
			<FormMessage id={form.errorId} errors={form.errors} />
			<Field meta={fields.name} label={t('organizations.fields.name')} autoComplete="organization" />
			<Field meta={fields.shortName} label={t('organizations.fields.shortName')} />
			<div className="grid gap-4 sm:grid-cols-2">
				<div>
					<label htmlFor={fields.type.id} className="block text-sm font-medium text-slate-800">{t('organizations.fields.type')}</label>
					<select {...selectProps(fields.type)} className={selectClass}>
						<option value="">{t('form.choose')}</option>
						{organizationTypes.map((type) => (
							<option key={type} value={type}>{t(`organizationType.${type}`)}</option>
						))}
					</select>
					<ErrorList id={fields.type.errorId} errors={fields.type.errors} />
				</div>
				<div id={organizationFormAnchors.size} className="scroll-mt-24">
					<label htmlFor={fields.size.id} className="block text-sm font-medium text-slate-800">{t('organizations.fields.size')}</label>
					<select {...selectProps(fields.size)} className={selectClass}>
						<option value="">{t('form.choose')}</option>
						{enterpriseSizes.map((size) => (
							<option key={size} value={size}>{t(`enterpriseSize.${size}`)}</option>
						))}
					</select>
					<ErrorList id={fields.size.errorId} errors={fields.size.errors} />
				</div>
			</div>
			<Field meta={fields.taxCode} label={t('organizations.fields.taxCode')} inputMode="numeric" help={t('organizations.fields.taxCodeHelp')} />
			<div id={organizationFormAnchors.fields} className="scroll-mt-24">
				<CheckboxGroup
					meta={fields.fields}
					label={t('orgs.form.fields', { max: maxOrganizationFields })}
					choices={options.fields.map((field) => ({ value: field.slug, label: vi ? field.nameVi : field.nameEn }))}
				/>
			</div>
			<div id={organizationFormAnchors.commune} className="scroll-mt-24">
				<Select
					meta={fields.communeCode}
					label={t('orgs.form.commune')}
					choices={options.communes.map((commune) => ({ value: commune.code, label: commune.name }))}
					empty={t('orgs.form.communeNone')}
				/>
			</div>
			<Field meta={fields.address} label={t('organizations.fields.address')} autoComplete="street-address" />
			<div className="grid gap-4 sm:grid-cols-3">
				<Field meta={fields.website} label={t('organizations.fields.website')} type="url" />
				<Field meta={fields.email} label={t('organizations.fields.email')} type="email" />
				<Field meta={fields.phone} label={t('organizations.fields.phone')} type="tel" />
			</div>
			<div>
				<label htmlFor={fields.description.id} className="block text-sm font-medium text-slate-800">{t('organizations.fields.description')}</label>
				<textarea {...textareaProps(fields.description)} rows={5} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
				<ErrorList id={fields.description.errorId} errors={fields.description.errors} />
			</div>
			<SubmitButton>{submitLabel}</SubmitButton>
		</Form>
	)
}
