import {
	MaxPartSizeExceededError,
	unstable_createMemoryUploadHandler,
	unstable_parseMultipartFormData,
	type UploadHandler,
} from '@remix-run/node'
import { UploadError } from './files.server'

// Parses a multipart form, refusing any part bigger than `maxPartSize` before it is
// all read into memory. The text fields read before a refusal travel with the error,
// so the page can show them again.
export async function parseUpload(request: Request, maxPartSize: number) {
	const fields: Record<string, string> = {}
	const memory = unstable_createMemoryUploadHandler({ maxPartSize })
	const handler: UploadHandler = async (part) => {
		const value = await memory(part)
		if (part.filename === undefined && typeof value === 'string') fields[part.name] = value
		return value
	}
	try {
		return await unstable_parseMultipartFormData(request, handler)
	} catch (error) {
		if (error instanceof MaxPartSizeExceededError) throw new UploadError('tooLarge', 413, fields)
		// A body that is not a complete multipart form (cut off, or hand-made).
		if (error instanceof TypeError || (error instanceof Error && /multipart|boundary/i.test(error.message))) throw new UploadError('malformed', 400, fields)
		throw error
	}
}
