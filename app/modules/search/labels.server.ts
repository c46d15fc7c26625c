// Display names for facet values that live in the database (fields, communes).
import { prisma } from '~/utils/db.server'

export async function fieldNames() {
	const fields = await prisma.field.findMany({ select: { slug: true, nameVi: true, nameEn: true } })
	return Object.fromEntries(fields.map((f) => [f.slug, { vi: f.nameVi, en: f.nameEn }]))
}

export async function communeNames() {
	const communes = await prisma.commune.findMany({ select: { code: true, name: true } })
	return Object.fromEntries(communes.map((c) => [c.code, c.name]))
}
