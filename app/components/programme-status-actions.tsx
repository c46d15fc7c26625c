// The buttons that move a programme along (publish, close, reopen), each a plain form.
// Publishing results lives on the applications page, beside the decisions.
import { Form, useActionData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { SubmitButton } from './ui/form'

export function ProgrammeStatusActions({ programme }: { programme: { id: string; actions: readonly string[] } }) {
	const { t } = useTranslation()
	const navigation = useNavigation()
	const result = useActionData<{ programmeId?: string; error?: string; undecided?: number }>()
	return (
		<div className="flex flex-wrap items-center gap-2">
			{programme.actions.map((action) => (
				<Form method="post" key={action}>
					<input type="hidden" name="programmeId" value={programme.id} />
					<SubmitButton name="intent" value={action} variant={action === 'publish' ? 'primary' : 'secondary'} disabled={navigation.state === 'submitting'}>
						{t(`programmes.manage.actions.${action}`)}
					</SubmitButton>
				</Form>
			))}
			{result?.error && result.programmeId === programme.id ? (
				<p role="alert" className="text-sm text-red-700">
					{t(result.error, { count: result.undecided ?? 0 })}
				</p>
			) : null}
		</div>
	)
}
