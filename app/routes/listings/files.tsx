import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormMessage, Notice, SubmitButton } from '~/components/ui/form'
import { requireVerifiedUser } from '~/modules/auth/guards.server'
import { UploadError, uploadLimits } from '~/modules/files/files.server'
import { parseUpload } from '~/modules/files/multipart.server'
import { addListingFile, addPitchDeck, getListingFiles, maxFilesPerListing, removeListingFile, setListingCover } from '~/modules/listings/attachments.server'
import { listingUrl } from '~/modules/listings/listing-paths'
import { formatFileSize } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('listings.files.title')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const user = await requireVerifiedUser(request)
	const page = await getListingFiles(user, params.listingId!)
	if (!page) throw new Response('Not Found', { status: 404 })
	return { ...page, maxFiles: maxFilesPerListing, limits: uploadLimits }
}

type UploadKind = 'IMAGE' | 'DOCUMENT' | 'PITCH_DECK'
const uploadKind = (value: unknown): UploadKind => (value === 'DOCUMENT' || value === 'PITCH_DECK' ? value : 'IMAGE')

export async function action({ request, params, context }: ActionFunctionArgs) {
	const user = await requireVerifiedUser(request)
	const listingId = params.listingId!
	const ctx = { request, context }
	const back = (notice: string) => redirect(`/listings/${listingId}/files?done=${notice}`)
	if (request.headers.get('Content-Type')?.trim().toLowerCase().startsWith('multipart/form-data')) {
		// The kind is also in the URL, so a refusal before the body is read still lands on the right form.
		let kind: UploadKind = uploadKind(new URL(request.url).searchParams.get('kind'))
		let caption = ''
		try {
			const form = await parseUpload(request, uploadLimits.DOCUMENT)
			kind = uploadKind(form.get('kind'))
			caption = String(form.get('caption') ?? '').slice(0, 200)
			const file = form.get('file')
			if (!(file instanceof File) || file.size === 0) throw new UploadError('empty', 400)
			const outcome = kind === 'PITCH_DECK' ? await addPitchDeck(user, listingId, file, ctx) : await addListingFile(user, listingId, { file, kind, caption }, ctx)
			if (!outcome.ok && outcome.status === 404) throw new Response('Not Found', { status: 404 })
			if (!outcome.ok) return data({ uploadError: 'listings.files.locked', kind, caption }, { status: outcome.status })
		} catch (error) {
			if (error instanceof UploadError) {
				const message = kind === 'PITCH_DECK' && error.code === 'unsupportedType' ? 'listingDetails.pitchDeck.pdfOnly' : `upload.${error.code}`
				return data({ uploadError: message, kind, caption: caption || (error.fields.caption ?? '').slice(0, 200) }, { status: error.status })
			}
			throw error
		}
		return back(kind === 'PITCH_DECK' ? 'pitchDeck' : 'added')
	}
	const form = await request.formData()
	const attachmentId = String(form.get('attachmentId') ?? '')
	const intent = form.get('intent')
	if (intent !== 'remove' && intent !== 'cover') return data({ uploadError: 'errors.badRequest', kind: null, caption: '' }, { status: 400 })
	const outcome = intent === 'remove' ? await removeListingFile(user, listingId, attachmentId, ctx) : await setListingCover(user, listingId, attachmentId, ctx)
	if (!outcome.ok) throw new Response('Not Found', { status: 404 })
	return back(intent === 'remove' ? 'removed' : 'cover')
}

function UploadForm({ kind, error, caption }: { kind: UploadKind; error?: string | null; caption?: string }) {
	const { t } = useTranslation()
	const { limits } = useLoaderData<typeof loader>()
	const id = kind === 'IMAGE' ? 'image-file' : kind === 'DOCUMENT' ? 'document-file' : 'pitch-deck-file'
	const accept = kind === 'IMAGE' ? 'image/png,image/jpeg,image/webp' : kind === 'DOCUMENT' ? '.pdf,.docx,.xlsx,.pptx,image/png,image/jpeg' : 'application/pdf,.pdf'
	const title = kind === 'IMAGE' ? t('listings.files.addImage') : kind === 'DOCUMENT' ? t('listings.files.addDocument') : t('listingDetails.pitchDeck.add')
	const help =
		kind === 'IMAGE'
			? t('listings.files.imageHelp', { size: Math.round(limits.IMAGE / 1024 / 1024) })
			: kind === 'DOCUMENT'
				? t('listings.files.documentHelp', { size: Math.round(limits.DOCUMENT / 1024 / 1024) })
				: t('listingDetails.pitchDeck.help', { size: Math.round(limits.DOCUMENT / 1024 / 1024) })
	return (
		<Form method="post" action={`?kind=${kind}`} encType="multipart/form-data" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
			<h2 className="font-semibold">{title}</h2>
			<input type="hidden" name="kind" value={kind} />
			{/* The caption comes before the file, so it is read even when the file is refused as too large. */}
			<div hidden={kind === 'PITCH_DECK'}>
				<label htmlFor={`${id}-caption`} className="block text-sm font-medium text-slate-800">{t('listings.files.caption')}</label>
				<input id={`${id}-caption`} name="caption" maxLength={200} defaultValue={caption} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
			</div>
			<div>
				<label htmlFor={id} className="block text-sm font-medium text-slate-800">{t('listings.files.file')}</label>
				<input
					id={id}
					name="file"
					type="file"
					accept={accept}
					required
					aria-invalid={error ? true : undefined}
					aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
					className="mt-1 block w-full text-sm"
				/>
				<p id={`${id}-help`} className="mt-1 text-xs text-slate-600">
					{help}
				</p>
				{error ? <FormMessage id={`${id}-error`} errors={[error]} /> : null}
			</div>
			<SubmitButton variant="secondary">{t('listings.files.upload')}</SubmitButton>
		</Form>
	)
}

export default function ListingFiles() {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { listing, files, maxFiles } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [searchParams] = useSearchParams()
	const done = searchParams.get('done')
	const kinds: UploadKind[] = listing.type === 'STARTUP' ? ['IMAGE', 'DOCUMENT', 'PITCH_DECK'] : ['IMAGE', 'DOCUMENT']
	const locked = listing.status === 'ARCHIVED' || listing.status === 'PENDING_REVIEW'
	return (
		<div className="mx-auto max-w-3xl space-y-6">
			<div>
				<h1 className="text-2xl font-semibold">{t('listings.files.title')}</h1>
				<p className="mt-1 text-slate-700">{listing.title}</p>
				<p className="mt-2 text-sm">
					<Link to={`/listings/${listing.id}/edit`} className="text-sky-700 underline">{t('listings.files.backToEditor')}</Link>
					{' · '}
					<Link to="/account/listings" className="text-sky-700 underline">{t('account.nav.listings')}</Link>
					{listing.status === 'PUBLISHED' ? (
						<>
							{' · '}
							<Link to={listingUrl(listing.type, listing.slug)} className="text-sky-700 underline">{t('listings.files.publicPage')}</Link>
						</>
					) : null}
				</p>
			</div>
			{done === 'added' || done === 'removed' || done === 'cover' ? <Notice tone="success">{t(`listings.files.done.${done}`)}</Notice> : null}
			{done === 'pitchDeck' ? <Notice tone="success">{t('listingDetails.pitchDeck.added')}</Notice> : null}
			{listing.status === 'PUBLISHED' ? <Notice>{t('listings.files.publishedNotice')}</Notice> : null}
			{locked ? <Notice tone="warning">{t('listings.files.locked')}</Notice> : null}
			<section aria-labelledby="current-files">
				<h2 id="current-files" className="mb-2 text-lg font-semibold">{t('listings.files.current', { count: files.length, max: maxFiles })}</h2>
				{files.length === 0 ? <p className="text-slate-600">{t('listings.files.none')}</p> : null}
				<ul className="grid gap-3 sm:grid-cols-2" data-testid="listing-files">
					{files.map((file) => (
						<li key={file.id} className="flex gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
							{file.hasThumbnail ? (
								<img src={`/files/${file.id}/thumbnail`} alt={file.caption ?? file.fileName} className="h-20 w-20 flex-none rounded object-cover" loading="lazy" />
							) : (
								<span aria-hidden className="flex h-20 w-20 flex-none items-center justify-center rounded bg-slate-100 text-xs font-semibold uppercase text-slate-600">
									{file.fileName.split('.').pop()}
								</span>
							)}
							<div className="min-w-0 flex-1 space-y-1">
								<a href={`/files/${file.id}`} className="block truncate font-medium text-sky-700 underline">{file.fileName}</a>
								{file.caption ? <p className="text-slate-700">{file.caption}</p> : null}
								<p className="text-xs text-slate-500">
									{formatFileSize(file.sizeBytes, locale)}
									{file.width && file.height ? ` · ${file.width}×${file.height}` : ''}
								</p>
								<p className="text-xs">
									<span className={`rounded px-1.5 py-0.5 ${file.visibility === 'public' ? 'bg-emerald-100 text-emerald-900' : 'bg-amber-100 text-amber-900'}`}>
										{t(`listings.files.visibility.${file.visibility}`)}
									</span>
									{file.isCover ? <span className="ml-2 rounded bg-sky-100 px-1.5 py-0.5 text-sky-900">{t('listings.files.cover')}</span> : null}
									{file.isPitchDeck ? <span className="ml-2 rounded bg-violet-100 px-1.5 py-0.5 text-violet-900" data-testid="pitch-deck-badge">{t('listingDetails.pitchDeck.badge')}</span> : null}
								</p>
								<div className="flex flex-wrap gap-2 pt-1">
									{file.kind === 'IMAGE' && !file.isCover ? (
										<Form method="post">
											<input type="hidden" name="attachmentId" value={file.id} />
											<button type="submit" name="intent" value="cover" className="text-xs text-sky-700 underline">{t('listings.files.makeCover')}</button>
										</Form>
									) : null}
									<Form method="post">
										<input type="hidden" name="attachmentId" value={file.id} />
										<button type="submit" name="intent" value="remove" className="text-xs text-red-700 underline" aria-label={t('listings.files.removeNamed', { name: file.fileName })}>
											{t('listings.files.remove')}
										</button>
									</Form>
								</div>
							</div>
						</li>
					))}
				</ul>
			</section>
			{!locked && files.length < maxFiles ? (
				<div className="grid gap-4 md:grid-cols-2">
					{kinds.map((kind) => (
						<UploadForm
							key={kind}
							kind={kind}
							error={actionData?.kind === kind ? actionData.uploadError : null}
							caption={actionData?.kind === kind ? actionData.caption : undefined}
						/>
					))}
				</div>
			) : null}
			{actionData?.uploadError && !actionData.kind ? <FormMessage errors={[actionData.uploadError]} /> : null}
		</div>
	)
}
