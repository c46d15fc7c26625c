import { Readable } from 'node:stream'
import { type LoaderFunctionArgs } from '@remix-run/node'
import { getOptionalUser } from '~/modules/auth/guards.server'
import { contentDisposition, openAttachment } from '~/modules/files/files.server'
import { findViewableAttachment } from '~/modules/listings/attachments.server'

// /files/:id serves the file; /files/:id/thumbnail an image's small WebP version.
export async function loader({ request, params }: LoaderFunctionArgs) {
	const user = await getOptionalUser(request)
	const attachment = await findViewableAttachment(params.id!, user)
	if (!attachment) throw new Response('Not Found', { status: 404 })
	const wantsThumbnail = params.variant === 'thumbnail'
	if (params.variant !== undefined && !wantsThumbnail) throw new Response('Not Found', { status: 404 })
	if (wantsThumbnail && !attachment.thumbnailKey) throw new Response('Not Found', { status: 404 })
	const opened = await openAttachment(wantsThumbnail ? attachment.thumbnailKey! : attachment.storageKey)
	if (!opened) throw new Response('Not Found', { status: 404 })
	const inline = attachment.kind === 'IMAGE' || wantsThumbnail
	return new Response(Readable.toWeb(opened.stream) as ReadableStream, {
		headers: {
			'Content-Type': wantsThumbnail ? 'image/webp' : attachment.contentType,
			'Content-Length': String(opened.size),
			'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', attachment.fileName),
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': "default-src 'none'; sandbox",
			// Files that are not public must not sit in shared caches.
			'Cache-Control': attachment.isPublic ? 'public, max-age=3600' : 'private, no-store',
		},
	})
}
