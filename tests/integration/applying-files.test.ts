// Files of an application: upload, replace, remove through the page's action; refused
// types and sizes with translated messages; only while editable; and who may download.
import { beforeAll, describe, expect, test } from 'vitest'
import { loader as fileLoader } from '~/routes/files'
import { action } from '~/routes/account/application'
import { prisma } from '~/utils/db.server'
import {
	createApplyingProgramme,
	createApplyingWorld,
	createDraft,
	pdf,
	questionIds,
	type ApplyingProgramme,
	type ApplyingWorld,
	type Person,
} from '../support/programmes-applying'
import { formRequest, getRequest, invoke, payloadOf, statusOf } from '../support/routes'

let world: ApplyingWorld
let programme: ApplyingProgramme

beforeAll(async () => {
	world = await createApplyingWorld()
	programme = await createApplyingProgramme(world)
})

const page = (id: string) => `/account/applications/${id}`
function upload(id: string, slot: Record<string, string>, file: File, who: Person | null) {
	return invoke(action, formRequest(page(id), { intent: 'upload', ...slot, file }, who?.cookie ?? null), { applicationId: id })
}
function remove(id: string, slot: Record<string, string>, who: Person) {
	return invoke(action, formRequest(page(id), { intent: 'removeFile', ...slot }, who.cookie), { applicationId: id })
}
const fetchFile = (attachmentId: string, who: Person | null) => invoke(fileLoader, getRequest(`/files/${attachmentId}`, who?.cookie ?? null), { id: attachmentId })

describe('documents of an application', () => {
	test('upload, replace (the old file is deleted) and remove a required document; audited', async () => {
		const { id } = await createDraft(world, programme)
		const { registration } = questionIds(programme)
		const first = await upload(id, { requirementId: registration }, pdf('dang-ky-kinh-doanh.pdf'), world.applicant)
		expect(statusOf(first)).toBe(302)
		expect((first as Response).headers.get('Location')).toBe(`${page(id)}?done=fileAdded#document-${registration}`)
		const linked = await prisma.applicationDocument.findUniqueOrThrow({ where: { applicationId_requirementId: { applicationId: id, requirementId: registration } }, select: { attachment: { select: { id: true, fileName: true, organizationId: true, kind: true, listingId: true } } } })
		expect(linked.attachment).toMatchObject({ fileName: 'dang-ky-kinh-doanh.pdf', organizationId: world.startup.id, kind: 'DOCUMENT', listingId: null })

		expect(statusOf(await upload(id, { requirementId: registration }, pdf('dang-ky-moi.pdf'), world.colleague))).toBe(302)
		const replaced = await prisma.applicationDocument.findUniqueOrThrow({ where: { applicationId_requirementId: { applicationId: id, requirementId: registration } }, select: { attachment: { select: { id: true, fileName: true } } } })
		expect(replaced.attachment.fileName).toBe('dang-ky-moi.pdf')
		expect(await prisma.attachment.findUnique({ where: { id: linked.attachment.id } })).toBeNull()

		const removed = await remove(id, { requirementId: registration }, world.applicant)
		expect((removed as Response).headers.get('Location')).toBe(`${page(id)}?done=fileRemoved`)
		expect(await prisma.applicationDocument.count({ where: { applicationId: id } })).toBe(0)
		expect(await prisma.attachment.findUnique({ where: { id: replaced.attachment.id } })).toBeNull()
		// Removing it again (a double click): nothing there, nothing changes, and no error page.
		expect(((await remove(id, { requirementId: registration }, world.applicant)) as Response).headers.get('Location')).toBe(`${page(id)}?done=fileRemoved`)

		const audits = await prisma.auditLog.findMany({ where: { entityId: id, action: { startsWith: 'application.document' } }, orderBy: { createdAt: 'asc' }, select: { action: true, metadata: true } })
		expect(audits.map((a) => a.action)).toEqual(['application.document.added', 'application.document.added', 'application.document.removed'])
		expect(audits[1]!.metadata).toMatchObject({ requirementId: registration, replaced: linked.attachment.id })
	})

	test('a FILE question is answered with a file; it counts for completeness', async () => {
		const { id } = await createDraft(world, programme)
		const { plan } = questionIds(programme)
		expect(statusOf(await upload(id, { questionId: plan }, pdf('thuyet-minh.pdf'), world.applicant))).toBe(302)
		const answer = await prisma.applicationAnswer.findUniqueOrThrow({ where: { applicationId_questionId: { applicationId: id, questionId: plan } }, select: { attachment: { select: { id: true, fileName: true } } } })
		expect(answer.attachment?.fileName).toBe('thuyet-minh.pdf')
		const { missingForSubmission } = await import('~/modules/programmes/applications.server')
		expect((await missingForSubmission(id)).questions).not.toContain(plan)
		expect(statusOf(await remove(id, { questionId: plan }, world.applicant))).toBe(302)
		expect((await prisma.applicationAnswer.findUniqueOrThrow({ where: { applicationId_questionId: { applicationId: id, questionId: plan } } })).attachmentId).toBeNull()
		expect(await prisma.attachment.findUnique({ where: { id: answer.attachment!.id } })).toBeNull()
	})

	test('refused files get a translated message on their row; a slot of another programme or a non-FILE question is 404', async () => {
		const { id } = await createDraft(world, programme)
		const { registration, name } = questionIds(programme)
		const html = await upload(id, { requirementId: registration }, new File(['<html><script>alert(1)</script></html>'], 'gia.pdf'), world.applicant)
		expect(statusOf(html)).toBe(415)
		expect(payloadOf(html)).toEqual({ intent: 'upload', slot: `requirement:${registration}`, error: 'upload.unsupportedType' })
		const empty = await upload(id, { requirementId: registration }, new File([], 'rong.pdf'), world.applicant)
		expect(statusOf(empty)).toBe(400)
		expect(payloadOf(empty)).toMatchObject({ error: 'upload.empty' })
		expect(await prisma.attachment.count({ where: { organizationId: world.startup.id, applicationDocuments: { none: {} }, applicationAnswers: { none: {} } } })).toBe(0)
		const other = await createApplyingProgramme(world)
		expect(statusOf(await upload(id, { requirementId: other.documents[0]!.id }, pdf('a.pdf'), world.applicant))).toBe(404)
		expect(statusOf(await upload(id, { questionId: name }, pdf('a.pdf'), world.applicant))).toBe(404)
		expect(statusOf(await upload(id, {}, pdf('a.pdf'), world.applicant))).toBe(400)
	})

	test('after submission files cannot change (409); strangers get 404', async () => {
		const { id } = await createDraft(world, programme)
		const { registration } = questionIds(programme)
		expect(statusOf(await upload(id, { requirementId: registration }, pdf('dkkd.pdf'), world.applicant))).toBe(302)
		await prisma.application.update({ where: { id }, data: { status: 'SUBMITTED' } })
		const late = await upload(id, { requirementId: registration }, pdf('dkkd-2.pdf'), world.applicant)
		expect(statusOf(late)).toBe(409)
		expect(payloadOf(late)).toMatchObject({ error: 'applying.form.notEditable' })
		expect(statusOf(await remove(id, { requirementId: registration }, world.applicant))).toBe(409)
		expect(await prisma.applicationDocument.count({ where: { applicationId: id } })).toBe(1)
		await prisma.application.update({ where: { id }, data: { status: 'DRAFT' } })
		expect(statusOf(await upload(id, { requirementId: registration }, pdf('la.pdf'), world.stranger))).toBe(404)
		expect(statusOf(await remove(id, { requirementId: registration }, world.officer))).toBe(404)
		const anonymous = await upload(id, { requirementId: registration }, pdf('la.pdf'), null)
		expect((anonymous as Response).headers.get('Location')).toMatch(/^\/login/)
	})
})

describe('who may download a file of an application', () => {
	// A draft with a required document and a FILE answer, both uploaded by the applicant.
	async function draftWithFiles() {
		const { id } = await createDraft(world, programme)
		const { registration, plan } = questionIds(programme)
		expect(statusOf(await upload(id, { requirementId: registration }, pdf('dkkd.pdf'), world.applicant))).toBe(302)
		expect(statusOf(await upload(id, { questionId: plan }, pdf('thuyet-minh.pdf'), world.applicant))).toBe(302)
		const { attachmentId } = await prisma.applicationDocument.findUniqueOrThrow({ where: { applicationId_requirementId: { applicationId: id, requirementId: registration } } })
		const answer = await prisma.applicationAnswer.findUniqueOrThrow({ where: { applicationId_questionId: { applicationId: id, questionId: plan } } })
		return { id, attachmentId, answerAttachmentId: answer.attachmentId! }
	}
	const submitted = (id: string, status: 'SUBMITTED' | 'IN_REVIEW' | 'APPROVED' | 'RETURNED' | 'WITHDRAWN' = 'SUBMITTED') =>
		prisma.application.update({ where: { id }, data: { status, submittedAt: new Date() } })

	test('a draft is the applicant organisation\'s own: its members only, never cached publicly; not even the programme\'s officers', async () => {
		const { attachmentId, answerAttachmentId } = await draftWithFiles()
		const served = await fetchFile(attachmentId, world.colleague)
		expect(statusOf(served)).toBe(200)
		expect((served as Response).headers.get('Cache-Control')).toBe('private, no-store')
		expect((served as Response).headers.get('Content-Disposition')).toBe("attachment; filename*=UTF-8''dkkd.pdf")
		expect(statusOf(await fetchFile(answerAttachmentId, world.applicant))).toBe(200)
		for (const who of [null, world.stranger, world.outsiderOfficer, world.reviewer, world.officer, world.admin]) {
			expect(statusOf(await fetchFile(attachmentId, who))).toBe(404)
			expect(statusOf(await fetchFile(answerAttachmentId, who))).toBe(404)
		}
	})

	test('once submitted, the officers of the programme too (also after it was returned for changes); other officers never', async () => {
		const { id, attachmentId, answerAttachmentId } = await draftWithFiles()
		await submitted(id)
		for (const who of [world.officer, world.admin, world.applicant]) {
			expect(statusOf(await fetchFile(attachmentId, who))).toBe(200)
			expect(statusOf(await fetchFile(answerAttachmentId, who))).toBe(200)
		}
		for (const who of [null, world.stranger, world.outsiderOfficer, world.reviewer]) expect(statusOf(await fetchFile(attachmentId, who))).toBe(404)
		await submitted(id, 'RETURNED')
		expect(statusOf(await fetchFile(attachmentId, world.officer))).toBe(200)
	})

	test('assigned reviewers: after declaring no conflict, while the application is before them (in review or decided)', async () => {
		const { id, attachmentId, answerAttachmentId } = await draftWithFiles()
		// Assigned, declared, but the application is still a draft: closed.
		const assignment = await prisma.reviewAssignment.create({ data: { applicationId: id, reviewerId: world.reviewer.id, conflictCheckedAt: new Date() } })
		expect(statusOf(await fetchFile(attachmentId, world.reviewer))).toBe(404)
		// Submitted, not yet in review: still not theirs to read.
		await submitted(id)
		expect(statusOf(await fetchFile(attachmentId, world.reviewer))).toBe(404)

		await submitted(id, 'IN_REVIEW')
		await prisma.reviewAssignment.update({ where: { id: assignment.id }, data: { conflictCheckedAt: null } })
		// In review, but not yet declared free of conflict: closed.
		expect(statusOf(await fetchFile(attachmentId, world.reviewer))).toBe(404)
		await prisma.reviewAssignment.update({ where: { id: assignment.id }, data: { conflictCheckedAt: new Date() } })
		expect(statusOf(await fetchFile(attachmentId, world.reviewer))).toBe(200)
		expect(statusOf(await fetchFile(answerAttachmentId, world.reviewer))).toBe(200)
		// After the decision the review stays readable, files included.
		await submitted(id, 'APPROVED')
		expect(statusOf(await fetchFile(attachmentId, world.reviewer))).toBe(200)
		// Withdrawn by the applicant: no longer before the reviewer.
		await submitted(id, 'WITHDRAWN')
		expect(statusOf(await fetchFile(attachmentId, world.reviewer))).toBe(404)
		await submitted(id, 'IN_REVIEW')
		await prisma.reviewAssignment.update({ where: { id: assignment.id }, data: { status: 'CONFLICT_DECLARED' } })
		expect(statusOf(await fetchFile(attachmentId, world.reviewer))).toBe(404)
	})

	test('a reviewer whose role was withdrawn loses access to the files of their assignments', async () => {
		const { id, attachmentId, answerAttachmentId } = await draftWithFiles()
		await submitted(id, 'IN_REVIEW')
		await prisma.reviewAssignment.create({ data: { applicationId: id, reviewerId: world.reviewer.id, conflictCheckedAt: new Date() } })
		expect(statusOf(await fetchFile(attachmentId, world.reviewer))).toBe(200)
		const role = await prisma.role.findUniqueOrThrow({ where: { name: 'reviewer' }, select: { id: true } })
		await prisma.userRole.delete({ where: { userId_roleId: { userId: world.reviewer.id, roleId: role.id } } })
		try {
			// A reviewer whose role was withdrawn loses access to the files too.
			expect(statusOf(await fetchFile(attachmentId, world.reviewer))).toBe(404)
			expect(statusOf(await fetchFile(answerAttachmentId, world.reviewer))).toBe(404)
		} finally {
			await prisma.userRole.create({ data: { userId: world.reviewer.id, roleId: role.id } })
		}
		expect(statusOf(await fetchFile(attachmentId, world.reviewer))).toBe(200)
	})
})
