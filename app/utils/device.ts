// A short, human description of a browser's User-Agent ("Chrome on Windows").
export function describeDevice(userAgent: string | null | undefined) {
	if (!userAgent) return 'Unknown device'
	const browser =
		/Edg\//.test(userAgent) ? 'Edge'
		: /OPR\//.test(userAgent) ? 'Opera'
		: /CocCoc/.test(userAgent) ? 'Cốc Cốc'
		: /Firefox\//.test(userAgent) ? 'Firefox'
		: /Chrome\//.test(userAgent) ? 'Chrome'
		: /Safari\//.test(userAgent) ? 'Safari'
		: 'Browser'
	const os =
		/Android/.test(userAgent) ? 'Android'
		: /iPhone|iPad|iPod/.test(userAgent) ? 'iOS'
		: /Windows/.test(userAgent) ? 'Windows'
		: /Mac OS X|Macintosh/.test(userAgent) ? 'macOS'
		: /Linux/.test(userAgent) ? 'Linux'
		: 'unknown OS'
	return `${browser} · ${os}`
}
