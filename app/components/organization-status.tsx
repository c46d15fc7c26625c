// An organisation's standing as its members see it: verification (verified, pending,
// rejected with the moderator's reason, unverified) and suspension by an administrator.
// The public sees only the verified badge (components/verified-badge.tsx).
import { useTranslation } from 'react-i18next'

const tones: Record<string, string> = {
	VERIFIED: 'bg-emerald-100 text-emerald-900',
	PENDING: 'bg-amber-100 text-amber-900',
	REJECTED: 'bg-red-100 text-red-900',
	UNVERIFIED: 'bg-slate-100 text-slate-800',
}

export function VerificationStatusLabel({ status }: { status: string }) {
	const { t } = useTranslation()
	return (
		<span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${tones[status] ?? tones.UNVERIFIED}`} data-verification-status={status}>
			{t(`orgs.status.${status}`)}
		</span>
	)
}

export function SuspendedLabel() {
	const { t } = useTranslation()
	return <span className="inline-block rounded-full bg-red-700 px-2 py-0.5 text-xs font-medium text-white">{t('orgs.status.suspended')}</span>
}

// One line per fact, for lists (the member's organisations).
export function OrganizationStanding({
	organization,
}: {
	organization: { verificationStatus: string; verificationReason: string | null; suspendedAt: Date | string | null; suspendedReason: string | null }
}) {
	const { t } = useTranslation()
	return (
		<div className="space-y-1 text-sm">
			<p className="flex flex-wrap items-center gap-2">
				<VerificationStatusLabel status={organization.verificationStatus} />
				{organization.suspendedAt ? <SuspendedLabel /> : null}
			</p>
			{organization.verificationStatus === 'REJECTED' && organization.verificationReason ? (
				<p className="text-red-900">{t('orgs.status.rejectedReason', { reason: organization.verificationReason })}</p>
			) : null}
			{organization.suspendedAt ? (
				<p className="text-red-900">{t('orgs.status.suspendedReason', { reason: organization.suspendedReason ?? '' })}</p>
			) : null}
		</div>
	)
}
