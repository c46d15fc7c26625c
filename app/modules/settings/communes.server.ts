// The province's communes: read by every commune select (active ones only), replaced
// by an administrator's import of the official list. A commune is never deleted
// (organisations, listings and programmes refer to it): one missing from a new list
// becomes inactive, and comes back if a later list has it again.
import type { AppLoadContext } from '@remix-run/node'
import { audit } from '~/modules/audit/audit.server'
import { prisma } from '~/utils/db.server'
import type { CommuneRow } from './communes-csv'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

// What a commune select offers.
export function listActiveCommunes() {
	return prisma.commune.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { code: true, name: true } })
}

export async function listCommunesForAdmin() {
	const communes = await prisma.commune.findMany({
		orderBy: [{ active: 'desc' }, { name: 'asc' }],
		select: { code: true, name: true, kind: true, active: true, _count: { select: { organizations: true, listings: true } } },
	})
	return communes.map(({ _count, ...commune }) => ({ ...commune, organizations: _count.organizations, listings: _count.listings }))
}

export type CommunePlan = {
	created: CommuneRow[]
	updated: (CommuneRow & { previousName: string; reactivated: boolean })[]
	unchanged: number
	deactivated: { code: string; name: string; organizations: number; listings: number }[]
}

// What an import of these rows would do, without doing it.
export async function planCommuneImport(rows: CommuneRow[], db: Pick<typeof prisma, 'commune'> = prisma): Promise<CommunePlan> {
	const existing = await db.commune.findMany({
		select: { code: true, name: true, kind: true, active: true, _count: { select: { organizations: true, listings: true } } },
	})
	const byCode = new Map(existing.map((commune) => [commune.code, commune]))
	const incoming = new Set(rows.map((row) => row.code))
	const plan: CommunePlan = { created: [], updated: [], unchanged: 0, deactivated: [] }
	for (const row of rows) {
		const current = byCode.get(row.code)
		if (!current) plan.created.push(row)
		else if (current.name !== row.name || current.kind !== row.kind || !current.active) plan.updated.push({ ...row, previousName: current.name, reactivated: !current.active })
		else plan.unchanged += 1
	}
	for (const commune of existing) {
		if (commune.active && !incoming.has(commune.code)) {
			plan.deactivated.push({ code: commune.code, name: commune.name, organizations: commune._count.organizations, listings: commune._count.listings })
		}
	}
	return plan
}

// Upsert by code; communes missing from the list become inactive. One transaction:
// the list is replaced whole or not at all.
export async function importCommunes(actorId: string, rows: CommuneRow[], ctx: Ctx) {
	return prisma.$transaction(
		async (tx) => {
			const plan = await planCommuneImport(rows, tx)
			if (plan.created.length) await tx.commune.createMany({ data: plan.created.map((row) => ({ ...row, active: true })) })
			for (const row of plan.updated) {
				await tx.commune.update({ where: { code: row.code }, data: { name: row.name, kind: row.kind, active: true } })
			}
			if (plan.deactivated.length) await tx.commune.updateMany({ where: { code: { in: plan.deactivated.map((c) => c.code) } }, data: { active: false } })
			// Listings show their commune's name: published ones of a renamed commune are indexed again.
			const renamed = plan.updated.filter((row) => row.name !== row.previousName).map((row) => row.code)
			if (renamed.length) {
				await tx.$executeRaw`
					INSERT INTO "SearchOutbox" ("entityType", "entityId")
					SELECT 'listing', l."id" FROM "Listing" l JOIN "Commune" c ON c."id" = l."communeId"
					WHERE c."code" = ANY(${renamed}) AND l."status" = 'PUBLISHED'`
			}
			const summary = { created: plan.created.length, updated: plan.updated.length, unchanged: plan.unchanged, deactivated: plan.deactivated.length }
			await audit({ action: 'settings.communes.imported', actorId, entityType: 'setting', entityId: 'communes', metadata: summary, ...ctx }, tx)
			return summary
		},
		{ timeout: 60_000 },
	)
}
