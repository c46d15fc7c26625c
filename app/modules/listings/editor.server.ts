// Creating and editing listings. A listing is written as a draft by a member of its
// organisation; drafts and rejected listings are edited in place.
import type { AppLoadContext } from '@remix-run/node'
import { audit } from '~/modules/audit/audit.server'
import type { SessionUser } from '~/modules/auth/guards.server'
import type { Prisma } from '~/generated/prisma/client'
import type { ListingStatus, ListingType } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
import { dateInputValue } from '~/utils/date-field'
import { slugify } from '~/utils/slug'
import { findManagedListing } from './my-listings.server'
import type { ListingInput } from './schemas'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }
type FieldError = { ok: false; field: string; error: string }

export async function editorOptions(userId: string) {
	const [organizations, fields, communes, patents] = await Promise.all([
		prisma.organization.findMany({
			// A suspended organisation is not offered: its members cannot publish for it.
			where: { deletedAt: null, suspendedAt: null, memberships: { some: { userId } } },
			orderBy: { name: 'asc' },
			select: { id: true, name: true },
		}),
		prisma.field.findMany({ where: { active: true }, orderBy: { sortOrder: 'asc' }, select: { slug: true, nameVi: true, nameEn: true } }),
		prisma.commune.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { code: true, name: true } }),
		prisma.listing.findMany({
			where: { type: 'PATENT', status: { not: 'ARCHIVED' }, organization: { memberships: { some: { userId } } } },
			orderBy: { title: 'asc' },
			select: { id: true, title: true },
		}),
	])
	return { organizations, fields, communes, patents }
}

function details(input: ListingInput, mode: 'create' | 'update') {
	const wrap = <T extends object>(data: T) => (mode === 'create' ? { create: data } : { upsert: { create: data, update: data } })
	switch (input.type) {
		case 'TECHNOLOGY_OFFER':
			return {
				technologyOffer: wrap({
					trl: input.trl ?? null,
					transferModes: input.transferModes,
					priceVnd: input.priceVnd === null ? null : BigInt(input.priceVnd),
					priceNegotiable: input.priceVnd === null,
					ipStatus: input.ipStatus,
					applications: input.applications ?? '',
					buyerRequirements: input.buyerRequirements ?? '',
					confidentialDetails: input.confidentialDetails ?? '',
					confidentialityTerms: input.confidentialityTerms ?? '',
				}),
			}
		case 'PATENT':
			return {
				patent: wrap({
					kind: input.kind,
					applicationNumber: input.applicationNumber ?? null,
					applicationDate: input.applicationDate ? new Date(input.applicationDate) : null,
					grantNumber: input.grantNumber ?? null,
					grantDate: input.grantDate ? new Date(input.grantDate) : null,
					ipcClasses: input.ipcClasses,
					inventors: input.inventors,
					owners: input.owners,
					legalStatus: input.legalStatus,
					abstract: input.abstract ?? '',
					claimsSummary: input.claimsSummary ?? '',
					commercialisationStatus: input.commercialisationStatus,
				}),
			}
		case 'TECHNOLOGY_REQUEST':
			return {
				technologyRequest: wrap({
					problem: input.problem ?? '',
					requiredCapability: input.requiredCapability ?? '',
					budgetMinVnd: input.budgetMinVnd === null ? null : BigInt(input.budgetMinVnd),
					budgetMaxVnd: input.budgetMaxVnd === null ? null : BigInt(input.budgetMaxVnd),
					deadline: input.deadline ? new Date(input.deadline) : null,
					preferredTransferModes: input.preferredTransferModes,
					isCommissioned: input.isCommissioned,
				}),
			}
		case 'EXPERT':
			return {
				expertProfile: wrap({
					academicTitle: input.academicTitle ?? null,
					degree: input.degree ?? null,
					position: input.position ?? '',
					affiliation: input.affiliation ?? '',
					specialities: input.specialities,
					projects: input.projects ?? '',
					publications: input.publications ?? '',
					languages: input.languages,
					availableForConsulting: input.availableForConsulting,
					contactEmail: input.contactEmail ?? null,
					contactPhone: input.contactPhone ?? null,
				}),
			}
		case 'INCUBATOR':
			return {
				incubatorProfile: wrap({
					services: input.services,
					capacity: input.capacity ?? null,
					alumniCount: input.alumniCount ?? null,
					alumniStartups: input.alumniStartups ?? '',
					isAccelerator: input.isAccelerator,
				}),
			}
		case 'STARTUP':
			return {
				startupProfile: wrap({
					stage: input.stage,
					foundedOn: input.foundedOn ? new Date(input.foundedOn) : null,
					teamSize: input.teamSize ?? null,
					seeks: input.seeks,
				}),
			}
	}
}

// Checks what the form referred to (organisation, fields, commune, patents) exists
// and is the user's to use; returns ids, or the field to put an error on.
async function resolveReferences(userId: string, input: ListingInput): Promise<FieldError | { ok: true; fieldIds: string[]; communeId: string | null; patentIds: string[] }> {
	const personalExpert = input.type === 'EXPERT' && !input.organizationId
	const membership = personalExpert
		? null
		: await prisma.membership.findFirst({
				where: { userId, organizationId: input.organizationId, organization: { deletedAt: null, suspendedAt: null } },
				select: { id: true },
			})
	if (!personalExpert && !membership) return { ok: false, field: 'organizationId', error: 'validation.listing.organizationRequired' }
	const fields = await prisma.field.findMany({ where: { slug: { in: input.fields }, active: true }, select: { id: true } })
	if (fields.length !== new Set(input.fields).size) return { ok: false, field: 'fields', error: 'validation.listing.choiceInvalid' }
	let communeId: string | null = null
	if (input.communeCode) {
		const commune = await prisma.commune.findUnique({ where: { code: input.communeCode }, select: { id: true } })
		if (!commune) return { ok: false, field: 'communeCode', error: 'validation.listing.choiceInvalid' }
		communeId = commune.id
	}
	let patentIds: string[] = []
	if (input.type === 'TECHNOLOGY_OFFER' && input.linkedPatentIds.length > 0) {
		const patents = await prisma.listing.findMany({
			where: { id: { in: input.linkedPatentIds }, type: 'PATENT', organization: { memberships: { some: { userId } } } },
			select: { id: true },
		})
		if (patents.length !== new Set(input.linkedPatentIds).size) return { ok: false, field: 'linkedPatentIds', error: 'validation.listing.choiceInvalid' }
		patentIds = patents.map((p) => p.id)
	}
	return { ok: true, fieldIds: fields.map((f) => f.id), communeId, patentIds }
}

function commonData(input: ListingInput) {
	return {
		title: input.title,
		summary: input.summary,
		description: input.description ?? '',
		keywords: input.keywords,
	}
}

export type References = { fieldIds: string[]; communeId: string | null; patentIds: string[] }

// Inserts a new listing with its type's details and linked patents, in a transaction.
// Used by the editor (a member's draft) and by bulk imports (which may publish directly).
export async function insertListing(
	tx: Prisma.TransactionClient,
	input: ListingInput,
	refs: References,
	options: { authorId: string; status?: ListingStatus; publishedAt?: Date | null; externalId?: string | null },
) {
	const suffix = crypto.getRandomValues(new Uint32Array(1))[0].toString(36).slice(0, 6)
	const created = await tx.listing.create({
		data: {
			...commonData(input),
			slug: `${slugify(input.title, 70)}-${suffix}`,
			type: input.type as ListingType,
			status: options.status ?? 'DRAFT',
			publishedAt: options.publishedAt ?? null,
			externalId: options.externalId ?? null,
			...(input.organizationId ? { organization: { connect: { id: input.organizationId } } } : {}),
			author: { connect: { id: options.authorId } },
			...(refs.communeId ? { commune: { connect: { id: refs.communeId } } } : {}),
			fields: { create: refs.fieldIds.map((fieldId) => ({ fieldId })) },
			...(details(input, 'create') as Partial<Prisma.ListingCreateInput>),
		},
		select: { id: true },
	})
	if (refs.patentIds.length) {
		await tx.offerPatent.createMany({ data: refs.patentIds.map((patentId) => ({ offerId: created.id, patentId })) })
	}
	return created
}

export async function createListing(user: SessionUser, input: ListingInput, ctx: Ctx) {
	const refs = await resolveReferences(user.id, input)
	if (!refs.ok) return refs
	// One personal expert profile per person.
	if (input.type === 'EXPERT' && !input.organizationId && (await prisma.expertProfile.findUnique({ where: { userId: user.id }, select: { listingId: true } }))) {
		return { ok: false as const, field: 'organizationId', error: 'validation.listing.expertProfileExists' }
	}
	const listing = await prisma.$transaction(async (tx) => {
		const created = await insertListing(tx, input, refs, { authorId: user.id })
		if (input.type === 'EXPERT' && !input.organizationId) {
			await tx.expertProfile.update({ where: { listingId: created.id }, data: { userId: user.id } })
		}
		await audit({ action: 'listing.create', actorId: user.id, entityType: 'listing', entityId: created.id, ...ctx }, tx)
		return created
	})
	return { ok: true as const, listingId: listing.id }
}

// Writes a listing's content (common fields and its type's details) in a transaction.
// Used for edits in place and when a moderator approves a revision.
// What a moderator verified about an expert: the name (the listing's title) and the credentials.
const verifiedExpertClaims = { title: true, expertProfile: { select: { academicTitle: true, degree: true, position: true, affiliation: true, specialities: true, verificationStatus: true } } } as const

export async function writeListingContent(tx: Prisma.TransactionClient, listingId: string, input: ListingInput, refs: References) {
	const claimsBefore = input.type === 'EXPERT' ? await tx.listing.findUnique({ where: { id: listingId }, select: verifiedExpertClaims }) : null
	await tx.listingField.deleteMany({ where: { listingId } })
	await tx.listing.update({
		where: { id: listingId },
		data: {
			...commonData(input),
			version: { increment: 1 },
			organization: input.organizationId ? { connect: { id: input.organizationId } } : { disconnect: true },
			commune: refs.communeId ? { connect: { id: refs.communeId } } : { disconnect: true },
			fields: { create: refs.fieldIds.map((fieldId) => ({ fieldId })) },
			...(details(input, 'update') as Partial<Prisma.ListingUpdateInput>),
		},
	})
	if (input.type === 'TECHNOLOGY_OFFER') {
		await tx.offerPatent.deleteMany({ where: { offerId: listingId } })
		if (refs.patentIds.length) await tx.offerPatent.createMany({ data: refs.patentIds.map((patentId) => ({ offerId: listingId, patentId })) })
	}
	// A verified expert who changes their name or credentials loses the badge and goes back
	// to the verification queue: the verification covered the claims a moderator read.
	if (claimsBefore?.expertProfile?.verificationStatus === 'VERIFIED') {
		const claimsAfter = await tx.listing.findUniqueOrThrow({ where: { id: listingId }, select: verifiedExpertClaims })
		if (JSON.stringify(claimsAfter) !== JSON.stringify(claimsBefore)) {
			await tx.expertProfile.update({ where: { listingId }, data: { verificationStatus: 'PENDING', verifiedAt: null, verificationRequestedAt: new Date() } })
			await tx.searchOutbox.create({ data: { entityType: 'listing', entityId: listingId } })
		}
	}
}

export type RevisionContent = { input: ListingInput; form: Record<string, unknown> }

// Amounts and dates of a revision's form as the approved version's form has them
// (digits; dd/mm/yyyy), so "1.500.000" typed for 1500000 is no change to review.
function canonicalForm(input: ListingInput, form: Record<string, unknown>) {
	const values = input as Record<string, unknown>
	const canonical = { ...form }
	for (const key of ['priceVnd', 'budgetMinVnd', 'budgetMaxVnd']) {
		if (key in values) canonical[key] = values[key] === null ? '' : String(values[key])
	}
	for (const key of ['applicationDate', 'grantDate', 'deadline', 'foundedOn']) {
		if (key in values) canonical[key] = dateInputValue(values[key] as string | null)
	}
	return canonical
}

export async function updateListing(user: SessionUser, listingId: string, input: ListingInput, ctx: Ctx, form: Record<string, unknown> = {}) {
	const managed = await findManagedListing(user, listingId)
	if (!managed) return { ok: false as const, status: 404 as const }
	const current = await prisma.listing.findUniqueOrThrow({ where: { id: listingId }, select: { type: true, status: true } })
	if (current.type !== input.type) return { ok: false as const, status: 400 as const }
	if (current.status === 'PENDING_REVIEW' || current.status === 'ARCHIVED') return { ok: false as const, status: 409 as const }
	const refs = await resolveReferences(user.id, input)
	if (!refs.ok) return refs
	if (current.status === 'PUBLISHED') {
		// The public keeps seeing the approved version; the edit waits for a moderator.
		const content = JSON.parse(JSON.stringify({ input, form: canonicalForm(input, form) })) as Prisma.InputJsonObject
		await prisma.$transaction(async (tx) => {
			const open = await tx.listingRevision.findFirst({ where: { listingId, status: { in: ['DRAFT', 'PENDING_REVIEW'] } }, select: { id: true } })
			if (open) {
				// A new version: a moderator who opened the previous one cannot approve this one.
				await tx.listingRevision.update({ where: { id: open.id }, data: { content, status: 'PENDING_REVIEW', submittedAt: new Date(), authorId: user.id, version: { increment: 1 } } })
			} else {
				const last = await tx.listingRevision.aggregate({ where: { listingId }, _max: { number: true } })
				await tx.listingRevision.create({
					data: { listingId, number: (last._max.number ?? 0) + 1, status: 'PENDING_REVIEW', content, authorId: user.id, submittedAt: new Date() },
				})
			}
			await audit({ action: 'listing.revision', actorId: user.id, entityType: 'listing', entityId: listingId, ...ctx }, tx)
		})
		return { ok: true as const, listingId, revision: true }
	}
	await prisma.$transaction(async (tx) => {
		await writeListingContent(tx, listingId, input, refs)
		await audit({ action: 'listing.update', actorId: user.id, entityType: 'listing', entityId: listingId, ...ctx }, tx)
	})
	return { ok: true as const, listingId, revision: false }
}

export async function referencesFor(userId: string, input: ListingInput) {
	return resolveReferences(userId, input)
}

const toText = (value: unknown) => (value === null || value === undefined ? '' : String(value))
// Dates as the form shows them (dd/mm/yyyy); amounts stay digits, the form groups them.
const toDate = (value: Date | null | undefined) => dateInputValue(value)

// The form's initial values for an existing listing (strings, as a form posts them).
export async function listingFormValues(user: SessionUser, listingId: string) {
	const managed = await findManagedListing(user, listingId)
	if (!managed) return null
	return currentFormValues(listingId)
}

// The listing as its form would post it (strings), i.e. the approved version.
export async function currentFormValues(listingId: string) {
	const l = await prisma.listing.findUniqueOrThrow({
		where: { id: listingId },
		include: {
			fields: { select: { field: { select: { slug: true } } } },
			commune: { select: { code: true } },
			technologyOffer: { include: { linkedPatents: { select: { patentId: true } } } },
			patent: true,
			technologyRequest: true,
			expertProfile: true,
			incubatorProfile: true,
			startupProfile: true,
		},
	})
	const base = {
		type: l.type,
		status: l.status,
		organizationId: toText(l.organizationId),
		title: l.title,
		summary: l.summary,
		description: l.description,
		fields: l.fields.map((f) => f.field.slug),
		keywords: l.keywords.join(', '),
		communeCode: toText(l.commune?.code),
	}
	const o = l.technologyOffer, p = l.patent, r = l.technologyRequest, e = l.expertProfile, i = l.incubatorProfile, s = l.startupProfile
	return {
		...base,
		...(o ? { trl: toText(o.trl), transferModes: o.transferModes, priceVnd: toText(o.priceVnd), ipStatus: o.ipStatus, applications: o.applications, buyerRequirements: o.buyerRequirements, confidentialDetails: o.confidentialDetails, confidentialityTerms: o.confidentialityTerms, linkedPatentIds: o.linkedPatents.map((lp) => lp.patentId) } : {}),
		...(p ? { kind: p.kind, applicationNumber: toText(p.applicationNumber), applicationDate: toDate(p.applicationDate), grantNumber: toText(p.grantNumber), grantDate: toDate(p.grantDate), ipcClasses: p.ipcClasses.join(', '), inventors: p.inventors.join('\n'), owners: p.owners.join('\n'), legalStatus: p.legalStatus, abstract: p.abstract, claimsSummary: p.claimsSummary, commercialisationStatus: p.commercialisationStatus } : {}),
		...(r ? { problem: r.problem, requiredCapability: r.requiredCapability, budgetMinVnd: toText(r.budgetMinVnd), budgetMaxVnd: toText(r.budgetMaxVnd), deadline: toDate(r.deadline), preferredTransferModes: r.preferredTransferModes, isCommissioned: r.isCommissioned ? 'on' : '' } : {}),
		...(e ? { academicTitle: toText(e.academicTitle), degree: toText(e.degree), position: e.position, affiliation: e.affiliation, specialities: e.specialities.join('\n'), projects: e.projects, publications: e.publications, languages: e.languages.join(', '), availableForConsulting: e.availableForConsulting ? 'on' : '', contactEmail: toText(e.contactEmail), contactPhone: toText(e.contactPhone) } : {}),
		...(i ? { services: i.services, capacity: toText(i.capacity), alumniCount: toText(i.alumniCount), alumniStartups: i.alumniStartups, isAccelerator: i.isAccelerator ? 'on' : '' } : {}),
		...(s ? { stage: s.stage, foundedOn: toDate(s.foundedOn), teamSize: toText(s.teamSize), seeks: s.seeks } : {}),
	}
}
