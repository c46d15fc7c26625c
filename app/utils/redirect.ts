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
