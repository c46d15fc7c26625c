// The programme officer's form: one page, every section, lists (questions, documents,
// rubric) that can be added to, removed and reordered — with or without JavaScript
// (conform's list intents are ordinary submit buttons).
import { getFormProps, getInputProps, useForm, type FieldMetadata, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint } from '@conform-to/zod/v4'
import { parseWithZod } from '~/utils/forms'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { enterpriseSizes, organizationTypes } from '~/modules/orgs/schemas'
import { ProgrammeSchema, questionTypes, supportTypes, type ProgrammeInput } from '~/modules/programmes/schemas'
import { AmountField, CheckboxField, CheckboxGroup, ErrorList, Field, FormMessage, RequiredLegend, Select, SubmitButton, TextArea, selectProps } from './ui/form'

type ProgrammeEditorOptions = {
	organizations: { id: string; name: string }[]
	fields: { slug: string; nameVi: string; nameEn: string }[]
	communes: { code: string; name: string }[]
}

// The form's fields as the browser sends them.
type ProgrammeFormShape = {
	organizationId: string
	title: string
	summary: string
	description: string
	supportType: string
	coFundingPercent: string
	totalBudgetVnd: string
	maxPerApplicationVnd: string
	eligibleOrganizationTypes: string[]
	eligibleEnterpriseSizes: string[]
	fields: string[]
	communeCodes: string[]
	minTrl: string
	opensAt: string
	closesAt: string
	processingLimitDays: string
	reviewersPerApplication: string
	requiredReviews: string
	allowMultipleApplications: string
	publishScores: string
	questions: { id: string; type: string; label: string; help: string; required: string; options: string; maxLength: string }[]
	documents: { id: string; title: string; description: string; required: string }[]
	criteria: { id: string; title: string; description: string; weight: string; maxScore: string }[]
}

const smallButton = 'rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-700 hover:bg-slate-50 disabled:opacity-40'

function ListControls({ name, index, count, formId, label }: { name: string; index: number; count: number; formId: string; label: string }) {
	const { t } = useTranslation()
	const intent = (value: object) => ({ type: 'submit' as const, name: '__intent__', value: JSON.stringify(value), form: formId, formNoValidate: true })
	return (
		<div className="flex flex-wrap gap-1" role="group" aria-label={t('programmes.editor.itemControls', { item: label })}>
			<button {...intent({ type: 'reorder', payload: { name, from: index, to: index - 1 } })} disabled={index === 0} className={smallButton} aria-label={t('programmes.editor.moveUp', { item: label })}>
				↑
			</button>
			<button {...intent({ type: 'reorder', payload: { name, from: index, to: index + 1 } })} disabled={index === count - 1} className={smallButton} aria-label={t('programmes.editor.moveDown', { item: label })}>
				↓
			</button>
			<button {...intent({ type: 'remove', payload: { name, index } })} className={`${smallButton} text-red-700`}>
				{t('programmes.editor.remove')}
			</button>
		</div>
	)
}

function AddButton({ name, formId, defaultValue, children }: { name: string; formId: string; defaultValue: object; children: React.ReactNode }) {
	return (
		<button
			type="submit"
			name="__intent__"
			value={JSON.stringify({ type: 'insert', payload: { name, defaultValue } })}
			form={formId}
			formNoValidate
			className="rounded-md border border-dashed border-sky-600 px-3 py-1.5 text-sm text-sky-800 hover:bg-sky-50"
		>
			{children}
		</button>
	)
}

function Hidden<Schema>({ meta }: { meta: FieldMetadata<Schema> }) {
	const { key: _remountKey, ...props } = getInputProps(meta, { type: 'hidden' })
	return <input {...props} />
}

export function ProgrammeForm({
	editor,
	lastResult,
	defaultValue,
	submitLabel,
	locked,
}: {
	editor: ProgrammeEditorOptions
	lastResult?: SubmissionResult<string[]>
	defaultValue?: Record<string, unknown>
	submitLabel: string
	// Applications exist: say which edits are refused.
	locked: boolean
}) {
	const { t, i18n } = useTranslation()
	const vi = i18n.language === 'vi'
	const [form, fields] = useForm<ProgrammeFormShape, ProgrammeInput>({
		id: 'programme',
		lastResult,
		defaultValue: (defaultValue as Partial<ProgrammeFormShape> | undefined) ?? {
			// One organisation to run programmes for: it is the one.
			...(editor.organizations.length === 1 ? { organizationId: editor.organizations[0]!.id } : {}),
			reviewersPerApplication: '2',
			requiredReviews: '2',
			processingLimitDays: '30',
			criteria: [{ weight: '1', maxScore: '10' }],
		},
		constraint: getZodConstraint(ProgrammeSchema),
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: ProgrammeSchema }),
	})
	const questions = fields.questions.getFieldList()
	const documents = fields.documents.getFieldList()
	const criteria = fields.criteria.getFieldList()
	const sectionClass = 'space-y-4 border-t border-slate-200 pt-6'
	return (
		<Form method="post" {...getFormProps(form)} className="space-y-6 rounded-lg border border-slate-200 bg-white p-6">
			<FormMessage id={form.errorId} errors={form.errors} />
			<RequiredLegend />
			{locked ? <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t('programmes.editor.lockedHelp')}</p> : null}

			<section className="space-y-4" aria-labelledby="programme-basics">
				<h2 id="programme-basics" className="text-lg font-semibold">{t('programmes.editor.basics')}</h2>
				<Select meta={fields.organizationId} label={t('programmes.editor.organization')} choices={editor.organizations.map((o) => ({ value: o.id, label: o.name }))} empty={t('form.choose')} />
				<Field meta={fields.title} label={t('programmes.editor.title')} />
				<TextArea meta={fields.summary} label={t('programmes.editor.summary')} rows={2} />
				<TextArea meta={fields.description} label={t('programmes.editor.description')} rows={8} help={t('listings.form.markdownHelp')} />
				<div className="grid gap-4 sm:grid-cols-2">
					<Select meta={fields.supportType} label={t('programmes.editor.supportType')} choices={supportTypes.map((value) => ({ value, label: t(`supportType.${value}`) }))} empty={t('form.choose')} />
					<Field meta={fields.coFundingPercent} label={t('programmes.editor.coFundingPercent')} inputMode="numeric" help={t('programmes.editor.coFundingHelp')} />
					<AmountField meta={fields.totalBudgetVnd} label={t('programmes.editor.totalBudget')} help={t('programmes.editor.amountHelp')} />
					<AmountField meta={fields.maxPerApplicationVnd} label={t('programmes.editor.maxPerApplication')} help={t('programmes.editor.amountHelp')} />
				</div>
			</section>

			<section className={sectionClass} aria-labelledby="programme-eligibility">
				<h2 id="programme-eligibility" className="text-lg font-semibold">{t('programmes.editor.eligibility')}</h2>
				<p className="text-sm text-slate-600">{t('programmes.editor.eligibilityHelp')}</p>
				<CheckboxGroup meta={fields.eligibleOrganizationTypes} label={t('programmes.editor.organizationTypes')} choices={organizationTypes.map((value) => ({ value, label: t(`organizationType.${value}`) }))} />
				<CheckboxGroup meta={fields.eligibleEnterpriseSizes} label={t('programmes.editor.enterpriseSizes')} choices={enterpriseSizes.map((value) => ({ value, label: t(`enterpriseSize.${value}`) }))} />
				<CheckboxGroup meta={fields.fields} label={t('programmes.editor.fields')} choices={editor.fields.map((field) => ({ value: field.slug, label: vi ? field.nameVi : field.nameEn }))} />
				<div>
					<label htmlFor={fields.communeCodes.id} className="block text-sm font-medium text-slate-800">{t('programmes.editor.communes')}</label>
					<select {...selectProps(fields.communeCodes)} multiple size={6} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" aria-describedby={`${fields.communeCodes.id}-help`}>
						{editor.communes.map((commune) => (
							<option key={commune.code} value={commune.code}>{commune.name}</option>
						))}
					</select>
					<p id={`${fields.communeCodes.id}-help`} className="mt-1 text-xs text-slate-600">{t('programmes.editor.communesHelp')}</p>
					<ErrorList id={fields.communeCodes.errorId} errors={fields.communeCodes.errors} />
				</div>
				<Select meta={fields.minTrl} label={t('programmes.editor.minTrl')} choices={[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: t('programmes.editor.trlLevel', { level: n }) }))} empty={t('programmes.editor.noMinimum')} />
			</section>

			<section className={sectionClass} aria-labelledby="programme-schedule">
				<h2 id="programme-schedule" className="text-lg font-semibold">{t('programmes.editor.schedule')}</h2>
				<div className="grid gap-4 sm:grid-cols-2">
					<Field meta={fields.opensAt} type="datetime-local" label={t('programmes.editor.opensAt')} help={t('programmes.editor.timeZoneHelp')} />
					<Field meta={fields.closesAt} type="datetime-local" label={t('programmes.editor.closesAt')} help={t('programmes.editor.timeZoneHelp')} />
					<Field meta={fields.processingLimitDays} label={t('programmes.editor.processingLimitDays')} inputMode="numeric" help={t('programmes.editor.processingLimitHelp')} />
				</div>
			</section>

			<section className={sectionClass} aria-labelledby="programme-questions">
				<h2 id="programme-questions" className="text-lg font-semibold">{t('programmes.editor.questions')}</h2>
				<p className="text-sm text-slate-600">{t('programmes.editor.questionsHelp')}</p>
				<ErrorList id={fields.questions.errorId} errors={fields.questions.errors} />
				<ol className="space-y-4">
					{questions.map((question, index) => {
						const q = question.getFieldset()
						const label = t('programmes.editor.questionNumber', { number: index + 1 })
						return (
							<li key={question.key} className="space-y-3 rounded-md border border-slate-200 p-4">
								<div className="flex flex-wrap items-center justify-between gap-2">
									<h3 className="font-medium">{label}</h3>
									<ListControls name={fields.questions.name} index={index} count={questions.length} formId={form.id} label={label} />
								</div>
								<Hidden meta={q.id} />
								<div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
									<Select meta={q.type} label={t('programmes.editor.questionType')} choices={questionTypes.map((value) => ({ value, label: t(`questionType.${value}`) }))} empty={t('form.choose')} />
									<Field meta={q.label} label={t('programmes.editor.questionLabel')} />
								</div>
								<Field meta={q.help} label={t('programmes.editor.questionHelp')} />
								<div className="grid gap-3 sm:grid-cols-2">
									<TextArea meta={q.options} label={t('programmes.editor.questionOptions')} rows={3} help={t('programmes.editor.questionOptionsHelp')} />
									<Field meta={q.maxLength} label={t('programmes.editor.questionMaxLength')} inputMode="numeric" help={t('programmes.editor.questionMaxLengthHelp')} />
								</div>
								<CheckboxField meta={q.required} label={t('programmes.editor.required')} />
							</li>
						)
					})}
				</ol>
				<AddButton name={fields.questions.name} formId={form.id} defaultValue={{ type: 'SHORT_TEXT', required: 'on' }}>
					{t('programmes.editor.addQuestion')}
				</AddButton>
			</section>

			<section className={sectionClass} aria-labelledby="programme-documents">
				<h2 id="programme-documents" className="text-lg font-semibold">{t('programmes.editor.documents')}</h2>
				<ErrorList id={fields.documents.errorId} errors={fields.documents.errors} />
				<ol className="space-y-4">
					{documents.map((document, index) => {
						const d = document.getFieldset()
						const label = t('programmes.editor.documentNumber', { number: index + 1 })
						return (
							<li key={document.key} className="space-y-3 rounded-md border border-slate-200 p-4">
								<div className="flex flex-wrap items-center justify-between gap-2">
									<h3 className="font-medium">{label}</h3>
									<ListControls name={fields.documents.name} index={index} count={documents.length} formId={form.id} label={label} />
								</div>
								<Hidden meta={d.id} />
								<Field meta={d.title} label={t('programmes.editor.documentTitle')} />
								<Field meta={d.description} label={t('programmes.editor.documentDescription')} />
								<CheckboxField meta={d.required} label={t('programmes.editor.required')} />
							</li>
						)
					})}
				</ol>
				<AddButton name={fields.documents.name} formId={form.id} defaultValue={{ required: 'on' }}>
					{t('programmes.editor.addDocument')}
				</AddButton>
			</section>

			<section className={sectionClass} aria-labelledby="programme-rubric">
				<h2 id="programme-rubric" className="text-lg font-semibold">{t('programmes.editor.rubric')}</h2>
				<p className="text-sm text-slate-600">{t('programmes.editor.rubricHelp')}</p>
				<ErrorList id={fields.criteria.errorId} errors={fields.criteria.errors} />
				<ol className="space-y-4">
					{criteria.map((criterion, index) => {
						const c = criterion.getFieldset()
						const label = t('programmes.editor.criterionNumber', { number: index + 1 })
						return (
							<li key={criterion.key} className="space-y-3 rounded-md border border-slate-200 p-4">
								<div className="flex flex-wrap items-center justify-between gap-2">
									<h3 className="font-medium">{label}</h3>
									<ListControls name={fields.criteria.name} index={index} count={criteria.length} formId={form.id} label={label} />
								</div>
								<Hidden meta={c.id} />
								<Field meta={c.title} label={t('programmes.editor.criterionTitle')} />
								<Field meta={c.description} label={t('programmes.editor.criterionDescription')} />
								<div className="grid gap-3 sm:grid-cols-2">
									<Field meta={c.weight} label={t('programmes.editor.criterionWeight')} inputMode="decimal" />
									<Field meta={c.maxScore} label={t('programmes.editor.criterionMaxScore')} inputMode="numeric" />
								</div>
							</li>
						)
					})}
				</ol>
				<AddButton name={fields.criteria.name} formId={form.id} defaultValue={{ weight: '1', maxScore: '10' }}>
					{t('programmes.editor.addCriterion')}
				</AddButton>
			</section>

			<section className={sectionClass} aria-labelledby="programme-review">
				<h2 id="programme-review" className="text-lg font-semibold">{t('programmes.editor.review')}</h2>
				<Field meta={fields.reviewersPerApplication} label={t('programmes.editor.reviewersPerApplication')} inputMode="numeric" />
				<Field meta={fields.requiredReviews} label={t('programmeIntegrity.editor.requiredReviews')} help={t('programmeIntegrity.editor.requiredReviewsHelp')} inputMode="numeric" />
				<CheckboxField meta={fields.allowMultipleApplications} label={t('programmes.editor.allowMultiple')} />
				<CheckboxField meta={fields.publishScores} label={t('programmes.editor.publishScores')} description={t('programmes.editor.publishScoresHelp')} />
			</section>

			<SubmitButton>{submitLabel}</SubmitButton>
		</Form>
	)
}
