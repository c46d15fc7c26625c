// Moving a programme through draft → open → closed → results published, by its
// officers, under a row lock (two officers clicking at once: one wins, the other 409),
// with the rules each step needs and an audit entry per change.
import type { AppLoadContext } from '@remix-run/node'
import type { ProgrammeStatus } from '~/generated/prisma/enums'
import { audit } from '~/modules/audit/audit.server'
import type { SessionUser } from '~/modules/auth/guards.server'
import { prisma } from '~/utils/db.server'
import { undecidedStatuses } from './application-lifecycle'
import { programmeForOfficer } from './officers.server'
import { effectiveProgrammeStatus, programmeTransition, type ProgrammeAction } from './programme-lifecycle'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

type ProgrammeStatusResult =
	| { ok: true; status: ProgrammeStatus }
	| { ok: false; status: 404 }
	| { ok: false; status: 400 | 409; error: string; undecided?: number }

export async function changeProgrammeStatus(user: SessionUser, programmeId: string, action: ProgrammeAction, ctx: Ctx, now = new Date()): Promise<ProgrammeStatusResult> {
	if (!(await programmeForOfficer(user, programmeId))) return { ok: false, status: 404 }
	return prisma.$transaction(async (tx): Promise<ProgrammeStatusResult> => {
		await tx.$queryRaw`SELECT "id" FROM "Programme" WHERE "id" = ${programmeId} FOR UPDATE`
		const programme = await tx.programme.findUniqueOrThrow({
			where: { id: programmeId },
			select: { status: true, closesAt: true, _count: { select: { criteria: true } } },
		})
		const current = action === 'publishResults' ? effectiveProgrammeStatus(programme, now) : programme.status
		const to = programmeTransition(current, action)
		if (!to) return { ok: false, status: 409, error: 'evaluation.errors.programmeStatusChanged' }
		if (action === 'publish' || action === 'reopen') {
			if (programme.closesAt.getTime() <= now.getTime()) return { ok: false, status: 400, error: 'evaluation.errors.closesAtPassed' }
		}
		if (action === 'publish' && programme._count.criteria === 0) return { ok: false, status: 400, error: 'evaluation.errors.criteriaRequired' }
		if (action === 'publishResults') {
			const undecided = await tx.application.count({ where: { programmeId, status: { in: undecidedStatuses } } })
			if (undecided > 0) return { ok: false, status: 409, error: 'evaluation.errors.undecidedApplications', undecided }
		}
		await tx.programme.update({
			where: { id: programmeId },
			data: { status: to, ...(action === 'publishResults' ? { resultsPublishedAt: now } : {}) },
		})
		await audit({ action: `programme.${action}`, actorId: user.id, entityType: 'programme', entityId: programmeId, metadata: { from: programme.status, to }, ...ctx }, tx)
		return { ok: true, status: to }
	})
}
