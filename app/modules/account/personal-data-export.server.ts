// The member's copy of everything this site holds about them (Personal Data Protection
// Law: the right of access). Secrets are never part of it: no password hash, no session
// or verification token (nor the session id, half of the cookie), no invitation token,
// no e-mail text (it may hold one-time codes).
import type { AppLoadContext } from '@remix-run/node'
import { audit } from '~/modules/audit/audit.server'
import { getOptionalUser, type SessionUser } from '~/modules/auth/guards.server'
import { findViewableAttachment } from '~/modules/listings/attachments.server'
import { siteOrigin } from '~/utils/locale.server'
import { prisma } from '~/utils/db.server'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

const organizationRef = { select: { name: true, slug: true } } as const
const listingRef = { select: { id: true, type: true, title: true, slug: true } } as const
const applicationRef = { select: { referenceNumber: true, programme: { select: { title: true } } } } as const

// Each file the person uploaded: name, size, type and date, and a link to download it
// when the person may still download it (a removed file, or one of an organisation
// they left, has none).
async function filesWithLinks(files: Awaited<ReturnType<typeof uploadedFiles>>, viewer: SessionUser | null, origin: string) {
	return Promise.all(
		files.map(async ({ id, deletedAt, ...file }) => {
			const downloadable = !deletedAt && viewer !== null && (await findViewableAttachment(id, viewer)) !== null
			return { ...file, deletedAt, downloadUrl: downloadable ? `${origin}/files/${id}` : null }
		}),
	)
}

function uploadedFiles(userId: string) {
	return prisma.attachment.findMany({
		where: { uploadedById: userId },
		orderBy: { createdAt: 'desc' },
		select: { id: true, kind: true, fileName: true, contentType: true, sizeBytes: true, caption: true, createdAt: true, deletedAt: true, listing: listingRef },
	})
}

async function collect(userId: string, viewer: SessionUser | null, origin: string) {
	const user = await prisma.user.findUniqueOrThrow({
		where: { id: userId },
		select: {
			id: true,
			email: true,
			name: true,
			phone: true,
			locale: true,
			status: true,
			suspendedAt: true,
			suspendedReason: true,
			emailVerifiedAt: true,
			lastLoginAt: true,
			createdAt: true,
			updatedAt: true,
			roles: { select: { role: { select: { name: true } }, grantedAt: true } },
			password: { select: { updatedAt: true } },
		},
	})
	const [
		sessions,
		verifications,
		consents,
		memberships,
		invitations,
		rolesGranted,
		listings,
		expertProfile,
		revisionsAuthored,
		revisionsReviewed,
		files,
		inquiries,
		messages,
		savedSearches,
	] = await Promise.all([
		prisma.session.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, select: { createdAt: true, lastSeenAt: true, expiresAt: true, ipAddress: true, userAgent: true } }),
		prisma.verification.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, select: { type: true, target: true, createdAt: true, expiresAt: true, usedAt: true } }),
		prisma.consent.findMany({ where: { userId }, orderBy: { grantedAt: 'desc' }, select: { purpose: true, noticeVersion: true, grantedAt: true, withdrawnAt: true, ipAddress: true } }),
		prisma.membership.findMany({ where: { userId }, select: { role: true, createdAt: true, organization: organizationRef } }),
		prisma.invitation.findMany({
			where: { OR: [{ email: user.email }, { invitedById: userId }] },
			select: { email: true, role: true, createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true, invitedById: true, organization: organizationRef },
		}),
		prisma.userRole.findMany({ where: { grantedById: userId }, select: { role: { select: { name: true } }, grantedAt: true } }),
		prisma.listing.findMany({
			where: { authorId: userId },
			orderBy: { createdAt: 'desc' },
			select: {
				id: true,
				slug: true,
				type: true,
				status: true,
				title: true,
				summary: true,
				description: true,
				keywords: true,
				language: true,
				rejectionReason: true,
				externalId: true,
				submittedAt: true,
				publishedAt: true,
				archivedAt: true,
				createdAt: true,
				updatedAt: true,
				organization: organizationRef,
			},
		}),
		prisma.expertProfile.findUnique({
			where: { userId },
			select: {
				academicTitle: true,
				degree: true,
				position: true,
				affiliation: true,
				specialities: true,
				projects: true,
				publications: true,
				languages: true,
				availableForConsulting: true,
				contactEmail: true,
				contactPhone: true,
				verifiedAt: true,
				listing: listingRef,
			},
		}),
		prisma.listingRevision.findMany({
			where: { authorId: userId },
			orderBy: { createdAt: 'desc' },
			select: { number: true, status: true, content: true, rejectionReason: true, submittedAt: true, reviewedAt: true, createdAt: true, listing: listingRef },
		}),
		prisma.listingRevision.findMany({
			where: { reviewerId: userId },
			orderBy: { reviewedAt: 'desc' },
			select: { number: true, status: true, rejectionReason: true, reviewedAt: true, listing: listingRef },
		}),
		uploadedFiles(userId),
		prisma.inquiry.findMany({
			where: { inquirerId: userId },
			select: { id: true, subject: true, status: true, confidentialityAcceptedAt: true, createdAt: true, updatedAt: true, listing: listingRef },
		}),
		prisma.message.findMany({ where: { senderId: userId }, orderBy: { createdAt: 'desc' }, select: { inquiryId: true, body: true, createdAt: true } }),
		prisma.savedSearch.findMany({ where: { userId }, select: { name: true, query: true, filters: true, frequency: true, emailAlerts: true, lastRunAt: true, createdAt: true } }),
	])
	const [
		applications,
		applicationEvents,
		reviewAssignments,
		decisions,
		programmesCreated,
		services,
		orders,
		orderEvents,
		payoutAccounts,
		dealConfirmations,
		reportsFiled,
		organizationsVerified,
		listingImports,
	] = await Promise.all([
		prisma.application.findMany({
			where: { applicantId: userId },
			orderBy: { createdAt: 'desc' },
			select: {
				organizationId: true,
				referenceNumber: true,
				status: true,
				projectTitle: true,
				requestedAmountVnd: true,
				declaredTrl: true,
				lastSavedAt: true,
				submittedAt: true,
				decidedAt: true,
				withdrawnAt: true,
				createdAt: true,
				updatedAt: true,
				programme: { select: { title: true, slug: true } },
				organization: organizationRef,
				answers: { select: { value: true, updatedAt: true, question: { select: { label: true } }, attachment: { select: { fileName: true } } } },
				documents: { select: { createdAt: true, requirement: { select: { title: true } }, attachment: { select: { fileName: true } } } },
				decision: { select: { outcome: true, reasons: true, awardedAmountVnd: true, createdAt: true } },
			},
		}),
		prisma.applicationEvent.findMany({
			where: { actorId: userId },
			orderBy: { createdAt: 'desc' },
			select: { fromStatus: true, toStatus: true, reason: true, createdAt: true, application: applicationRef },
		}),
		prisma.reviewAssignment.findMany({
			where: { reviewerId: userId },
			select: {
				status: true,
				conflictCheckedAt: true,
				conflictNote: true,
				overallComment: true,
				submittedAt: true,
				createdAt: true,
				application: applicationRef,
				scores: { select: { score: true, comment: true, criterion: { select: { title: true } } } },
			},
		}),
		prisma.applicationDecision.findMany({
			where: { decidedById: userId },
			select: { outcome: true, reasons: true, awardedAmountVnd: true, createdAt: true, application: applicationRef },
		}),
		prisma.programme.findMany({ where: { createdById: userId }, select: { title: true, slug: true, status: true, createdAt: true } }),
		prisma.service.findMany({ where: { providerId: userId }, select: { slug: true, title: true, category: true, status: true, priceVnd: true, createdAt: true } }),
		prisma.order.findMany({
			where: { OR: [{ buyerId: userId }, { providerId: userId }] },
			orderBy: { createdAt: 'desc' },
			select: {
				id: true,
				buyerId: true,
				status: true,
				amountVnd: true,
				buyerNote: true,
				deliveryNote: true,
				paidAt: true,
				completedAt: true,
				cancelledAt: true,
				refundedAt: true,
				createdAt: true,
				service: { select: { title: true } },
			},
		}),
		prisma.orderEvent.findMany({ where: { actorId: userId }, select: { orderId: true, fromStatus: true, toStatus: true, note: true, createdAt: true } }),
		prisma.payoutAccount.findMany({
			where: { userId },
			select: { provider: true, externalAccountId: true, chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true, createdAt: true },
		}),
		prisma.deal.findMany({
			where: { OR: [{ buyerConfirmedById: userId }, { sellerConfirmedById: userId }] },
			select: { id: true, buyerConfirmedById: true, buyerConfirmedAt: true, sellerConfirmedAt: true, status: true },
		}),
		prisma.abuseReport.findMany({
			where: { reporterId: userId },
			select: { targetType: true, targetId: true, reason: true, details: true, status: true, resolution: true, resolvedAt: true, createdAt: true },
		}),
		prisma.organization.findMany({ where: { verifiedById: userId }, select: { name: true, slug: true, verificationStatus: true, verifiedAt: true } }),
		prisma.listingImport.findMany({
			where: { actorId: userId },
			select: { fileName: true, format: true, publish: true, status: true, totalRows: true, createdCount: true, updatedCount: true, failedCount: true, createdAt: true, finishedAt: true },
		}),
	])
	const [notifications, notificationPreferences, emails, activity] = await Promise.all([
		prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, select: { type: true, data: true, link: true, readAt: true, emailedAt: true, createdAt: true } }),
		prisma.notificationPreference.findMany({ where: { userId }, select: { type: true, inApp: true, email: true } }),
		prisma.emailOutbox.findMany({ where: { to: user.email }, orderBy: { createdAt: 'desc' }, select: { subject: true, status: true, createdAt: true, sentAt: true } }),
		prisma.auditLog.findMany({
			where: { OR: [{ actorId: userId }, { entityType: 'user', entityId: userId }] },
			orderBy: { createdAt: 'desc' },
			take: 1000,
			select: { action: true, actorId: true, entityType: true, createdAt: true, ipAddress: true, userAgent: true },
		}),
	])
	const { roles, password, ...profile } = user
	return {
		exportedAt: new Date().toISOString(),
		user: { ...profile, passwordChangedAt: password?.updatedAt ?? null, roles: roles.map((r) => ({ role: r.role.name, grantedAt: r.grantedAt })) },
		sessions,
		verifications,
		consents,
		memberships,
		invitations: invitations.map(({ invitedById, ...invitation }) => ({ ...invitation, sentByYou: invitedById === userId })),
		rolesGranted: rolesGranted.map((r) => ({ role: r.role.name, grantedAt: r.grantedAt })),
		listings,
		expertProfile,
		listingRevisions: revisionsAuthored,
		listingReviews: revisionsReviewed,
		files: await filesWithLinks(files, viewer, origin),
		inquiries,
		messages,
		savedSearches,
		applications: await ownPartOfApplications(userId, applications),
		applicationEvents,
		reviewAssignments,
		decisions,
		programmesCreated,
		services,
		orders: orders.map(({ buyerId, ...order }) => ({ ...order, yourRole: buyerId === userId ? 'buyer' : 'provider' })),
		orderEvents,
		payoutAccounts,
		dealConfirmations: dealConfirmations.map(({ buyerConfirmedById, ...deal }) => ({ ...deal, side: buyerConfirmedById === userId ? 'buyer' : 'seller' })),
		reportsFiled,
		organizationsVerified,
		listingImports,
		notifications,
		notificationPreferences,
		// One-time codes travel in some subjects: never in the file (a code may still be live).
		emails: emails.map((email) => ({ ...email, subject: email.subject.replace(oneTimeCode, '••••••••••') })),
		// Where and from which browser: only for what the person did. Entries by staff about the
		// person (an administrator opening their account) keep who-did-it private.
		activity: activity.map(({ actorId, ipAddress, userAgent, ...entry }) =>
			actorId === userId ? { ...entry, byYou: true, ipAddress, userAgent } : { ...entry, byYou: false },
		),
	}
}

// An application belongs to its organisation. While the person is a member they get all of
// it, as on its page; once they have left (its page answers them 404), only what is theirs:
// that they applied, for which organisation and programme, and when. The answers,
// documents, amounts, status and decision (which colleagues may have written since) are
// not; the person's own actions on it are under applicationEvents.
async function ownPartOfApplications<A extends { organizationId: string; referenceNumber: string; createdAt: Date; submittedAt: Date | null; programme: unknown; organization: unknown }>(
	userId: string,
	applications: A[],
) {
	const memberOf = new Set((await prisma.membership.findMany({ where: { userId }, select: { organizationId: true } })).map((m) => m.organizationId))
	return applications.map(({ organizationId, ...application }) =>
		memberOf.has(organizationId)
			? { ...application, stillMember: true as const }
			: {
					stillMember: false as const,
					referenceNumber: application.referenceNumber,
					programme: application.programme,
					organization: application.organization,
					createdAt: application.createdAt,
					submittedAt: application.submittedAt,
				},
	)
}

// The shape of the codes e-mailed for verification and password reset (auth/verification.server.ts).
const oneTimeCode = /\b[A-Z2-7]{10}\b/g

export type PersonalDataExport = Awaited<ReturnType<typeof collect>>

// Amounts are BigInt (and scores Decimal) in the database: written as strings.
function jsonReplacer(_key: string, value: unknown) {
	return typeof value === 'bigint' ? value.toString() : value
}

// The export as the file the member downloads, audited as every export is.
export async function exportPersonalData(userId: string, ctx: Ctx) {
	const viewer = await getOptionalUser(ctx.request)
	const exported = await collect(userId, viewer?.id === userId ? viewer : null, siteOrigin(ctx.request))
	await audit({ action: 'user.data.exported', actorId: userId, entityType: 'user', entityId: userId, ...ctx })
	const day = exported.exportedAt.slice(0, 10)
	return {
		fileName: `du-lieu-ca-nhan-${day}.json`,
		body: JSON.stringify(exported, jsonReplacer, 2),
	}
}
