// Who may apply to a programme, with every reason why not (shown before starting).
import type { EnterpriseSize, OrganizationType } from '~/generated/prisma/enums'

export type EligibilityRules = {
	eligibleOrganizationTypes: OrganizationType[]
	eligibleEnterpriseSizes: EnterpriseSize[]
	eligibleFieldIds: string[]
	eligibleCommuneIds: string[]
	minTrl: number | null
}

export type Applicant = {
	type: OrganizationType
	size: EnterpriseSize | null
	fieldIds: string[]
	communeId: string | null
	// The technology readiness the applicant declares for the project, when the programme asks.
	trl?: number | null
}

export type IneligibilityReason =
	| { rule: 'organizationType'; allowed: OrganizationType[] }
	| { rule: 'enterpriseSize'; allowed: EnterpriseSize[] }
	| { rule: 'field'; allowed: string[] }
	| { rule: 'commune'; allowed: string[] }
	| { rule: 'trl'; minimum: number }

// An empty list means "any".
export function checkEligibility(rules: EligibilityRules, applicant: Applicant): { eligible: boolean; reasons: IneligibilityReason[] } {
	const reasons: IneligibilityReason[] = []
	if (rules.eligibleOrganizationTypes.length && !rules.eligibleOrganizationTypes.includes(applicant.type)) {
		reasons.push({ rule: 'organizationType', allowed: rules.eligibleOrganizationTypes })
	}
	if (rules.eligibleEnterpriseSizes.length && (!applicant.size || !rules.eligibleEnterpriseSizes.includes(applicant.size))) {
		reasons.push({ rule: 'enterpriseSize', allowed: rules.eligibleEnterpriseSizes })
	}
	if (rules.eligibleFieldIds.length && !applicant.fieldIds.some((id) => rules.eligibleFieldIds.includes(id))) {
		reasons.push({ rule: 'field', allowed: rules.eligibleFieldIds })
	}
	if (rules.eligibleCommuneIds.length && (!applicant.communeId || !rules.eligibleCommuneIds.includes(applicant.communeId))) {
		reasons.push({ rule: 'commune', allowed: rules.eligibleCommuneIds })
	}
	// Without a declared TRL the check waits for the application (not a refusal yet).
	if (rules.minTrl !== null && applicant.trl !== undefined && (applicant.trl === null || applicant.trl < rules.minTrl)) {
		reasons.push({ rule: 'trl', minimum: rules.minTrl })
	}
	return { eligible: reasons.length === 0, reasons }
}

// The rules as a programme row holds them (with its field and commune links).
export function eligibilityRulesFrom(programme: {
	eligibleOrganizationTypes: OrganizationType[]
	eligibleEnterpriseSizes: EnterpriseSize[]
	minTrl: number | null
	eligibleFields: { fieldId: string }[]
	eligibleCommunes: { communeId: string }[]
}): EligibilityRules {
	return {
		eligibleOrganizationTypes: programme.eligibleOrganizationTypes,
		eligibleEnterpriseSizes: programme.eligibleEnterpriseSizes,
		eligibleFieldIds: programme.eligibleFields.map((f) => f.fieldId),
		eligibleCommuneIds: programme.eligibleCommunes.map((c) => c.communeId),
		minTrl: programme.minTrl,
	}
}

// The applicant as an organisation row holds it, with the TRL declared in the application.
export function applicantFrom(organization: { type: OrganizationType; size: EnterpriseSize | null; communeId: string | null; fields: { fieldId: string }[] }, trl?: number | null): Applicant {
	return { type: organization.type, size: organization.size, communeId: organization.communeId, fieldIds: organization.fields.map((f) => f.fieldId), ...(trl !== undefined ? { trl } : {}) }
}

// What the eligibility check needs to select from a programme and an organisation.
export const eligibilityRulesSelect = {
	eligibleOrganizationTypes: true,
	eligibleEnterpriseSizes: true,
	minTrl: true,
	eligibleFields: { select: { fieldId: true } },
	eligibleCommunes: { select: { communeId: true } },
} as const
export const eligibilityApplicantSelect = { type: true, size: true, communeId: true, fields: { select: { fieldId: true } } } as const
