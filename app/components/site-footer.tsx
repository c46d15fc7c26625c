import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { Province } from '~/modules/settings/province.server'

// The operator (from the province settings), how to reach it, and the legal pages.
export function SiteFooter({ province }: { province?: Province }) {
	const { t, i18n } = useTranslation()
	const vi = i18n.language === 'vi'
	const agency = province ? (vi ? province.agencyVi : province.agencyEn) : null
	const link = 'text-sky-800 underline hover:text-sky-900'
	return (
		<footer className="border-t border-slate-200 bg-white">
			<div className="mx-auto grid max-w-6xl gap-4 px-4 py-6 text-sm text-slate-700 sm:grid-cols-[2fr_1fr]">
				<div className="space-y-1">
					{province ? (
						<>
							<div className="flex items-center gap-3">
								{province.logoId ? <img src={`/province/logo/${province.logoId}`} alt="" width={40} height={40} className="h-10 w-10 object-contain" /> : null}
								<p>{t('site.footer', { agency, province: vi ? province.nameVi : province.nameEn })}</p>
							</div>
							<address className="not-italic" data-testid="operator-contact">
								<p className="font-medium text-slate-800">{t('siteFooter.contact')}</p>
								{province.address ? <p>{province.address}</p> : null}
								<p className="flex flex-wrap gap-x-4">
									{province.phone ? (
										<span>
											{t('siteFooter.phone')}: <a href={`tel:${province.phone.replace(/[^+0-9]/g, '')}`} className={link}>{province.phone}</a>
										</span>
									) : null}
									{province.email ? (
										<span>
											{t('siteFooter.email')}: <a href={`mailto:${province.email}`} className={link}>{province.email}</a>
										</span>
									) : null}
									{province.website ? (
										<a href={province.website} className={link} rel="noopener">{province.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a>
									) : null}
								</p>
							</address>
						</>
					) : (
						<p>{t('site.name')}</p>
					)}
				</div>
				<nav aria-label={t('siteFooter.legal')}>
					<ul className="space-y-1 sm:text-right">
						<li><Link to="/privacy" className={link}>{t('siteFooter.privacy')}</Link></li>
						<li><Link to="/terms" className={link}>{t('siteFooter.terms')}</Link></li>
					</ul>
				</nav>
			</div>
		</footer>
	)
}
