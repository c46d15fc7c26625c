// A short, human description of a browser's User-Agent ("Chrome on Windows").
// null when the browser did not say (the page then shows a translated "unknown device").
export function describeDevice(userAgent: string | null | undefined) {
	if (!userAgent) return null
	const browser =
		/Edg\//.test(userAgent) ? 'Edge'
		: /OPR\//.test(userAgent) ? 'Opera'
		: /CocCoc/.test(userAgent) ? 'Cốc Cốc'
		: /Firefox\//.test(userAgent) ? 'Firefox'
		: /Chrome\//.test(userAgent) ? 'Chrome'
		: /Safari\//.test(userAgent) ? 'Safari'
		: null
	const os =
		/Android/.test(userAgent) ? 'Android'
		: /iPhone|iPad|iPod/.test(userAgent) ? 'iOS'
		: /Windows/.test(userAgent) ? 'Windows'
		: /Mac OS X|Macintosh/.test(userAgent) ? 'macOS'
		: /Linux/.test(userAgent) ? 'Linux'
		: null
	if (!browser && !os) return null
	return [browser, os].filter(Boolean).join(' · ')
}
