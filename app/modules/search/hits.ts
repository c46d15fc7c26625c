// What a result looks like to pages and the API, whichever engine answered.
import type { ListingType } from '~/generated/prisma/enums'
import type { ListingDocument } from './documents.server'

// Highlighted text as plain segments: pages render matches as <mark> elements, so
// whatever a listing's text contains, highlighting can never inject markup.
export type Segment = { text: string; match: boolean }

export type SearchHit = {
	id: string
	type: ListingType
	url: string
	title: string
	summary: string
	titleSegments: Segment[]
	summarySegments: Segment[]
	organizationName: string | null
	organizationVerified: boolean
	communeName: string | null
	fields: string[]
	trl: number | null
	priceVnd: number | null
	budgetMinVnd: number | null
	budgetMaxVnd: number | null
	deadline: number | null
	expertVerified: boolean
	publishedAt: number
	coverId: string | null
	externalId: string | null
}

// Meilisearch marks matches with these two characters (removed from indexed text).
export const highlightStart = '\u0001'
export const highlightEnd = '\u0002'

export function segmentsOf(formatted: string | undefined, fallback: string): Segment[] {
	const text = formatted ?? fallback
	const segments: Segment[] = []
	let match = false
	for (const piece of text.split(/([\u0001\u0002])/)) {
		if (piece === highlightStart) match = true
		else if (piece === highlightEnd) match = false
		else if (piece) segments.push({ text: piece, match })
	}
	return mergeNeighbours(wholeWords(segments), fallback)
}

// A letter, a combining mark (Vietnamese written with decomposed diacritics) or a digit.
const wordChar = /[\p{L}\p{M}\p{N}]/u

// Meilisearch marks prefixes and typo matches ("thá|p", "Thi|ết"): each highlighted span
// is widened to the whole words it touches, Unicode-aware, so no syllable is cut.
export function wholeWords(segments: Segment[]): Segment[] {
	const text = segments.map((s) => s.text).join('')
	// Code points, so a character outside the BMP is never split in two.
	const chars = Array.from(text)
	const marked: boolean[] = []
	for (const segment of segments) for (const _ of Array.from(segment.text)) marked.push(segment.match)
	const isWord = chars.map((c) => wordChar.test(c))
	const widened = [...marked]
	for (let i = 0; i < chars.length; i++) {
		if (!marked[i] || !isWord[i]) continue
		for (let j = i - 1; j >= 0 && isWord[j] && !widened[j]; j--) widened[j] = true
		for (let j = i + 1; j < chars.length && isWord[j] && !widened[j]; j++) widened[j] = true
	}
	const result: Segment[] = []
	chars.forEach((c, i) => {
		const last = result[result.length - 1]
		if (last && last.match === widened[i]) last.text += c
		else result.push({ text: c, match: widened[i]! })
	})
	return result
}

// "Cảm" + " " + "biến" highlighted separately read better as one highlight.
function mergeNeighbours(segments: Segment[], fallback: string): Segment[] {
	const merged: Segment[] = []
	for (let i = 0; i < segments.length; i++) {
		const segment = segments[i]!
		const previous = merged[merged.length - 1]
		const next = segments[i + 1]
		if (!segment.match && /^\s+$/.test(segment.text) && previous?.match && next?.match) {
			previous.text += segment.text + next.text
			i++
		} else if (segment.match && previous?.match) previous.text += segment.text
		else merged.push({ ...segment })
	}
	return merged.length ? merged : [{ text: fallback, match: false }]
}

export function stripHighlightMarkers(text: string) {
	return text.replace(/[\u0001\u0002]/g, '')
}

type FormattedDocument = ListingDocument & { _formatted?: Partial<Record<keyof ListingDocument, unknown>> }

export function toHit(doc: FormattedDocument): SearchHit {
	return {
		id: doc.id,
		type: doc.type,
		url: doc.url,
		title: doc.title,
		summary: doc.summary,
		titleSegments: segmentsOf(doc._formatted?.title as string | undefined, doc.title),
		summarySegments: segmentsOf(doc._formatted?.summary as string | undefined, doc.summary),
		organizationName: doc.organizationName,
		organizationVerified: doc.organizationVerified,
		communeName: doc.communeName,
		fields: doc.fields,
		trl: doc.trl,
		priceVnd: doc.priceVnd,
		// Documents indexed before these existed have none: they read as absent.
		budgetMinVnd: doc.budgetMinVnd ?? null,
		budgetMaxVnd: doc.budgetMaxVnd ?? null,
		deadline: doc.deadline ?? null,
		expertVerified: doc.expertVerified ?? false,
		publishedAt: doc.publishedAt,
		coverId: doc.coverId,
		externalId: doc.externalId,
	}
}
