// Why an organisation cannot apply to a programme, one line per rule, in the reader's
// language. Used on the public programme page and on the application page.
import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { organizationFormAnchors } from '~/modules/orgs/form-anchors'
import type { IneligibilityReason } from '~/modules/programmes/eligibility'

// The reasons the organisation's members can fix in its settings form, and where.
const fixAnchors: Partial<Record<IneligibilityReason['rule'], string>> = {
	enterpriseSize: organizationFormAnchors.size,
	field: organizationFormAnchors.fields,
	commune: organizationFormAnchors.commune,
}

export function EligibilityReasons({
	reasons,
	fieldNames = {},
	communeNames = {},
	id,
	settingsPath,
}: {
	reasons: IneligibilityReason[]
	// The organisation's settings page, given only to people who may edit it: each reason
	// they can fix there links to the right part of the form.
	settingsPath?: string | null
	// Field and commune names by id; an unknown id is left out of the list.
	fieldNames?: Record<string, string>
	communeNames?: Record<string, string>
	id?: string
}) {
	const { t } = useTranslation()
	if (reasons.length === 0) return null
	const list = (names: string[]) => names.filter(Boolean).join(', ')
	const text = (reason: IneligibilityReason) => {
		switch (reason.rule) {
			case 'organizationType':
				return t('applying.eligibility.organizationType', { allowed: list(reason.allowed.map((type) => t(`organizationType.${type}`))) })
			case 'enterpriseSize':
				return t('applying.eligibility.enterpriseSize', { allowed: list(reason.allowed.map((size) => t(`enterpriseSize.${size}`))) })
			case 'field':
				return t('applying.eligibility.field', { allowed: list(reason.allowed.map((fieldId) => fieldNames[fieldId] ?? '')) })
			case 'commune':
				return t('applying.eligibility.commune', { allowed: list(reason.allowed.map((communeId) => communeNames[communeId] ?? '')) })
			case 'trl':
				return t('applying.eligibility.trl', { minimum: reason.minimum })
		}
	}
	return (
		<ul id={id} className="list-disc space-y-1 pl-5 text-sm">
			{reasons.map((reason) => {
				const anchor = settingsPath ? fixAnchors[reason.rule] : undefined
				return (
					<li key={reason.rule}>
						{text(reason)}
						{anchor ? (
							<>
								{' '}
								<Link to={`${settingsPath}#${anchor}`} className="font-medium text-sky-800 underline" data-fix={reason.rule}>
									{t(`orgs.eligibility.fix.${reason.rule}`)}
								</Link>
							</>
						) : null}
					</li>
				)
			})}
		</ul>
	)
}
