import { useTranslation } from 'react-i18next'

export function VerifiedBadge({ status }: { status: string }) {
	const { t } = useTranslation()
	if (status === 'VERIFIED') {
		return (
			<span className="ml-2 inline-flex items-center gap-1 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800" data-testid="verified-badge">
				<svg aria-hidden="true" viewBox="0 0 20 20" className="h-3 w-3 fill-current"><path d="M8 13.2 4.8 10l-1.1 1.1L8 15.4l8.3-8.3-1.1-1.1z" /></svg>
				{t('organizations.verified')}
			</span>
		)
	}
	if (status === 'PENDING') {
		return <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-800">{t('organizations.pendingVerification')}</span>
	}
	return null
}
