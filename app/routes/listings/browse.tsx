import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { VerifiedBadge } from '~/components/verified-badge'
import { listingPaths, listingTypeFromPath, listingUrl } from '~/modules/listings/listing-paths'
import { browseFacets, browseListings, browsePageSize } from '~/modules/listings/public-listings.server'
import { formatDate, formatNumber } from '~/utils/format'
import { createI18n, type Locale } from '~/utils/i18n'
import { requestLocale, siteOrigin } from '~/utils/locale.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	data
		? [
				{ title: pageTitle(matches, data.heading) },
				{ name: 'description', content: data.heading },
				{ tagName: 'link', rel: 'canonical', href: data.canonical },
			]
		: []

export async function loader({ request }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	const type = listingTypeFromPath(url.pathname)
	if (!type) throw new Response('Not Found', { status: 404 })
	const page = Math.max(1, Math.min(1000, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1))
	const trl = Number.parseInt(url.searchParams.get('trl') ?? '', 10)
	const filters = {
		field: url.searchParams.get('field')?.slice(0, 60) || undefined,
		commune: url.searchParams.get('commune')?.slice(0, 20) || undefined,
		minTrl: trl >= 1 && trl <= 9 ? trl : undefined,
		page,
	}
	const [{ items, total }, facets] = await Promise.all([browseListings(type, filters), browseFacets(type)])
	return {
		type,
		heading: createI18n(requestLocale(request)).t(`listingType.${type}`),
		canonical: `${siteOrigin(request)}/${listingPaths[type]}`,
		filters,
		facets,
		total,
		pages: Math.max(1, Math.ceil(total / browsePageSize)),
		items: items.map((item) => ({
			...item,
			technologyOffer: item.technologyOffer
				? { ...item.technologyOffer, priceVnd: item.technologyOffer.priceVnd?.toString() ?? null }
				: null,
		})),
	}
}

export default function BrowseListings() {
	const { t, i18n } = useTranslation()
	const { type, filters, facets, items, total, pages } = useLoaderData<typeof loader>()
	const locale = i18n.language as Locale
	const vi = locale === 'vi'
	const pageLink = (page: number) => {
		const params = new URLSearchParams()
		if (filters.field) params.set('field', filters.field)
		if (filters.commune) params.set('commune', filters.commune)
		if (filters.minTrl) params.set('trl', String(filters.minTrl))
		params.set('page', String(page))
		return `?${params}`
	}
	return (
		<div className="space-y-6">
			<header>
				<h1 className="text-2xl font-semibold">{t(`listingType.${type}`)}</h1>
				<p className="text-sm text-slate-600" data-testid="result-count">{t('listings.browse.count', { count: formatNumber(total, locale) })}</p>
			</header>
			<Form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
				<div>
					<label htmlFor="filter-field" className="block font-medium">{t('listings.browse.field')}</label>
					<select id="filter-field" name="field" defaultValue={filters.field ?? ''} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5">
						<option value="">{t('listings.browse.all')}</option>
						{facets.fields.map((field) => (
							<option key={field.slug} value={field.slug}>{vi ? field.nameVi : field.nameEn}</option>
						))}
					</select>
				</div>
				<div>
					<label htmlFor="filter-commune" className="block font-medium">{t('listings.browse.commune')}</label>
					<select id="filter-commune" name="commune" defaultValue={filters.commune ?? ''} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5">
						<option value="">{t('listings.browse.all')}</option>
						{facets.communes.map((commune) => (
							<option key={commune.code} value={commune.code}>{commune.name}</option>
						))}
					</select>
				</div>
				{type === 'TECHNOLOGY_OFFER' ? (
					<div>
						<label htmlFor="filter-trl" className="block font-medium">{t('listings.browse.minTrl')}</label>
						<select id="filter-trl" name="trl" defaultValue={filters.minTrl ? String(filters.minTrl) : ''} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5">
							<option value="">{t('listings.browse.all')}</option>
							{[1, 2, 3, 4, 5, 6, 7, 8, 9].map((level) => (
								<option key={level} value={level}>TRL ≥ {level}</option>
							))}
						</select>
					</div>
				) : null}
				<button type="submit" className="rounded-md bg-sky-700 px-4 py-1.5 font-medium text-white">{t('listings.browse.apply')}</button>
			</Form>
			{items.length === 0 ? <p className="text-slate-600">{t('listings.browse.empty')}</p> : null}
			<ul className="grid gap-4 md:grid-cols-2" data-testid="listing-results">
				{items.map((item) => (
					<li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4">
						<h2 className="font-semibold">
							<Link to={listingUrl(item.type, item.slug)} className="hover:underline">{item.title}</Link>
						</h2>
						<p className="mt-1 line-clamp-3 text-sm text-slate-700">{item.summary}</p>
						<p className="mt-2 text-xs text-slate-500">
							{item.organization?.name}
							{item.organization ? <VerifiedBadge status={item.organization.verificationStatus} /> : null}
							{item.commune ? ` · ${item.commune.name}` : ''}
							{item.technologyOffer?.trl ? ` · TRL ${item.technologyOffer.trl}` : ''}
							{item.publishedAt ? ` · ${formatDate(item.publishedAt, locale)}` : ''}
						</p>
						<ul className="mt-2 flex flex-wrap gap-1">
							{item.fields.map(({ field }) => (
								<li key={field.slug} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs">{vi ? field.nameVi : field.nameEn}</li>
							))}
						</ul>
					</li>
				))}
			</ul>
			{pages > 1 ? (
				<nav aria-label={t('form.pagination')} className="flex items-center gap-4 text-sm">
					{filters.page > 1 ? <Link to={pageLink(filters.page - 1)} className="text-sky-700 underline">{t('form.previous')}</Link> : null}
					<span>{t('listings.browse.page', { page: filters.page, pages })}</span>
					{filters.page < pages ? <Link to={pageLink(filters.page + 1)} className="text-sky-700 underline">{t('form.next')}</Link> : null}
				</nav>
			) : null}
		</div>
	)
}
