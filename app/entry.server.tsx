import type { AppLoadContext, EntryContext } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { isbot } from 'isbot'
// The Web Streams renderer, not renderToPipeableStream: React 18.3's Node stream writer
// flushes its whole 2 KiB buffer when a multibyte character does not fit at its end, so
// Vietnamese pages came out with NUL bytes in them (ADR 0011). This writer copies bytes
// exactly and Node serves its ReadableStream as it is.
import { renderToReadableStream } from 'react-dom/server.browser'
import { NonceProvider } from './utils/nonce'

export const streamTimeout = 5_000

export default async function handleRequest(
	request: Request,
	responseStatusCode: number,
	responseHeaders: Headers,
	remixContext: EntryContext,
	loadContext: AppLoadContext,
) {
	const nonce = loadContext.cspNonce ?? ''
	const waitForAll = isbot(request.headers.get('user-agent') ?? '') || remixContext.isSpaMode
	const abort = new AbortController()
	const timer = setTimeout(() => abort.abort(), streamTimeout + 1_000)
	let status = responseStatusCode
	const body = await renderToReadableStream(
		<NonceProvider value={nonce}>
			<RemixServer context={remixContext} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
		</NonceProvider>,
		{
			nonce,
			signal: abort.signal,
			onError(error: unknown) {
				status = 500
				if (!abort.signal.aborted) console.error(error)
			},
		},
	)
	if (waitForAll) await body.allReady
	body.allReady.then(() => clearTimeout(timer), () => clearTimeout(timer))
	responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
	return new Response(body, { headers: responseHeaders, status })
}
