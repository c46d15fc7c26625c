// The first administrator of a production site (no demo data): `npm run admin:create`.
// A new account gets a random one-time password to change at the first sign-in. An
// existing account with a verified address is given the admin role and keeps its
// password; one whose address was never verified may have been registered by someone
// else, who chose (and knows) its password: it gets a new one-time password, and its
// sessions and outstanding codes end.
import { randomBytes } from 'node:crypto'
import { audit } from '~/modules/audit/audit.server'
import { EmailSchema } from '~/modules/auth/schemas'
import { hashPassword } from '~/modules/auth/password.server'
import { invalidateUserSessions } from '~/modules/auth/session.server'
import { prisma } from '~/utils/db.server'

export class CreateAdminError extends Error {}

export async function createAdministrator(input: { email: string; name?: string }) {
	const parsed = EmailSchema.safeParse(input.email)
	if (!parsed.success) throw new CreateAdminError(`not an e-mail address: ${input.email}`)
	const email = parsed.data
	const roles = await prisma.role.findMany({ where: { name: { in: ['member', 'admin'] } }, select: { id: true, name: true } })
	if (roles.length !== 2) throw new CreateAdminError('the roles are missing: are the migrations applied?')
	const existing = await prisma.user.findUnique({
		where: { email },
		select: { id: true, emailVerifiedAt: true, roles: { select: { role: { select: { name: true } } } } },
	})
	if (existing) {
		const admin = roles.find((r) => r.name === 'admin')!
		const isAdmin = existing.roles.some((r) => r.role.name === 'admin')
		if (isAdmin && existing.emailVerifiedAt) return { created: false as const, granted: false, passwordReset: false, email }
		if (existing.emailVerifiedAt) {
			await prisma.$transaction(async (tx) => {
				await tx.userRole.create({ data: { userId: existing.id, roleId: admin.id } })
				await audit({ action: 'user.role.granted', actorId: null, entityType: 'user', entityId: existing.id, metadata: { role: 'admin', by: 'admin:create' } }, tx)
			})
			return { created: false as const, granted: true, passwordReset: false, email }
		}
		const password = oneTimePassword()
		const hash = await hashPassword(password)
		await prisma.$transaction(async (tx) => {
			await tx.password.upsert({ where: { userId: existing.id }, create: { userId: existing.id, hash }, update: { hash } })
			// The operator vouches for the address, as for a new account.
			await tx.user.update({ where: { id: existing.id }, data: { emailVerifiedAt: new Date() } })
			await tx.verification.deleteMany({ where: { userId: existing.id, usedAt: null } })
			if (!isAdmin) await tx.userRole.create({ data: { userId: existing.id, roleId: admin.id } })
			await audit({ action: 'auth.password.reset', actorId: null, entityType: 'user', entityId: existing.id, metadata: { by: 'admin:create', reason: 'unverified_account' } }, tx)
			if (!isAdmin) await audit({ action: 'user.role.granted', actorId: null, entityType: 'user', entityId: existing.id, metadata: { role: 'admin', by: 'admin:create' } }, tx)
		})
		await invalidateUserSessions(existing.id)
		return { created: false as const, granted: !isAdmin, passwordReset: true as const, email, password, userId: existing.id }
	}
	const password = oneTimePassword()
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
	return { created: true as const, granted: true, passwordReset: false, email, password, userId: user.id }
}

// 20 characters from an alphabet without look-alikes (about 100 bits).
function oneTimePassword() {
	const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789'
	return [...randomBytes(20)].map((byte) => alphabet[byte % alphabet.length]).join('')
}
