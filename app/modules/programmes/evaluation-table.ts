// The officer's table of applications as a URL describes it (filters, sort), and the
// message template of bulk decisions. Pure: shared by the page and the server.
import type { ApplicationStatus } from '~/generated/prisma/enums'
import { removeDiacritics } from '~/utils/slug'
import { applicationStatuses } from './application-lifecycle'

// Every status an officer may filter on: drafts are never theirs to see.
export const filterableStatuses = applicationStatuses.filter((status) => status !== 'DRAFT')

export const tableSorts = ['submittedDesc', 'submittedAsc', 'scoreDesc', 'scoreAsc'] as const
type TableSort = (typeof tableSorts)[number]

export type TableFilters = {
	status?: ApplicationStatus
	eligibility?: 'eligible' | 'ineligible'
	disagreement?: boolean
	q?: string
	sort?: TableSort
}

// The filters of the table from its query string; anything unknown is ignored.
export function parseTableFilters(params: URLSearchParams): TableFilters {
	const status = params.get('status')
	const eligibility = params.get('eligibility')
	const sort = params.get('sort')
	return {
		...(status && (filterableStatuses as string[]).includes(status) ? { status: status as ApplicationStatus } : {}),
		...(eligibility === 'eligible' || eligibility === 'ineligible' ? { eligibility } : {}),
		...(params.get('disagreement') === '1' ? { disagreement: true } : {}),
		...(params.get('q')?.trim() ? { q: params.get('q')!.trim().slice(0, 200) } : {}),
		...(sort && (tableSorts as readonly string[]).includes(sort) ? { sort: sort as TableSort } : {}),
	}
}

// Case- and accent-insensitive matching: "hoa lu" finds "Hoa Lư".
export function foldText(text: string) {
	return removeDiacritics(text).toLowerCase()
}

type TemplateValues = { reference: string; organization: string; project: string; score?: string }

// The placeholders an officer may use: {{score}} (the average score) only when the
// programme publishes its scores to applicants, since the message is theirs to read.
export function decisionPlaceholders(publishScores: boolean) {
	return ['reference', 'organization', 'project', ...(publishScores ? (['score'] as const) : [])] as const
}

export function templateUsesScore(template: string) {
	return /\{\{\s*score\s*\}\}/.test(template)
}

// "{{reference}}", "{{organization}}", "{{project}}", "{{score}}" in a decision message;
// without a score value, {{score}} is left as typed (never filled in).
export function renderDecisionTemplate(template: string, values: TemplateValues) {
	return template.replace(/\{\{\s*(reference|organization|project|score)\s*\}\}/g, (placeholder, key: keyof TemplateValues) => values[key] ?? placeholder)
}
