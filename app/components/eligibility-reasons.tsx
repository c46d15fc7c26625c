// Why an organisation cannot apply to a programme, one line per rule, in the reader's
// language. Used on the public programme page and on the application page.
import { useTranslation } from 'react-i18next'
import type { IneligibilityReason } from '~/modules/programmes/eligibility'

export function EligibilityReasons({
	reasons,
	fieldNames = {},
	communeNames = {},
	id,
}: {
	reasons: IneligibilityReason[]
	// Field and commune names by id; an unknown id is left out of the list.
	fieldNames?: Record<string, string>
	communeNames?: Record<string, string>
	id?: string
}) {
	const { t } = useTranslation()
	if (reasons.length === 0) return null
	const list = (names: string[]) => names.filter(Boolean).join(', ')
	return (
		<ul id={id} className="list-disc space-y-1 pl-5 text-sm">
			{reasons.map((reason) => {
				switch (reason.rule) {
					case 'organizationType':
						return <li key={reason.rule}>{t('applying.eligibility.organizationType', { allowed: list(reason.allowed.map((type) => t(`organizationType.${type}`))) })}</li>
					case 'enterpriseSize':
						return <li key={reason.rule}>{t('applying.eligibility.enterpriseSize', { allowed: list(reason.allowed.map((size) => t(`enterpriseSize.${size}`))) })}</li>
					case 'field':
						return <li key={reason.rule}>{t('applying.eligibility.field', { allowed: list(reason.allowed.map((fieldId) => fieldNames[fieldId] ?? '')) })}</li>
					case 'commune':
						return <li key={reason.rule}>{t('applying.eligibility.commune', { allowed: list(reason.allowed.map((communeId) => communeNames[communeId] ?? '')) })}</li>
					case 'trl':
						return <li key={reason.rule}>{t('applying.eligibility.trl', { minimum: reason.minimum })}</li>
				}
			})}
		</ul>
	)
}
