// Scoped Meilisearch keys. The master key is used only here, at set-up, to create
// (or find again) two keys limited to this site's indexes: one that can only search,
// one that can write documents and settings. The app itself runs with those two.
import { createHash, createHmac } from 'node:crypto'
import { Meilisearch, MeilisearchApiError } from 'meilisearch'

export const searchKeyActions = ['search']
export const indexKeyActions = [
	'documents.add',
	'documents.get',
	'documents.delete',
	'indexes.create',
	'indexes.get',
	'indexes.update',
	'indexes.delete',
	'indexes.swap',
	'settings.get',
	'settings.update',
	'tasks.get',
	'stats.get',
]

// A stable UUID (v4 layout) per role and index prefix, so that set-up finds the same
// key again instead of creating a new one at every start.
function stableUid(role: string, prefix: string) {
	const hex = createHash('sha256').update(`tech-market:${role}:${prefix}`).digest('hex').slice(0, 32).split('')
	hex[12] = '4'
	hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
	const h = hex.join('')
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

// Meilisearch derives a key from its uid and the master key (HMAC-SHA256), so both
// keys are known before Meilisearch is reachable; they work once set-up created them.
export function deriveSearchKeys(masterKey: string, prefix: string) {
	const derive = (role: string) => createHmac('sha256', masterKey).update(stableUid(role, prefix)).digest('hex')
	return { searchKey: derive('search'), indexKey: derive('index') }
}

async function findOrCreateKey(admin: Meilisearch, role: 'search' | 'index', prefix: string, actions: string[]) {
	const uid = stableUid(role, prefix)
	try {
		const existing = await admin.getKey(uid)
		return existing.key
	} catch (error) {
		if (!(error instanceof MeilisearchApiError) || error.response.status !== 404) throw error
	}
	const created = await admin.createKey({
		uid,
		name: `tech-market ${role} (${prefix || 'no prefix'})`,
		description: role === 'search' ? 'Search only, used by the web app' : 'Indexing: documents, settings, swaps; used by the relay and reindex',
		actions,
		indexes: [`${prefix}*`],
		expiresAt: null,
	})
	return created.key
}

export async function ensureSearchKeys(options: { url: string; masterKey: string; prefix: string }) {
	const admin = new Meilisearch({ host: options.url, apiKey: options.masterKey, timeout: 10_000 })
	const [searchKey, indexKey] = await Promise.all([
		findOrCreateKey(admin, 'search', options.prefix, searchKeyActions),
		findOrCreateKey(admin, 'index', options.prefix, indexKeyActions),
	])
	return { searchKey, indexKey }
}
