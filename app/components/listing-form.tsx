import { getFormProps, useForm, type FieldMetadata, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint } from '@conform-to/zod/v4'
import { parseWithZod } from '~/utils/forms'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { ListingType } from '~/generated/prisma/enums'
import * as options from '~/modules/listings/schemas'
import { AmountField, CheckboxField, CheckboxGroup, DateField, Field, FormMessage, RequiredLegend, Select, SubmitButton, TextArea } from './ui/form'

type Option = { value: string; label: string }
type EditorOptions = {
	organizations: { id: string; name: string }[]
	fields: { slug: string; nameVi: string; nameEn: string }[]
	communes: { code: string; name: string }[]
	patents: { id: string; title: string }[]
}

export function ListingForm({
	type,
	editor,
	lastResult,
	defaultValue,
	submitLabel,
}: {
	type: ListingType
	editor: EditorOptions
	lastResult?: SubmissionResult<string[]>
	defaultValue?: Record<string, unknown>
	submitLabel: string
}) {
	const { t, i18n } = useTranslation()
	const vi = i18n.language === 'vi'
	const schema = options.listingSchemas[type]
	const [form, fields] = useForm({
		id: `listing-${type}`,
		lastResult,
		defaultValue: { type, ...defaultValue },
		constraint: getZodConstraint(schema),
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema }),
	})
	// Every field of every type, so each section can pick its own (conform adds them lazily).
	const f = fields as unknown as Record<string, FieldMetadata<string>>
	const choose = (values: readonly string[], prefix: string): Option[] => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }))
	return (
		<Form method="post" {...getFormProps(form)} className="space-y-6 rounded-lg border border-slate-200 bg-white p-6">
			<input type="hidden" name="type" value={type} />
			<FormMessage id={form.errorId} errors={form.errors} />
			<RequiredLegend />
			<section className="space-y-4">
				<Select
					meta={f.organizationId}
					label={t('listings.form.organization')}
					choices={editor.organizations.map((o) => ({ value: o.id, label: o.name }))}
					empty={type === 'EXPERT' ? t('listings.form.personalProfile') : t('form.choose')}
				/>
				<Field meta={f.title} label={t('listings.form.title')} />
				<TextArea meta={f.summary} label={t('listings.form.summary')} rows={2} />
				<TextArea meta={f.description} label={t('listings.form.description')} rows={8} help={t('listings.form.markdownHelp')} />
				<CheckboxGroup meta={f.fields} label={t('listings.form.fields')} choices={editor.fields.map((field) => ({ value: field.slug, label: vi ? field.nameVi : field.nameEn }))} />
				<div className="grid gap-4 sm:grid-cols-2">
					<Field meta={f.keywords} label={t('listings.form.keywords')} help={t('listings.form.commaHelp')} />
					<Select meta={f.communeCode} label={t('listings.browse.commune')} choices={editor.communes.map((c) => ({ value: c.code, label: c.name }))} empty={t('form.choose')} />
				</div>
			</section>

			{type === 'TECHNOLOGY_OFFER' ? (
				<section className="space-y-4 border-t border-slate-200 pt-4">
					<div className="grid gap-4 sm:grid-cols-3">
						<Select meta={f.trl} label={t('listings.detail.trl')} choices={[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: `TRL ${n}` }))} empty={t('form.choose')} />
						<AmountField meta={f.priceVnd} label={t('listings.form.priceVnd')} help={t('listings.form.priceHelp')} />
						<Select meta={f.ipStatus} label={t('listings.form.ipStatus')} choices={choose(options.ipStatuses, 'ipStatus')} />
					</div>
					<CheckboxGroup meta={f.transferModes} label={t('listings.detail.transferModes')} choices={choose(options.transferModes, 'transferMode')} />
					<TextArea meta={f.applications} label={t('listings.detail.applications')} />
					<TextArea meta={f.buyerRequirements} label={t('listings.detail.buyerRequirements')} />
					<TextArea meta={f.confidentialDetails} label={t('listings.form.confidentialDetails')} help={t('listings.form.confidentialHelp')} />
					<TextArea meta={f.confidentialityTerms} label={t('listings.form.confidentialityTerms')} rows={3} />
					{editor.patents.length > 0 ? (
						<CheckboxGroup meta={f.linkedPatentIds} label={t('listings.detail.linkedPatents')} choices={editor.patents.map((p) => ({ value: p.id, label: p.title }))} />
					) : null}
				</section>
			) : null}

			{type === 'PATENT' ? (
				<section className="space-y-4 border-t border-slate-200 pt-4">
					<div className="grid gap-4 sm:grid-cols-3">
						<Select meta={f.kind} label={t('listings.detail.patentKind')} choices={choose(options.patentKinds, 'patentKind')} empty={t('form.choose')} />
						<Select meta={f.legalStatus} label={t('listings.detail.legalStatus')} choices={choose(options.patentLegalStatuses, 'patentLegalStatus')} />
						<Select meta={f.commercialisationStatus} label={t('listings.detail.commercialisation')} choices={choose(options.commercialisationStatuses, 'commercialisationStatus')} />
					</div>
					<div className="grid gap-4 sm:grid-cols-2">
						<Field meta={f.applicationNumber} label={t('listings.detail.applicationNumber')} help={t('listings.form.applicationNumberHelp')} />
						<DateField meta={f.applicationDate} label={t('listings.form.applicationDate')} />
						<Field meta={f.grantNumber} label={t('listings.detail.grantNumber')} />
						<DateField meta={f.grantDate} label={t('listings.form.grantDate')} />
					</div>
					<Field meta={f.ipcClasses} label="IPC" help={t('listings.form.commaHelp')} />
					<div className="grid gap-4 sm:grid-cols-2">
						<TextArea meta={f.inventors} label={t('listings.detail.inventors')} rows={3} help={t('listings.form.lineHelp')} />
						<TextArea meta={f.owners} label={t('listings.detail.owners')} rows={3} help={t('listings.form.lineHelp')} />
					</div>
					<TextArea meta={f.abstract} label={t('listings.detail.abstract')} />
					<TextArea meta={f.claimsSummary} label={t('listings.form.claimsSummary')} />
				</section>
			) : null}

			{type === 'TECHNOLOGY_REQUEST' ? (
				<section className="space-y-4 border-t border-slate-200 pt-4">
					<TextArea meta={f.problem} label={t('listings.detail.problem')} />
					<TextArea meta={f.requiredCapability} label={t('listings.detail.requiredCapability')} />
					<div className="grid gap-4 sm:grid-cols-3">
						<AmountField meta={f.budgetMinVnd} label={t('listings.form.budgetMin')} />
						<AmountField meta={f.budgetMaxVnd} label={t('listings.form.budgetMax')} />
						<DateField meta={f.deadline} label={t('listings.detail.deadline')} />
					</div>
					<CheckboxGroup meta={f.preferredTransferModes} label={t('listings.detail.transferModes')} choices={choose(options.transferModes, 'transferMode')} />
					<CheckboxField meta={f.isCommissioned} label={t('listings.form.commissioned')} />
				</section>
			) : null}

			{type === 'EXPERT' ? (
				<section className="space-y-4 border-t border-slate-200 pt-4">
					<div className="grid gap-4 sm:grid-cols-2">
						<Select meta={f.academicTitle} label={t('listings.form.academicTitle')} choices={choose(options.academicTitles, 'academicTitle')} empty={t('form.choose')} />
						<Select meta={f.degree} label={t('listings.form.degree')} choices={choose(options.degrees, 'degree')} empty={t('form.choose')} />
						<Field meta={f.position} label={t('listings.detail.position')} />
						<Field meta={f.affiliation} label={t('listings.detail.affiliation')} />
					</div>
					<TextArea meta={f.specialities} label={t('listings.form.specialities')} rows={3} help={t('listings.form.lineHelp')} />
					<TextArea meta={f.projects} label={t('listings.form.projects')} />
					<TextArea meta={f.publications} label={t('listings.form.publications')} />
					<Field meta={f.languages} label={t('listings.detail.languages')} help={t('listings.form.commaHelp')} />
					<div className="grid gap-4 sm:grid-cols-2">
						<Field meta={f.contactEmail} label={t('organizations.fields.email')} type="email" />
						<Field meta={f.contactPhone} label={t('organizations.fields.phone')} type="tel" />
					</div>
					<CheckboxField meta={f.availableForConsulting} label={t('listings.form.availableForConsulting')} />
				</section>
			) : null}

			{type === 'INCUBATOR' ? (
				<section className="space-y-4 border-t border-slate-200 pt-4">
					<CheckboxGroup meta={f.services} label={t('listings.detail.services')} choices={choose(options.incubatorServices, 'incubatorService')} />
					<div className="grid gap-4 sm:grid-cols-2">
						<Field meta={f.capacity} label={t('listings.detail.capacity')} inputMode="numeric" />
						<Field meta={f.alumniCount} label={t('listings.form.alumniCount')} inputMode="numeric" />
					</div>
					<TextArea meta={f.alumniStartups} label={t('listings.form.alumniStartups')} />
					<CheckboxField meta={f.isAccelerator} label={t('listings.form.isAccelerator')} />
				</section>
			) : null}

			{type === 'STARTUP' ? (
				<section className="space-y-4 border-t border-slate-200 pt-4">
					<div className="grid gap-4 sm:grid-cols-3">
						<Select meta={f.stage} label={t('listings.detail.stage')} choices={choose(options.startupStages, 'startupStage')} empty={t('form.choose')} />
						<DateField meta={f.foundedOn} label={t('listings.form.foundedOn')} />
						<Field meta={f.teamSize} label={t('listings.detail.teamSize')} inputMode="numeric" />
					</div>
					<CheckboxGroup meta={f.seeks} label={t('listings.form.seeks')} choices={choose(options.startupNeeds, 'startupNeed')} />
				</section>
			) : null}

			<SubmitButton>{submitLabel}</SubmitButton>
		</Form>
	)
}
