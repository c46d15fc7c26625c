// Organisations, their members and invitations, and moderator verification.
import type { AppLoadContext } from '@remix-run/node'
import { sha256 } from '@oslojs/crypto/sha2'
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding'
import type { z } from 'zod'
import { audit } from '~/modules/audit/audit.server'
import { enqueueListingsOfOrganization } from '~/modules/search/outbox.server'
import { quoteUserText, sendTemplate } from '~/modules/email/email.server'
import { hitRateLimit, rateLimits } from '~/modules/security/rate-limit.server'
import { notify } from '~/modules/notifications/notifications.server'
import { deleteAttachment, storeUpload } from '~/modules/files/files.server'
import { Prisma } from '~/generated/prisma/client'
import type { OrganizationRole } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
import { getI18n, isLocale } from '~/utils/i18n'
import { slugify } from '~/utils/slug'
import type { OrganizationSchema } from './schemas'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }
export type OrganizationInput = z.infer<typeof OrganizationSchema>

const INVITATION_TTL = 7 * 24 * 60 * 60_000

function hashToken(token: string) {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)))
}

// Words that are pages under /organizations/.
const reservedSlugs = new Set(['new', 'edit', 'settings', 'members'])

async function uniqueSlug(base: string) {
	const slugged = slugify(base, 60)
	const root = reservedSlugs.has(slugged) ? `${slugged}-org` : slugged
	for (let attempt = 0; attempt < 20; attempt++) {
		const slug = attempt === 0 ? root : `${root}-${attempt + 1}`
		if (!(await prisma.organization.findUnique({ where: { slug }, select: { id: true } }))) return slug
	}
	return `${root}-${encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(4)))}`
}

// What the form offers: active fields of the taxonomy and the province's active communes.
export async function organizationFormOptions() {
	const [fields, communes] = await Promise.all([
		prisma.field.findMany({ where: { active: true }, orderBy: [{ sortOrder: 'asc' }, { nameVi: 'asc' }], select: { slug: true, nameVi: true, nameEn: true } }),
		prisma.commune.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { code: true, name: true } }),
	])
	return { fields, communes }
}

type References = { ok: true; fieldIds: string[]; communeId: string | null } | { ok: false; field: 'fields' | 'communeCode'; error: string }

// The chosen fields and commune must exist and be active (the form offers only those).
async function resolveReferences(input: OrganizationInput, db: Pick<typeof prisma, 'field' | 'commune'> = prisma): Promise<References> {
	const slugs = [...new Set(input.fields)]
	const fields = slugs.length ? await db.field.findMany({ where: { slug: { in: slugs }, active: true }, select: { id: true } }) : []
	if (fields.length !== slugs.length) return { ok: false, field: 'fields', error: 'orgs.validation.choiceInvalid' }
	let communeId: string | null = null
	if (input.communeCode) {
		const commune = await db.commune.findFirst({ where: { code: input.communeCode, active: true }, select: { id: true } })
		if (!commune) return { ok: false, field: 'communeCode', error: 'orgs.validation.choiceInvalid' }
		communeId = commune.id
	}
	return { ok: true, fieldIds: fields.map((f) => f.id), communeId }
}

function organizationData(input: OrganizationInput) {
	return {
		name: input.name,
		shortName: input.shortName ?? null,
		type: input.type,
		size: input.type === 'ENTERPRISE' ? (input.size ?? null) : null,
		taxCode: input.type === 'ENTERPRISE' ? (input.taxCode ?? null) : (input.taxCode ?? null),
		address: input.address ?? null,
		website: input.website ?? null,
		email: input.email ?? null,
		phone: input.phone ?? null,
		description: input.description ?? '',
	}
}

function isTaxCodeTaken(error: unknown) {
	return (
		error instanceof Prisma.PrismaClientKnownRequestError &&
		error.code === 'P2002' &&
		JSON.stringify(error.meta ?? {}).includes('taxCode')
	)
}

export async function createOrganization(userId: string, input: OrganizationInput, ctx: Ctx) {
	const references = await resolveReferences(input)
	if (!references.ok) return references
	const slug = await uniqueSlug(input.shortName || input.name)
	try {
		const organization = await prisma.organization.create({
			data: {
				...organizationData(input),
				communeId: references.communeId,
				fields: { create: references.fieldIds.map((fieldId) => ({ fieldId })) },
				slug,
				verificationStatus: 'PENDING',
				memberships: { create: { userId, role: 'OWNER' } },
			},
			select: { id: true, slug: true },
		})
		await audit({ action: 'organization.created', actorId: userId, entityType: 'organization', entityId: organization.id, ...ctx })
		return { ok: true as const, organization }
	} catch (error) {
		if (isTaxCodeTaken(error)) return { ok: false as const, field: 'taxCode', error: 'validation.org.taxCodeTaken' }
		throw error
	}
}

// `byAdministrator`: an administrator's correction does not send the organisation back to verification.
export async function updateOrganization(organizationId: string, actorId: string, input: OrganizationInput, ctx: Ctx, options: { byAdministrator?: boolean } = {}) {
	const before = await prisma.organization.findUniqueOrThrow({
		where: { id: organizationId },
		select: { name: true, taxCode: true, type: true, verificationStatus: true },
	})
	// Changing what was verified (name, type, tax code) sends the organisation back to verification.
	const identityChanged = before.name !== input.name || before.type !== input.type || before.taxCode !== (input.taxCode ?? null)
	const references = await resolveReferences(input)
	if (!references.ok) return references
	try {
		await prisma.$transaction(async (tx) => {
			await tx.organizationField.deleteMany({ where: { organizationId } })
			await tx.organization.update({
				where: { id: organizationId },
				data: {
					...organizationData(input),
					communeId: references.communeId,
					fields: { create: references.fieldIds.map((fieldId) => ({ fieldId })) },
					// A verified or rejected organisation whose identity changed goes back to the queue.
					...(identityChanged && !options.byAdministrator && (before.verificationStatus === 'VERIFIED' || before.verificationStatus === 'REJECTED')
						? { verificationStatus: 'PENDING', verifiedAt: null, verifiedById: null, verificationReason: null }
						: {}),
				},
			})
			await enqueueListingsOfOrganization(tx, organizationId)
		})
	} catch (error) {
		if (isTaxCodeTaken(error)) return { ok: false as const, field: 'taxCode', error: 'validation.org.taxCodeTaken' }
		throw error
	}
	await audit({
		action: 'organization.updated',
		actorId,
		entityType: 'organization',
		entityId: organizationId,
		metadata: { identityChanged, ...(options.byAdministrator ? { byAdministrator: true } : {}) },
		...ctx,
	})
	return { ok: true as const }
}

export async function getOrganizationForEdit(organizationId: string) {
	const { fields, commune, ...organization } = await prisma.organization.findUniqueOrThrow({
		where: { id: organizationId },
		select: {
			id: true, slug: true, name: true, shortName: true, type: true, size: true, taxCode: true, address: true,
			website: true, email: true, phone: true, description: true, verificationStatus: true, verificationReason: true, logoId: true,
			suspendedAt: true, suspendedReason: true,
			fields: { select: { field: { select: { slug: true } } } },
			commune: { select: { code: true } },
		},
	})
	return { ...organization, fields: fields.map((f) => f.field.slug), communeCode: commune?.code ?? null }
}

// The form's starting values: the saved organisation as strings (and the list of field slugs).
export function organizationFormDefaults(organization: Awaited<ReturnType<typeof getOrganizationForEdit>>) {
	const keys = ['name', 'shortName', 'type', 'size', 'taxCode', 'address', 'website', 'email', 'phone', 'description', 'communeCode'] as const
	return { ...Object.fromEntries(keys.map((key) => [key, organization[key] ?? ''])), fields: organization.fields } as Record<(typeof keys)[number], string> & { fields: string[] }
}

// Suspended and deleted organisations have no public page.
export async function getPublicOrganization(slug: string) {
	return prisma.organization.findFirst({
		where: { slug, deletedAt: null, suspendedAt: null },
		select: {
			id: true, slug: true, name: true, shortName: true, type: true, size: true, address: true, website: true,
			description: true, verificationStatus: true, verifiedAt: true, logoId: true,
			commune: { select: { name: true } },
			fields: { select: { field: { select: { slug: true, nameVi: true, nameEn: true } } } },
			listings: {
				where: { status: 'PUBLISHED' },
				orderBy: { publishedAt: 'desc' },
				take: 20,
				select: { id: true, slug: true, type: true, title: true, summary: true },
			},
		},
	})
}

export async function listMyOrganizations(userId: string) {
	return prisma.membership.findMany({
		where: { userId, organization: { deletedAt: null } },
		orderBy: { createdAt: 'asc' },
		select: {
			role: true,
			organization: {
				select: {
					id: true, slug: true, name: true, type: true, verificationStatus: true, verificationReason: true, suspendedAt: true, suspendedReason: true,
					_count: { select: { memberships: true } },
				},
			},
		},
	})
}

export async function listMembers(organizationId: string) {
	const [members, invitations] = await Promise.all([
		prisma.membership.findMany({
			where: { organizationId },
			orderBy: { createdAt: 'asc' },
			select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
		}),
		prisma.invitation.findMany({
			where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
			orderBy: { createdAt: 'desc' },
			select: { id: true, email: true, role: true, expiresAt: true },
		}),
	])
	return { members, invitations }
}

export async function inviteMember(
	input: { organizationId: string; inviterId: string; email: string; role: OrganizationRole; origin: string; locale: string },
	ctx: Ctx,
) {
	const already = await prisma.membership.findFirst({
		where: { organizationId: input.organizationId, user: { email: input.email } },
		select: { id: true },
	})
	if (already) return { ok: false as const, field: 'email', error: 'validation.org.alreadyMember' }
	const organization = await prisma.organization.findUniqueOrThrow({ where: { id: input.organizationId }, select: { name: true, verificationStatus: true } })
	const verified = organization.verificationStatus === 'VERIFIED'
	const organizationRule = verified ? rateLimits.invitationsPerVerifiedOrganization : rateLimits.invitationsPerUnverifiedOrganization
	const byOrganization = await hitRateLimit(`invite:org:${input.organizationId}`, organizationRule)
	const byInviter = byOrganization.allowed ? await hitRateLimit(`invite:user:${input.inviterId}`, rateLimits.invitationsPerInviter) : null
	if (!byOrganization.allowed || (byInviter && !byInviter.allowed)) {
		const error = !byOrganization.allowed
			? verified
				? 'privacyInvitations.invitationLimitVerified'
				: 'privacyInvitations.invitationLimitUnverified'
			: 'privacyInvitations.invitationLimitInviter'
		const retryAfterSeconds = (byOrganization.allowed ? byInviter! : byOrganization).retryAfterSeconds
		return { ok: false as const, field: 'email', error, status: 429 as const, retryAfterSeconds }
	}
	const token = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)))
	const inviter = await prisma.user.findUniqueOrThrow({ where: { id: input.inviterId }, select: { name: true } })
	const invitee = await prisma.user.findUnique({ where: { email: input.email }, select: { locale: true } })
	await prisma.$transaction([
		prisma.invitation.updateMany({
			where: { organizationId: input.organizationId, email: input.email, acceptedAt: null, revokedAt: null },
			data: { revokedAt: new Date() },
		}),
		prisma.invitation.create({
			data: {
				organizationId: input.organizationId,
				email: input.email,
				role: input.role,
				tokenHash: hashToken(token),
				invitedById: input.inviterId,
				expiresAt: new Date(Date.now() + INVITATION_TTL),
			},
		}),
	])
	// The subject is fixed; the names users chose are quoted in the body as theirs (see ADR 0016).
	const locale = invitee?.locale ?? input.locale
	await sendTemplate(input.email, 'privacyInvitations.email.invitation', locale, {
		organization: quoteUserText(organization.name),
		inviter: quoteUserText(inviter.name),
		role: getI18n(isLocale(locale) ? locale : 'vi').t(`organizationRole.${input.role}`),
		link: `${input.origin}/invitations/${token}`,
	})
	await audit({ action: 'organization.member.invited', actorId: input.inviterId, entityType: 'organization', entityId: input.organizationId, metadata: { role: input.role }, ...ctx })
	return { ok: true as const }
}

export async function findInvitation(token: string) {
	return prisma.invitation.findFirst({
		where: { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
		select: { id: true, email: true, role: true, organization: { select: { id: true, name: true, slug: true } }, invitedBy: { select: { name: true } } },
	})
}

export async function acceptInvitation(token: string, user: { id: string; email: string }, ctx: Ctx) {
	const invitation = await findInvitation(token)
	if (!invitation) return { ok: false as const, error: 'organizations.invitation.invalid' }
	if (invitation.email !== user.email) return { ok: false as const, error: 'organizations.invitation.otherEmail' }
	await prisma.$transaction(async (tx) => {
		const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: new Date() } })
		if (!count) return
		await tx.membership.upsert({
			where: { userId_organizationId: { userId: user.id, organizationId: invitation.organization.id } },
			create: { userId: user.id, organizationId: invitation.organization.id, role: invitation.role },
			update: {},
		})
		// An organisation flagged as without members has one again.
		await tx.organization.updateMany({ where: { id: invitation.organization.id, orphanedAt: { not: null } }, data: { orphanedAt: null } })
		await audit({ action: 'organization.member.joined', actorId: user.id, entityType: 'organization', entityId: invitation.organization.id, metadata: { role: invitation.role }, ...ctx }, tx)
	})
	return { ok: true as const, organization: invitation.organization }
}

async function ownerCount(organizationId: string, db: Pick<typeof prisma, 'membership'> = prisma) {
	return db.membership.count({ where: { organizationId, role: 'OWNER' } })
}

// Membership changes that could leave an organisation without an owner run one at a
// time per organisation: the organisation row is locked for the transaction.
async function withOrganizationLock<T>(organizationId: string, work: (tx: Prisma.TransactionClient) => Promise<T>) {
	return prisma.$transaction(async (tx) => {
		await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${organizationId} FOR UPDATE`
		return work(tx)
	})
}

export async function removeMember(organizationId: string, actorId: string, membershipId: string, ctx: Ctx) {
	const outcome = await withOrganizationLock(organizationId, async (tx) => {
		const membership = await tx.membership.findFirst({ where: { id: membershipId, organizationId }, select: { id: true, role: true, userId: true } })
		if (!membership) return { ok: false as const, status: 404, error: 'errors.notFound' }
		if (membership.role === 'OWNER' && (await ownerCount(organizationId, tx)) <= 1) {
			return { ok: false as const, status: 409, error: 'organizations.members.lastOwner' }
		}
		await tx.membership.delete({ where: { id: membership.id } })
		return { ok: true as const, membership }
	})
	if (!outcome.ok) return outcome
	const { membership } = outcome
	await audit({ action: 'organization.member.removed', actorId, entityType: 'organization', entityId: organizationId, metadata: { userId: membership.userId }, ...ctx })
	return { ok: true as const }
}

export async function changeMemberRole(organizationId: string, actorId: string, membershipId: string, role: OrganizationRole, ctx: Ctx) {
	const outcome = await withOrganizationLock(organizationId, async (tx) => {
		const membership = await tx.membership.findFirst({ where: { id: membershipId, organizationId }, select: { id: true, role: true, userId: true } })
		if (!membership) return { ok: false as const, status: 404, error: 'errors.notFound' }
		if (membership.role === 'OWNER' && role !== 'OWNER' && (await ownerCount(organizationId, tx)) <= 1) {
			return { ok: false as const, status: 409, error: 'organizations.members.lastOwner' }
		}
		await tx.membership.update({ where: { id: membership.id }, data: { role } })
		return { ok: true as const, membership }
	})
	if (!outcome.ok) return outcome
	const { membership } = outcome
	await audit({ action: 'organization.member.role', actorId, entityType: 'organization', entityId: organizationId, metadata: { userId: membership.userId, role }, ...ctx })
	return { ok: true as const }
}

export async function leaveOrganization(organizationId: string, userId: string, ctx: Ctx) {
	const outcome = await withOrganizationLock(organizationId, async (tx) => {
		const membership = await tx.membership.findUnique({
			where: { userId_organizationId: { userId, organizationId } },
			select: { id: true, role: true },
		})
		if (!membership) return { ok: false as const, status: 404, error: 'errors.notFound' }
		if (membership.role === 'OWNER' && (await ownerCount(organizationId, tx)) <= 1) {
			return { ok: false as const, status: 409, error: 'organizations.members.lastOwner' }
		}
		await tx.membership.delete({ where: { id: membership.id } })
		return { ok: true as const }
	})
	if (!outcome.ok) return outcome
	await audit({ action: 'organization.member.left', actorId: userId, entityType: 'organization', entityId: organizationId, ...ctx })
	return { ok: true as const }
}

export async function revokeInvitation(organizationId: string, actorId: string, invitationId: string, ctx: Ctx) {
	const { count } = await prisma.invitation.updateMany({
		where: { id: invitationId, organizationId, acceptedAt: null, revokedAt: null },
		data: { revokedAt: new Date() },
	})
	if (count) await audit({ action: 'organization.invitation.revoked', actorId, entityType: 'organization', entityId: organizationId, ...ctx })
	return count > 0
}

export async function listVerificationQueue() {
	return prisma.organization.findMany({
		where: { verificationStatus: 'PENDING', deletedAt: null },
		orderBy: { createdAt: 'asc' },
		select: {
			id: true, slug: true, name: true, type: true, size: true, taxCode: true, address: true, website: true, createdAt: true, suspendedAt: true,
			commune: { select: { name: true } },
			fields: { select: { field: { select: { slug: true, nameVi: true, nameEn: true } } } },
		},
	})
}

// A moderator approves or rejects (with a reason) a pending organisation; every owner
// is told in the app and by e-mail (notification type `organization.verification`).
export async function decideVerification(
	input: { organizationId: string; moderatorId: string; approve: boolean; reason?: string; origin: string },
	ctx: Ctx,
) {
	// Nobody verifies their own organisation.
	const ownMember = await prisma.membership.findUnique({
		where: { userId_organizationId: { userId: input.moderatorId, organizationId: input.organizationId } },
		select: { id: true },
	})
	if (ownMember) return 'own' as const
	const reason = input.approve ? null : (input.reason?.trim() || null)
	// A rejection without a reason is refused here too, whatever the route checked.
	if (!input.approve && !reason) return 'reasonRequired' as const
	const count = await prisma.$transaction(async (tx) => {
		const updated = await tx.organization.updateMany({
			where: { id: input.organizationId, verificationStatus: 'PENDING', deletedAt: null },
			data: input.approve
				? { verificationStatus: 'VERIFIED', verifiedAt: new Date(), verifiedById: input.moderatorId, verificationReason: null }
				: { verificationStatus: 'REJECTED', verifiedAt: null, verifiedById: input.moderatorId, verificationReason: reason },
		})
		// The verified badge is shown (and filterable) in search results.
		if (updated.count) await enqueueListingsOfOrganization(tx, input.organizationId)
		return updated.count
	})
	if (!count) return false
	await audit({
		action: input.approve ? 'organization.verified' : 'organization.verification.rejected',
		actorId: input.moderatorId,
		entityType: 'organization',
		entityId: input.organizationId,
		metadata: reason ? { reason } : {},
		...ctx,
	})
	const organization = await prisma.organization.findUniqueOrThrow({
		where: { id: input.organizationId },
		select: { name: true, slug: true, memberships: { where: { role: 'OWNER' }, select: { userId: true } } },
	})
	const outcome = input.approve ? 'VERIFIED' : 'REJECTED'
	for (const owner of organization.memberships) {
		await notify({
			userId: owner.userId,
			type: 'organization.verification',
			// `context` picks the approved or rejected wording of the notification.
			data: { organization: organization.name, context: outcome, ...(reason ? { reason } : {}) },
			link: input.approve ? `/organizations/${organization.slug}` : `/organizations/${organization.slug}/settings`,
			email: input.approve
				? { template: 'organizationVerified', params: { organization: organization.name, link: `${input.origin}/organizations/${organization.slug}` } }
				: {
						template: 'organizationRejected',
						params: { organization: organization.name, reason: reason!, link: `${input.origin}/organizations/${organization.slug}/settings` },
					},
		})
	}
	return true
}

// After a rejection (or before any request), the members ask for verification again.
export async function requestVerification(organizationId: string, actorId: string, ctx: Ctx) {
	const { count } = await prisma.organization.updateMany({
		where: { id: organizationId, deletedAt: null, verificationStatus: { in: ['REJECTED', 'UNVERIFIED'] } },
		data: { verificationStatus: 'PENDING', verifiedById: null },
	})
	if (!count) return false
	await audit({ action: 'organization.verification.requested', actorId, entityType: 'organization', entityId: organizationId, ...ctx })
	return true
}

export async function setOrganizationLogo(organizationId: string, actorId: string, file: File, ctx: Ctx) {
	const previous = await prisma.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { logoId: true } })
	const stored = await storeUpload({ file, kind: 'IMAGE', uploadedById: actorId, organizationId })
	await prisma.organization.update({ where: { id: organizationId }, data: { logoId: stored.id } })
	if (previous.logoId) await deleteAttachment(previous.logoId)
	await audit({ action: 'organization.updated', actorId, entityType: 'organization', entityId: organizationId, metadata: { logo: true }, ...ctx })
	return stored
}
