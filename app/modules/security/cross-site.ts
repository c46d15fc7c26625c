// A browser always sends Sec-Fetch-Site (modern) or Origin (older) on a POST; a
// form posted from another site is refused. Requests without either come from
// non-browser clients, which cannot carry a victim's cookies.
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export type CrossSiteInput = {
	method: string
	path: string
	host: string | undefined
	origin: string | undefined
	secFetchSite: string | undefined
	exemptPrefixes?: string[]
}

export function isCrossSiteMutation(input: CrossSiteInput): boolean {
	if (SAFE_METHODS.has(input.method.toUpperCase())) return false
	if (input.exemptPrefixes?.some((prefix) => input.path.startsWith(prefix))) return false
	if (input.secFetchSite) return input.secFetchSite !== 'same-origin' && input.secFetchSite !== 'none'
	if (input.origin) {
		if (input.origin === 'null' || !input.host) return true
		try {
			return new URL(input.origin).host !== input.host
		} catch {
			return true
		}
	}
	return false
}
