// The programmes (an incubator's cohorts) an organisation runs, as the public may see
// them: open now, opening soon, and past rounds (with a mark when results are out).
// Drafts are never shown.
import { submissionWindow } from '~/modules/programmes/deadline'
import { effectiveProgrammeStatus } from '~/modules/programmes/programme-lifecycle'
import { prisma } from '~/utils/db.server'

export type OrganizationCohort = {
	slug: string
	title: string
	summary: string
	opensAt: Date
	closesAt: Date
	phase: 'open' | 'upcoming' | 'past'
	resultsPublished: boolean
}

export async function organizationCohorts(organization: { id: string } | { slug: string }, now = new Date(), limit = 30): Promise<OrganizationCohort[]> {
	const rows = await prisma.programme.findMany({
		where: {
			status: { not: 'DRAFT' },
			organization: { ...organization, deletedAt: null, suspendedAt: null },
		},
		orderBy: { closesAt: 'desc' },
		take: limit,
		select: { slug: true, title: true, summary: true, status: true, opensAt: true, closesAt: true },
	})
	const phaseOrder = { open: 0, upcoming: 1, past: 2 } as const
	return rows
		.map(({ status, ...row }) => {
			const effective = effectiveProgrammeStatus({ status, closesAt: row.closesAt }, now)
			const window = submissionWindow(row, now)
			const phase: OrganizationCohort['phase'] = effective === 'OPEN' ? (window === 'notYetOpen' ? 'upcoming' : 'open') : 'past'
			return { ...row, phase, resultsPublished: status === 'RESULTS_PUBLISHED' }
		})
		.sort((a, b) => phaseOrder[a.phase] - phaseOrder[b.phase])
}
