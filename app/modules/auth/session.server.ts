// Sessions as lucia-auth.com describes them: the token is "<id>.<secret>", both
// random; only SHA-256(secret) is stored and compared in constant time. A session
// ends after a period without activity (sliding) or at its absolute lifetime,
// whichever comes first; both are shorter for privileged roles.
import { sha256 } from '@oslojs/crypto/sha2'
import { constantTimeEqual } from '@oslojs/crypto/subtle'
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding'
import { prisma } from '~/utils/db.server'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export const sessionPolicy = {
	member: { inactivity: 7 * DAY, absolute: 30 * DAY },
	privileged: { inactivity: 1 * HOUR, absolute: 12 * HOUR },
	// lastSeenAt is written at most this often, so reads stay reads.
	activityWriteInterval: 5 * MINUTE,
} as const

export const privilegedRoles = ['admin', 'reviewer', 'moderator', 'programme_officer']

function randomString(bytes = 20) {
	// 20 random bytes = 160 bits, base32 without padding = 32 characters.
	return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(bytes)))
}

function hashSecret(secret: string) {
	return sha256(new TextEncoder().encode(secret))
}

export type SessionMeta = { ipAddress?: string | null; userAgent?: string | null }

export async function createSession(userId: string, meta: SessionMeta = {}, now = new Date()) {
	const roles = await prisma.userRole.findMany({ where: { userId }, select: { role: { select: { name: true } } } })
	const policy = roles.some((r) => privilegedRoles.includes(r.role.name)) ? sessionPolicy.privileged : sessionPolicy.member
	const id = randomString()
	const secret = randomString()
	const expiresAt = new Date(now.getTime() + policy.absolute)
	await prisma.session.create({
		data: {
			id,
			secretHash: Buffer.from(hashSecret(secret)),
			userId,
			createdAt: now,
			lastSeenAt: now,
			expiresAt,
			ipAddress: meta.ipAddress?.slice(0, 64) ?? null,
			userAgent: meta.userAgent?.slice(0, 300) ?? null,
		},
	})
	return { token: `${id}.${secret}`, id, expiresAt }
}

export type ValidSession = {
	id: string
	userId: string
	expiresAt: Date
	lastSeenAt: Date
}

export async function validateSessionToken(token: string, now = new Date()): Promise<ValidSession | null> {
	const [id, secret, extra] = token.split('.')
	if (!id || !secret || extra !== undefined || id.length > 64 || secret.length > 64) return null
	const session = await prisma.session.findUnique({
		where: { id },
		select: {
			id: true,
			userId: true,
			secretHash: true,
			expiresAt: true,
			lastSeenAt: true,
			user: { select: { status: true, roles: { select: { role: { select: { name: true } } } } } },
		},
	})
	if (!session) return null
	if (!constantTimeEqual(hashSecret(secret), new Uint8Array(session.secretHash))) return null
	const privileged = session.user.roles.some((r) => privilegedRoles.includes(r.role.name))
	const policy = privileged ? sessionPolicy.privileged : sessionPolicy.member
	const inactiveFor = now.getTime() - session.lastSeenAt.getTime()
	if (session.user.status !== 'ACTIVE' || now >= session.expiresAt || inactiveFor >= policy.inactivity) {
		await prisma.session.deleteMany({ where: { id } })
		return null
	}
	let lastSeenAt = session.lastSeenAt
	if (inactiveFor >= sessionPolicy.activityWriteInterval) {
		lastSeenAt = now
		await prisma.session.update({ where: { id }, data: { lastSeenAt: now } })
	}
	return { id: session.id, userId: session.userId, expiresAt: session.expiresAt, lastSeenAt }
}

export async function invalidateSession(id: string) {
	await prisma.session.deleteMany({ where: { id } })
}

export async function invalidateUserSessions(userId: string, options: { except?: string } = {}) {
	const { count } = await prisma.session.deleteMany({
		where: { userId, ...(options.except ? { id: { not: options.except } } : {}) },
	})
	return count
}

export async function deleteExpiredSessions(now = new Date()) {
	const { count } = await prisma.session.deleteMany({ where: { expiresAt: { lte: now } } })
	return count
}
