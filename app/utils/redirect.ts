// Only same-origin paths are accepted as redirect targets ("/x", never "//host" or "https://host").
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback = '/') {
	if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
		return fallback
	}
	try {
		const url = new URL(target, 'http://same-origin.invalid')
		if (url.origin !== 'http://same-origin.invalid') return fallback
		const normalised = `${url.pathname}${url.search}${url.hash}`
		// Dot segments can normalise "/.//host" into "//host": check the result too.
		if (normalised.startsWith('//') || normalised.startsWith('/\\')) return fallback
		return normalised
	} catch {
		return fallback
	}
}

// The pages of signing in, up and back: never a place to return to after them.
const authPaths = ['/login', '/signup', '/verify', '/forgot-password', '/reset-password', '/logout']

function isAuthPath(path: string) {
	const pathname = path.split(/[?#]/)[0].replace(/\/+$/, '').toLowerCase()
	return authPaths.includes(pathname)
}

// Where a sign-in, sign-up or e-mail verification returns the person: a safe same-origin
// path that is not itself part of signing in, else `fallback`.
export function returnPath(target: FormDataEntryValue | string | null | undefined, fallback = '') {
	const path = safeRedirectPath(target, '')
	if (!path || isAuthPath(path)) return fallback
	return path
}

// A link to a page of the sign-in journey that brings the person back to `redirectTo`
// (the home page needs no redirectTo: it is where they would land anyway).
export function authHref(page: '/login' | '/signup' | '/verify' | '/forgot-password' | '/reset-password', redirectTo?: string | null, params: Record<string, string> = {}) {
	const to = returnPath(redirectTo)
	const query = new URLSearchParams(params)
	if (to && to !== '/') query.set('redirectTo', to)
	const search = query.toString()
	return search ? `${page}?${search}` : page
}

// The path a sign-in link on the page at `pathname` + `search` should return to: the page
// itself, or, on a page of the sign-in journey, where that journey already returns.
export function currentReturnPath(pathname: string, search: string) {
	if (isAuthPath(pathname)) return returnPath(new URLSearchParams(search).get('redirectTo'))
	return returnPath(`${pathname}${search}`)
}
