// Shapes of the demo data in prisma/seed/data/. Keys (`key`, `organizationKey`...)
// are seed-local references, never stored; field slugs are those of the
// reference_data migration; commune codes those of data/communes.ts.
import type {
	AcademicTitle,
	CommercialisationStatus,
	CommuneKind,
	Degree,
	EnterpriseSize,
	IncubatorService,
	IpStatus,
	OrganizationType,
	PatentKind,
	PatentLegalStatus,
	QuestionType,
	StartupNeed,
	StartupStage,
	SupportType,
	TransferMode,
} from '../../app/generated/prisma/enums.ts'

export type FieldSlug =
	| 'agriculture'
	| 'aquaculture'
	| 'textile-garment'
	| 'mechanical-engineering'
	| 'shipbuilding'
	| 'electrical-electronics'
	| 'it-digital'
	| 'automation'
	| 'environment'
	| 'energy'
	| 'health-pharma'
	| 'materials'
	| 'food-processing'
	| 'biotechnology'
	| 'construction'
	| 'logistics'

export type SeedCommune = { code: string; name: string; kind: CommuneKind }

export type SeedOrganization = {
	key: string
	name: string
	shortName?: string
	type: OrganizationType
	size?: EnterpriseSize // enterprises only
	taxCode?: string // 10 digits (or 13), enterprises only
	address: string
	communeCode: string
	website?: string
	email?: string
	phone?: string
	description: string
	fields: FieldSlug[]
	verified: boolean
}

type SeedListingBase = {
	organizationKey: string
	title: string
	summary: string // one or two sentences
	description: string // Markdown, several paragraphs or bullet lists
	fields: FieldSlug[]
	keywords: string[]
	communeCode: string
}

export type SeedTechnologyOffer = SeedListingBase & {
	trl: number // 1..9
	transferModes: TransferMode[]
	priceVnd: number | null // null = negotiable
	ipStatus: IpStatus
	applications: string
	buyerRequirements: string
}

export type SeedPatent = SeedListingBase & {
	kind: PatentKind
	applicationNumber: string // e.g. 1-2021-01234 (invention), 2-2022-00123 (utility solution), 3-2023-00456 (design)
	applicationDate: string // YYYY-MM-DD
	grantNumber: string | null
	grantDate: string | null
	ipcClasses: string[]
	inventors: string[]
	owners: string[]
	legalStatus: PatentLegalStatus
	abstract: string
	claimsSummary: string
	commercialisationStatus: CommercialisationStatus
}

export type SeedTechnologyRequest = SeedListingBase & {
	problem: string
	requiredCapability: string
	budgetMinVnd: number | null
	budgetMaxVnd: number | null
	deadline: string | null // YYYY-MM-DD, in 2027
	preferredTransferModes: TransferMode[]
	isCommissioned: boolean
}

export type SeedExpert = Omit<SeedListingBase, 'summary'> & {
	summary: string
	fullName: string
	academicTitle: AcademicTitle | null
	degree: Degree
	position: string
	affiliation: string
	specialities: string[]
	projects: string
	publications: string
	languages: string[]
	availableForConsulting: boolean
}

export type SeedIncubator = SeedListingBase & {
	services: IncubatorService[]
	capacity: number
	alumniCount: number
	alumniStartups: string
	isAccelerator: boolean
}

export type SeedStartup = SeedListingBase & {
	stage: StartupStage
	foundedOn: string // YYYY-MM-DD
	teamSize: number
	seeks: StartupNeed[]
}

export type SeedProgramme = {
	organizationKey: string
	slug: string
	title: string
	summary: string
	description: string
	supportType: SupportType
	coFundingPercent: number | null
	totalBudgetVnd: number
	maxPerApplicationVnd: number
	eligibleOrganizationTypes: OrganizationType[]
	eligibleEnterpriseSizes: EnterpriseSize[]
	minTrl: number | null
	fields: FieldSlug[]
	opensInDays: number // relative to the day the seed runs (negative = already open)
	closesInDays: number
	reviewersPerApplication: number
	documents: { title: string; description: string; required: boolean }[]
	questions: { type: QuestionType; label: string; help: string; required: boolean; options?: string[] }[]
	criteria: { title: string; description: string; weight: number; maxScore: number }[]
}
