// Files of an application: one per required document (ApplicationDocument) and one
// per FILE question (ApplicationAnswer.attachmentId). They belong to the applicant
// organisation, change only while the applicant may edit, and are never public.
import type { AppLoadContext } from '@remix-run/node'
import { audit } from '~/modules/audit/audit.server'
import type { SessionUser } from '~/modules/auth/guards.server'
import { deleteAttachment, storeUpload } from '~/modules/files/files.server'
import { prisma } from '~/utils/db.server'
import { applicantCanEdit } from './application-lifecycle'
import { isOfficerOf } from './officers.server'
import { reviewerMayRead } from './reviews.server'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

// A required document of the programme, or one of its FILE questions.
export type FileSlot = { requirementId: string } | { questionId: string }

type Refusal = { ok: false; status: 400 | 404 | 409; error: string }

async function memberApplication(user: SessionUser, applicationId: string) {
	const application = await prisma.application.findUnique({
		where: { id: applicationId },
		select: { id: true, organizationId: true, programmeId: true, organization: { select: { memberships: { where: { userId: user.id }, select: { id: true } } } } },
	})
	if (!application || application.organization.memberships.length === 0) return null
	return application
}

async function slotExists(programmeId: string, slot: FileSlot) {
	if ('requirementId' in slot) return (await prisma.requiredDocument.count({ where: { id: slot.requirementId, programmeId } })) > 0
	return (await prisma.programmeQuestion.count({ where: { id: slot.questionId, programmeId, type: 'FILE' } })) > 0
}

function slotMetadata(slot: FileSlot) {
	return 'requirementId' in slot ? { requirementId: slot.requirementId } : { questionId: slot.questionId }
}

class NotEditable extends Error {}

// Locks the application row, so a file never lands on an application that was just submitted.
async function lockEditable(tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0], applicationId: string) {
	await tx.$queryRaw`SELECT "id" FROM "Application" WHERE "id" = ${applicationId} FOR UPDATE`
	const { status } = await tx.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } })
	if (!applicantCanEdit(status)) throw new NotEditable()
}

// Stores the file (size and type checked by its bytes; UploadError otherwise) and puts it
// in the slot; a file already there is replaced and deleted.
export async function addApplicationFile(user: SessionUser, applicationId: string, input: { slot: FileSlot; file: File }, ctx: Ctx): Promise<{ ok: true; attachmentId: string } | Refusal> {
	const application = await memberApplication(user, applicationId)
	if (!application) return { ok: false, status: 404, error: 'errors.notFound' }
	if (!(await slotExists(application.programmeId, input.slot))) return { ok: false, status: 404, error: 'errors.notFound' }
	const current = await prisma.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } })
	if (!applicantCanEdit(current.status)) return { ok: false, status: 409, error: 'programmes.errors.notAllowedNow' }
	const stored = await storeUpload({ file: input.file, kind: 'DOCUMENT', uploadedById: user.id, organizationId: application.organizationId })
	let replaced: string | null = null
	try {
		await prisma.$transaction(async (tx) => {
			await lockEditable(tx, applicationId)
			if ('requirementId' in input.slot) {
				const key = { applicationId_requirementId: { applicationId, requirementId: input.slot.requirementId } }
				replaced = (await tx.applicationDocument.findUnique({ where: key, select: { attachmentId: true } }))?.attachmentId ?? null
				await tx.applicationDocument.upsert({ where: key, create: { applicationId, requirementId: input.slot.requirementId, attachmentId: stored.id }, update: { attachmentId: stored.id, createdAt: new Date() } })
			} else {
				const key = { applicationId_questionId: { applicationId, questionId: input.slot.questionId } }
				replaced = (await tx.applicationAnswer.findUnique({ where: key, select: { attachmentId: true } }))?.attachmentId ?? null
				await tx.applicationAnswer.upsert({ where: key, create: { applicationId, questionId: input.slot.questionId, attachmentId: stored.id }, update: { attachmentId: stored.id } })
			}
			await tx.application.update({ where: { id: applicationId }, data: { lastSavedAt: new Date() } })
			await audit({ action: 'application.document.added', actorId: user.id, entityType: 'application', entityId: applicationId, metadata: { attachmentId: stored.id, ...slotMetadata(input.slot), ...(replaced ? { replaced } : {}) }, ...ctx }, tx)
		})
	} catch (error) {
		await deleteAttachment(stored.id)
		if (error instanceof NotEditable) return { ok: false, status: 409, error: 'programmes.errors.notAllowedNow' }
		throw error
	}
	if (replaced) await deleteAttachment(replaced)
	return { ok: true, attachmentId: stored.id }
}

export async function removeApplicationFile(user: SessionUser, applicationId: string, slot: FileSlot, ctx: Ctx): Promise<{ ok: true } | Refusal> {
	const application = await memberApplication(user, applicationId)
	if (!application) return { ok: false, status: 404, error: 'errors.notFound' }
	let removed: string | null = null
	try {
		await prisma.$transaction(async (tx) => {
			await lockEditable(tx, applicationId)
			if ('requirementId' in slot) {
				const key = { applicationId_requirementId: { applicationId, requirementId: slot.requirementId } }
				removed = (await tx.applicationDocument.findUnique({ where: key, select: { attachmentId: true } }))?.attachmentId ?? null
				if (removed) await tx.applicationDocument.delete({ where: key })
			} else {
				const key = { applicationId_questionId: { applicationId, questionId: slot.questionId } }
				removed = (await tx.applicationAnswer.findUnique({ where: key, select: { attachmentId: true } }))?.attachmentId ?? null
				if (removed) await tx.applicationAnswer.update({ where: key, data: { attachmentId: null } })
			}
			if (!removed) return
			await tx.application.update({ where: { id: applicationId }, data: { lastSavedAt: new Date() } })
			await audit({ action: 'application.document.removed', actorId: user.id, entityType: 'application', entityId: applicationId, metadata: { attachmentId: removed, ...slotMetadata(slot) }, ...ctx }, tx)
		})
	} catch (error) {
		if (error instanceof NotEditable) return { ok: false, status: 409, error: 'programmes.errors.notAllowedNow' }
		throw error
	}
	// Removing what is already gone (a second click) changes nothing, and is no error.
	if (removed) await deleteAttachment(removed)
	return { ok: true }
}

// The files of an application are seen by the applicant organisation's members, the
// officers running the programme once it was submitted (a draft is the applicant's own
// work), and the reviewers assigned to it who declared no conflict of interest, while they
// hold the reviewer role and the application is before them (in review, or decided).
// Nobody else, and never through a shared cache.
export async function mayViewApplicationFile(user: SessionUser | null, applicationId: string) {
	if (!user) return false
	const application = await prisma.application.findUnique({
		where: { id: applicationId },
		select: {
			organizationId: true,
			status: true,
			submittedAt: true,
			programme: { select: { organizationId: true } },
			assignments: { where: { reviewerId: user.id, conflictCheckedAt: { not: null }, status: { not: 'CONFLICT_DECLARED' } }, select: { id: true } },
		},
	})
	if (!application) return false
	if (application.assignments.length > 0 && reviewerMayRead(user, application.status)) return true
	if ((await prisma.membership.count({ where: { userId: user.id, organizationId: application.organizationId } })) > 0) return true
	return application.submittedAt !== null && isOfficerOf(user, application.programme.organizationId)
}
