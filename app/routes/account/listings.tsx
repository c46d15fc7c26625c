import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Notice, SubmitButton } from '~/components/ui/form'
import { requireUser } from '~/modules/auth/guards.server'
import { listingUrl } from '~/modules/listings/listing-paths'
import { changeListingStatus, listMyListings, type ManagerAction } from '~/modules/listings/my-listings.server'
import { formatDate, formatNumber } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('account.listings.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	return { listings: await listMyListings(user.id), revisionSent: new URL(request.url).searchParams.get('revision') === '1' }
}

export async function action({ request, context }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const formData = await request.formData()
	const listingId = String(formData.get('listingId') ?? '')
	const intent = formData.get('intent')
	const actions: ManagerAction[] = ['submit', 'withdraw', 'archive', 'restore']
	const action = actions.find((a) => a === intent)
	if (!action) throw new Response('Bad Request', { status: 400 })
	const outcome = await changeListingStatus(user, listingId, action, { request, context })
	if (!outcome.ok) throw new Response(outcome.status === 404 ? 'Not Found' : 'Conflict', { status: outcome.status })
	return redirect('/account/listings')
}

const statusTone: Record<string, string> = {
	DRAFT: 'bg-slate-100 text-slate-800',
	PENDING_REVIEW: 'bg-amber-100 text-amber-900',
	PUBLISHED: 'bg-emerald-100 text-emerald-900',
	REJECTED: 'bg-red-100 text-red-900',
	ARCHIVED: 'bg-slate-200 text-slate-700',
}

export default function MyListings() {
	const { t, i18n } = useTranslation()
	const { listings, revisionSent } = useLoaderData<typeof loader>()
	const locale = i18n.language as Locale
	return (
		<div className="space-y-6">
			<div className="flex flex-wrap items-center justify-between gap-3">
				<h1 className="text-2xl font-semibold">{t('account.listings.title')}</h1>
				<Link to="/listings/new" className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">{t('listings.form.pageTitle')}</Link>
			</div>
			{revisionSent ? <Notice tone="success">{t('account.listings.revisionSent')}</Notice> : null}
			{listings.length === 0 ? <p className="text-slate-600">{t('account.listings.none')}</p> : null}
			<ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="my-listings">
				{listings.map((listing) => (
					<li key={listing.id} className="flex flex-wrap items-start justify-between gap-3 p-4 text-sm">
						{/* The text keeps at least 18rem; the buttons wrap below it on a phone. */}
						<div className="min-w-0 flex-[1_1_18rem]">
							<p className="text-xs text-sky-700">{t(`listingType.${listing.type}`)} · {listing.organization?.name}</p>
							<p className="font-medium">
								{listing.status === 'PUBLISHED' ? (
									<Link to={listingUrl(listing.type, listing.slug)} className="hover:underline">{listing.title}</Link>
								) : (
									listing.title
								)}
							</p>
							<p className="mt-1 text-slate-600">
								<span className={`rounded px-2 py-0.5 text-xs ${statusTone[listing.status]}`}>{t(`listingStatus.${listing.status}`)}</span>
								{' · '}
								{t('account.listings.views', { count: formatNumber(listing.viewCount, locale) })}
								{' · '}
								{t('account.listings.updated', { date: formatDate(listing.updatedAt, locale) })}
							</p>
							{listing.status === 'REJECTED' && listing.rejectionReason ? (
								<p className="mt-1 text-red-800">{t('account.listings.reason', { reason: listing.rejectionReason })}</p>
							) : null}
						</div>
						<div className="flex flex-wrap gap-2">
							{listing.status === 'DRAFT' || listing.status === 'REJECTED' || listing.status === 'PUBLISHED' ? (
								<>
									<Link to={`/listings/${listing.id}/edit`} className="rounded-md border border-slate-300 px-4 py-2 text-sm">{t('account.listings.edit')}</Link>
									<Link to={`/listings/${listing.id}/files`} className="rounded-md border border-slate-300 px-4 py-2 text-sm">{t('account.listings.files')}</Link>
								</>
							) : null}
							{listing.status === 'DRAFT' || listing.status === 'REJECTED' ? (
								<Form method="post">
									<input type="hidden" name="listingId" value={listing.id} />
									<input type="hidden" name="intent" value="submit" />
									<SubmitButton>{t('account.listings.submit')}</SubmitButton>
								</Form>
							) : null}
							{listing.status === 'PENDING_REVIEW' ? (
								<Form method="post">
									<input type="hidden" name="listingId" value={listing.id} />
									<input type="hidden" name="intent" value="withdraw" />
									<SubmitButton variant="secondary">{t('account.listings.withdraw')}</SubmitButton>
								</Form>
							) : null}
							<Form method="post">
								<input type="hidden" name="listingId" value={listing.id} />
								<input type="hidden" name="intent" value={listing.status === 'ARCHIVED' ? 'restore' : 'archive'} />
								<SubmitButton variant="secondary">
									{listing.status === 'ARCHIVED' ? t('account.listings.restore') : t('account.listings.archive')}
								</SubmitButton>
							</Form>
						</div>
					</li>
				))}
			</ul>
		</div>
	)
}
