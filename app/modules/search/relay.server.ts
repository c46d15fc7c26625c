// The long-running relay loop each app process runs. Several processes may run it
// at once (see relayOnce); when Meilisearch is away it waits and retries without
// spending the rows' attempts, so the index converges by itself once it is back.
import { setTimeout as sleep } from 'node:timers/promises'
import { ensureListingsIndex, isUnavailable, relayOnce } from './indexer.server'

type Log = { info: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void }

export function startSearchRelay(options: { log: Log; idleMs?: number; unavailableMs?: number }) {
	const idleMs = options.idleMs ?? 250
	const unavailableMs = options.unavailableMs ?? 1_000
	let stopped = false
	let indexReady = false
	let wasUnavailable = false
	const loop = (async () => {
		while (!stopped) {
			let pause = idleMs
			try {
				// After an outage the settings are applied again: Meilisearch may have come back empty.
				if (!indexReady) {
					const { changed } = await ensureListingsIndex()
					if (changed.length) options.log.info({ changed }, 'search index settings applied')
					indexReady = true
				}
				const pass = await relayOnce()
				if (pass.unavailable) throw new UnavailableSignal()
				if (wasUnavailable) options.log.info({}, 'search relay: Meilisearch is reachable again')
				wasUnavailable = false
				if (pass.dead) options.log.warn({ dead: pass.dead }, 'search relay: items dead-lettered')
				if (pass.claimed > 0) pause = 0
			} catch (error) {
				if (error instanceof UnavailableSignal || isUnavailable(error)) {
					if (!wasUnavailable) options.log.warn({}, 'search relay: Meilisearch unavailable, will retry')
					wasUnavailable = true
					indexReady = false
					pause = unavailableMs
				} else {
					options.log.warn({ err: error }, 'search relay pass failed')
					pause = unavailableMs
				}
			}
			if (pause > 0 && !stopped) await sleep(pause)
		}
	})()
	return {
		async stop() {
			stopped = true
			await loop
		},
	}
}

class UnavailableSignal extends Error {}
