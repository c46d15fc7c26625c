import type { AppLoadContext } from '@remix-run/node'
import type { Prisma } from '~/generated/prisma/client'
import { prisma } from '~/utils/db.server'
import { clientIp, userAgent } from '~/utils/request.server'

// Append-only (a trigger refuses UPDATE/DELETE). Never put secrets in `metadata`.
export type AuditAction =
	| 'auth.signup'
	| 'auth.login.success'
	| 'auth.login.failure'
	| 'auth.logout'
	| 'auth.email.verified'
	| 'auth.password.reset'
	| 'auth.password.changed'
	| 'auth.email.changed'
	| 'auth.session.revoked'
	| 'user.role.granted'
	| 'user.role.revoked'
	| 'user.suspended'
	| 'user.unsuspended'
	| 'user.data.exported'
	| 'user.deleted'
	| 'user.consent.granted'
	| 'user.consent.withdrawn'
	| 'admin.user.viewed'
	| 'organization.created'
	| 'organization.updated'
	| 'organization.verified'
	| 'organization.verification.rejected'
	| `organization.${'verification.requested' | 'suspended' | 'unsuspended' | 'deleted' | 'orphaned'}`
	| 'organization.member.invited'
	| 'organization.member.joined'
	| 'organization.member.removed'
	| 'organization.member.left'
	| 'organization.member.role'
	| 'organization.invitation.revoked'
	| 'admin.mailbox.viewed'
	| 'listing.import'
	| 'listing.import.finish'
	| 'listing.import.resume'
	| `application.${import('~/modules/programmes/application-lifecycle').ApplicationAction}`
	| `review.${'conflict.declared' | 'conflict.none' | 'submitted' | 'assigned' | 'unassigned'}`
	| `application.${'start' | 'document.added' | 'document.removed' | 'bulkDecision'}`
	| `programme.${'created' | 'updated' | import('~/modules/programmes/programme-lifecycle').ProgrammeAction}`
	| 'search.reindex'
	| 'search.retryDead'
	| `taxonomy.${'field.created' | 'field.updated' | 'synonym.saved' | 'synonym.deleted'}`
	| `settings.${'province.updated' | 'province.logo' | 'communes.imported'}`
	| `admin.audit.${'viewed' | 'exported'}`
	| `listing.${'create' | 'update' | 'revision' | 'revision.approve' | 'revision.reject' | 'submit' | 'withdraw' | 'approve' | 'reject' | 'archive' | 'restore' | 'file.add' | 'file.remove' | 'file.cover' | 'files.approve' | 'files.reject'}`
	| `listing.${'pitchDeck.add'}`
	| `expert.verification.${'requested' | 'approved' | 'rejected'}`

export async function audit(
	entry: {
		action: AuditAction
		actorId?: string | null
		entityType?: string
		entityId?: string
		metadata?: Prisma.InputJsonObject
		request?: Request
		context?: Partial<AppLoadContext>
	},
	db: Pick<Prisma.TransactionClient, 'auditLog'> = prisma,
) {
	await db.auditLog.create({
		data: {
			action: entry.action,
			actorId: entry.actorId ?? null,
			entityType: entry.entityType ?? null,
			entityId: entry.entityId ?? null,
			metadata: entry.metadata ?? {},
			ipAddress: entry.context ? clientIp(entry.context) : null,
			userAgent: entry.request ? userAgent(entry.request) : null,
		},
	})
}
