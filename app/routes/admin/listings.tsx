import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormMessage, SubmitButton } from '~/components/ui/form'
import { ListingFacts, ListingSections } from '~/components/listing-details'
import { VerifiedBadge } from '~/components/verified-badge'
import { requirePermission } from '~/modules/auth/guards.server'
import { listingTypes } from '~/modules/listings/listing-types'
import { decidePendingFiles, listPendingFiles } from '~/modules/listings/attachments.server'
import { listingUrl } from '~/modules/listings/listing-paths'
import { decideListing, decideRevision, listPendingRevisions, listReviewQueue } from '~/modules/listings/moderation.server'
import { formatDateTime, formatFileSize } from '~/utils/format'
import { controlCharacterError, hasControlCharacter } from '~/utils/forms'
import type { Locale } from '~/utils/i18n'
import { requestLocale, siteOrigin } from '~/utils/locale.server'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('admin.listings.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const moderator = await requirePermission(request, 'moderate:listing:any')
	const type = listingTypes.find((t) => t === new URL(request.url).searchParams.get('type'))
	const [queue, revisions, pendingFiles] = await Promise.all([
		listReviewQueue(type, moderator.id),
		listPendingRevisions(type, requestLocale(request), moderator.id),
		listPendingFiles(type, moderator.id),
	])
	return { type: type ?? null, queue, revisions, pendingFiles }
}

const refusalMessages = {
	own: 'moderationIntegrity.own',
	changed: 'moderationIntegrity.changed',
	alreadyDecided: 'admin.listings.alreadyDecided',
} as const

// What the action answers: an error, on the reason field (`target` names the item) when it is the reason's.
type ActionData = { error: string; field?: 'reason'; target?: string; reason?: string }

export async function action({ request, context }: ActionFunctionArgs) {
	const moderator = await requirePermission(request, 'moderate:listing:any')
	const formData = await request.formData()
	const decision = formData.get('decision')
	const rawReason = String(formData.get('reason') ?? '')
	const reason = rawReason.trim().slice(0, 1000)
	if (decision !== 'approve' && decision !== 'reject') return data<ActionData>({ error: 'errors.badRequest' }, { status: 400 })
	if (decision === 'reject' && reason.length < 5) return data<ActionData>({ error: 'admin.listings.reasonRequired' }, { status: 400 })
	const revisionId = formData.get('revisionId')
	const filesOfListingId = formData.get('filesOfListingId')
	// The reason is stored, shown and e-mailed: no control characters (the field says so, the text is kept).
	if (decision === 'reject' && hasControlCharacter(rawReason)) {
		const target = [revisionId, filesOfListingId, formData.get('listingId')].find((id) => typeof id === 'string' && id) ?? ''
		return data<ActionData>({ error: controlCharacterError, field: 'reason' as const, target: String(target), reason: rawReason }, { status: 400 })
	}
	const decision_ = { moderatorId: moderator.id, approve: decision === 'approve', reason: reason || undefined, origin: siteOrigin(request) }
	const ctx = { request, context }
	// A listing or a revision is decided for the version the moderator reviewed, named by the form.
	const version = Number(formData.get('version'))
	const needsVersion = !(typeof filesOfListingId === 'string' && filesOfListingId)
	if (needsVersion && !(Number.isSafeInteger(version) && version > 0)) return data<ActionData>({ error: 'errors.badRequest' }, { status: 400 })
	const outcome =
		typeof revisionId === 'string' && revisionId
			? await decideRevision({ ...decision_, revisionId, version }, ctx)
			: !needsVersion
				? await decidePendingFiles({ ...decision_, listingId: String(filesOfListingId), attachmentIds: formData.getAll('attachmentId').map(String) }, ctx)
				: await decideListing({ ...decision_, listingId: String(formData.get('listingId') ?? ''), version }, ctx)
	if (!outcome.ok) {
		if (outcome.status === 404) throw new Response('Not Found', { status: 404 })
		const refused = 'reason' in outcome ? outcome.reason : undefined
		const refusal = refused && refused in refusalMessages ? (refused as keyof typeof refusalMessages) : 'alreadyDecided'
		return data<ActionData>({ error: refusalMessages[refusal] }, { status: outcome.status })
	}
	return redirect(new URL(request.url).pathname + new URL(request.url).search)
}

// Approve, or reject with a reason, one item of the queue.
function Decision({ target, approveLabel, attachmentIds = [], version, own }: { target: { name: 'listingId' | 'revisionId' | 'filesOfListingId'; value: string }; approveLabel: string; attachmentIds?: string[]; version?: number; own: boolean }) {
	const { t } = useTranslation()
	const actionData = useActionData<typeof action>()
	const refusedReason = actionData?.field ? actionData : null
	const reasonError = refusedReason?.target === target.value ? refusedReason : null
	const reasonId = `reason-${target.name}-${target.value}`
	if (own) return <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900" data-testid="own-item">{t('moderationIntegrity.ownBadge')}</p>
	return (
		<div className="flex flex-wrap items-start gap-3">
			<Form method="post">
				<input type="hidden" name={target.name} value={target.value} />
				{version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
				{attachmentIds.map((id) => <input key={id} type="hidden" name="attachmentId" value={id} />)}
				<input type="hidden" name="decision" value="approve" />
				<SubmitButton>{approveLabel}</SubmitButton>
			</Form>
			<Form method="post" className="flex flex-1 flex-wrap gap-2">
				<input type="hidden" name={target.name} value={target.value} />
				{version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
				{attachmentIds.map((id) => <input key={id} type="hidden" name="attachmentId" value={id} />)}
				<input type="hidden" name="decision" value="reject" />
				<label htmlFor={reasonId} className="sr-only">{t('admin.listings.reason')}</label>
				<div className="min-w-64 flex-1">
					<input
						id={reasonId}
						name="reason"
						required
						minLength={5}
						defaultValue={reasonError?.reason}
						placeholder={t('admin.listings.reason')}
						aria-invalid={reasonError ? true : undefined}
						aria-describedby={reasonError ? `${reasonId}-error` : undefined}
						className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
					/>
					{reasonError ? <FormMessage id={`${reasonId}-error`} errors={[reasonError.error]} /> : null}
				</div>
				<SubmitButton variant="danger">{t('admin.listings.reject')}</SubmitButton>
			</Form>
		</div>
	)
}

type FileSummary = { id: string; kind: 'IMAGE' | 'DOCUMENT'; fileName: string; sizeBytes: number; caption: string | null; hasThumbnail: boolean }

function FileStrip({ files }: { files: FileSummary[] }) {
	const { t, i18n } = useTranslation()
	if (files.length === 0) return null
	return (
		<ul className="flex flex-wrap gap-3" aria-label={t('listings.files.title')}>
			{files.map((file) => (
				<li key={file.id} className="w-32 text-xs">
					<a href={`/files/${file.id}`} className="block" target="_blank" rel="noreferrer">
						{file.hasThumbnail ? (
							<img src={`/files/${file.id}/thumbnail`} alt={file.caption ?? file.fileName} className="h-24 w-32 rounded object-cover" loading="lazy" />
						) : (
							<span className="flex h-24 w-32 items-center justify-center rounded bg-slate-100 font-semibold uppercase text-slate-600">{file.fileName.split('.').pop()}</span>
						)}
						<span className="mt-1 block truncate text-sky-700 underline">{file.fileName}</span>
					</a>
					<span className="text-slate-500">{formatFileSize(file.sizeBytes, i18n.language as Locale)}</span>
				</li>
			))}
		</ul>
	)
}

export default function ReviewQueue() {
	const { t, i18n } = useTranslation()
	const { type, queue, revisions, pendingFiles } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const locale = i18n.language as Locale
	return (
		<div className="space-y-4">
			<h1 className="text-2xl font-semibold">{t('admin.listings.title')}</h1>
			<Form method="get" className="flex items-end gap-2 text-sm">
				<div>
					<label htmlFor="queue-type" className="block font-medium">{t('admin.listings.type')}</label>
					<select id="queue-type" name="type" defaultValue={type ?? ''} className="mt-1 rounded-md border border-slate-300 px-2 py-1.5">
						<option value="">{t('listings.browse.all')}</option>
						{listingTypes.map((listingType) => (
							<option key={listingType} value={listingType}>{t(`listingType.${listingType}`)}</option>
						))}
					</select>
				</div>
				<button type="submit" className="rounded-md bg-sky-700 px-3 py-1.5 text-white">{t('listings.browse.apply')}</button>
			</Form>
			{actionData?.error && !actionData.field ? <FormMessage errors={[actionData.error]} /> : null}
			{queue.length === 0 && revisions.length === 0 && pendingFiles.length === 0 ? <p className="text-slate-600">{t('admin.listings.empty')}</p> : null}
			{revisions.length > 0 ? (
				<section aria-labelledby="revisions-title" className="space-y-3">
					<h2 id="revisions-title" className="text-lg font-semibold">{t('admin.listings.revisions')}</h2>
					<ul className="space-y-4" data-testid="revision-queue">
						{revisions.map((revision) => (
							<li key={revision.id} className="space-y-3 rounded-lg border border-amber-200 bg-white p-4">
								<p className="text-xs text-sky-700">
									{t(`listingType.${revision.listing.type}`)} · {revision.listing.organization?.name} · {revision.author}
									{revision.submittedAt ? ` · ${formatDateTime(revision.submittedAt, locale)}` : ''}
								</p>
								<h3 className="font-semibold">{revision.listing.title}</h3>
								<p className="text-xs text-slate-600">
									{t('moderationIntegrity.version', { version: revision.version })}
									{revision.version > 1 ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">{t('moderationIntegrity.resubmitted')}</span> : null}
								</p>
								{revision.changes.length === 0 ? <p className="text-sm text-slate-600">{t('listingDetails.moderation.noChanges')}</p> : (
									<table className="w-full text-left text-sm" data-testid="revision-diff">
										<thead><tr><th scope="col" className="p-1">{t('admin.listings.field')}</th><th scope="col" className="p-1">{t('admin.listings.before')}</th><th scope="col" className="p-1">{t('admin.listings.after')}</th></tr></thead>
										<tbody>
											{revision.changes.map((change) => (
												<tr key={change.field} className="border-t border-slate-100 align-top">
													<th scope="row" className="p-1 font-medium">{change.label}</th>
													<td className="whitespace-pre-wrap p-1 text-red-800">
														{change.before.length ? <del>{change.before.join('\n')}</del> : <span className="text-slate-500">{t('listingDetails.value.empty')}</span>}
													</td>
													<td className="whitespace-pre-wrap p-1 text-emerald-800">
														{change.after.length ? <ins>{change.after.join('\n')}</ins> : <span className="text-slate-500">{t('listingDetails.value.empty')}</span>}
													</td>
												</tr>
											))}
										</tbody>
									</table>
								)}
								<Decision target={{ name: 'revisionId', value: revision.id }} version={revision.version} own={revision.own} approveLabel={t('admin.listings.approveChanges')} />
							</li>
						))}
					</ul>
				</section>
			) : null}
			{pendingFiles.length > 0 ? (
				<section aria-labelledby="pending-files-title" className="space-y-3">
					<h2 id="pending-files-title" className="text-lg font-semibold">{t('admin.listings.pendingFiles')}</h2>
					<ul className="space-y-4" data-testid="pending-files">
						{pendingFiles.map(({ listing, files, own }) => (
							<li key={listing.id} className="space-y-3 rounded-lg border border-amber-200 bg-white p-4">
								<p className="text-xs text-sky-700">{t(`listingType.${listing.type}`)} · {listing.organization?.name}</p>
								<h3 className="font-semibold">
									<a href={listingUrl(listing.type, listing.slug)} className="hover:underline">{listing.title}</a>
								</h3>
								<FileStrip files={files} />
								<Decision target={{ name: 'filesOfListingId', value: listing.id }} own={own} attachmentIds={files.map((file) => file.id)} approveLabel={t('admin.listings.approveFiles', { count: files.length })} />
							</li>
						))}
					</ul>
				</section>
			) : null}
			<ul className="space-y-4" data-testid="review-queue">
				{queue.map((listing) => (
					<li key={listing.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
						<div>
							<p className="text-xs text-sky-700">
								{t(`listingType.${listing.type}`)} · {listing.organization?.name}
								{listing.organization ? <VerifiedBadge status={listing.organization.verificationStatus} /> : null}
								{' · '}
								{listing.author.name}
								{listing.submittedAt ? ` · ${formatDateTime(listing.submittedAt, locale)}` : ''}
								{` · ${t('moderationIntegrity.version', { version: listing.version })}`}
							</p>
							<h2 className="text-lg font-semibold">{listing.title}</h2>
							<p className="text-slate-700">{listing.summary}</p>
						</div>
						<div className="rich-text max-h-64 overflow-auto rounded border border-slate-100 p-3 text-sm" dangerouslySetInnerHTML={{ __html: listing.descriptionHtml }} />
						<details open className="space-y-3">
							<summary className="cursor-pointer text-sm font-medium">{t('listingDetails.moderation.details')}</summary>
							<div className="mt-2 space-y-3">
								<ListingFacts listing={listing} />
								<ListingSections listing={listing} pitchDeck="download" loginHref="/login" />
							</div>
						</details>
						<FileStrip files={listing.files} />
						<Decision target={{ name: 'listingId', value: listing.id }} version={listing.version} own={listing.own} approveLabel={t('admin.listings.approve')} />
					</li>
				))}
			</ul>
		</div>
	)
}
