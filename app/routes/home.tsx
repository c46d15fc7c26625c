import type { MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { listingPaths, listingUrl } from '~/modules/listings/listing-paths'
import { listingTypes } from '~/modules/listings/listing-types'
import { countPublishedByType, latestPublished } from '~/modules/listings/public-listings.server'
import { openProgrammes } from '~/modules/programmes/public-programmes.server'
import { useRootData } from '~/root'
import { formatDate, formatNumber, formatVnd } from '~/utils/format'
import { translate } from '~/utils/meta'
import type { Locale } from '~/utils/i18n'

export const meta: MetaFunction = ({ matches }) => [
	{ title: translate(matches, 'site.name') },
	{ name: 'description', content: translate(matches, 'home.intro') },
]

export async function loader() {
	const [counts, latest, programmes] = await Promise.all([
		countPublishedByType(),
		latestPublished(6),
		openProgrammes(),
	])
	return { counts, latest, programmes }
}

export default function Home() {
	const { counts, latest, programmes } = useLoaderData<typeof loader>()
	const { t } = useTranslation()
	const root = useRootData()
	const locale: Locale = root?.locale ?? 'vi'
	const province = root?.province
	return (
		<div className="space-y-12">
			<section aria-labelledby="home-title" className="rounded-2xl bg-gradient-to-br from-sky-900 to-sky-700 px-6 py-10 text-white">
				<h1 id="home-title" className="text-3xl font-bold sm:text-4xl">
					{t('home.title')}
				</h1>
				<p className="mt-3 max-w-3xl text-sky-50">{t('home.intro')}</p>
				{province ? (
					<p className="mt-2 text-sm text-sky-100">
						{t('site.tagline', { province: locale === 'vi' ? province.nameVi : province.nameEn })}
					</p>
				) : null}
			</section>

			<section aria-labelledby="post-title" className="flex flex-col gap-4 rounded-2xl border border-amber-200 bg-amber-50 px-6 py-6 sm:flex-row sm:items-center sm:justify-between">
				<div>
					<h2 id="post-title" className="text-xl font-semibold text-slate-900">{t('journeys.home.postTitle')}</h2>
					<p className="mt-1 max-w-3xl text-sm text-slate-700">{t('journeys.home.postIntro')}</p>
				</div>
				<Link
					to="/listings/new"
					className="shrink-0 rounded-md bg-amber-500 px-5 py-2.5 text-center font-semibold text-slate-900 hover:bg-amber-400"
					data-testid="home-post-listing"
				>
					{t('journeys.postListing')}
				</Link>
			</section>

			<section aria-labelledby="stats-title">
				<h2 id="stats-title" className="text-xl font-semibold">
					{t('home.statsHeading')}
				</h2>
				<dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
					{listingTypes.map((type) => (
						<div key={type} className="rounded-lg border border-slate-200 bg-white p-4">
							<dt className="text-sm text-slate-600">
								<Link to={`/${listingPaths[type]}`} className="hover:underline">{t(`listingType.${type}`)}</Link>
							</dt>
							<dd className="mt-1 text-2xl font-semibold text-sky-800" data-testid={`count-${type}`}>
								{formatNumber(counts[type], locale)}
							</dd>
						</div>
					))}
				</dl>
			</section>

			<section aria-labelledby="latest-title">
				<h2 id="latest-title" className="text-xl font-semibold">
					{t('home.latestHeading')}
				</h2>
				<ul className="mt-4 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
					{latest.map((listing) => (
						<li key={listing.id} className="rounded-lg border border-slate-200 bg-white p-4">
							<p className="text-xs font-medium uppercase tracking-wide text-sky-700">{t(`listingType.${listing.type}`)}</p>
							<h3 className="mt-1 font-semibold">
								<Link to={listingUrl(listing.type, listing.slug)} className="hover:underline">{listing.title}</Link>
							</h3>
							<p className="mt-1 line-clamp-3 text-sm text-slate-600">{listing.summary}</p>
							<p className="mt-2 text-xs text-slate-500">
								{listing.organization?.name}
								{listing.publishedAt ? ` · ${formatDate(listing.publishedAt, locale)}` : ''}
							</p>
						</li>
					))}
				</ul>
			</section>

			<section aria-labelledby="programmes-title">
				<h2 id="programmes-title" className="text-xl font-semibold">
					{t('home.programmesHeading')}
				</h2>
				{programmes.length === 0 ? (
					<p className="mt-4 text-slate-600">{t('home.noProgrammes')}</p>
				) : (
					<ul className="mt-4 grid gap-4 md:grid-cols-2">
						{programmes.map((programme) => (
							<li key={programme.id} className="rounded-lg border border-slate-200 bg-white p-4">
								<h3 className="font-semibold">
									<Link to={`/chuong-trinh/${programme.slug}`} className="text-sky-900 hover:underline">{programme.title}</Link>
								</h3>
								<p className="mt-1 text-sm text-slate-600">{programme.summary}</p>
								<p className="mt-2 text-sm">
									{t('home.closesOn', { date: formatDate(programme.closesAt, locale) })}
									{programme.maxPerApplicationVnd !== null
										? ` · ${formatVnd(programme.maxPerApplicationVnd, locale)}`
										: ''}
								</p>
								<p className="mt-1 text-xs text-slate-500">{programme.organization.name}</p>
							</li>
						))}
					</ul>
				)}
			</section>
		</div>
	)
}
