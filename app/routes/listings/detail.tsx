import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { authHref } from '~/utils/redirect'
import { useReturnPath } from '~/utils/use-return-path'
import { useTranslation } from 'react-i18next'
import { ListingFacts, ListingSections } from '~/components/listing-details'
import { VerifiedBadge } from '~/components/verified-badge'
import { getOptionalUser } from '~/modules/auth/guards.server'
import { renderMarkdown } from '~/modules/content/markdown.server'
import { listingTypeFromPath, listingUrl } from '~/modules/listings/listing-paths'
import { listingJsonLd } from '~/modules/listings/seo'
import { publicListingFiles } from '~/modules/listings/attachments.server'
import { detailView, getPublishedListing, relatedListings } from '~/modules/listings/public-listings.server'
import { organizationCohorts } from '~/modules/orgs/cohorts.server'
import { OrganizationCohorts } from '~/components/organization-cohorts'
import { formatFileSize } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { siteOrigin } from '~/utils/locale.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
	if (!data) return []
	const { listing, canonical } = data
	return [
		{ title: pageTitle(matches, listing.title) },
		{ name: 'description', content: listing.summary.slice(0, 300) },
		{ tagName: 'link', rel: 'canonical', href: canonical },
		{ property: 'og:type', content: 'article' },
		{ property: 'og:title', content: listing.title },
		{ property: 'og:description', content: listing.summary.slice(0, 300) },
		{ property: 'og:url', content: canonical },
		{ property: 'og:locale', content: 'vi_VN' },
		...(data.imageUrl ? [{ property: 'og:image', content: data.imageUrl }] : []),
		{ 'script:ld+json': data.jsonLd },
	]
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	const type = listingTypeFromPath(url.pathname)
	if (!type) throw new Response('Not Found', { status: 404 })
	const found = await getPublishedListing(type, params.slug!)
	if (!found) throw new Response('Not Found', { status: 404 })
	// The cover's id stays on the server: a cover not yet approved must not be named to the public.
	const { coverImageId, ...listing } = found
	const user = await getOptionalUser(request)
	const [related, files, cohorts] = await Promise.all([
		relatedListings({ id: listing.id, type, fieldIds: listing.fields.map((f) => f.field.id) }),
		publicListingFiles(listing.id),
		// An incubator's cohorts: the programmes its organisation runs.
		type === 'INCUBATOR' && listing.organization ? organizationCohorts({ slug: listing.organization.slug }) : Promise.resolve([]),
	])
	const canonical = `${siteOrigin(request)}${listingUrl(type, listing.slug)}`
	// The cover shows only once approved; otherwise the first approved image.
	const cover = files.images.find((image) => image.id === coverImageId) ?? files.images[0] ?? null
	const imageUrl = cover ? `${siteOrigin(request)}/files/${cover.id}` : null
	// Expert contact details are for signed-in members only.
	const expert = listing.expertProfile
		? { ...listing.expertProfile, contactEmail: user ? listing.expertProfile.contactEmail : null, contactPhone: user ? listing.expertProfile.contactPhone : null }
		: null
	return {
		canonical,
		signedIn: Boolean(user),
		jsonLd: listingJsonLd({ ...listing, canonical, imageUrl }),
		imageUrl,
		cover,
		files,
		descriptionHtml: renderMarkdown(listing.description),
		related,
		cohorts,
		listing: { ...detailView(listing), expertProfile: expert },
	}
}

export default function ListingDetail() {
	const { t, i18n } = useTranslation()
	const returnTo = useReturnPath()
	const { listing, descriptionHtml, related, signedIn, cover, files, cohorts } = useLoaderData<typeof loader>()
	const locale = i18n.language as Locale
	const expert = listing.expertProfile
	return (
		<article className="grid gap-8 lg:grid-cols-[1fr_18rem]">
			<div className="min-w-0 space-y-6">
				<header className="space-y-2">
					<p className="text-sm font-medium text-sky-700">{t(`listingType.${listing.type}`)}</p>
					<h1 className="text-2xl font-semibold sm:text-3xl">
						{listing.title}
						{expert?.verifiedAt ? <VerifiedBadge status="VERIFIED" /> : null}
					</h1>
					<p className="text-lg text-slate-700">{listing.summary}</p>
					{listing.organization ? (
						<p className="text-sm">
							<Link to={`/organizations/${listing.organization.slug}`} className="font-medium text-sky-800 hover:underline">{listing.organization.name}</Link>
							<VerifiedBadge status={listing.organization.verificationStatus} />
						</p>
					) : null}
				</header>
				{cover ? (
					<figure>
						<img
							src={`/files/${cover.id}`}
							alt={cover.caption ?? listing.title}
							width={cover.width ?? undefined}
							height={cover.height ?? undefined}
							className="max-h-96 w-full rounded-lg bg-slate-100 object-contain"
						/>
						{cover.caption ? <figcaption className="mt-1 text-sm text-slate-600">{cover.caption}</figcaption> : null}
					</figure>
				) : null}
				<ListingFacts listing={listing} />
				<div className="rich-text space-y-3 text-slate-800" dangerouslySetInnerHTML={{ __html: descriptionHtml }} />
				<ListingSections listing={listing} pitchDeck={signedIn ? 'download' : 'signIn'} loginHref={authHref('/login', returnTo)} />
				{files.images.length > 1 ? (
					<section aria-labelledby="listing-images">
						<h2 id="listing-images" className="text-lg font-semibold">{t('listings.files.images')}</h2>
						<ul className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3">
							{files.images.map((image) => (
								<li key={image.id}>
									<a href={`/files/${image.id}`}>
										<img src={`/files/${image.id}/thumbnail`} alt={image.caption ?? image.fileName} loading="lazy" className="aspect-[4/3] w-full rounded-md bg-slate-100 object-cover" />
									</a>
									{image.caption ? <p className="mt-1 text-xs text-slate-600">{image.caption}</p> : null}
								</li>
							))}
						</ul>
					</section>
				) : null}
				{files.documents.length > 0 ? (
					<section aria-labelledby="listing-documents">
						<h2 id="listing-documents" className="text-lg font-semibold">{t('listings.files.documents')}</h2>
						<ul className="mt-2 space-y-1" data-testid="listing-documents">
							{files.documents.map((document) => (
								<li key={document.id}>
									<a href={`/files/${document.id}`} download className="text-sky-700 underline">
										{t('listings.files.download', { name: document.fileName, size: formatFileSize(document.sizeBytes, locale) })}
									</a>
									{document.caption ? <span className="ml-2 text-sm text-slate-600">{document.caption}</span> : null}
								</li>
							))}
						</ul>
					</section>
				) : null}
				{expert ? (
					<section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
						<h2 className="text-lg font-semibold">{t('listings.detail.contact')}</h2>
						{signedIn ? (
							<p className="text-sm" data-testid="expert-contact">
								{expert.contactEmail ? <a href={`mailto:${expert.contactEmail}`} className="text-sky-700 underline">{expert.contactEmail}</a> : null}
								{expert.contactPhone ? ` · ${expert.contactPhone}` : ''}
							</p>
						) : (
							<p className="text-sm text-slate-600">
								{t('listings.detail.contactMembersOnly')}{' '}
								<Link to={authHref('/login', returnTo)} className="text-sky-700 underline">{t('journeys.signInToSeeContact')}</Link>
								{' · '}
								<Link to={authHref('/signup', returnTo)} className="text-sky-700 underline">{t('journeys.orSignUp')}</Link>
							</p>
						)}
					</section>
				) : null}
				<OrganizationCohorts cohorts={cohorts} />
			</div>
			<aside aria-labelledby="related-title" className="space-y-3">
				<h2 id="related-title" className="text-lg font-semibold">{t('listings.detail.related')}</h2>
				<ul className="space-y-3">
					{related.map((item) => (
						<li key={item.id} className="rounded-lg border border-slate-200 bg-white p-3">
							<p className="text-xs text-sky-700">{t(`listingType.${item.type}`)}</p>
							<Link to={listingUrl(item.type, item.slug)} className="text-sm font-medium hover:underline">{item.title}</Link>
						</li>
					))}
				</ul>
			</aside>
		</article>
	)
}
