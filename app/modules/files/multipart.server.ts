import {
	MaxPartSizeExceededError,
	unstable_createMemoryUploadHandler,
	unstable_parseMultipartFormData,
	type UploadHandler,
} from '@remix-run/node'
import { UploadError } from './files.server'

// Remix's multipart parser splits a part's Content-Disposition on every ";" and "=",
// so a file named `a=b.pdf` or `a;b.pdf` made it throw (a 500). Each part's header is
// rewritten on the way in: the file name's troublesome characters are percent-encoded
// (and decoded again once parsed), so the parser only ever sees plain values.
const escapedInFileName = /[%=;"\\\u0000-\u001f\u007f]/g

function escapeFileName(name: string) {
	return name.replace(escapedInFileName, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`)
}

export function unescapeFileName(name: string) {
	return name.replace(/%(25|3D|3B|22|5C|[01][0-9A-F]|7F)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

// The parameters of a Content-Disposition value, reading quoted strings (with their
// backslash escapes) as one value, whatever they contain.
export function parseDispositionParameters(value: string) {
	const parameters: Record<string, string> = {}
	const pattern = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g
	for (const match of value.matchAll(pattern)) {
		const key = match[1]!.toLowerCase()
		parameters[key] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!.trim()
	}
	return parameters
}

// RFC 5987 `filename*=UTF-8''…`, when a client sends it, wins over `filename`.
function decodeExtendedValue(value: string) {
	const match = /^utf-8'[^']*'(.*)$/i.exec(value)
	if (!match) return null
	try {
		return decodeURIComponent(match[1]!)
	} catch {
		return null
	}
}

function rewriteDisposition(line: string) {
	const colon = line.indexOf(':')
	const value = line.slice(colon + 1).trim()
	const type = value.split(';', 1)[0]!.trim()
	const parameters = parseDispositionParameters(value)
	const fileName = parameters['filename*'] !== undefined ? (decodeExtendedValue(parameters['filename*']) ?? parameters.filename) : parameters.filename
	let rewritten = `Content-Disposition: ${type}`
	if (parameters.name !== undefined) rewritten += `; name="${parameters.name.replace(/["\\;=]/g, '_')}"`
	if (fileName !== undefined) rewritten += `; filename="${escapeFileName(fileName)}"`
	return rewritten
}

function rewriteHeaderBlock(block: string) {
	return block
		.split('\r\n')
		.map((line) => (/^content-disposition\s*:/i.test(line) ? rewriteDisposition(line) : line))
		.join('\r\n')
}

const maxHeaderBlock = 16 * 1024

// Finds each part's header block (after a boundary line, up to the blank line) in the
// byte stream and rewrites it; the parts' contents pass through untouched.
function rewritePartHeaders(body: ReadableStream<Uint8Array>, boundary: string) {
	const delimiter = Buffer.from(`--${boundary}\r\n`)
	const headerEnd = Buffer.from('\r\n\r\n')
	let pending = Buffer.alloc(0)
	let inHeaders = false
	return body.pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, controller) {
				pending = Buffer.concat([pending, chunk])
				for (;;) {
					if (inHeaders) {
						const end = pending.indexOf(headerEnd)
						if (end === -1) {
							if (pending.length > maxHeaderBlock) throw new TypeError('multipart part headers too long')
							return
						}
						controller.enqueue(Buffer.from(rewriteHeaderBlock(pending.subarray(0, end).toString('utf8')), 'utf8'))
						pending = pending.subarray(end)
						inHeaders = false
						continue
					}
					const start = pending.indexOf(delimiter)
					if (start === -1) {
						// Keep what could be the start of a delimiter split across chunks.
						const keep = Math.min(pending.length, delimiter.length - 1)
						controller.enqueue(pending.subarray(0, pending.length - keep))
						pending = pending.subarray(pending.length - keep)
						return
					}
					controller.enqueue(pending.subarray(0, start + delimiter.length))
					pending = pending.subarray(start + delimiter.length)
					inHeaders = true
				}
			},
			flush(controller) {
				if (pending.length) controller.enqueue(pending)
			},
		}),
	)
}

function multipartBoundary(request: Request) {
	const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(request.headers.get('Content-Type') ?? '')
	return match ? (match[1] ?? match[2])! : null
}

// Parses a multipart form, refusing any part bigger than `maxPartSize` before it is
// all read into memory. The text fields read before a refusal travel with the error,
// so the page can show them again.
export async function parseUpload(request: Request, maxPartSize: number) {
	const fields: Record<string, string> = {}
	const memory = unstable_createMemoryUploadHandler({ maxPartSize })
	const handler: UploadHandler = async (part) => {
		const value = await memory(part)
		if (part.filename === undefined && typeof value === 'string') fields[part.name] = value
		if (value instanceof File && unescapeFileName(value.name) !== value.name) return new File([value], unescapeFileName(value.name), { type: value.type })
		return value
	}
	const boundary = multipartBoundary(request)
	const parsed =
		boundary && request.body
			? new Request(request.url, { method: request.method, headers: request.headers, body: rewritePartHeaders(request.body, boundary), duplex: 'half' } as RequestInit)
			: request
	try {
		return await unstable_parseMultipartFormData(parsed, handler)
	} catch (error) {
		if (error instanceof MaxPartSizeExceededError) throw new UploadError('tooLarge', 413, fields)
		// A body that is not a complete multipart form (cut off, or hand-made).
		if (error instanceof TypeError || (error instanceof Error && /multipart|boundary|content-disposition/i.test(error.message))) throw new UploadError('malformed', 400, fields)
		throw error
	}
}
