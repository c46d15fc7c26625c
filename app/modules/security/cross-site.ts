// A browser always sends Sec-Fetch-Site (modern) or Origin (older) on a POST, and
// usually a Referer; a form posted from another site is refused. Requests without any of
// them come from non-browser clients, which cannot carry a victim's cookies.
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export type CrossSiteInput = {
	method: string
	// The path as received (before the query string), not decoded or normalised.
	path: string
	// The origins this request was addressed to: its own scheme://host[:port], and the
	// configured public address when the app runs behind a proxy.
	ownOrigins: string[]
	origin: string | undefined
	referer?: string | undefined
	secFetchSite: string | undefined
	exemptPaths?: string[]
}

// A path is exempt only when it is spelled exactly as listed: no dot segments, double
// slashes, backslashes or encoded characters that a URL parser would turn into another path.
export function isExactPath(rawPath: string, paths: readonly string[]) {
	if (!paths.includes(rawPath)) return false
	try {
		return new URL(rawPath, 'http://normalise.invalid').pathname === rawPath
	} catch {
		return false
	}
}

function originOf(value: string) {
	try {
		const origin = new URL(value).origin
		return origin === 'null' ? null : origin
	} catch {
		return null
	}
}

export function isCrossSiteMutation(input: CrossSiteInput): boolean {
	if (SAFE_METHODS.has(input.method.toUpperCase())) return false
	if (input.exemptPaths && isExactPath(input.path, input.exemptPaths)) return false
	if (input.secFetchSite) return input.secFetchSite !== 'same-origin' && input.secFetchSite !== 'none'
	const claimed = input.origin ?? input.referer
	if (claimed === undefined) return false
	const origin = originOf(claimed)
	return origin === null || !input.ownOrigins.includes(origin)
}

// Remix refuses a page action (document or .data POST) whose Origin host differs from
// X-Forwarded-Host, else Host, by throwing: a 500. The edge refuses those first, with a 403.
export function failsRemixOriginCheck(input: { method: string; origin: string | undefined; host: string | undefined; forwardedHost: string | undefined }) {
	if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(input.method.toUpperCase())) return false
	if (!input.origin) return false
	// Remix compares the literal "null" with the host too.
	if (input.origin === 'null') return true
	const expected = input.forwardedHost?.split(',')[0]?.trim() || input.host
	try {
		return !expected || new URL(input.origin).host !== expected
	} catch {
		return true
	}
}
