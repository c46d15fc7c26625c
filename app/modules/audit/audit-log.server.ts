// The administrators' view of the audit log: filtered, newest first, paged, and the
// same set as CSV. Read-only (the table itself refuses UPDATE and DELETE).
import { stringify } from 'csv-stringify/sync'
import type { TFunction } from 'i18next'
import type { Prisma } from '~/generated/prisma/client'
import { listingUrl } from '~/modules/listings/listing-paths'
import { prisma } from '~/utils/db.server'
import { formatDateTime } from '~/utils/format'
import { actionLabelKey, type AuditFilters } from './audit-filters'

export const auditPageSize = 50
// A CSV holds at most this many rows (newest first); narrow the filters for more.
export const auditCsvMaxRows = 50_000

async function whereOf(filters: AuditFilters): Promise<Prisma.AuditLogWhereInput> {
	const where: Prisma.AuditLogWhereInput = {}
	if (filters.actor) {
		const actors = await prisma.user.findMany({
			where: { OR: [{ email: { contains: filters.actor, mode: 'insensitive' } }, { name: { contains: filters.actor, mode: 'insensitive' } }] },
			select: { id: true },
			take: 500,
		})
		// The id of a deleted account still matches when typed whole.
		where.actorId = { in: [...actors.map((a) => a.id), filters.actor] }
	}
	if (filters.action) where.action = filters.action.endsWith('.') ? { startsWith: filters.action } : filters.action
	if (filters.entityType) where.entityType = filters.entityType
	if (filters.entityId) where.entityId = filters.entityId
	if (filters.from || filters.before) where.createdAt = { ...(filters.from ? { gte: filters.from } : {}), ...(filters.before ? { lt: filters.before } : {}) }
	return where
}

const rowSelect = { id: true, createdAt: true, action: true, actorId: true, entityType: true, entityId: true, ipAddress: true, metadata: true } as const

type Row = Prisma.AuditLogGetPayload<{ select: typeof rowSelect }>

async function actorsOf(rows: Row[]) {
	const ids = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))]
	const users = ids.length ? await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }) : []
	return new Map(users.map((u) => [u.id, { name: u.name, email: u.email }]))
}

// A link to the object's page, where it has one an administrator can open.
async function linksOf(rows: Row[]) {
	const idsOf = (type: string) => [...new Set(rows.filter((r) => r.entityType === type && r.entityId).map((r) => r.entityId!))]
	const [organizations, listings, programmes, applications] = await Promise.all([
		prisma.organization.findMany({ where: { id: { in: idsOf('organization') }, deletedAt: null }, select: { id: true, slug: true } }),
		prisma.listing.findMany({ where: { id: { in: idsOf('listing') } }, select: { id: true, type: true, slug: true, status: true } }),
		prisma.programme.findMany({ where: { id: { in: idsOf('programme') } }, select: { id: true } }),
		prisma.application.findMany({ where: { id: { in: idsOf('application') } }, select: { id: true, programmeId: true } }),
	])
	const links = new Map<string, string>()
	for (const o of organizations) links.set(`organization:${o.id}`, `/organizations/${o.slug}`)
	for (const l of listings) links.set(`listing:${l.id}`, l.status === 'PUBLISHED' ? listingUrl(l.type, l.slug) : `/listings/${l.id}/edit`)
	for (const p of programmes) links.set(`programme:${p.id}`, `/programmes/${p.id}/edit`)
	for (const a of applications) links.set(`application:${a.id}`, `/programmes/${a.programmeId}/applications/${a.id}`)
	for (const r of rows) if (r.entityType === 'user' && r.entityId) links.set(`user:${r.entityId}`, `/admin/users/${r.entityId}`)
	return links
}

export async function listAuditLog(filters: AuditFilters, page: number) {
	const where = await whereOf(filters)
	const [total, rows] = await Promise.all([
		prisma.auditLog.count({ where }),
		prisma.auditLog.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (page - 1) * auditPageSize, take: auditPageSize, select: rowSelect }),
	])
	const [actors, links] = await Promise.all([actorsOf(rows), linksOf(rows)])
	return {
		total,
		pages: Math.max(1, Math.ceil(total / auditPageSize)),
		rows: rows.map((row) => ({
			...row,
			createdAt: row.createdAt.toISOString(),
			actor: row.actorId ? (actors.get(row.actorId) ?? null) : null,
			link: row.entityType && row.entityId ? (links.get(`${row.entityType}:${row.entityId}`) ?? null) : null,
			metadata: JSON.stringify(row.metadata),
		})),
	}
}

// The choices of the action and object-type selects: what the log holds.
export async function auditChoices() {
	const [actions, types] = await Promise.all([
		prisma.auditLog.groupBy({ by: ['action'], orderBy: { action: 'asc' } }),
		prisma.auditLog.groupBy({ by: ['entityType'], where: { entityType: { not: null } }, orderBy: { entityType: 'asc' } }),
	])
	return { actions: actions.map((a) => a.action), entityTypes: types.map((t) => t.entityType!).filter(Boolean) }
}

// Cells a spreadsheet would run as a formula are prefixed (CSV injection).
function safe(value: string) {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

export async function auditCsv(filters: AuditFilters, t: TFunction, locale: 'vi' | 'en') {
	const where = await whereOf(filters)
	const rows = await prisma.auditLog.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: auditCsvMaxRows, select: { ...rowSelect, userAgent: true } })
	const actors = await actorsOf(rows)
	const columns = ['time', 'action', 'actionCode', 'actorName', 'actorEmail', 'actorId', 'entityType', 'entityId', 'ipAddress', 'userAgent', 'details'] as const
	const body = rows.map((row) => {
		const actor = row.actorId ? actors.get(row.actorId) : undefined
		return [
			formatDateTime(row.createdAt, locale),
			t(actionLabelKey(row.action), { defaultValue: row.action }),
			row.action,
			safe(actor?.name ?? ''),
			safe(actor?.email ?? ''),
			row.actorId ?? '',
			row.entityType ?? '',
			safe(row.entityId ?? ''),
			row.ipAddress ?? '',
			safe(row.userAgent ?? ''),
			safe(JSON.stringify(row.metadata)),
		]
	})
	return { count: rows.length, csv: `\uFEFF${stringify([columns.map((c) => t(`auditLog.columns.${c}`)), ...body], { record_delimiter: '\r\n' })}` }
}
