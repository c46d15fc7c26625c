import {
	MaxPartSizeExceededError,
	unstable_createMemoryUploadHandler,
	unstable_parseMultipartFormData,
} from '@remix-run/node'
import { UploadError } from './files.server'

// Parses a multipart form, refusing any part bigger than `maxPartSize` before it is
// all read into memory.
export async function parseUpload(request: Request, maxPartSize: number) {
	try {
		return await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize }))
	} catch (error) {
		if (error instanceof MaxPartSizeExceededError) throw new UploadError('tooLarge', 413)
		throw error
	}
}
