import { getFormProps, useForm, type DefaultValue, type FieldMetadata, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Field, FormMessage, Honeypot, RequiredLegend, SubmitButton } from './ui/form'

type EmailCode = { email: string; code: string }

// The "e-mail + one-time code" form of e-mail verification, password reset and the
// confirmation of a new e-mail address. Validated by the route's action with its schema;
// the page gets only the schema's constraints (required, lengths) from its loader, so
// no validation library is downloaded by these public pages (their JavaScript budget). Fields that
// only one page has (the new password) come from `children`, between the code and the
// submit button.
export function EmailCodeForm<Values extends EmailCode>({
	id,
	constraint,
	lastResult,
	defaultValue,
	emailLabel,
	emailAutoComplete,
	codeHelp,
	submitLabel,
	honeypot = false,
	className,
	submitClassName,
	children,
}: {
	id: string
	constraint: Parameters<typeof useForm>[0]['constraint']
	lastResult?: SubmissionResult<string[]>
	// The page's own fields may have defaults too (a ticked checkbox: 'on').
	defaultValue: EmailCode & Partial<Record<Exclude<keyof Values, keyof EmailCode>, string>>
	emailLabel: string
	emailAutoComplete?: string
	codeHelp?: string
	submitLabel: string
	// For pages open to anonymous visitors; the honeypot needs the form to be positioned.
	honeypot?: boolean
	className?: string
	submitClassName?: string
	children?: (fields: Record<Exclude<keyof Values, keyof EmailCode>, FieldMetadata<string, Values>>) => React.ReactNode
}) {
	const { t } = useTranslation()
	const [form, fields] = useForm<Values>({
		id,
		lastResult,
		defaultValue: defaultValue as DefaultValue<Values>,
		constraint,
		shouldValidate: 'onSubmit',
	})
	// Every field of these schemas is a string; conform cannot see that through the generic.
	const fieldset = fields as unknown as Record<keyof Values, FieldMetadata<string, Values>>
	const formClassName = [honeypot ? 'relative' : null, className, 'space-y-4 rounded-lg border border-slate-200 bg-white p-6'].filter(Boolean).join(' ')
	return (
		<Form method="post" {...getFormProps(form)} className={formClassName}>
			{honeypot ? <Honeypot /> : null}
			<FormMessage id={form.errorId} errors={form.errors} />
			<RequiredLegend />
			<Field meta={fieldset.email} label={emailLabel} type="email" autoComplete={emailAutoComplete} />
			<Field meta={fieldset.code} label={t('auth.fields.code')} autoComplete="one-time-code" help={codeHelp} />
			{children?.(fieldset)}
			<SubmitButton className={submitClassName}>{submitLabel}</SubmitButton>
		</Form>
	)
}
