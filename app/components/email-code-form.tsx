import { getFormProps, useForm, type DefaultValue, type FieldMetadata, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { Field, FormMessage, Honeypot, RequiredLegend, SubmitButton } from './ui/form'

type EmailCode = { email: string; code: string }

// The "e-mail + one-time code" form of e-mail verification, password reset and the
// confirmation of a new e-mail address. Validated with the route's own schema (the same
// one its action parses), so errors land on the right field on both sides. Fields that
// only one page has (the new password) come from `children`, between the code and the
// submit button.
export function EmailCodeForm<Values extends EmailCode>({
	id,
	schema,
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
	schema: z.ZodType<Values, Values>
	lastResult?: SubmissionResult<string[]>
	defaultValue: EmailCode
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
		constraint: getZodConstraint(schema),
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema }),
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
