// Calling route loaders and actions directly, as Remix would, with real sessions.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'

export const routeContext = { cspNonce: '', requestId: 'test', clientIp: '127.0.0.1' }

type Handler<T> = (args: ActionFunctionArgs & LoaderFunctionArgs) => Promise<T>

// The handler's result, or what it threw (redirects and error responses are thrown).
export async function settle<T>(promise: Promise<T>): Promise<T | unknown> {
	try {
		return await promise
	} catch (thrown) {
		return thrown
	}
}

// The arguments Remix passes to a loader or action. `context` overrides part of
// routeContext, e.g. { clientIp } for a test of per-address rate limits.
export function routeArgs(request: Request, params: Record<string, string> = {}, context: Partial<typeof routeContext> = {}) {
	return { request, params, context: { ...routeContext, ...context } }
}

export function invoke<T>(handler: Handler<T>, request: Request, params: Record<string, string> = {}, context: Partial<typeof routeContext> = {}) {
	return settle(handler(routeArgs(request, params, context)))
}

export function getRequest(path: string, cookie?: string | null) {
	return new Request(`http://localhost${path}`, { headers: cookie ? { Cookie: cookie } : {} })
}

// A multipart body, as a browser sends a form with encType="multipart/form-data".
export function multipartBody(fields: Record<string, string | Blob>) {
	const body = new FormData()
	for (const [key, value] of Object.entries(fields)) body.set(key, value)
	return body
}

// A POST as a browser form sends it: urlencoded, or multipart when a field is a file.
// FormData and URLSearchParams (e.g. a repeated key) are sent as they are.
export function formRequest(path: string, fields: Record<string, string | Blob> | FormData | URLSearchParams, cookie?: string | null) {
	let body: FormData | URLSearchParams
	if (fields instanceof FormData || fields instanceof URLSearchParams) body = fields
	else if (Object.values(fields).some((value) => value instanceof Blob)) body = multipartBody(fields)
	else body = new URLSearchParams(fields as Record<string, string>)
	return new Request(`http://localhost${path}`, { method: 'POST', body, headers: cookie ? { Cookie: cookie } : {} })
}

// HTTP status of a settled result: a Response, data(value, { status }), or plain data (200).
export function statusOf(result: unknown): number {
	if (result instanceof Response) return result.status
	if (result && typeof result === 'object' && 'init' in result) return (result as { init?: { status?: number } }).init?.status ?? 200
	return 200
}

// The value of data(value, init) or a plain returned object.
export function payloadOf<T = Record<string, unknown>>(result: unknown): T {
	if (result && typeof result === 'object' && 'type' in result && (result as { type: string }).type === 'DataWithResponseInit') return (result as unknown as { data: T }).data
	return result as T
}
