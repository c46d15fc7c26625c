import type { AppLoadContext } from '@remix-run/node'

export function clientIp(context: Partial<AppLoadContext> | undefined) {
	return context?.clientIp || 'unknown'
}

export function userAgent(request: Request) {
	return request.headers.get('User-Agent')?.slice(0, 300) ?? null
}
