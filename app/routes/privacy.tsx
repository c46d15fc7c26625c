import { useTranslation } from 'react-i18next'
import { useRootData } from '~/root'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('privacy.title')

const sections = ['controller', 'data', 'purposes', 'rights', 'retention', 'security'] as const

export default function PrivacyNotice() {
	const { t, i18n } = useTranslation()
	const province = useRootData()?.province
	const vi = i18n.language === 'vi'
	const params = { agency: province ? (vi ? province.agencyVi : province.agencyEn) : '', province: province ? (vi ? province.nameVi : province.nameEn) : '' }
	return (
		<article className="prose mx-auto max-w-3xl space-y-4">
			<h1 className="text-2xl font-semibold">{t('privacy.title')}</h1>
			<p className="text-sm text-slate-600">{t('privacy.version', { version: '2026-01' })}</p>
			{sections.map((section) => (
				<section key={section} className="space-y-1">
					<h2 className="text-lg font-semibold">{t(`privacy.${section}.title`)}</h2>
					<p className="text-slate-800">{t(`privacy.${section}.body`, params)}</p>
				</section>
			))}
		</article>
	)
}
