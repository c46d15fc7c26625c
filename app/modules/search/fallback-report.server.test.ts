import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch'
import { describe, expect, test } from 'vitest'
import { fallbackCause, reportFallback } from './fallback-report.server'

const apiError = (status: number, code: string) => new MeilisearchApiError(new Response(null, { status }), { message: code, code, type: 'invalid_request', link: '' })

describe('why a search fell back', () => {
	test('down, slow or failing with 5xx is unavailability; a refused key, filter or index is a fault', () => {
		expect(fallbackCause(new MeilisearchRequestError('http://meili', new Error('ECONNREFUSED')))).toBe('unavailable')
		expect(fallbackCause(new MeilisearchRequestTimeOutError(400, {}))).toBe('unavailable')
		expect(fallbackCause(apiError(503, 'internal'))).toBe('unavailable')
		expect(fallbackCause(apiError(403, 'invalid_api_key'))).toBe('fault')
		expect(fallbackCause(apiError(400, 'invalid_search_filter'))).toBe('fault')
		expect(fallbackCause(new TypeError('boom'))).toBe('fault')
	})

	test('reported at most once a minute per cause and kind of error', () => {
		const lines: string[] = []
		const write = (line: string) => void lines.push(line)
		const error = apiError(403, 'invalid_api_key')
		// Later than anything reported before in this process (the record is per process).
		const start = Date.now() + 10 ** 9
		expect(reportFallback(error, start, write)).toBe(true)
		expect(reportFallback(apiError(400, 'invalid_search_filter'), start + 30_000, write)).toBe(false)
		expect(reportFallback(error, start + 60_001, write)).toBe(true)
		expect(lines).toHaveLength(2)
		expect(lines[0]).toContain('configuration fault')
	})
})
