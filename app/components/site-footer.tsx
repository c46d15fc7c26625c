import { useTranslation } from 'react-i18next'
import type { Province } from '~/modules/settings/province.server'

export function SiteFooter({ province }: { province?: Province }) {
	const { t, i18n } = useTranslation()
	const vi = i18n.language === 'vi'
	return (
		<footer className="border-t border-slate-200 bg-white">
			<div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">
				{province
					? t('site.footer', {
							agency: vi ? province.agencyVi : province.agencyEn,
							province: vi ? province.nameVi : province.nameEn,
						})
					: t('site.name')}
			</div>
		</footer>
	)
}
