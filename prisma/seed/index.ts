// Demo data for a fresh installation: organisations, people, 250 published listings,
// programmes and one account per role. Reference data (roles, fields) comes from
// migrations; this only adds what a demo needs.
import { createHash } from 'node:crypto'
import { hashPassword } from '../../app/modules/auth/password.server.ts'
import type { ListingType } from '../../app/generated/prisma/enums.ts'
import type { Prisma, PrismaClient } from '../../app/generated/prisma/client.ts'
import { slugify } from '../../app/utils/slug.ts'
import { communes } from './data/communes.ts'
import { experts } from './data/experts.ts'
import { incubators } from './data/incubators.ts'
import { organizations } from './data/organizations.ts'
import { patents } from './data/patents.ts'
import { programmes } from './data/programmes.ts'
import { atVietnamHour, seedProgrammeRounds } from './rounds.ts'
import { startups } from './data/startups.ts'
import { technologyOffers } from './data/technology-offers.ts'
import { technologyRequests } from './data/technology-requests.ts'
import type { FieldSlug } from './types.ts'

export const demoPassword = 'demo-ninhbinh-2026'

export const demoAccounts = [
	{ role: 'admin', email: 'admin@demo.sancongnghe.vn', name: 'Trần Quốc Minh', organizationKey: 'dost' },
	// In no organisation: nobody moderates their own organisation's listings (ADR 0012).
	{ role: 'moderator', email: 'kiemduyet@demo.sancongnghe.vn', name: 'Lê Thị Thu Hà', organizationKey: null },
	{ role: 'programme_officer', email: 'chuongtrinh@demo.sancongnghe.vn', name: 'Phạm Văn Đức', organizationKey: 'dost' },
	{ role: 'reviewer', email: 'thamdinh@demo.sancongnghe.vn', name: 'Vũ Thị Lan Anh', organizationKey: null },
	// Programmes need at least two reviewers per application.
	{ role: 'reviewer', email: 'thamdinh2@demo.sancongnghe.vn', name: 'Đỗ Minh Tuấn', organizationKey: null },
	{ role: 'member', email: 'doanhnghiep@demo.sancongnghe.vn', name: 'Nguyễn Hoàng Nam', organizationKey: null },
	{ role: 'expert', email: 'chuyengia@demo.sancongnghe.vn', name: null, organizationKey: null },
] as const

const PRIVACY_NOTICE_VERSION = '2026-01'
const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Đinh']
const middleNames = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quang', 'Hải', 'Thanh', 'Ngọc', 'Hữu']
const givenNames = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hạnh', 'Hùng', 'Hương', 'Khánh', 'Linh', 'Long', 'Mai', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Tuấn', 'Yến']

// Deterministic pseudo-randomness so that every fresh install gets the same demo.
function seededRandom(seed: string) {
	let state = createHash('sha256').update(seed).digest().readUInt32LE(0)
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0
		return state / 2 ** 32
	}
}

function personName(index: number) {
	return `${familyNames[index % familyNames.length]} ${middleNames[(index * 7) % middleNames.length]} ${givenNames[(index * 13) % givenNames.length]}`
}

export async function seedIfEmpty({ log = console.log }: { log?: (message: string) => void } = {}) {
	const { prisma } = await import('../../app/utils/db.server.ts')
	const users = await prisma.user.count()
	if (users > 0) return false
	log('empty database: adding demo data ...')
	const summary = await seedDatabase(prisma)
	log(`demo data added: ${summary.organizations} organisations, ${summary.listings} listings, ${summary.programmes} programmes`)
	return true
}

export async function seedDatabase(prisma: PrismaClient) {
	const random = seededRandom('sancongnghe-demo')
	const now = new Date()
	const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000)

	const fields = await prisma.field.findMany({ select: { id: true, slug: true } })
	const fieldId = new Map(fields.map((f) => [f.slug, f.id]))
	const fieldLinks = (slugs: FieldSlug[]) =>
		slugs.map((slug) => {
			const id = fieldId.get(slug)
			if (!id) throw new Error(`unknown field ${slug}`)
			return { fieldId: id }
		})

	await prisma.commune.createMany({ data: communes, skipDuplicates: true })
	const communeRows = await prisma.commune.findMany({ select: { id: true, code: true } })
	const communeId = (code: string) => {
		const row = communeRows.find((c) => c.code === code)
		if (!row) throw new Error(`unknown commune ${code}`)
		return row.id
	}

	const roles = await prisma.role.findMany({ select: { id: true, name: true } })
	const roleId = (name: string) => roles.find((r) => r.name === name)!.id

	const passwordHash = await hashPassword(demoPassword)
	const orgIds = new Map<string, string>()
	const ownerOf = new Map<string, string>()
	const adminUser = await prisma.user.create({
		data: {
			email: demoAccounts[0].email,
			name: demoAccounts[0].name,
			emailVerifiedAt: now,
			password: { create: { hash: passwordHash } },
			roles: { create: [{ roleId: roleId('member') }, { roleId: roleId('admin') }] },
			consents: { create: { purpose: 'PRIVACY_NOTICE', noticeVersion: PRIVACY_NOTICE_VERSION } },
		},
		select: { id: true },
	})

	let personIndex = 0
	for (const org of organizations) {
		const owner = await prisma.user.create({
			data: {
				email: `lienhe@${org.key}.demo.sancongnghe.vn`,
				name: personName(personIndex++),
				emailVerifiedAt: now,
				roles: { create: { roleId: roleId('member') } },
				consents: { create: { purpose: 'PRIVACY_NOTICE', noticeVersion: PRIVACY_NOTICE_VERSION } },
			},
			select: { id: true },
		})
		const created = await prisma.organization.create({
			data: {
				slug: slugify(org.shortName ?? org.name, 60),
				name: org.name,
				shortName: org.shortName,
				type: org.type,
				size: org.size,
				taxCode: org.taxCode,
				address: org.address,
				communeId: communeId(org.communeCode),
				website: org.website,
				email: org.email,
				phone: org.phone,
				description: org.description,
				verificationStatus: org.verified ? 'VERIFIED' : 'PENDING',
				verifiedAt: org.verified ? daysAgo(200) : null,
				verifiedById: org.verified ? adminUser.id : null,
				fields: { create: fieldLinks(org.fields) },
				memberships: { create: { userId: owner.id, role: 'OWNER' } },
				createdAt: daysAgo(400 + Math.floor(random() * 200)),
			},
			select: { id: true },
		})
		orgIds.set(org.key, created.id)
		ownerOf.set(org.key, owner.id)
	}
	const orgId = (key: string) => {
		const id = orgIds.get(key)
		if (!id) throw new Error(`unknown organisation ${key}`)
		return id
	}
	await prisma.membership.create({ data: { userId: adminUser.id, organizationId: orgId('dost'), role: 'OWNER' } })

	// The other demo accounts.
	const demoUserIds = new Map<string, string>([['admin', adminUser.id]])
	const reviewerIds: string[] = []
	const memberOrgKey = organizations.find((o) => o.type === 'ENTERPRISE' && o.size === 'SMALL')!.key
	for (const account of demoAccounts.slice(1)) {
		const expert = account.role === 'expert' ? experts[0] : undefined
		const extraRole = ['moderator', 'programme_officer', 'reviewer'].includes(account.role) ? account.role : null
		const user = await prisma.user.create({
			data: {
				email: account.email,
				name: expert ? expert.fullName : account.name!,
				emailVerifiedAt: now,
				password: { create: { hash: passwordHash } },
				roles: {
					create: [{ roleId: roleId('member') }, ...(extraRole ? [{ roleId: roleId(extraRole) }] : [])],
				},
				consents: {
					create: [
						{ purpose: 'PRIVACY_NOTICE', noticeVersion: PRIVACY_NOTICE_VERSION },
						{ purpose: 'EMAIL_ALERTS', noticeVersion: PRIVACY_NOTICE_VERSION },
					],
				},
			},
			select: { id: true },
		})
		demoUserIds.set(account.role, user.id)
		if (account.role === 'reviewer') reviewerIds.push(user.id)
		const orgKey = account.role === 'member' ? memberOrgKey : account.organizationKey
		if (orgKey) {
			await prisma.membership.create({
				data: { userId: user.id, organizationId: orgId(orgKey), role: account.role === 'member' ? 'OWNER' : 'EDITOR' },
			})
		}
	}

	// The demo officer also runs the incubator's cohort (the same engine, another organisation).
	await prisma.membership.create({ data: { userId: demoUserIds.get('programme_officer')!, organizationId: orgId('vuon-uom-ninh-binh'), role: 'EDITOR' } })

	// Listings, published at dates spread over the last 18 months.
	let listingCount = 0
	const outbox: Prisma.SearchOutboxCreateManyInput[] = []
	const createListing = async (
		type: ListingType,
		base: {
			organizationKey: string
			title: string
			summary: string
			description: string
			fields: FieldSlug[]
			keywords: string[]
			communeCode: string
		},
		details: Omit<Prisma.ListingCreateInput, 'slug' | 'type' | 'title' | 'author'>,
		authorId?: string,
	) => {
		const publishedAt = daysAgo(Math.floor(random() * 540))
		const slugBase = slugify(base.title, 70)
		const suffix = createHash('sha1').update(`${type}:${base.title}`).digest('hex').slice(0, 6)
		const listing = await prisma.listing.create({
			data: {
				slug: `${slugBase}-${suffix}`,
				type,
				status: 'PUBLISHED',
				title: base.title,
				summary: base.summary,
				description: base.description,
				keywords: base.keywords,
				language: 'vi',
				organization: { connect: { id: orgId(base.organizationKey) } },
				author: { connect: { id: authorId ?? ownerOf.get(base.organizationKey)! } },
				commune: { connect: { id: communeId(base.communeCode) } },
				fields: { create: fieldLinks(base.fields) },
				submittedAt: new Date(publishedAt.getTime() - 2 * 86_400_000),
				publishedAt,
				createdAt: new Date(publishedAt.getTime() - 3 * 86_400_000),
				viewCount: Math.floor(random() * 900),
				...details,
			},
			select: { id: true },
		})
		outbox.push({ entityType: 'listing', entityId: listing.id })
		listingCount++
		return listing.id
	}

	for (const offer of technologyOffers) {
		await createListing('TECHNOLOGY_OFFER', offer, {
			technologyOffer: {
				create: {
					trl: offer.trl,
					transferModes: offer.transferModes,
					priceVnd: offer.priceVnd === null ? null : BigInt(offer.priceVnd),
					priceNegotiable: offer.priceVnd === null,
					ipStatus: offer.ipStatus,
					applications: offer.applications,
					buyerRequirements: offer.buyerRequirements,
				},
			},
		})
	}
	for (const patent of patents) {
		await createListing('PATENT', patent, {
			patent: {
				create: {
					kind: patent.kind,
					applicationNumber: patent.applicationNumber,
					applicationDate: new Date(patent.applicationDate),
					grantNumber: patent.grantNumber,
					grantDate: patent.grantDate ? new Date(patent.grantDate) : null,
					ipcClasses: patent.ipcClasses,
					inventors: patent.inventors,
					owners: patent.owners,
					legalStatus: patent.legalStatus,
					abstract: patent.abstract,
					claimsSummary: patent.claimsSummary,
					commercialisationStatus: patent.commercialisationStatus,
				},
			},
		})
	}
	for (const request of technologyRequests) {
		await createListing('TECHNOLOGY_REQUEST', request, {
			technologyRequest: {
				create: {
					problem: request.problem,
					requiredCapability: request.requiredCapability,
					budgetMinVnd: request.budgetMinVnd === null ? null : BigInt(request.budgetMinVnd),
					budgetMaxVnd: request.budgetMaxVnd === null ? null : BigInt(request.budgetMaxVnd),
					deadline: request.deadline ? new Date(request.deadline) : null,
					preferredTransferModes: request.preferredTransferModes,
					isCommissioned: request.isCommissioned,
				},
			},
		})
	}
	for (const [index, expert] of experts.entries()) {
		const expertUserId = index === 0 ? demoUserIds.get('expert') : undefined
		await createListing(
			'EXPERT',
			expert,
			{
				expertProfile: {
					create: {
						user: expertUserId ? { connect: { id: expertUserId } } : undefined,
						academicTitle: expert.academicTitle,
						degree: expert.degree,
						position: expert.position,
						affiliation: expert.affiliation,
						specialities: expert.specialities,
						projects: expert.projects,
						publications: expert.publications,
						languages: expert.languages,
						availableForConsulting: expert.availableForConsulting,
						contactEmail: index === 0 ? demoAccounts[5].email : `chuyengia${index + 1}@demo.sancongnghe.vn`,
						verifiedAt: daysAgo(100),
					},
				},
			},
			expertUserId,
		)
	}
	for (const incubator of incubators) {
		await createListing('INCUBATOR', incubator, {
			incubatorProfile: {
				create: {
					services: incubator.services,
					capacity: incubator.capacity,
					alumniCount: incubator.alumniCount,
					alumniStartups: incubator.alumniStartups,
					isAccelerator: incubator.isAccelerator,
				},
			},
		})
	}
	for (const startup of startups) {
		await createListing('STARTUP', startup, {
			startupProfile: {
				create: {
					stage: startup.stage,
					foundedOn: new Date(startup.foundedOn),
					teamSize: startup.teamSize,
					seeks: startup.seeks,
				},
			},
		})
	}
	await prisma.searchOutbox.createMany({ data: outbox })

	const officerId = demoUserIds.get('programme_officer')!
	for (const programme of programmes) {
		const opensAt = atVietnamHour(new Date(now.getTime() + programme.opensInDays * 86_400_000), 8)
		const closesAt = atVietnamHour(new Date(now.getTime() + programme.closesInDays * 86_400_000), 17)
		await prisma.programme.create({
			data: {
				slug: programme.slug,
				organizationId: orgId(programme.organizationKey),
				createdById: officerId,
				title: programme.title,
				summary: programme.summary,
				description: programme.description,
				supportType: programme.supportType,
				coFundingPercent: programme.coFundingPercent,
				totalBudgetVnd: BigInt(programme.totalBudgetVnd),
				maxPerApplicationVnd: BigInt(programme.maxPerApplicationVnd),
				eligibleOrganizationTypes: programme.eligibleOrganizationTypes,
				eligibleEnterpriseSizes: programme.eligibleEnterpriseSizes,
				minTrl: programme.minTrl,
				opensAt,
				closesAt,
				status: closesAt < now ? 'CLOSED' : opensAt <= now ? 'OPEN' : 'DRAFT',
				reviewersPerApplication: programme.reviewersPerApplication,
				eligibleFields: { create: fieldLinks(programme.fields) },
				documents: { create: programme.documents.map((d, i) => ({ ...d, sortOrder: i })) },
				questions: {
					create: programme.questions.map((q, i) => ({ ...q, options: q.options ?? [], sortOrder: i })),
				},
				criteria: { create: programme.criteria.map((c, i) => ({ ...c, sortOrder: i })) },
			},
		})
	}

	const programmeRows = await prisma.programme.findMany({ select: { id: true, slug: true } })
	await seedProgrammeRounds(prisma, {
		now,
		officerId,
		reviewerIds,
		programmeId: (slug) => programmeRows.find((p) => p.slug === slug)!.id,
		orgId,
		ownerOf: (key) => ownerOf.get(key)!,
	})

	return { organizations: organizations.length, listings: listingCount, programmes: programmes.length }
}

// `npm run db:seed`
if (import.meta.url === `file://${process.argv[1]}`) {
	const seeded = await seedIfEmpty()
	if (!seeded) console.log('the database already has users: nothing seeded')
	const { prisma } = await import('../../app/utils/db.server.ts')
	await prisma.$disconnect()
}
