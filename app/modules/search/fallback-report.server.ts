// Why a search fell back to PostgreSQL, said once in a while in the server's log.
// Unavailability (down, slow, 5xx) is expected now and then and heals by itself; any
// other error (a wrong key, a refused filter, a missing index) is a fault an operator
// must fix, although visitors still get answers from the fallback meanwhile.
import { isUnavailable } from './indexer.server'

type FallbackCause = 'unavailable' | 'fault'

export function fallbackCause(error: unknown): FallbackCause {
	return isUnavailable(error) ? 'unavailable' : 'fault'
}

const quietMs = 60_000
const lastReported = new Map<string, number>()

// At most one line per cause and kind of error a minute: a burst of searches during an
// outage must not flood the log.
export function reportFallback(error: unknown, now = Date.now(), write: (line: string, error: unknown) => void = defaultWrite) {
	const cause = fallbackCause(error)
	// By cause and kind of error (not the message, which may vary), so the map stays small.
	const key = `${cause}:${error instanceof Error ? error.name : typeof error}`
	const last = lastReported.get(key)
	if (last !== undefined && now - last < quietMs) return false
	lastReported.set(key, now)
	write(cause === 'unavailable' ? 'search: Meilisearch unavailable, answering from PostgreSQL' : 'search: Meilisearch refused the search (configuration fault), answering from PostgreSQL', error)
	return true
}

function defaultWrite(line: string, error: unknown) {
	const cause = fallbackCause(error)
	if (cause === 'unavailable') console.warn(line, error instanceof Error ? error.message : error)
	else console.error(line, error)
}
