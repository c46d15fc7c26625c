import { beforeAll, describe, expect, test } from 'vitest'
import { listingTypes } from '~/modules/listings/listing-types'
import { applicantFrom, checkEligibility, eligibilityApplicantSelect, eligibilityRulesFrom, eligibilityRulesSelect } from '~/modules/programmes/eligibility'
import { prisma } from '~/utils/db.server'
import { getOptionalUser } from '~/modules/auth/guards.server'
import { programmeForOfficer } from '~/modules/programmes/officers.server'
import { missingForSubmission } from '~/modules/programmes/applications.server'
import { sessionCookieFor } from '../support/factories'
import { demoAccounts, demoPassword, seedIfEmpty } from '../../prisma/seed/index.ts'
import { verifyPassword } from '~/modules/auth/password.server'

beforeAll(async () => {
	expect(await seedIfEmpty({ log: () => {} })).toBe(true)
}, 120_000)

describe('demo seed', () => {
	test('at least 200 published listings, of all six types, in Vietnamese', async () => {
		const published = await prisma.listing.findMany({
			where: { status: 'PUBLISHED' },
			select: { type: true, title: true, description: true, fields: { select: { fieldId: true } } },
		})
		expect(published.length).toBeGreaterThanOrEqual(200)
		for (const type of listingTypes) {
			expect(published.filter((l) => l.type === type).length, type).toBeGreaterThan(0)
		}
		expect(new Set(published.map((l) => l.title)).size).toBe(published.length)
		const vietnamese = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i
		expect(published.every((l) => vietnamese.test(l.title + l.description))).toBe(true)
		expect(published.some((l) => /lorem|ipsum/i.test(l.description))).toBe(false)
		expect(published.every((l) => l.fields.length > 0)).toBe(true)
	})

	test("covers the province's sectors", async () => {
		const sectors = await prisma.field.findMany({
			where: { listings: { some: { listing: { status: 'PUBLISHED' } } } },
			select: { slug: true },
		})
		expect(sectors.map((s) => s.slug)).toEqual(
			expect.arrayContaining([
				'textile-garment', 'agriculture', 'aquaculture', 'mechanical-engineering', 'shipbuilding',
				'electrical-electronics', 'it-digital', 'environment', 'energy', 'health-pharma', 'food-processing',
			]),
		)
	})

	test('one demo account per role, each able to sign in with the printed password', async () => {
		for (const account of demoAccounts) {
			const user = await prisma.user.findUniqueOrThrow({
				where: { email: account.email },
				select: { emailVerifiedAt: true, password: { select: { hash: true } }, roles: { select: { role: { select: { name: true } } } } },
			})
			expect(user.emailVerifiedAt).not.toBeNull()
			expect(await verifyPassword(user.password!.hash, demoPassword)).toBe(true)
			const roles = user.roles.map((r) => r.role.name)
			expect(roles).toContain('member')
			if (account.role !== 'member' && account.role !== 'expert') expect(roles).toContain(account.role)
		}
		const expert = await prisma.expertProfile.findFirst({
			where: { user: { email: demoAccounts.find((a) => a.role === 'expert')!.email } },
			select: { listing: { select: { status: true } } },
		})
		expect(expert?.listing.status).toBe('PUBLISHED')
	})

	test('organisations, programmes and the search outbox', async () => {
		expect(await prisma.organization.count()).toBeGreaterThanOrEqual(30)
		const programmes = await prisma.programme.findMany({
			select: { status: true, criteria: { select: { weight: true } }, questions: { select: { id: true } } },
		})
		expect(programmes.length).toBeGreaterThanOrEqual(2)
		expect(programmes.some((p) => p.status === 'OPEN')).toBe(true)
		for (const programme of programmes) {
			expect(programme.criteria.reduce((sum, c) => sum + Number(c.weight), 0)).toBe(100)
			expect(programme.questions.length).toBeGreaterThan(0)
		}
		// Every published listing is queued for the search index.
		expect(await prisma.searchOutbox.count({ where: { entityType: 'listing' } })).toBe(
			await prisma.listing.count({ where: { status: 'PUBLISHED' } }),
		)
	})

	test('a full demo round: the past round decided and published, the open one under way, the demo member free to apply', async () => {
		const past = await prisma.programme.findUniqueOrThrow({
			where: { slug: 'phieu-ho-tro-doi-moi-sang-tao-dot-2-2026' },
			select: { status: true, resultsPublishedAt: true, applications: { select: { status: true, submittedAt: true, decidedAt: true, decision: { select: { outcome: true } }, events: { select: { toStatus: true } } } } },
		})
		expect(past.status).toBe('RESULTS_PUBLISHED')
		expect(past.resultsPublishedAt).not.toBeNull()
		const statuses = past.applications.map((a) => a.status)
		expect(statuses).toEqual(expect.arrayContaining(['APPROVED', 'REJECTED', 'WAITLISTED', 'WITHDRAWN']))
		for (const application of past.applications) {
			// Every status is the last step of the application's timeline, and decided ones carry a decision.
			expect(application.events.at(-1)?.toStatus).toBe(application.status)
			if (application.status !== 'WITHDRAWN') expect(application.decision?.outcome).toBe(application.status)
		}

		// The demo is believable: everything approved meets the programme's rules, and every question is answered.
		const approved = await prisma.application.findMany({
			where: { programme: { slug: 'phieu-ho-tro-doi-moi-sang-tao-dot-2-2026' }, status: 'APPROVED' },
			select: { declaredTrl: true, answers: { select: { id: true } }, organization: { select: eligibilityApplicantSelect }, programme: { select: { ...eligibilityRulesSelect, questions: { where: { type: { not: 'FILE' } }, select: { id: true } } } } },
		})
		expect(approved.length).toBeGreaterThan(0)
		for (const application of approved) {
			expect(checkEligibility(eligibilityRulesFrom(application.programme), applicantFrom(application.organization, application.declaredTrl)).reasons).toEqual([])
			expect(application.answers).toHaveLength(application.programme.questions.length)
		}

		// Every submitted demo application is complete: its required documents are attached (real PDFs).
		const submitted = await prisma.application.findMany({ where: { submittedAt: { not: null }, status: { not: 'WITHDRAWN' } }, select: { id: true, documents: { select: { attachment: { select: { contentType: true } } } } } })
		expect(submitted.length).toBeGreaterThan(0)
		for (const application of submitted) {
			expect(await missingForSubmission(application.id)).toEqual({ fields: [], questions: [], documents: [] })
			expect(application.documents.every((d) => d.attachment.contentType === 'application/pdf')).toBe(true)
		}

		const reviewers = await prisma.user.findMany({ where: { roles: { some: { role: { name: 'reviewer' } } }, email: { endsWith: '@demo.sancongnghe.vn' } }, select: { id: true } })
		const open = await prisma.programme.findUniqueOrThrow({ where: { slug: 'ho-tro-doanh-nghiep-doi-moi-cong-nghe-2027' }, select: { id: true, status: true, reviewersPerApplication: true } })
		expect(open.status).toBe('OPEN')
		expect(reviewers.length).toBeGreaterThanOrEqual(open.reviewersPerApplication)
		expect(await prisma.reviewAssignment.count({ where: { application: { programmeId: open.id, status: 'IN_REVIEW' }, status: 'ASSIGNED' } })).toBe(2)
		const member = await prisma.user.findUniqueOrThrow({ where: { email: demoAccounts.find((a) => a.role === 'member')!.email }, select: { memberships: { select: { organizationId: true } } } })
		expect(await prisma.application.count({ where: { programmeId: open.id, organizationId: { in: member.memberships.map((m) => m.organizationId) } } })).toBe(0)
	})

	test('the demo officer runs both the department’s programmes and the incubator’s cohort', async () => {
		const officer = await prisma.user.findUniqueOrThrow({ where: { email: 'chuongtrinh@demo.sancongnghe.vn' }, select: { id: true } })
		const { cookie } = await sessionCookieFor(officer.id)
		const user = (await getOptionalUser(new Request('http://localhost/', { headers: { Cookie: cookie } })))!
		for (const slug of ['ho-tro-doanh-nghiep-doi-moi-cong-nghe-2027', 'khoa-uom-tao-khoi-nghiep-2027']) {
			const programme = await prisma.programme.findUniqueOrThrow({ where: { slug }, select: { id: true } })
			expect(await programmeForOfficer(user, programme.id), slug).not.toBeNull()
		}
	})

	test('seeding is skipped when the database already has users', async () => {
		expect(await seedIfEmpty({ log: () => {} })).toBe(false)
	})
})
