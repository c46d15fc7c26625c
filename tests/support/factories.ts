// Real rows through the real modules: users, sessions, organisations.
import { randomUUID } from 'node:crypto'
import { hashPassword } from '~/modules/auth/password.server'
import { createSession } from '~/modules/auth/session.server'
import type { OrganizationRole } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'

export const testPassword = 'a long test passphrase'
let cachedHash: Promise<string> | undefined

export async function createUser(options: { roles?: string[]; verified?: boolean; email?: string; name?: string } = {}) {
	cachedHash ??= hashPassword(testPassword)
	const roles = await prisma.role.findMany({ where: { name: { in: ['member', ...(options.roles ?? [])] } }, select: { id: true } })
	return prisma.user.create({
		data: {
			email: options.email ?? `user-${randomUUID()}@example.vn`,
			name: options.name ?? 'Người Thử Nghiệm',
			emailVerifiedAt: options.verified === false ? null : new Date(),
			password: { create: { hash: await cachedHash } },
			roles: { create: roles.map((r) => ({ roleId: r.id })) },
		},
		select: { id: true, email: true, name: true },
	})
}

export async function sessionCookieFor(userId: string) {
	const session = await createSession(userId)
	// Tests run with NODE_ENV=test: the cookie has no __Host- prefix.
	return { cookie: `session=${session.token}`, token: session.token, sessionId: session.id }
}

export async function createOrganization(ownerId: string, options: { name?: string } = {}) {
	const id = randomUUID().slice(0, 8)
	return prisma.organization.create({
		data: {
			name: options.name ?? `Công ty Thử nghiệm ${id}`,
			slug: `to-chuc-${id}`,
			type: 'ENTERPRISE',
			size: 'SMALL',
			taxCode: String(Math.floor(Math.random() * 1e10)).padStart(10, '0'),
			memberships: { create: { userId: ownerId, role: 'OWNER' } },
		},
		select: { id: true, slug: true, name: true },
	})
}

export async function addMember(organizationId: string, userId: string, role: OrganizationRole) {
	return prisma.membership.create({ data: { organizationId, userId, role }, select: { id: true } })
}
