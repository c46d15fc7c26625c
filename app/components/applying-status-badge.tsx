import { useTranslation } from 'react-i18next'
import type { ApplicationStatus } from '~/generated/prisma/enums'

const tones: Record<ApplicationStatus, string> = {
	DRAFT: 'bg-slate-100 text-slate-800',
	SUBMITTED: 'bg-sky-100 text-sky-900',
	RESUBMITTED: 'bg-sky-100 text-sky-900',
	SCREENING: 'bg-indigo-100 text-indigo-900',
	IN_REVIEW: 'bg-indigo-100 text-indigo-900',
	RETURNED: 'bg-amber-100 text-amber-900',
	APPROVED: 'bg-emerald-100 text-emerald-900',
	WAITLISTED: 'bg-amber-100 text-amber-900',
	REJECTED: 'bg-red-100 text-red-900',
	WITHDRAWN: 'bg-slate-200 text-slate-700',
}

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
	const { t } = useTranslation()
	return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${tones[status]}`}>{t(`applicationStatus.${status}`)}</span>
}
