// The names an ineligibility reason refers to by id (fields, communes), in the reader's
// language, for app/components/eligibility-reasons.tsx.
import type { Locale } from '~/utils/i18n'
import { prisma } from '~/utils/db.server'
import type { IneligibilityReason } from './eligibility'

export type EligibilityNames = { fields: Record<string, string>; communes: Record<string, string> }

export async function eligibilityNames(reasons: IneligibilityReason[], locale: Locale): Promise<EligibilityNames> {
	const fieldIds = reasons.flatMap((r) => (r.rule === 'field' ? r.allowed : []))
	const communeIds = reasons.flatMap((r) => (r.rule === 'commune' ? r.allowed : []))
	const [fields, communes] = await Promise.all([
		fieldIds.length ? prisma.field.findMany({ where: { id: { in: fieldIds } }, select: { id: true, nameVi: true, nameEn: true } }) : [],
		communeIds.length ? prisma.commune.findMany({ where: { id: { in: communeIds } }, select: { id: true, name: true } }) : [],
	])
	return {
		fields: Object.fromEntries(fields.map((f) => [f.id, locale === 'en' ? f.nameEn : f.nameVi])),
		communes: Object.fromEntries(communes.map((c) => [c.id, c.name])),
	}
}
