// The first administrator of a production site (no demo data): `npm run admin:create`.
// A new account gets a random one-time password to change at the first sign-in; an
// existing account is given the admin role and keeps its password.
import { randomBytes } from 'node:crypto'
import { audit } from '~/modules/audit/audit.server'
import { EmailSchema } from '~/modules/auth/schemas'
import { hashPassword } from '~/modules/auth/password.server'
import { prisma } from '~/utils/db.server'

export class CreateAdminError extends Error {}

export async function createAdministrator(input: { email: string; name?: string }) {
	const parsed = EmailSchema.safeParse(input.email)
	if (!parsed.success) throw new CreateAdminError(`not an e-mail address: ${input.email}`)
	const email = parsed.data
	const roles = await prisma.role.findMany({ where: { name: { in: ['member', 'admin'] } }, select: { id: true, name: true } })
	if (roles.length !== 2) throw new CreateAdminError('the roles are missing: are the migrations applied?')
	const existing = await prisma.user.findUnique({ where: { email }, select: { id: true, roles: { select: { role: { select: { name: true } } } } } })
	if (existing) {
		const admin = roles.find((r) => r.name === 'admin')!
		if (existing.roles.some((r) => r.role.name === 'admin')) return { created: false as const, granted: false, email }
		await prisma.$transaction(async (tx) => {
			await tx.userRole.create({ data: { userId: existing.id, roleId: admin.id } })
			await audit({ action: 'user.role.granted', actorId: null, entityType: 'user', entityId: existing.id, metadata: { role: 'admin', by: 'admin:create' } }, tx)
		})
		return { created: false as const, granted: true, email }
	}
	// 20 characters from an alphabet without look-alikes (about 100 bits).
	const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789'
	const password = [...randomBytes(20)].map((byte) => alphabet[byte % alphabet.length]).join('')
	const hash = await hashPassword(password)
	const user = await prisma.$transaction(async (tx) => {
		const created = await tx.user.create({
			data: {
				email,
				name: input.name?.trim() || email.split('@')[0],
				emailVerifiedAt: new Date(),
				password: { create: { hash } },
				roles: { create: roles.map((role) => ({ roleId: role.id })) },
			},
			select: { id: true },
		})
		await audit({ action: 'user.role.granted', actorId: null, entityType: 'user', entityId: created.id, metadata: { role: 'admin', by: 'admin:create' } }, tx)
		return created
	})
	return { created: true as const, granted: true, email, password, userId: user.id }
}
