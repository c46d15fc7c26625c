// Bad input from the penetration test: a NUL byte (or another control character) in a
// text field of any form family is a field error (400), never a 500; a NUL that reaches
// the database by another way is a 400; odd upload file names upload and download safely.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { loader as fileLoader } from '~/routes/files'
import { action as applicationAction } from '~/routes/account/application'
import { action as profileAction } from '~/routes/account/profile'
import { action as reviewAction } from '~/routes/account/review'
import { action as expertQueueAction } from '~/routes/admin/experts'
import { action as queueAction } from '~/routes/admin/listings'
import { action as settingsAction } from '~/routes/admin/settings'
import { action as adminUserAction } from '~/routes/admin/user'
import { action as taxonomyAction } from '~/routes/admin/taxonomy'
import { action as signupAction } from '~/routes/auth/signup'
import { action as listingEditorAction } from '~/routes/listings/editor'
import { action as membersAction } from '~/routes/organizations/members'
import { action as newOrganizationAction } from '~/routes/organizations/new'
import { loader as profileLoader } from '~/routes/organizations/profile'
import { prisma } from '~/utils/db.server'
import { createWorld, type World } from '../support/auth-matrix'
import { createUser, sessionCookieFor } from '../support/factories'
import { createApplyingProgramme, createApplyingWorld, createDraft, pdfBytes, type ApplyingWorld } from '../support/programmes-applying'
import { createReviewedApplication, createReviewingWorld } from '../support/programmes-reviewing'
import { formRequest, getRequest, invoke, payloadOf, routeArgs, settle, statusOf } from '../support/routes'

const refused = 'privacyInvitations.controlCharacter'
const nul = '\u0000'

// The field errors of an action's answer: a conform reply (`result.error`) or a plain map (`errors`).
function fieldErrors(result: unknown): Record<string, string[] | null> {
	const payload = payloadOf<{ result?: { error?: Record<string, string[] | null> }; errors?: Record<string, string[] | null> }>(result)
	return payload.result?.error ?? payload.errors ?? {}
}

let world: World
let adminCookie: string
beforeAll(async () => {
	world = await createWorld()
	adminCookie = world.cookies.admin!
})

describe('a NUL byte in a text field is a field error in every form family', () => {
	test('auth: sign-up with a NUL in the name', async () => {
		const email = `nul-${randomUUID()}@example.vn`
		const form = { name: `Nguyen${nul}Van`, email, password: 'phù sa sông Hồng 2026', consentPrivacy: 'on' }
		const result = await settle(signupAction(routeArgs(formRequest('/signup', form), {}, { clientIp: `10.77.${Math.floor(Math.random() * 250)}.1` })))
		expect(statusOf(result)).toBe(400)
		expect(fieldErrors(result).name).toContain(refused)
		expect(await prisma.user.count({ where: { email } })).toBe(0)
	})

	test('account: the profile with a control character in the name', async () => {
		const user = await createUser({ name: 'Trần Văn Bình' })
		const { cookie } = await sessionCookieFor(user.id)
		const result = await invoke(profileAction, formRequest('/account/profile', { name: `Trần${nul}Bình`, locale: 'vi' }, cookie))
		expect(statusOf(result)).toBe(400)
		expect(fieldErrors(result).name).toContain(refused)
		expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe('Trần Văn Bình')
	})

	test('organisations: a new organisation with a NUL in its name', async () => {
		const form = new URLSearchParams({ name: `Công ty${nul}Độc hại`, type: 'ENTERPRISE', size: 'SMALL', taxCode: String(Math.floor(Math.random() * 1e10)).padStart(10, '0') })
		form.append('fields', 'agriculture')
		const result = await invoke(newOrganizationAction, formRequest('/organizations/new', form, world.cookies.member))
		expect(statusOf(result)).toBe(400)
		expect(fieldErrors(result).name).toContain(refused)
	})

	test('listings: a listing whose summary has a NUL', async () => {
		const form = {
			type: 'TECHNOLOGY_REQUEST',
			organizationId: world.organization.id,
			title: 'Cần công nghệ xử lý nước thải làng nghề',
			summary: `Tìm giải pháp${nul} xử lý nước thải.`,
			description: 'Mô tả.',
			fields: 'agriculture',
		}
		const result = await invoke(listingEditorAction, formRequest('/listings/new', form, world.cookies.owner))
		expect(statusOf(result)).toBe(400)
		expect(fieldErrors(result).summary).toContain(refused)
	})

	test('programmes and applications: an application’s project title and answer with a NUL', async () => {
		const applying: ApplyingWorld = await createApplyingWorld()
		const programme = await createApplyingProgramme(applying)
		const { id } = await createDraft(applying, programme)
		const questionId = programme.questions[0]!.id
		const form = { intent: 'save', projectTitle: `Máy sấy${nul}`, [`answers.${questionId}`]: `Trả lời${nul}` }
		const result = await invoke(applicationAction, formRequest(`/account/applications/${id}`, form, applying.applicant.cookie), { applicationId: id })
		expect(statusOf(result)).toBe(400)
		expect(fieldErrors(result).projectTitle).toContain(refused)
		expect(fieldErrors(result)[`answers.${questionId}`]).toContain(refused)
	})

	test('reviews: a reviewer’s conflict note with a NUL', async () => {
		const reviewing = await createReviewingWorld()
		const application = await createReviewedApplication(reviewing)
		const path = `/account/reviews/${application.assignmentId}`
		const result = await invoke(reviewAction, formRequest(path, { intent: 'conflict', note: `Tôi là cổ đông${nul}` }, reviewing.cookies.reviewer), { assignmentId: application.assignmentId })
		expect(statusOf(result)).toBe(400)
		expect(fieldErrors(result).note).toContain(refused)
		expect((await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: application.assignmentId } })).status).toBe('ASSIGNED')
	})

	test('admin: a field of the taxonomy with a NUL in its name', async () => {
		const result = await invoke(taxonomyAction, formRequest('/admin/taxonomy', { intent: 'create-field', nameVi: `Lĩnh vực${nul}`, nameEn: 'Field', sortOrder: '1' }, adminCookie))
		expect(statusOf(result)).toBe(400)
		expect(fieldErrors(result).nameVi).toContain(refused)
	})

	test('settings: the province’s settings with a NUL in the agency', async () => {
		const form = { nameVi: 'Ninh Bình', nameEn: 'Ninh Binh', agencyVi: `Sở KH&CN${nul}`, agencyEn: 'Department of Science and Technology' }
		const result = await invoke(settingsAction, formRequest('/admin/settings', form, adminCookie))
		expect(statusOf(result)).toBe(400)
		expect(fieldErrors(result).agencyVi).toContain(refused)
	})
})

describe('reasons read without a schema refuse control characters too (translated, text kept, nothing stored or mailed)', () => {
	const escape = 'Thiếu tài liệu\u001b[2J\u0008\u0008\u0007 xem'

	test('moderation: a rejection reason with ESC, backspace and BEL', async () => {
		const listing = await prisma.listing.create({
			data: { slug: `ky-tu-${randomUUID().slice(0, 8)}`, type: 'PATENT', status: 'PENDING_REVIEW', submittedAt: new Date(), title: 'Khung dệt', authorId: world.users.owner.id, organizationId: world.organization.id, patent: { create: { kind: 'UTILITY_SOLUTION' } } },
			select: { id: true, version: true },
		})
		const mailsBefore = await prisma.emailOutbox.count({ where: { to: world.users.owner.email } })
		const result = await settle(invoke(queueAction, formRequest('/admin/listings', { listingId: listing.id, version: String(listing.version), decision: 'reject', reason: escape }, world.cookies.moderator)))
		expect(statusOf(result)).toBe(400)
		expect(payloadOf(result)).toMatchObject({ error: refused, field: 'reason', target: listing.id, reason: escape })
		expect(await prisma.listing.findUniqueOrThrow({ where: { id: listing.id }, select: { status: true, rejectionReason: true } })).toEqual({ status: 'PENDING_REVIEW', rejectionReason: null })
		expect(await prisma.emailOutbox.count({ where: { to: world.users.owner.email } })).toBe(mailsBefore)
	})

	test('experts: a verification rejection reason with ESC', async () => {
		const listing = await prisma.listing.create({
			data: { slug: `chuyen-gia-${randomUUID().slice(0, 8)}`, type: 'EXPERT', status: 'PUBLISHED', publishedAt: new Date(), title: 'TS. Chuyên Gia', authorId: world.users.owner.id, expertProfile: { create: { verificationStatus: 'PENDING', verificationRequestedAt: new Date() } } },
			select: { id: true, version: true },
		})
		const result = await settle(invoke(expertQueueAction, formRequest('/admin/experts', { listingId: listing.id, version: String(listing.version), decision: 'reject', reason: escape }, world.cookies.moderator)))
		expect(statusOf(result)).toBe(400)
		expect(payloadOf(result)).toMatchObject({ error: refused, listingId: listing.id, reason: escape })
		expect(await prisma.expertProfile.findUniqueOrThrow({ where: { listingId: listing.id }, select: { verificationStatus: true, verificationRejectionReason: true } })).toEqual({ verificationStatus: 'PENDING', verificationRejectionReason: null })
	})

	test('users: an administrator’s suspension reason with ESC', async () => {
		const person = await createUser()
		const result = await settle(invoke(adminUserAction, formRequest(`/admin/users/${person.id}`, { intent: 'suspend', reason: escape }, adminCookie), { userId: person.id }))
		expect(statusOf(result)).toBe(400)
		expect(payloadOf(result)).toMatchObject({ error: refused, field: 'reason', reason: escape })
		expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id }, select: { status: true } })).status).not.toBe('SUSPENDED')
	})

	test('applications: a withdrawal reason with ESC', async () => {
		const applying: ApplyingWorld = await createApplyingWorld()
		const programme = await createApplyingProgramme(applying)
		const { id } = await createDraft(applying, programme, { status: 'SUBMITTED' })
		const result = await settle(invoke(applicationAction, formRequest(`/account/applications/${id}`, { intent: 'withdraw', confirm: 'yes', reason: escape }, applying.applicant.cookie), { applicationId: id }))
		expect(statusOf(result)).toBe(400)
		expect(payloadOf(result)).toMatchObject({ intent: 'withdraw', error: refused, reason: escape })
		expect((await prisma.application.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe('SUBMITTED')
	})
})

describe('a NUL that reaches a query another way', () => {
	test('an organisation address with a NUL answers 400, not 500', async () => {
		const result = await invoke(profileLoader, getRequest(`/organizations/a%00b`), { slug: `a${nul}b` })
		expect(statusOf(result)).toBe(400)
	})

	test('an id read without a schema (removing a member) answers 400, not 500', async () => {
		const result = await invoke(membersAction, formRequest(`/organizations/${world.organization.slug}/members`, { intent: 'remove', membershipId: `x${nul}` }, world.cookies.owner), { slug: world.organization.slug })
		expect(statusOf(result)).toBe(400)
	})
})

describe('odd upload file names', () => {
	const pdfFile = (name: string) => new File([pdfBytes], name, { type: 'application/pdf' })

	async function uploadDocument(body: BodyInit, contentType?: string) {
		const applying = await createApplyingWorld()
		const programme = await createApplyingProgramme(applying)
		const { id } = await createDraft(applying, programme)
		const requirementId = programme.documents[0]!.id
		const request = new Request(`http://localhost/account/applications/${id}?requirementId=${requirementId}`, {
			method: 'POST',
			body,
			headers: { Cookie: applying.applicant.cookie, ...(contentType ? { 'Content-Type': contentType } : {}) },
		})
		const result = await invoke(applicationAction, request, { applicationId: id })
		const document = await prisma.applicationDocument.findUnique({
			where: { applicationId_requirementId: { applicationId: id, requirementId } },
			select: { attachment: { select: { id: true, fileName: true, storageKey: true } } },
		})
		return { result, attachment: document?.attachment ?? null, cookie: applying.applicant.cookie }
	}

	test('a file named a=b".pdf (as a browser sends it) uploads, and downloads with an RFC 5987 Content-Disposition', async () => {
		const form = new FormData()
		form.set('intent', 'upload')
		form.set('file', pdfFile('a=b".pdf'))
		const { result, attachment, cookie } = await uploadDocument(form)
		expect(statusOf(result)).toBe(302)
		// Browsers send the quote as %22 (the HTML standard's encoding of a file name).
		expect(attachment!.fileName).toBe('a=b%22.pdf')
		expect(attachment!.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.pdf$/)
		const response = (await invoke(fileLoader, getRequest(`/files/${attachment!.id}`, cookie), { id: attachment!.id })) as Response
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename*=UTF-8''a%3Db%2522.pdf`)
	})

	test('hand-made part headers: a quoted quote, a semicolon, a NUL, folders and a very long name', async () => {
		const long = `${'bao-cao-'.repeat(60)}.pdf`
		const cases: [string, string][] = [
			['filename="a=b\\".pdf"', 'a=b".pdf'],
			['filename="ke-hoach; ban 2.pdf"', 'ke-hoach; ban 2.pdf'],
			[`filename="a${nul}b.pdf"`, 'a_b.pdf'],
			['filename="..\\\\..\\\\windows\\\\evil.pdf"', 'evil.pdf'],
			["filename=\"plain.pdf\"; filename*=UTF-8''h%E1%BB%93%20s%C6%A1.pdf", 'hồ sơ.pdf'],
		]
		for (const [disposition, expected] of cases) {
			const body = `--XX\r\nContent-Disposition: form-data; name="intent"\r\n\r\nupload\r\n--XX\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\nContent-Type: application/pdf\r\n\r\n${pdfBytes.toString('latin1')}\r\n--XX--\r\n`
			const { result, attachment, cookie } = await uploadDocument(Buffer.from(body, 'latin1'), 'multipart/form-data; boundary=XX')
			expect(statusOf(result), disposition).toBe(302)
			expect(attachment!.fileName, disposition).toBe(expected)
			const response = (await invoke(fileLoader, getRequest(`/files/${attachment!.id}`, cookie), { id: attachment!.id })) as Response
			const header = response.headers.get('Content-Disposition')!
			expect(header).toMatch(/^attachment; filename\*=UTF-8''[A-Za-z0-9%._~-]+$/)
			expect(decodeURIComponent(header.split("''")[1]!)).toBe(expected)
		}
		const { result, attachment } = await uploadDocument(
			Buffer.from(`--XX\r\nContent-Disposition: form-data; name="intent"\r\n\r\nupload\r\n--XX\r\nContent-Disposition: form-data; name="file"; filename="${long}"\r\nContent-Type: application/pdf\r\n\r\n${pdfBytes.toString('latin1')}\r\n--XX--\r\n`, 'latin1'),
			'multipart/form-data; boundary=XX',
		)
		expect(statusOf(result)).toBe(302)
		expect(attachment!.fileName.length).toBeLessThanOrEqual(200)
		expect(attachment!.fileName).toMatch(/^bao-cao-.*…\.pdf$/)
	})
})
