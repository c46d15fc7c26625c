// A member's own account: profile, sessions, consents, data export and deletion
// (Personal Data Protection Law: access, withdrawal of consent, erasure).
import type { AppLoadContext } from '@remix-run/node'
import { audit } from '~/modules/audit/audit.server'
import { PRIVACY_NOTICE_VERSION } from '~/modules/auth/auth.server'
import { flagOrganizationsWithoutMembers } from '~/modules/orgs/admin.server'
import type { Prisma } from '~/generated/prisma/client'
import type { ConsentPurpose } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
import { clientIp } from '~/utils/request.server'
import { accountRateLimitKey } from '~/modules/security/account-key.server'
import { loginThrottleKeys } from '~/modules/auth/login-throttle.server'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

export const optionalConsentPurposes = ['EMAIL_ALERTS', 'PUBLIC_PROFILE', 'NEWSLETTER'] as const satisfies readonly ConsentPurpose[]

export async function getAccount(userId: string) {
	return prisma.user.findUniqueOrThrow({
		where: { id: userId },
		select: { id: true, email: true, name: true, phone: true, locale: true, emailVerifiedAt: true, createdAt: true },
	})
}

export async function updateProfile(userId: string, input: { name: string; phone?: string; locale: string }) {
	await prisma.user.update({ where: { id: userId }, data: { name: input.name, phone: input.phone ?? null, locale: input.locale } })
}

export async function listSessions(userId: string) {
	return prisma.session.findMany({
		where: { userId, expiresAt: { gt: new Date() } },
		orderBy: { lastSeenAt: 'desc' },
		select: { id: true, createdAt: true, lastSeenAt: true, ipAddress: true, userAgent: true },
	})
}

// Only the owner's own sessions can be revoked; another id simply matches nothing.
export async function revokeSession(userId: string, sessionId: string, ctx: Ctx) {
	const { count } = await prisma.session.deleteMany({ where: { id: sessionId, userId } })
	if (count) await audit({ action: 'auth.session.revoked', actorId: userId, entityType: 'user', entityId: userId, ...ctx })
	return count > 0
}

export async function revokeOtherSessions(userId: string, currentSessionId: string, ctx: Ctx) {
	const { count } = await prisma.session.deleteMany({ where: { userId, id: { not: currentSessionId } } })
	if (count) await audit({ action: 'auth.session.revoked', actorId: userId, entityType: 'user', entityId: userId, metadata: { count }, ...ctx })
	return count
}

export async function listConsents(userId: string) {
	const rows = await prisma.consent.findMany({
		where: { userId },
		orderBy: { grantedAt: 'desc' },
		select: { id: true, purpose: true, noticeVersion: true, grantedAt: true, withdrawnAt: true },
	})
	return rows
}

export async function setConsent(userId: string, purpose: (typeof optionalConsentPurposes)[number], granted: boolean, ctx: Ctx) {
	const active = await prisma.consent.findFirst({ where: { userId, purpose, withdrawnAt: null }, select: { id: true } })
	if (granted && !active) {
		await prisma.consent.create({ data: { userId, purpose, noticeVersion: PRIVACY_NOTICE_VERSION, ipAddress: clientIp(ctx.context) } })
		await audit({ action: 'user.consent.granted', actorId: userId, entityType: 'user', entityId: userId, metadata: { purpose }, ...ctx })
	}
	if (!granted && active) {
		await prisma.consent.update({ where: { id: active.id }, data: { withdrawnAt: new Date() } })
		await audit({ action: 'user.consent.withdrawn', actorId: userId, entityType: 'user', entityId: userId, metadata: { purpose }, ...ctx })
	}
}

// What deleting the account will keep, shown before the member confirms.
export async function deletionImpact(userId: string) {
	const memberships = await prisma.membership.findMany({
		where: { userId },
		select: {
			role: true,
			organization: {
				select: {
					id: true,
					name: true,
					slug: true,
					memberships: { select: { role: true, userId: true } },
					_count: { select: { listings: { where: { status: 'PUBLISHED' } } } },
				},
			},
		},
	})
	const blockingOrganizations = memberships
		.filter(
			(m) =>
				m.role === 'OWNER' &&
				m.organization.memberships.length > 1 &&
				!m.organization.memberships.some((other) => other.userId !== userId && other.role === 'OWNER'),
		)
		.map((m) => ({ name: m.organization.name, slug: m.organization.slug }))
	const organizations = memberships.map((m) => ({
		name: m.organization.name,
		slug: m.organization.slug,
		publishedListings: m.organization._count.listings,
	}))
	const authoredListings = await prisma.listing.count({ where: { authorId: userId } })
	return { organizations, blockingOrganizations, authoredListings }
}

// The address the account is left with: no one's, and unique per account.
export function deletedEmailAddress(userId: string) {
	return `deleted-${userId}@deleted.invalid`
}

// Every copy of the person's e-mail address outside their user row (ADR 0016): codes sent
// to it, e-mails to it (and the text of others' e-mails that quote it), and invitations to
// it. An accepted invitation stays as the organisation's record of who joined, without the
// address; the others go. Audit entries never hold an address (audit.server.ts).
async function eraseEmailAddress(tx: Prisma.TransactionClient, userId: string, email: string) {
	await tx.verification.deleteMany({ where: { OR: [{ userId }, { target: email }] } })
	await tx.emailOutbox.deleteMany({ where: { to: email } })
	await tx.emailOutbox.updateMany({
		where: { OR: [{ text: { contains: email, mode: 'insensitive' } }, { subject: { contains: email, mode: 'insensitive' } }] },
		data: { subject: '', text: '', html: null },
	})
	await tx.invitation.deleteMany({ where: { email, acceptedAt: null } })
	await tx.invitation.updateMany({ where: { email }, data: { email: deletedEmailAddress(userId) } })
	// Rate-limit counters name the address only by a keyed hash; they go too (and any row
	// from before the hashing that still holds the address itself).
	const hashed = accountRateLimitKey(email)
	await tx.rateLimit.deleteMany({
		where: {
			OR: [
				{ key: { in: ['signup', 'reset', 'verify'].map((flow) => `${flow}:account:${hashed}`).concat(loginThrottleKeys.account(hashed)) } },
				{ key: { startsWith: loginThrottleKeys.pair(hashed, '') } },
				{ key: { contains: email, mode: 'insensitive' } },
			],
		},
	})
}

export async function deleteAccount(userId: string, ctx: Ctx) {
	const impact = await deletionImpact(userId)
	if (impact.blockingOrganizations.length > 0) return { ok: false as const, blockingOrganizations: impact.blockingOrganizations }
	await prisma.$transaction(async (tx) => {
		await tx.session.deleteMany({ where: { userId } })
		await tx.password.deleteMany({ where: { userId } })
		await tx.consent.deleteMany({ where: { userId } })
		const left = await tx.membership.findMany({ where: { userId }, select: { organizationId: true } })
		await tx.membership.deleteMany({ where: { userId } })
		// An organisation left without any member is flagged for the administrators.
		await flagOrganizationsWithoutMembers(tx, left.map((m) => m.organizationId), { actorId: userId, ...ctx })
		await tx.userRole.deleteMany({ where: { userId } })
		await tx.notification.deleteMany({ where: { userId } })
		await tx.notificationPreference.deleteMany({ where: { userId } })
		const { email } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })
		await eraseEmailAddress(tx, userId, email)
		await tx.savedSearch.deleteMany({ where: { userId } })
		// An expert profile is about the person: it leaves the public site.
		const expert = await tx.expertProfile.findUnique({ where: { userId }, select: { listingId: true } })
		if (expert) {
			await tx.expertProfile.update({ where: { listingId: expert.listingId }, data: { userId: null, contactEmail: null, contactPhone: null } })
			await tx.listing.update({ where: { id: expert.listingId }, data: { status: 'ARCHIVED', archivedAt: new Date() } })
			await tx.searchOutbox.create({ data: { entityType: 'listing', entityId: expert.listingId } })
		}
		await tx.user.update({
			where: { id: userId },
			data: {
				email: deletedEmailAddress(userId),
				name: 'Deleted user',
				phone: null,
				status: 'DELETED',
				deletedAt: new Date(),
				emailVerifiedAt: null,
			},
		})
		await audit({ action: 'user.deleted', actorId: userId, entityType: 'user', entityId: userId, ...ctx }, tx)
	})
	return { ok: true as const }
}
