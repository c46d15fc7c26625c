import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { OrganizationCohorts } from '~/components/organization-cohorts'
import { VerifiedBadge } from '~/components/verified-badge'
import { organizationCohorts } from '~/modules/orgs/cohorts.server'
import { getPublicOrganization } from '~/modules/orgs/orgs.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
	{ title: pageTitle(matches, data?.organization.name ?? '') },
	{ name: 'description', content: data?.organization.description.slice(0, 160) ?? '' },
]

export async function loader({ params }: LoaderFunctionArgs) {
	const organization = await getPublicOrganization(params.slug!)
	if (!organization) throw new Response('Not Found', { status: 404 })
	return { organization, cohorts: await organizationCohorts({ id: organization.id }) }
}

export default function OrganizationProfile() {
	const { t, i18n } = useTranslation()
	const { organization, cohorts } = useLoaderData<typeof loader>()
	const vi = i18n.language === 'vi'
	return (
		<article className="space-y-6">
			<header className="flex items-start gap-4">
				{organization.logoId ? (
					<img src={`/files/${organization.logoId}`} alt="" width={72} height={72} className="h-18 w-18 rounded border border-slate-200 bg-white object-contain" />
				) : null}
				<div>
				<p className="text-sm text-sky-700">{t(`organizationType.${organization.type}`)}</p>
				<h1 className="text-2xl font-semibold">
					{organization.name}
					{/* The public sees only "verified"; members see the full status in the settings. */}
					{organization.verificationStatus === 'VERIFIED' ? <VerifiedBadge status="VERIFIED" /> : null}
				</h1>
				<p className="mt-1 text-sm text-slate-600">
					{[organization.address, organization.commune?.name].filter(Boolean).join(', ')}
					{organization.website ? (
						<>
							{' · '}
							<a href={organization.website} rel="noopener noreferrer nofollow" className="text-sky-700 underline">{organization.website}</a>
						</>
					) : null}
				</p>
				</div>
			</header>
			{organization.description ? <p className="whitespace-pre-line text-slate-800">{organization.description}</p> : null}
			{organization.fields.length > 0 ? (
				<ul className="flex flex-wrap gap-2">
					{organization.fields.map(({ field }) => (
						<li key={field.slug} className="rounded-full bg-slate-100 px-3 py-1 text-xs">{vi ? field.nameVi : field.nameEn}</li>
					))}
				</ul>
			) : null}
			<OrganizationCohorts cohorts={cohorts} />
			{organization.listings.length > 0 ? (
				<section aria-labelledby="org-listings">
					<h2 id="org-listings" className="text-lg font-semibold">{t('organizations.profile.listings')}</h2>
					<ul className="mt-3 grid gap-3 md:grid-cols-2">
						{organization.listings.map((listing) => (
							<li key={listing.id} className="rounded-lg border border-slate-200 bg-white p-4">
								<p className="text-xs uppercase text-sky-700">{t(`listingType.${listing.type}`)}</p>
								<p className="font-medium">{listing.title}</p>
								<p className="mt-1 line-clamp-2 text-sm text-slate-600">{listing.summary}</p>
							</li>
						))}
					</ul>
				</section>
			) : null}
		</article>
	)
}
