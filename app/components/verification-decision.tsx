// A moderator's decision on a pending organisation: approve, or reject with a reason
// (required; the error shows on the reason field). Posts to /admin/organizations.
import { getFormProps, getInputProps, useForm, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ErrorList, FormMessage, SubmitButton } from './ui/form'

export function VerificationDecision({
	organizationId,
	lastResult,
	error,
	returnTo,
}: {
	organizationId: string
	lastResult?: SubmissionResult<string[]>
	error?: string | null
	returnTo?: string
}) {
	const { t } = useTranslation()
	const [form, fields] = useForm({ id: `verification-${organizationId}`, lastResult, shouldValidate: 'onSubmit' })
	const { key: _remountKey, ...reasonProps } = getInputProps(fields.reason, { type: 'text' })
	return (
		<div className="mt-3 space-y-2">
			{error ? <FormMessage errors={[error]} /> : null}
			<div className="flex flex-wrap items-start gap-2">
				<Form method="post" action="/admin/organizations">
					<input type="hidden" name="organizationId" value={organizationId} />
					<input type="hidden" name="decision" value="approve" />
					{returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
					<SubmitButton>{t('admin.organizations.approve')}</SubmitButton>
				</Form>
				<Form method="post" action="/admin/organizations" {...getFormProps(form)} className="flex flex-wrap items-start gap-2">
					<input type="hidden" name="organizationId" value={organizationId} />
					<input type="hidden" name="decision" value="reject" />
					{returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
					<div>
						<label htmlFor={fields.reason.id} className="sr-only">{t('orgs.admin.rejectReason')}</label>
						<input
							{...reasonProps}
							placeholder={t('orgs.admin.rejectReason')}
							className="w-64 rounded-md border border-slate-300 px-2 py-1 aria-[invalid=true]:border-red-600"
						/>
						<ErrorList id={fields.reason.errorId} errors={fields.reason.errors} />
					</div>
					<SubmitButton variant="secondary">{t('admin.organizations.reject')}</SubmitButton>
				</Form>
			</div>
		</div>
	)
}

