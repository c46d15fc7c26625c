// The fields of technology and the search synonyms, edited by administrators
// without a deploy. Slugs are stable identifiers and never change once created.
import type { AppLoadContext } from '@remix-run/node'
import { z } from 'zod'
import { Prisma } from '~/generated/prisma/client'
import { audit } from '~/modules/audit/audit.server'
import { enqueueListingsOfField, enqueueSynonyms } from '~/modules/search/outbox.server'
import { prisma } from '~/utils/db.server'
import { slugify } from '~/utils/slug'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

export const FieldSchema = z.object({
	nameVi: z.string({ error: 'validation.taxonomy.nameRequired' }).trim().min(2, { error: 'validation.taxonomy.nameRequired' }).max(100, { error: 'validation.taxonomy.nameTooLong' }),
	nameEn: z.string({ error: 'validation.taxonomy.nameRequired' }).trim().min(2, { error: 'validation.taxonomy.nameRequired' }).max(100, { error: 'validation.taxonomy.nameTooLong' }),
	sortOrder: z.coerce.number({ error: 'validation.listing.numberInvalid' }).int().min(0).max(10000).default(0),
	active: z.enum(['on']).optional().transform((value) => value === 'on'),
})

export const SynonymSchema = z.object({
	term: z.string({ error: 'validation.taxonomy.termRequired' }).trim().min(1, { error: 'validation.taxonomy.termRequired' }).max(100, { error: 'validation.taxonomy.nameTooLong' }),
	synonyms: z
		.string({ error: 'validation.taxonomy.synonymsRequired' })
		.transform((value) => [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))])
		.pipe(z.array(z.string().max(100)).min(1, { error: 'validation.taxonomy.synonymsRequired' }).max(30)),
})

export async function listTaxonomy() {
	const [fields, synonyms] = await Promise.all([
		prisma.field.findMany({ orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }], select: { id: true, slug: true, nameVi: true, nameEn: true, sortOrder: true, active: true, _count: { select: { listings: true } } } }),
		prisma.searchSynonym.findMany({ orderBy: { term: 'asc' }, select: { id: true, term: true, synonyms: true } }),
	])
	return { fields, synonyms }
}

export async function createField(actorId: string, input: z.infer<typeof FieldSchema>, ctx: Ctx) {
	const slug = slugify(input.nameEn || input.nameVi, 60)
	try {
		const field = await prisma.field.create({ data: { slug, nameVi: input.nameVi, nameEn: input.nameEn, sortOrder: input.sortOrder, active: true }, select: { id: true } })
		await audit({ action: 'taxonomy.field.created', actorId, entityType: 'field', entityId: field.id, ...ctx })
		return { ok: true as const }
	} catch (error) {
		if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false as const, field: 'nameEn', error: 'validation.taxonomy.exists' }
		throw error
	}
}

export async function updateField(actorId: string, fieldId: string, input: z.infer<typeof FieldSchema>, ctx: Ctx) {
	return prisma.$transaction(async (tx) => {
		const { count } = await tx.field.updateMany({ where: { id: fieldId }, data: { nameVi: input.nameVi, nameEn: input.nameEn, sortOrder: input.sortOrder, active: input.active } })
		if (!count) return false
		await enqueueListingsOfField(tx, fieldId)
		await audit({ action: 'taxonomy.field.updated', actorId, entityType: 'field', entityId: fieldId, ...ctx }, tx)
		return true
	})
}

// Synonyms take effect without a deploy: the relay pushes them to Meilisearch.
export async function saveSynonym(actorId: string, input: z.infer<typeof SynonymSchema>, ctx: Ctx) {
	await prisma.$transaction(async (tx) => {
		const synonym = await tx.searchSynonym.upsert({
			where: { term: input.term },
			create: { term: input.term, synonyms: input.synonyms },
			update: { synonyms: input.synonyms },
			select: { id: true },
		})
		await enqueueSynonyms(tx)
		await audit({ action: 'taxonomy.synonym.saved', actorId, entityType: 'synonym', entityId: synonym.id, ...ctx }, tx)
	})
}

export async function deleteSynonym(actorId: string, synonymId: string, ctx: Ctx) {
	return prisma.$transaction(async (tx) => {
		const { count } = await tx.searchSynonym.deleteMany({ where: { id: synonymId } })
		if (!count) return false
		await enqueueSynonyms(tx)
		await audit({ action: 'taxonomy.synonym.deleted', actorId, entityType: 'synonym', entityId: synonymId, ...ctx }, tx)
		return true
	})
}
