// What an edit of a published listing changes, as a moderator reads it: each field's
// label and its values translated (enum values, dates, amounts, names of fields,
// communes, organisations and patents), never raw keys. Lists are compared as sets:
// putting the same keywords, fields or transfer modes in another order is no change.
// Pure: the caller passes the translator and the names of what the form refers to.
import type { ListingType } from '~/generated/prisma/enums'
import { formatDate, formatNumber, formatVnd } from '~/utils/format'
import type { Locale } from '~/utils/i18n'

export type FieldKind =
	| { kind: 'text' }
	| { kind: 'lines' } // one item per line
	| { kind: 'comma' } // comma-separated items
	| { kind: 'enum'; prefix: string }
	| { kind: 'enumList'; prefix: string }
	| { kind: 'date' }
	| { kind: 'vnd' }
	| { kind: 'number' }
	| { kind: 'trl' }
	| { kind: 'checkbox' }
	| { kind: 'ref'; names: keyof Names; many: boolean }

export type Names = {
	organizations: Record<string, string>
	fields: Record<string, string> // slug → name
	communes: Record<string, string> // code → name
	patents: Record<string, string> // listing id → title
}

const text = { kind: 'text' } as const
const common: [string, FieldKind][] = [
	['organizationId', { kind: 'ref', names: 'organizations', many: false }],
	['title', text],
	['summary', text],
	['description', text],
	['fields', { kind: 'ref', names: 'fields', many: true }],
	['keywords', { kind: 'comma' }],
	['communeCode', { kind: 'ref', names: 'communes', many: false }],
]

// Every field of every listing form, in the form's order (a unit test holds this to the schemas).
export const listingFieldSpecs: Record<ListingType, [string, FieldKind][]> = {
	TECHNOLOGY_OFFER: [
		...common,
		['trl', { kind: 'trl' }],
		['transferModes', { kind: 'enumList', prefix: 'transferMode' }],
		['priceVnd', { kind: 'vnd' }],
		['ipStatus', { kind: 'enum', prefix: 'ipStatus' }],
		['applications', text],
		['buyerRequirements', text],
		['confidentialDetails', text],
		['confidentialityTerms', text],
		['linkedPatentIds', { kind: 'ref', names: 'patents', many: true }],
	],
	PATENT: [
		...common,
		['kind', { kind: 'enum', prefix: 'patentKind' }],
		['legalStatus', { kind: 'enum', prefix: 'patentLegalStatus' }],
		['commercialisationStatus', { kind: 'enum', prefix: 'commercialisationStatus' }],
		['applicationNumber', text],
		['applicationDate', { kind: 'date' }],
		['grantNumber', text],
		['grantDate', { kind: 'date' }],
		['ipcClasses', { kind: 'comma' }],
		['inventors', { kind: 'lines' }],
		['owners', { kind: 'lines' }],
		['abstract', text],
		['claimsSummary', text],
	],
	TECHNOLOGY_REQUEST: [
		...common,
		['problem', text],
		['requiredCapability', text],
		['budgetMinVnd', { kind: 'vnd' }],
		['budgetMaxVnd', { kind: 'vnd' }],
		['deadline', { kind: 'date' }],
		['preferredTransferModes', { kind: 'enumList', prefix: 'transferMode' }],
		['isCommissioned', { kind: 'checkbox' }],
	],
	EXPERT: [
		...common,
		['academicTitle', { kind: 'enum', prefix: 'academicTitle' }],
		['degree', { kind: 'enum', prefix: 'degree' }],
		['position', text],
		['affiliation', text],
		['specialities', { kind: 'lines' }],
		['projects', text],
		['publications', text],
		['languages', { kind: 'comma' }],
		['contactEmail', text],
		['contactPhone', text],
		['availableForConsulting', { kind: 'checkbox' }],
	],
	INCUBATOR: [
		...common,
		['services', { kind: 'enumList', prefix: 'incubatorService' }],
		['capacity', { kind: 'number' }],
		['alumniCount', { kind: 'number' }],
		['alumniStartups', text],
		['isAccelerator', { kind: 'checkbox' }],
	],
	STARTUP: [
		...common,
		['stage', { kind: 'enum', prefix: 'startupStage' }],
		['foundedOn', { kind: 'date' }],
		['teamSize', { kind: 'number' }],
		['seeks', { kind: 'enumList', prefix: 'startupNeed' }],
	],
}

export type Translate = (key: string) => string

export type FieldChange = { field: string; label: string; before: string[]; after: string[] }

function items(value: unknown, separator: RegExp): string[] {
	const raw = Array.isArray(value) ? value.map((v) => String(v ?? '')) : value === undefined || value === null ? [] : String(value).split(separator)
	return raw.map((item) => item.trim()).filter(Boolean)
}

function scalar(value: unknown): string {
	if (value === undefined || value === null) return ''
	if (Array.isArray(value)) return value.map(String).join(', ').trim()
	return String(value).trim()
}

// A date as the form may hold it (2024-03-15, 15/03/2024, or a full ISO time), as yyyy-mm-dd.
function isoDate(value: unknown): string {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
	const s = scalar(value)
	const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s)
	if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`
	const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s)
	if (vn) return `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`
	return s
}

// A canonical form to compare, and the words a moderator reads.
function normalise(spec: FieldKind, value: unknown, t: Translate, locale: Locale, names: Names): { key: string; shown: string[] } {
	const set = (list: string[], show: (item: string) => string) => {
		const unique = [...new Set(list)]
		return { key: JSON.stringify([...unique].sort()), shown: unique.map(show) }
	}
	const one = (key: string, show: (v: string) => string) => ({ key, shown: key === '' ? [] : [show(key)] })
	switch (spec.kind) {
		case 'text':
			return one(scalar(value).replace(/\r\n/g, '\n'), (v) => v)
		case 'lines':
			return set(items(value, /\r?\n/), (v) => v)
		case 'comma':
			return set(items(value, /,/), (v) => v)
		case 'enum':
			return one(scalar(value), (v) => t(`${spec.prefix}.${v}`))
		case 'enumList':
			return set(items(value, /,/), (v) => t(`${spec.prefix}.${v}`))
		case 'date':
			return one(isoDate(value), (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(`${v}T12:00:00Z`, locale) : v))
		case 'vnd': {
			const digits = scalar(value).replace(/\D/g, '').replace(/^0+(?=\d)/, '')
			return one(digits, (v) => formatVnd(BigInt(v), locale))
		}
		case 'number': {
			const s = scalar(value)
			return one(s === '' || Number.isNaN(Number(s)) ? s : String(Number(s)), (v) => (Number.isNaN(Number(v)) ? v : formatNumber(Number(v), locale)))
		}
		case 'trl': {
			const s = scalar(value)
			return one(s, (v) => `TRL ${v}`)
		}
		case 'checkbox': {
			const on = value === true || value === 'on' || value === 'true'
			return { key: on ? 'yes' : 'no', shown: [t(on ? 'listingDetails.value.yes' : 'listingDetails.value.no')] }
		}
		case 'ref': {
			const lookup = names[spec.names]
			const show = (v: string) => lookup[v] ?? v
			return spec.many ? set(items(value, /,/), show) : one(scalar(value), show)
		}
	}
}

// The fields whose value differs between the approved version and the proposed one, in form order.
export function revisionDiff(
	type: ListingType,
	before: Record<string, unknown>,
	after: Record<string, unknown>,
	options: { t: Translate; locale: Locale; names: Names },
): FieldChange[] {
	const changes: FieldChange[] = []
	for (const [field, spec] of listingFieldSpecs[type]) {
		const a = normalise(spec, before[field], options.t, options.locale, options.names)
		const b = normalise(spec, after[field], options.t, options.locale, options.names)
		if (a.key === b.key) continue
		changes.push({ field, label: options.t(`listingDetails.field.${field}`), before: a.shown, after: b.shown })
	}
	return changes
}

// Every id and code a pair of versions refers to, to look their names up.
export function referencedIds(type: ListingType, values: Record<string, unknown>[]) {
	const wanted: Record<keyof Names, Set<string>> = { organizations: new Set(), fields: new Set(), communes: new Set(), patents: new Set() }
	for (const [field, spec] of listingFieldSpecs[type]) {
		if (spec.kind !== 'ref') continue
		for (const value of values) for (const item of spec.many ? items(value[field], /,/) : [scalar(value[field])].filter(Boolean)) wanted[spec.names].add(item)
	}
	return { organizations: [...wanted.organizations], fields: [...wanted.fields], communes: [...wanted.communes], patents: [...wanted.patents] }
}
