import { useTranslation } from 'react-i18next'
import { useRootData } from '~/root'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('termsOfUse.title')

const termsSections = ['operator', 'accounts', 'content', 'intellectualProperty', 'dealings', 'prohibited', 'moderation', 'liability', 'personalData', 'law', 'changes'] as const

export default function TermsOfUse() {
	const { t, i18n } = useTranslation()
	const province = useRootData()?.province
	const vi = i18n.language === 'vi'
	const params = {
		agency: province ? (vi ? province.agencyVi : province.agencyEn) : '',
		province: province ? (vi ? province.nameVi : province.nameEn) : '',
		contact: province ? [province.email, province.phone].filter(Boolean).join(' · ') || (vi ? province.agencyVi : province.agencyEn) : '',
	}
	return (
		<article className="prose mx-auto max-w-3xl space-y-4">
			<h1 className="text-2xl font-semibold">{t('termsOfUse.title')}</h1>
			<p className="text-sm text-slate-600">{t('termsOfUse.version', { version: '2026-01' })}</p>
			{termsSections.map((section) => (
				<section key={section} className="space-y-1">
					<h2 className="text-lg font-semibold">{t(`termsOfUse.${section}.title`)}</h2>
					<p className="text-slate-800">{t(`termsOfUse.${section}.body`, params)}</p>
				</section>
			))}
		</article>
	)
}
