import { Readable } from 'node:stream'
import { type LoaderFunctionArgs } from '@remix-run/node'
import { openAttachment } from '~/modules/files/files.server'
import { findProvinceLogo } from '~/modules/settings/province.server'

// The operator's logo, public. Its URL names the stored file, so it can be cached for
// long: a new logo gets a new URL, and the old one is no longer served.
export async function loader({ params }: LoaderFunctionArgs) {
	const logo = await findProvinceLogo(params.id!)
	if (!logo) throw new Response('Not Found', { status: 404 })
	const opened = await openAttachment(logo.storageKey)
	if (!opened) throw new Response('Not Found', { status: 404 })
	return new Response(Readable.toWeb(opened.stream) as ReadableStream, {
		headers: {
			'Content-Type': logo.contentType,
			'Content-Length': String(opened.size),
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': "default-src 'none'; sandbox",
			'Cache-Control': 'public, max-age=86400',
		},
	})
}
