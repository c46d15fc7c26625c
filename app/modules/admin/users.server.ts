// Administration of accounts: roles and suspension. Every look at a person's
// record and every change is written to the audit log.
import type { AppLoadContext } from '@remix-run/node'
import { audit } from '~/modules/audit/audit.server'
import { invalidateUserSessions } from '~/modules/auth/session.server'
import { sendTemplate } from '~/modules/email/email.server'
import { prisma } from '~/utils/db.server'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

export const assignableRoles = ['moderator', 'programme_officer', 'reviewer', 'admin'] as const
export type AssignableRole = (typeof assignableRoles)[number]

export async function listUsers(query: string, page = 1, pageSize = 25) {
	const q = query.trim()
	const where = {
		status: { not: 'DELETED' as const },
		...(q ? { OR: [{ email: { contains: q, mode: 'insensitive' as const } }, { name: { contains: q, mode: 'insensitive' as const } }] } : {}),
	}
	const [users, total] = await Promise.all([
		prisma.user.findMany({
			where,
			orderBy: { createdAt: 'desc' },
			skip: (page - 1) * pageSize,
			take: pageSize,
			select: { id: true, name: true, email: true, status: true, createdAt: true, roles: { select: { role: { select: { name: true } } } } },
		}),
		prisma.user.count({ where }),
	])
	return { users: users.map((u) => ({ ...u, roles: u.roles.map((r) => r.role.name) })), total, page, pageSize }
}

export async function getUserForAdmin(userId: string, actorId: string, ctx: Ctx) {
	const user = await prisma.user.findFirst({
		where: { id: userId, status: { not: 'DELETED' } },
		select: {
			id: true, name: true, email: true, phone: true, status: true, suspendedAt: true, suspendedReason: true,
			emailVerifiedAt: true, lastLoginAt: true, createdAt: true,
			roles: { select: { role: { select: { name: true } }, grantedAt: true } },
			memberships: { select: { role: true, organization: { select: { name: true, slug: true } } } },
			_count: { select: { sessions: true } },
		},
	})
	if (user) await audit({ action: 'admin.user.viewed', actorId, entityType: 'user', entityId: userId, ...ctx })
	return user
}

async function existingUser(userId: string) {
	return prisma.user.findFirst({ where: { id: userId, status: { not: 'DELETED' } }, select: { id: true, status: true } })
}

export async function setRole(input: { actorId: string; userId: string; role: AssignableRole; granted: boolean }, ctx: Ctx) {
	if (!(await existingUser(input.userId))) return { ok: false as const, status: 404, error: 'errors.notFound' }
	const role = await prisma.role.findUniqueOrThrow({ where: { name: input.role }, select: { id: true } })
	if (input.granted) {
		await prisma.userRole.upsert({
			where: { userId_roleId: { userId: input.userId, roleId: role.id } },
			create: { userId: input.userId, roleId: role.id, grantedById: input.actorId },
			update: {},
		})
	} else {
		if (input.role === 'admin' && input.userId === input.actorId) return { ok: false as const, status: 409, error: 'admin.users.cannotRemoveOwnAdmin' }
		await prisma.userRole.deleteMany({ where: { userId: input.userId, roleId: role.id } })
	}
	// A session's lifetime depends on the roles it was created with: start afresh.
	await invalidateUserSessions(input.userId)
	await audit({
		action: input.granted ? 'user.role.granted' : 'user.role.revoked',
		actorId: input.actorId,
		entityType: 'user',
		entityId: input.userId,
		metadata: { role: input.role },
		...ctx,
	})
	return { ok: true as const }
}

export async function suspendUser(input: { actorId: string; userId: string; reason: string }, ctx: Ctx) {
	if (input.userId === input.actorId) return { ok: false as const, status: 409, error: 'admin.users.cannotSuspendSelf' }
	const target = await existingUser(input.userId)
	if (!target) return { ok: false as const, status: 404, error: 'errors.notFound' }
	const user = await prisma.user.update({
		where: { id: input.userId },
		data: { status: 'SUSPENDED', suspendedAt: new Date(), suspendedReason: input.reason },
		select: { email: true, locale: true },
	})
	const ended = await invalidateUserSessions(input.userId)
	await audit({ action: 'user.suspended', actorId: input.actorId, entityType: 'user', entityId: input.userId, metadata: { sessionsEnded: ended }, ...ctx })
	await sendTemplate(user.email, 'accountSuspended', user.locale, { reason: input.reason })
	return { ok: true as const }
}

export async function unsuspendUser(input: { actorId: string; userId: string }, ctx: Ctx) {
	const { count } = await prisma.user.updateMany({
		where: { id: input.userId, status: 'SUSPENDED' },
		data: { status: 'ACTIVE', suspendedAt: null, suspendedReason: null },
	})
	if (!count) return { ok: false as const, status: 404, error: 'errors.notFound' }
	await audit({ action: 'user.unsuspended', actorId: input.actorId, entityType: 'user', entityId: input.userId, ...ctx })
	return { ok: true as const }
}
