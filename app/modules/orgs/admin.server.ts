// Administration of organisations: every organisation listed and searched (not only
// the verification queue), opened, edited, suspended and lifted, and deleted (soft).
// Each change is audited; what changes the public site goes through the search outbox
// in the same transaction (ADR 0008), so a suspended or deleted organisation's
// listings leave the index.
import type { AppLoadContext } from '@remix-run/node'
import { audit } from '~/modules/audit/audit.server'
import { enqueueListingsOfOrganization } from '~/modules/search/outbox.server'
import type { Prisma } from '~/generated/prisma/client'
import type { OrganizationType, VerificationStatus } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
import type { PermissionString } from '~/modules/auth/permissions'
import { updateOrganization, type OrganizationInput } from './orgs.server'
import { adminStatusFilters, normaliseTaxCode, organizationTypes, type AdminStatusFilter } from './schemas'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

// What the administrator's organisation page can be asked to do, and the permission each needs.
const adminIntentPermissions = {
	update: 'update:organization:any',
	suspend: 'suspend:organization:any',
	unsuspend: 'suspend:organization:any',
	delete: 'delete:organization:any',
} as const satisfies Record<string, PermissionString>

export type AdminOrganizationIntent = keyof typeof adminIntentPermissions

export function adminOrganizationIntent(value: unknown): AdminOrganizationIntent | null {
	return typeof value === 'string' && Object.hasOwn(adminIntentPermissions, value) ? (value as AdminOrganizationIntent) : null
}

export function permissionForAdminIntent(intent: AdminOrganizationIntent): PermissionString {
	return adminIntentPermissions[intent]
}

// An administrator's correction keeps the organisation's verification, unless the
// administrator belongs to it: then it is a member's edit like any other, and a change
// of what was verified goes back to the verification queue.
export async function updateOrganizationAsAdministrator(input: { organizationId: string; actorId: string; values: OrganizationInput }, ctx: Ctx) {
	const exists = await prisma.organization.findFirst({ where: { id: input.organizationId, deletedAt: null }, select: { id: true } })
	if (!exists) return { ok: false as const, status: 404 as const }
	const member = await prisma.membership.count({ where: { organizationId: input.organizationId, userId: input.actorId } })
	return updateOrganization(input.organizationId, input.actorId, input.values, ctx, { byAdministrator: member === 0 })
}


export type AdminOrganizationQuery = { q: string; type: OrganizationType | null; status: AdminStatusFilter | null; page: number }

// The list's query from the URL; unknown values are ignored rather than refused.
export function parseAdminOrganizationQuery(url: URL): AdminOrganizationQuery {
	const type = url.searchParams.get('type') ?? ''
	const status = url.searchParams.get('status') ?? ''
	return {
		q: (url.searchParams.get('q') ?? '').trim().slice(0, 200),
		type: (organizationTypes as readonly string[]).includes(type) ? (type as OrganizationType) : null,
		status: (adminStatusFilters as readonly string[]).includes(status) ? (status as AdminStatusFilter) : null,
		page: Math.min(10_000, Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1)),
	}
}

function statusWhere(status: AdminStatusFilter | null): Prisma.OrganizationWhereInput {
	switch (status) {
		case null:
			return { deletedAt: null }
		case 'deleted':
			return { deletedAt: { not: null } }
		case 'suspended':
			return { deletedAt: null, suspendedAt: { not: null } }
		case 'withoutMembers':
			return { deletedAt: null, memberships: { none: {} } }
		default:
			return { deletedAt: null, verificationStatus: status satisfies VerificationStatus }
	}
}

export async function listOrganizationsForAdmin(query: AdminOrganizationQuery, pageSize = 25) {
	const q = query.q
	const taxCode = normaliseTaxCode(q)
	const where: Prisma.OrganizationWhereInput = {
		...statusWhere(query.status),
		...(query.type ? { type: query.type } : {}),
		...(q
			? {
					OR: [
						{ name: { contains: q, mode: 'insensitive' } },
						{ shortName: { contains: q, mode: 'insensitive' } },
						...(/^\d{3,13}$/.test(taxCode) ? [{ taxCode: { startsWith: taxCode } }] : []),
					],
				}
			: {}),
	}
	const [organizations, total] = await Promise.all([
		prisma.organization.findMany({
			where,
			// The verification queue reads oldest first; everything else newest first.
			orderBy: query.status === 'PENDING' ? [{ createdAt: 'asc' }, { id: 'asc' }] : [{ createdAt: 'desc' }, { id: 'asc' }],
			skip: (query.page - 1) * pageSize,
			take: pageSize,
			select: {
				id: true, slug: true, name: true, type: true, size: true, taxCode: true, address: true, createdAt: true,
				verificationStatus: true, suspendedAt: true, deletedAt: true, orphanedAt: true,
				commune: { select: { name: true } },
				_count: { select: { memberships: true, listings: true } },
			},
		}),
		prisma.organization.count({ where }),
	])
	return { organizations, total, page: query.page, pageSize }
}

// One organisation as administrators see it (deleted ones too, read-only).
export async function getOrganizationForAdmin(organizationId: string) {
	return prisma.organization.findUnique({
		where: { id: organizationId },
		select: {
			id: true, slug: true, name: true, type: true, taxCode: true, createdAt: true,
			verificationStatus: true, verificationReason: true, verifiedAt: true,
			suspendedAt: true, suspendedReason: true, deletedAt: true, orphanedAt: true,
			memberships: { orderBy: { createdAt: 'asc' }, select: { role: true, user: { select: { id: true, name: true, email: true } } } },
			_count: { select: { listings: true, programmes: true, applications: true } },
		},
	})
}

type Outcome = { ok: true } | { ok: false; status: 403 | 404 | 409; error: string }

// Nobody sanctions their own organisation (as nobody verifies it): an administrator
// who is a member may not suspend it, lift its suspension or delete it.
async function ownOrganization(organizationId: string, actorId: string): Promise<Outcome | null> {
	const member = await prisma.membership.count({ where: { organizationId, userId: actorId } })
	return member > 0 ? { ok: false, status: 403, error: 'moderationIntegrity.ownSanction' } : null
}

// Suspension hides the organisation's page and listings from the public and search,
// and stops its members publishing for it; nothing is removed.
export async function suspendOrganization(input: { organizationId: string; actorId: string; reason: string }, ctx: Ctx): Promise<Outcome> {
	const own = await ownOrganization(input.organizationId, input.actorId)
	if (own) return own
	const changed = await prisma.$transaction(async (tx) => {
		const { count } = await tx.organization.updateMany({
			where: { id: input.organizationId, deletedAt: null, suspendedAt: null },
			data: { suspendedAt: new Date(), suspendedReason: input.reason },
		})
		if (count) {
			await enqueueListingsOfOrganization(tx, input.organizationId)
			await audit({ action: 'organization.suspended', actorId: input.actorId, entityType: 'organization', entityId: input.organizationId, metadata: { reason: input.reason }, ...ctx }, tx)
		}
		return count > 0
	})
	return changed ? { ok: true } : missingOr409(input.organizationId, 'orgs.admin.alreadySuspended')
}

export async function unsuspendOrganization(input: { organizationId: string; actorId: string }, ctx: Ctx): Promise<Outcome> {
	const own = await ownOrganization(input.organizationId, input.actorId)
	if (own) return own
	const changed = await prisma.$transaction(async (tx) => {
		const { count } = await tx.organization.updateMany({
			where: { id: input.organizationId, deletedAt: null, suspendedAt: { not: null } },
			data: { suspendedAt: null, suspendedReason: null },
		})
		if (count) {
			await enqueueListingsOfOrganization(tx, input.organizationId)
			await audit({ action: 'organization.unsuspended', actorId: input.actorId, entityType: 'organization', entityId: input.organizationId, ...ctx }, tx)
		}
		return count > 0
	})
	return changed ? { ok: true } : missingOr409(input.organizationId, 'orgs.admin.notSuspended')
}

// Soft delete: the row stays (applications, deals and the audit log refer to it); the
// organisation disappears from every page, its listings from search. Pending
// invitations are revoked.
export async function deleteOrganization(input: { organizationId: string; actorId: string }, ctx: Ctx): Promise<Outcome> {
	const own = await ownOrganization(input.organizationId, input.actorId)
	if (own) return own
	const changed = await prisma.$transaction(async (tx) => {
		const { count } = await tx.organization.updateMany({ where: { id: input.organizationId, deletedAt: null }, data: { deletedAt: new Date() } })
		if (count) {
			await tx.invitation.updateMany({ where: { organizationId: input.organizationId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } })
			await enqueueListingsOfOrganization(tx, input.organizationId)
			await audit({ action: 'organization.deleted', actorId: input.actorId, entityType: 'organization', entityId: input.organizationId, ...ctx }, tx)
		}
		return count > 0
	})
	return changed ? { ok: true } : { ok: false, status: 404, error: 'errors.notFound' }
}

async function missingOr409(organizationId: string, error: string): Promise<Outcome> {
	const exists = await prisma.organization.findFirst({ where: { id: organizationId, deletedAt: null }, select: { id: true } })
	return exists ? { ok: false, status: 409, error } : { ok: false, status: 404, error: 'errors.notFound' }
}

// Called by account deletion (in its transaction): the organisations the person leaves
// without any member are flagged for administrators.
export async function flagOrganizationsWithoutMembers(tx: Prisma.TransactionClient, organizationIds: string[], ctx: Ctx & { actorId: string }) {
	if (organizationIds.length === 0) return
	const orphans = await tx.organization.findMany({
		where: { id: { in: organizationIds }, deletedAt: null, memberships: { none: {} } },
		select: { id: true },
	})
	if (orphans.length === 0) return
	await tx.organization.updateMany({ where: { id: { in: orphans.map((o) => o.id) } }, data: { orphanedAt: new Date() } })
	for (const orphan of orphans) {
		await audit({ action: 'organization.orphaned', actorId: ctx.actorId, entityType: 'organization', entityId: orphan.id, request: ctx.request, context: ctx.context }, tx)
	}
}
