// What everyone may read about programmes: the list, each programme's public page
// (rules, dates, documents and questions to prepare, the rubric), the eligibility
// check of the visitor's organisations, and — once results are published — the
// statistics and the approved applications.
import type { SessionUser } from '~/modules/auth/guards.server'
import { hasPermission } from '~/modules/auth/permissions'
import { prisma } from '~/utils/db.server'
import { submissionWindow } from './deadline'
import { applicantFrom, checkEligibility, eligibilityRulesFrom, type EligibilityRules } from './eligibility'
import { programmeForOfficer } from './officers.server'
import { effectiveProgrammeStatus, officerProgrammeActions } from './programme-lifecycle'
import { programmeStatistics } from './statistics'

// A suspended or deleted organisation's programmes are not shown to the public.
const runByActiveOrganization = { organization: { deletedAt: null, suspendedAt: null } } as const

export async function openProgrammes(now = new Date(), limit = 4) {
	return prisma.programme.findMany({
		where: { status: 'OPEN', opensAt: { lte: now }, closesAt: { gt: now }, ...runByActiveOrganization },
		orderBy: { closesAt: 'asc' },
		take: limit,
		select: {
			id: true,
			slug: true,
			title: true,
			summary: true,
			supportType: true,
			closesAt: true,
			maxPerApplicationVnd: true,
			organization: { select: { name: true } },
		},
	})
}

const listSelect = {
	id: true, slug: true, title: true, summary: true, supportType: true, status: true, opensAt: true, closesAt: true, maxPerApplicationVnd: true, resultsPublishedAt: true,
	organization: { select: { name: true, type: true } },
} as const

// Open now, opening soon, and past rounds (newest first).
export async function listPublicProgrammes(now = new Date()) {
	const rows = await prisma.programme.findMany({ where: { status: { not: 'DRAFT' }, ...runByActiveOrganization }, orderBy: { closesAt: 'desc' }, take: 200, select: listSelect })
	const programmes = rows.map((row) => ({ ...row, maxPerApplicationVnd: row.maxPerApplicationVnd?.toString() ?? null, status: effectiveProgrammeStatus(row, now) }))
	const isOpen = (p: (typeof programmes)[number]) => p.status === 'OPEN' && submissionWindow(p, now) === 'open'
	return {
		open: programmes.filter(isOpen).sort((a, b) => a.closesAt.getTime() - b.closesAt.getTime()),
		upcoming: programmes.filter((p) => p.status === 'OPEN' && submissionWindow(p, now) === 'notYetOpen').sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime()),
		past: programmes.filter((p) => p.status !== 'OPEN'),
	}
}

async function statisticsOf(programmeId: string, processingLimitDays: number) {
	const applications = await prisma.application.findMany({ where: { programmeId }, select: { status: true, submittedAt: true, decidedAt: true } })
	return programmeStatistics(applications, processingLimitDays)
}

// The visitor's organisations and, for each, whether it may apply (or why not) and
// the applications it already has in this programme.
async function applicantSituation(user: SessionUser, programmeId: string, rules: EligibilityRules) {
	if (!hasPermission(user, 'create:application:own')) return []
	const memberships = await prisma.membership.findMany({
		where: { userId: user.id, organization: { deletedAt: null } },
		orderBy: { organization: { name: 'asc' } },
		select: {
			role: true,
			organization: {
				select: {
					id: true, slug: true, suspendedAt: true, name: true, type: true, size: true, communeId: true, fields: { select: { fieldId: true } },
					applications: { where: { programmeId }, orderBy: { createdAt: 'desc' }, select: { id: true, referenceNumber: true, status: true } },
				},
			},
		},
	})
	return memberships.map(({ role, organization }) => {
		const eligibility = checkEligibility(rules, applicantFrom(organization))
		// Owners and editors fix what they can in the organisation's settings (not while suspended).
		const mayEdit = (role === 'OWNER' || role === 'EDITOR') && !organization.suspendedAt
		return {
			id: organization.id,
			name: organization.name,
			eligible: eligibility.eligible,
			reasons: eligibility.reasons,
			// A suspended organisation neither starts nor submits applications.
			suspended: organization.suspendedAt !== null,
			applications: organization.applications,
			settingsPath: mayEdit ? `/organizations/${organization.slug}/settings` : null,
		}
	})
}

export async function publicProgramme(slug: string, user: SessionUser | null, now = new Date()) {
	return programmeView({ slug }, user, now, { allowDraft: false })
}

// The officer's preview shows a draft exactly as applicants will see it.
export async function programmePreview(programmeId: string, user: SessionUser, now = new Date()) {
	if (!(await programmeForOfficer(user, programmeId))) return null
	return programmeView({ id: programmeId }, user, now, { allowDraft: true })
}

async function programmeView(where: { slug: string } | { id: string }, user: SessionUser | null, now: Date, options: { allowDraft: boolean }) {
	const programme = await prisma.programme.findUnique({
		where,
		select: {
			id: true, slug: true, title: true, summary: true, description: true, supportType: true, coFundingPercent: true, totalBudgetVnd: true, maxPerApplicationVnd: true,
			eligibleOrganizationTypes: true, eligibleEnterpriseSizes: true, minTrl: true, opensAt: true, closesAt: true, status: true, processingLimitDays: true,
			allowMultipleApplications: true, resultsPublishedAt: true, publishScores: true, updatedAt: true,
			organization: { select: { name: true, slug: true, type: true } },
			eligibleFields: { select: { fieldId: true, field: { select: { slug: true, nameVi: true, nameEn: true } } } },
			eligibleCommunes: { select: { communeId: true, commune: { select: { code: true, name: true } } } },
			documents: { orderBy: { sortOrder: 'asc' }, select: { id: true, title: true, description: true, required: true } },
			questions: { orderBy: { sortOrder: 'asc' }, select: { id: true, type: true, label: true, help: true, required: true, options: true, maxLength: true } },
			criteria: { orderBy: { sortOrder: 'asc' }, select: { id: true, title: true, description: true, weight: true, maxScore: true } },
		},
	})
	if (!programme || (programme.status === 'DRAFT' && !options.allowDraft)) return null
	const status = effectiveProgrammeStatus(programme, now)
	const window = status === 'OPEN' ? submissionWindow(programme, now) : 'closed'
	const resultsPublished = programme.status === 'RESULTS_PUBLISHED'
	const [organizations, statistics, approved] = await Promise.all([
		user
			? applicantSituation(user, programme.id, eligibilityRulesFrom(programme))
			: Promise.resolve([]),
		resultsPublished ? statisticsOf(programme.id, programme.processingLimitDays) : Promise.resolve(null),
		resultsPublished
			? prisma.application.findMany({
					where: { programmeId: programme.id, status: 'APPROVED' },
					orderBy: { organization: { name: 'asc' } },
					select: { referenceNumber: true, projectTitle: true, organization: { select: { name: true, slug: true } }, decision: { select: { awardedAmountVnd: true } } },
				})
			: Promise.resolve([]),
	])
	const { eligibleFields, eligibleCommunes, criteria, totalBudgetVnd, maxPerApplicationVnd, ...rest } = programme
	return {
		...rest,
		status,
		window,
		officerActions: options.allowDraft ? officerProgrammeActions(programme, now) : [],
		totalBudgetVnd: totalBudgetVnd?.toString() ?? null,
		maxPerApplicationVnd: maxPerApplicationVnd?.toString() ?? null,
		fields: eligibleFields.map((f) => ({ id: f.fieldId, ...f.field })),
		communes: eligibleCommunes.map((c) => ({ id: c.communeId, ...c.commune })),
		criteria: criteria.map((c) => ({ ...c, weight: c.weight.toNumber() })),
		organizations,
		statistics,
		approved: approved.map((a) => ({ ...a, awardedAmountVnd: a.decision?.awardedAmountVnd?.toString() ?? null })),
	}
}

export type PublicProgramme = NonNullable<Awaited<ReturnType<typeof publicProgramme>>>

export async function publicProgrammeSlugs() {
	return prisma.programme.findMany({ where: { status: { not: 'DRAFT' }, ...runByActiveOrganization }, orderBy: { updatedAt: 'desc' }, take: 5000, select: { slug: true, updatedAt: true } })
}
