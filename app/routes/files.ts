import { Readable } from 'node:stream'
import { type LoaderFunctionArgs } from '@remix-run/node'
import { findPublicAttachment, openAttachment } from '~/modules/files/files.server'

export async function loader({ params }: LoaderFunctionArgs) {
	const attachment = await findPublicAttachment(params.id!)
	if (!attachment) throw new Response('Not Found', { status: 404 })
	const stream = await openAttachment(attachment.storageKey)
	if (!stream) throw new Response('Not Found', { status: 404 })
	const inline = attachment.kind === 'IMAGE'
	const encodedName = encodeURIComponent(attachment.fileName)
	return new Response(Readable.toWeb(stream) as ReadableStream, {
		headers: {
			'Content-Type': attachment.contentType,
			'Content-Length': String(attachment.sizeBytes),
			'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodedName}`,
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': "default-src 'none'; sandbox",
			'Cache-Control': 'public, max-age=86400',
		},
	})
}
