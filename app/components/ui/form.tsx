import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from '@conform-to/react'
import { useTranslation } from 'react-i18next'
import { honeypotFieldName } from '~/modules/security/honeypot'
import { formatAmountInput } from '~/utils/format'
import type { Locale } from '~/utils/i18n'

// The visual mark of a required field: a star drawn by CSS (.required-mark in app.css),
// so it is no part of the label's text or the field's accessible name. Assistive
// technology learns it from the control itself (`required` / `aria-required`).
export function RequiredMark({ show = true }: { show?: boolean }) {
	if (!show) return null
	return <span aria-hidden="true" className="required-mark" data-required-mark="" />
}

// What the star means, once at the top of every form that has required fields.
export function RequiredLegend() {
	const { t } = useTranslation()
	return <p className="text-sm text-slate-600">{t('forms.required.legend')}</p>
}

// A legend of a group (checkboxes, radios) or a heading is no control: it says
// "required" in words too, to assistive technology only.
export function GroupRequired({ show }: { show: boolean }) {
	const { t } = useTranslation()
	if (!show) return null
	return (
		<>
			<RequiredMark />
			<span className="sr-only"> ({t('forms.required.srText')})</span>
		</>
	)
}

export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
	const { t } = useTranslation()
	if (!errors?.length) return null
	return (
		<ul id={id} className="mt-1 space-y-0.5 text-sm text-red-700">
			{errors.map((error) => (
				<li key={error}>{t(error)}</li>
			))}
		</ul>
	)
}

export function FormMessage({ errors, id }: { errors?: string[] | null; id?: string }) {
	const { t } = useTranslation()
	if (!errors?.length) return null
	return (
		<div id={id} role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
			{errors.map((error) => (
				<p key={error}>{t(error)}</p>
			))}
		</div>
	)
}

export function Notice({ children, tone = 'info' }: { children: React.ReactNode; tone?: 'info' | 'success' | 'warning' }) {
	const tones = {
		info: 'border-sky-200 bg-sky-50 text-sky-900',
		success: 'border-emerald-200 bg-emerald-50 text-emerald-900',
		warning: 'border-amber-200 bg-amber-50 text-amber-900',
	}
	return (
		<div role="status" className={`rounded-md border p-3 text-sm ${tones[tone]}`}>
			{children}
		</div>
	)
}

type InputType = 'text' | 'email' | 'password' | 'tel' | 'url' | 'number' | 'search' | 'datetime-local'

export function Field<Schema>({
	meta,
	label,
	type = 'text',
	help,
	autoComplete,
	...rest
}: {
	meta: FieldMetadata<Schema>
	label: string
	type?: InputType
	help?: string
	autoComplete?: string
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'type' | 'name' | 'id'>) {
	const helpId = help ? `${meta.id}-help` : undefined
	// No remount on a new server result (conform's `key`): the browser keeps exactly what the user typed.
	// conform itself puts the error's id first in aria-describedby when the field is invalid,
	// so only the help is passed here: each message is referenced once.
	const { key: _remountKey, ...inputProps } = getInputProps(meta, { type, ariaDescribedBy: helpId })
	const required = Boolean(inputProps.required || rest.required || rest['aria-required'] === true || rest['aria-required'] === 'true')
	return (
		<div>
			<label htmlFor={meta.id} className="block text-sm font-medium text-slate-800">
				{label}
				<RequiredMark show={required} />
			</label>
			<input
				{...inputProps}
				{...rest}
				autoComplete={autoComplete}
				className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-600/30 aria-[invalid=true]:border-red-600"
			/>
			{help ? (
				<p id={helpId} className="mt-1 text-xs text-slate-600">
					{help}
				</p>
			) : null}
			<ErrorList id={meta.errorId} errors={meta.errors} />
		</div>
	)
}

type FieldProps<Schema> = Parameters<typeof Field<Schema>>[0]

// Keeps the caret after the same digit when the grouping of an amount changes.
function groupAsTyped(input: HTMLInputElement, locale: Locale) {
	const before = input.value
	const after = formatAmountInput(before, locale)
	if (after === before) return
	const caret = input.selectionStart ?? before.length
	const digitsBefore = before.slice(0, caret).replace(/\D/g, '').length
	input.value = after
	let position = 0
	for (let seen = 0; position < after.length && seen < digitsBefore; position++) if (/\d/.test(after[position]!)) seen++
	if (document.activeElement === input) input.setSelectionRange(position, position)
}

// An amount of VND: shown grouped by thousands ("1.500.000.000") when the form opens
// and as the person types. Without JavaScript it is a plain text input, and the
// server (vndField) reads it with or without separators.
export function AmountField<Schema>({ meta, ...rest }: Omit<FieldProps<Schema>, 'type' | 'defaultValue'>) {
	const { i18n } = useTranslation()
	const locale: Locale = i18n.language === 'en' ? 'en' : 'vi'
	const initial = typeof meta.initialValue === 'string' ? formatAmountInput(meta.initialValue, locale) : undefined
	return <Field meta={meta} {...rest} inputMode="numeric" defaultValue={initial} onInput={(event) => groupAsTyped(event.currentTarget, locale)} />
}

// A calendar date typed dd/mm/yyyy (read by dateField on the server).
export function DateField<Schema>({ meta, help, ...rest }: Omit<FieldProps<Schema>, 'type'>) {
	const { t } = useTranslation()
	return <Field meta={meta} {...rest} placeholder={t('forms.date.placeholder')} help={help ?? t('forms.date.help')} autoComplete="off" />
}

export function CheckboxField<Schema>({
	meta,
	label,
	description,
}: {
	meta: FieldMetadata<Schema>
	label: React.ReactNode
	description?: string
}) {
	const { key: _remountKey, ...inputProps } = getInputProps(meta, { type: 'checkbox' })
	return (
		<div className="flex gap-3">
			<input
				{...inputProps}
				className="mt-1 h-4 w-4 rounded border-slate-400 text-sky-700"
				aria-describedby={meta.errors?.length ? meta.errorId : undefined}
			/>
			<div className="text-sm">
				<label htmlFor={meta.id} className="font-medium text-slate-800">
					{label}
					<RequiredMark show={Boolean(inputProps.required)} />
				</label>
				{description ? <p className="text-slate-600">{description}</p> : null}
				<ErrorList id={meta.errorId} errors={meta.errors} />
			</div>
		</div>
	)
}

// Invisible to people (and screen readers); bots that fill every field give themselves away.
export function Honeypot() {
	const { t } = useTranslation()
	return (
		<div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
			<label htmlFor={honeypotFieldName}>{t('form.honeypot')}</label>
			<input id={honeypotFieldName} name={honeypotFieldName} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
		</div>
	)
}

export function SubmitButton({
	children,
	variant = 'primary',
	...rest
}: { variant?: 'primary' | 'secondary' | 'danger' } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
	const styles = {
		primary: 'bg-sky-700 text-white hover:bg-sky-800',
		secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50',
		danger: 'bg-red-700 text-white hover:bg-red-800',
	}
	return (
		<button
			type="submit"
			{...rest}
			className={`inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60 ${styles[variant]} ${rest.className ?? ''}`}
		>
			{children}
		</button>
	)
}

// conform's props minus `key`, for the same reason as in Field.
export function selectProps<Schema>(meta: FieldMetadata<Schema>) {
	const { key: _remountKey, ...props } = getSelectProps(meta)
	return props
}

export function textareaProps<Schema>(meta: FieldMetadata<Schema>) {
	const { key: _remountKey, ...props } = getTextareaProps(meta)
	return props
}

// Shared field components of the larger forms (listings, programmes).
const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600'

export function TextArea<Schema>({ meta, label, rows = 4, help }: { meta: FieldMetadata<Schema>; label: string; rows?: number; help?: string }) {
	const helpId = help ? `${meta.id}-help` : undefined
	const { key: _remountKey, ...props } = getTextareaProps(meta, { ariaDescribedBy: helpId })
	return (
		<div>
			<label htmlFor={meta.id} className="block text-sm font-medium text-slate-800">{label}<RequiredMark show={Boolean(meta.required)} /></label>
			<textarea {...props} rows={rows} className={inputClass} />
			{help ? <p id={helpId} className="mt-1 text-xs text-slate-600">{help}</p> : null}
			<ErrorList id={meta.errorId} errors={meta.errors} />
		</div>
	)
}

export function Select<Schema>({ meta, label, choices, empty }: { meta: FieldMetadata<Schema>; label: string; choices: { value: string; label: string }[]; empty?: string }) {
	return (
		<div>
			<label htmlFor={meta.id} className="block text-sm font-medium text-slate-800">{label}<RequiredMark show={Boolean(meta.required)} /></label>
			<select {...selectProps(meta)} className={inputClass}>
				{empty !== undefined ? <option value="">{empty}</option> : null}
				{choices.map((choice) => (
					<option key={choice.value} value={choice.value}>{choice.label}</option>
				))}
			</select>
			<ErrorList id={meta.errorId} errors={meta.errors} />
		</div>
	)
}

export function CheckboxGroup<Schema>({ meta, label, choices }: { meta: FieldMetadata<Schema>; label: string; choices: { value: string; label: string }[] }) {
	const initial = meta.initialValue
	const chosen = new Set(Array.isArray(initial) ? initial.map(String) : initial ? [String(initial)] : [])
	return (
		<fieldset aria-describedby={meta.errors?.length ? meta.errorId : undefined}>
			<legend className="text-sm font-medium text-slate-800">{label}<GroupRequired show={Boolean(meta.required)} /></legend>
			<div className="mt-1 grid gap-1 sm:grid-cols-2">
				{choices.map((choice) => (
					<label key={choice.value} className="flex items-center gap-2 text-sm">
						<input type="checkbox" name={meta.name} value={choice.value} defaultChecked={chosen.has(choice.value)} form={meta.formId} />
						{choice.label}
					</label>
				))}
			</div>
			<ErrorList id={meta.errorId} errors={meta.errors} />
		</fieldset>
	)
}

// One choice among a few, as radios in a fieldset; what was chosen comes back with a server error.
export function RadioGroup<Schema>({ meta, legend, choices }: { meta: FieldMetadata<Schema>; legend: string; choices: { value: string; label: string }[] }) {
	const initial = meta.initialValue
	return (
		<fieldset aria-describedby={meta.errors?.length ? meta.errorId : undefined}>
			<legend className="text-sm font-medium text-slate-800">{legend}<GroupRequired show={Boolean(meta.required)} /></legend>
			<div className="mt-1 flex flex-wrap gap-4">
				{choices.map((choice) => (
					<label key={choice.value} className="flex items-center gap-2 text-sm">
						<input
							type="radio"
							name={meta.name}
							value={choice.value}
							defaultChecked={initial === choice.value}
							form={meta.formId}
							required={meta.required}
							aria-invalid={meta.errors?.length ? true : undefined}
						/>
						{choice.label}
					</label>
				))}
			</div>
			<ErrorList id={meta.errorId} errors={meta.errors} />
		</fieldset>
	)
}
