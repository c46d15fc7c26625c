import { AsyncLocalStorage } from 'node:async_hooks'

// What route code learns about a request that the HTTP edge (server/security.ts) must put
// on the response, whichever route or response type answers: the Retry-After of a rate
// limit that refused it. One store per request, opened by the edge around Remix.
export type RequestScope = { retryAfterSeconds?: number }

// The server (server/*.ts) and the Remix build are separate module graphs that must share
// one store: it lives on globalThis under a registered symbol.
const storeKey = Symbol.for('san-cong-nghe.request-scope')
const holder = globalThis as typeof globalThis & { [storeKey]?: AsyncLocalStorage<RequestScope> }
export const requestScope = (holder[storeKey] ??= new AsyncLocalStorage<RequestScope>())

export function noteRetryAfter(seconds: number) {
	const scope = requestScope.getStore()
	if (scope) scope.retryAfterSeconds = Math.max(scope.retryAfterSeconds ?? 0, seconds)
}
