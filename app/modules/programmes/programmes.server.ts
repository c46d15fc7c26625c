// Programmes as their officers write them: the editor's options and values, and
// saving (create or update) with its rules — only for an organisation the officer
// runs programmes for, and, once applications exist, never an edit that would
// invalidate them (changes.ts says which, with a reason each).
import type { AppLoadContext } from '@remix-run/node'
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding'
import { audit } from '~/modules/audit/audit.server'
import type { SessionUser } from '~/modules/auth/guards.server'
import { Prisma } from '~/generated/prisma/client'
import { prisma } from '~/utils/db.server'
import { slugify } from '~/utils/slug'
import { invalidatingChanges, type InvalidatingChange, type StoredProgramme } from './changes'
import { toLocalDateTimeInput } from './deadline'
import { officerOrganizations, programmeForOfficer } from './officers.server'
import { effectiveProgrammeStatus, officerProgrammeActions } from './programme-lifecycle'
import type { ProgrammeInput } from './schemas'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

type SaveProgrammeResult =
	| { ok: true; programmeId: string }
	| { ok: false; status: 404 }
	| { ok: false; status: 400; field: string; error: string }
	| { ok: false; status: 409; changes: InvalidatingChange[] }

export async function programmeEditorOptions(user: SessionUser) {
	const [organizations, fields, communes] = await Promise.all([
		officerOrganizations(user),
		prisma.field.findMany({ where: { active: true }, orderBy: { sortOrder: 'asc' }, select: { slug: true, nameVi: true, nameEn: true } }),
		prisma.commune.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { code: true, name: true } }),
	])
	return { organizations, fields, communes }
}

const storedSelect = {
	organizationId: true, title: true, summary: true, description: true, supportType: true, coFundingPercent: true, totalBudgetVnd: true, maxPerApplicationVnd: true,
	eligibleOrganizationTypes: true, eligibleEnterpriseSizes: true, minTrl: true, opensAt: true, closesAt: true, reviewersPerApplication: true, requiredReviews: true,
	allowMultipleApplications: true, processingLimitDays: true, publishScores: true,
	eligibleFields: { select: { field: { select: { slug: true } } } },
	eligibleCommunes: { select: { commune: { select: { code: true } } } },
	questions: { orderBy: { sortOrder: 'asc' }, select: { id: true, type: true, label: true, help: true, required: true, options: true, maxLength: true } },
	documents: { orderBy: { sortOrder: 'asc' }, select: { id: true, title: true, description: true, required: true } },
	criteria: { orderBy: { sortOrder: 'asc' }, select: { id: true, title: true, description: true, weight: true, maxScore: true } },
} satisfies Prisma.ProgrammeSelect

type StoredRow = Prisma.ProgrammeGetPayload<{ select: typeof storedSelect }>

function toStored(row: StoredRow): StoredProgramme {
	return {
		organizationId: row.organizationId,
		title: row.title,
		summary: row.summary,
		description: row.description,
		supportType: row.supportType,
		coFundingPercent: row.coFundingPercent ?? undefined,
		totalBudgetVnd: row.totalBudgetVnd === null ? null : Number(row.totalBudgetVnd),
		maxPerApplicationVnd: row.maxPerApplicationVnd === null ? null : Number(row.maxPerApplicationVnd),
		eligibleOrganizationTypes: row.eligibleOrganizationTypes,
		eligibleEnterpriseSizes: row.eligibleEnterpriseSizes,
		fields: row.eligibleFields.map((f) => f.field.slug),
		communeCodes: row.eligibleCommunes.map((c) => c.commune.code),
		minTrl: row.minTrl ?? undefined,
		opensAt: row.opensAt,
		closesAt: row.closesAt,
		reviewersPerApplication: row.reviewersPerApplication,
		requiredReviews: row.requiredReviews,
		allowMultipleApplications: row.allowMultipleApplications,
		processingLimitDays: row.processingLimitDays,
		publishScores: row.publishScores,
		questions: row.questions.map((q) => ({ ...q, maxLength: q.maxLength ?? undefined })),
		documents: row.documents,
		criteria: row.criteria.map((c) => ({ ...c, weight: c.weight.toNumber() })),
	}
}

async function usageOf(db: Prisma.TransactionClient | typeof prisma, programmeId: string, now: Date) {
	const [applications, submitted, scores] = await Promise.all([
		db.application.count({ where: { programmeId } }),
		db.application.count({ where: { programmeId, submittedAt: { not: null } } }),
		db.reviewScore.count({ where: { criterion: { programmeId } } }),
	])
	return { applications, submitted, reviewsStarted: scores > 0, now }
}

// The editor's values, as the form's fields hold them (dates in Viet Nam time,
// amounts and choices as text).
export async function programmeFormValues(user: SessionUser, programmeId: string, now = new Date()) {
	const programme = await programmeForOfficer(user, programmeId)
	if (!programme) return null
	const row = await prisma.programme.findUniqueOrThrow({ where: { id: programmeId }, select: storedSelect })
	const stored = toStored(row)
	const usage = await usageOf(prisma, programmeId, now)
	const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value))
	return {
		programme,
		usage: { applications: usage.applications, submitted: usage.submitted, reviewsStarted: usage.reviewsStarted },
		values: {
			...stored,
			coFundingPercent: text(stored.coFundingPercent),
			totalBudgetVnd: text(stored.totalBudgetVnd),
			maxPerApplicationVnd: text(stored.maxPerApplicationVnd),
			minTrl: text(stored.minTrl),
			opensAt: toLocalDateTimeInput(stored.opensAt),
			closesAt: toLocalDateTimeInput(stored.closesAt),
			reviewersPerApplication: String(stored.reviewersPerApplication),
			requiredReviews: String(stored.requiredReviews),
			processingLimitDays: String(stored.processingLimitDays),
			allowMultipleApplications: stored.allowMultipleApplications ? 'on' : undefined,
			publishScores: stored.publishScores ? 'on' : undefined,
			questions: stored.questions.map((q) => ({ ...q, options: q.options.join('\n'), maxLength: text(q.maxLength), required: q.required ? 'on' : undefined })),
			documents: stored.documents.map((d) => ({ ...d, required: d.required ? 'on' : undefined })),
			criteria: stored.criteria.map((c) => ({ ...c, weight: String(c.weight), maxScore: String(c.maxScore) })),
		},
	}
}

async function uniqueSlug(title: string) {
	const root = slugify(title, 70)
	for (let attempt = 0; attempt < 20; attempt++) {
		const slug = attempt === 0 ? root : `${root}-${attempt + 1}`
		if (!(await prisma.programme.findUnique({ where: { slug }, select: { id: true } }))) return slug
	}
	return `${root}-${encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(4)))}`
}

async function resolveTaxonomy(input: ProgrammeInput) {
	const [fields, communes] = await Promise.all([
		prisma.field.findMany({ where: { slug: { in: input.fields } }, select: { id: true, slug: true } }),
		prisma.commune.findMany({ where: { code: { in: input.communeCodes } }, select: { id: true, code: true } }),
	])
	if (fields.length !== new Set(input.fields).size) return { error: { field: 'fields', error: 'programmeValidation.choiceInvalid' } }
	if (communes.length !== new Set(input.communeCodes).size) return { error: { field: 'communeCodes', error: 'programmeValidation.choiceInvalid' } }
	return { fieldIds: fields.map((f) => f.id), communeIds: communes.map((c) => c.id) }
}

function scalarData(input: ProgrammeInput) {
	return {
		title: input.title,
		summary: input.summary,
		description: input.description,
		supportType: input.supportType,
		coFundingPercent: input.supportType === 'CO_FUNDING' ? (input.coFundingPercent ?? null) : null,
		totalBudgetVnd: input.totalBudgetVnd === null ? null : BigInt(input.totalBudgetVnd),
		maxPerApplicationVnd: input.maxPerApplicationVnd === null ? null : BigInt(input.maxPerApplicationVnd),
		eligibleOrganizationTypes: input.eligibleOrganizationTypes,
		eligibleEnterpriseSizes: input.eligibleEnterpriseSizes,
		minTrl: input.minTrl ?? null,
		opensAt: input.opensAt,
		closesAt: input.closesAt,
		reviewersPerApplication: input.reviewersPerApplication,
		requiredReviews: input.requiredReviews,
		allowMultipleApplications: input.allowMultipleApplications,
		processingLimitDays: input.processingLimitDays,
		publishScores: input.publishScores,
	}
}

// Creates, updates and removes the rows of one list (questions, documents, criteria)
// so that the stored order is the order of the form.
async function syncList<Item extends { id?: string }>(
	existingIds: string[],
	items: Item[],
	ops: { update: (id: string, item: Item, sortOrder: number) => Promise<unknown>; create: (item: Item, sortOrder: number) => Promise<unknown>; remove: (ids: string[]) => Promise<unknown> },
) {
	const kept = new Set(items.map((item) => item.id).filter((id): id is string => Boolean(id)))
	const removed = existingIds.filter((id) => !kept.has(id))
	if (removed.length) await ops.remove(removed)
	for (const [index, item] of items.entries()) {
		if (item.id) await ops.update(item.id, item, index)
		else await ops.create(item, index)
	}
}

function questionData(q: ProgrammeInput['questions'][number], sortOrder: number) {
	return { sortOrder, type: q.type, label: q.label, help: q.help, required: q.required, options: q.type === 'CHOICE' ? q.options : [], maxLength: q.maxLength ?? null }
}

export async function saveProgramme(user: SessionUser, programmeId: string | null, input: ProgrammeInput, ctx: Ctx, now = new Date()): Promise<SaveProgrammeResult> {
	const current = programmeId ? await programmeForOfficer(user, programmeId) : null
	if (programmeId && !current) return { ok: false, status: 404 }
	// One of the officer's own (existing) organisations, or the one the programme already has.
	const allowed = (await officerOrganizations(user)).some((o) => o.id === input.organizationId) || current?.organizationId === input.organizationId
	if (!allowed) return { ok: false, status: 400, field: 'organizationId', error: 'programmeValidation.organizationRequired' }
	const taxonomy = await resolveTaxonomy(input)
	if ('error' in taxonomy) return { ok: false, status: 400, ...taxonomy.error! }

	if (!programmeId) {
		const create = (slug: string) => prisma.$transaction(async (tx) => {
			const programme = await tx.programme.create({
				data: {
					...scalarData(input),
					slug,
					organizationId: input.organizationId,
					createdById: user.id,
					eligibleFields: { create: taxonomy.fieldIds.map((fieldId) => ({ fieldId })) },
					eligibleCommunes: { create: taxonomy.communeIds.map((communeId) => ({ communeId })) },
					questions: { create: input.questions.map((q, index) => questionData(q, index)) },
					documents: { create: input.documents.map((d, index) => ({ sortOrder: index, title: d.title, description: d.description, required: d.required })) },
					criteria: { create: input.criteria.map((c, index) => ({ sortOrder: index, title: c.title, description: c.description, weight: c.weight, maxScore: c.maxScore })) },
				},
				select: { id: true },
			})
			await audit({ action: 'programme.created', actorId: user.id, entityType: 'programme', entityId: programme.id, ...ctx }, tx)
			return programme
		})
		const slug = await uniqueSlug(input.title)
		const created = await create(slug).catch((error: unknown) => {
			// Two officers creating programmes of the same title at once: the second gets a suffix.
			if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return create(`${slug}-${encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(4)))}`)
			throw error
		})
		return { ok: true, programmeId: created.id }
	}

	return prisma.$transaction(async (tx): Promise<SaveProgrammeResult> => {
		// Serialises edits of one programme, so two officers cannot both pass the checks below.
		await tx.$queryRaw`SELECT "id" FROM "Programme" WHERE "id" = ${programmeId} FOR UPDATE`
		const before = toStored(await tx.programme.findUniqueOrThrow({ where: { id: programmeId }, select: storedSelect }))
		// Ids the form sends back must be this programme's own rows; anything else counts as new.
		const own = <T extends { id?: string }>(items: T[], stored: { id: string }[]) => items.map((item) => (item.id && stored.some((s) => s.id === item.id) ? item : { ...item, id: undefined }))
		const after: ProgrammeInput = { ...input, questions: own(input.questions, before.questions), documents: own(input.documents, before.documents), criteria: own(input.criteria, before.criteria) }
		const changes = invalidatingChanges(before, after, await usageOf(tx, programmeId, now))
		if (changes.length) return { ok: false, status: 409, changes }

		await tx.programme.update({ where: { id: programmeId }, data: { ...scalarData(after), organizationId: after.organizationId } })
		await tx.programmeField.deleteMany({ where: { programmeId } })
		await tx.programmeField.createMany({ data: taxonomy.fieldIds.map((fieldId) => ({ programmeId, fieldId })) })
		await tx.programmeCommune.deleteMany({ where: { programmeId } })
		await tx.programmeCommune.createMany({ data: taxonomy.communeIds.map((communeId) => ({ programmeId, communeId })) })
		await syncList(before.questions.map((q) => q.id), after.questions, {
			remove: (ids) => tx.programmeQuestion.deleteMany({ where: { programmeId, id: { in: ids } } }),
			update: (id, q, index) => tx.programmeQuestion.update({ where: { id }, data: questionData(q, index) }),
			create: (q, index) => tx.programmeQuestion.create({ data: { programmeId, ...questionData(q, index) } }),
		})
		await syncList(before.documents.map((d) => d.id), after.documents, {
			remove: (ids) => tx.requiredDocument.deleteMany({ where: { programmeId, id: { in: ids } } }),
			update: (id, d, index) => tx.requiredDocument.update({ where: { id }, data: { sortOrder: index, title: d.title, description: d.description, required: d.required } }),
			create: (d, index) => tx.requiredDocument.create({ data: { programmeId, sortOrder: index, title: d.title, description: d.description, required: d.required } }),
		})
		await syncList(before.criteria.map((c) => c.id), after.criteria, {
			remove: (ids) => tx.rubricCriterion.deleteMany({ where: { programmeId, id: { in: ids } } }),
			update: (id, c, index) => tx.rubricCriterion.update({ where: { id }, data: { sortOrder: index, title: c.title, description: c.description, weight: c.weight, maxScore: c.maxScore } }),
			create: (c, index) => tx.rubricCriterion.create({ data: { programmeId, sortOrder: index, title: c.title, description: c.description, weight: c.weight, maxScore: c.maxScore } }),
		})
		await audit({ action: 'programme.updated', actorId: user.id, entityType: 'programme', entityId: programmeId, ...ctx }, tx)
		return { ok: true, programmeId }
	})
}

// The officer's list: every programme of the organisations they run programmes for.
export async function listManagedProgrammes(user: SessionUser, now = new Date()) {
	const organizations = await officerOrganizations(user)
	const programmes = await prisma.programme.findMany({
		where: { organizationId: { in: organizations.map((o) => o.id) } },
		orderBy: [{ createdAt: 'desc' }],
		select: {
			id: true, slug: true, title: true, status: true, opensAt: true, closesAt: true, resultsPublishedAt: true,
			organization: { select: { name: true } },
			applications: { where: { submittedAt: { not: null } }, select: { status: true } },
		},
	})
	return {
		organizations,
		programmes: programmes.map(({ applications, ...programme }) => ({
			...programme,
			status: effectiveProgrammeStatus(programme, now),
			actions: officerProgrammeActions(programme, now),
			submitted: applications.length,
			awaitingAction: applications.filter((a) => ['SUBMITTED', 'RESUBMITTED', 'SCREENING', 'IN_REVIEW'].includes(a.status)).length,
		})),
	}
}
