import type { AppLoadContext } from '@remix-run/node'
import { z } from 'zod'
import { audit } from '~/modules/audit/audit.server'
import { deleteAttachment, storeUpload } from '~/modules/files/files.server'
import { prisma } from '~/utils/db.server'
import type { ProvinceSettingsInput } from './schemas'

type Ctx = { request: Request; context?: Partial<AppLoadContext> }

// The province is configuration, never code: provinces merge and rename. The row
// written by the first migration holds only the four names; every later field has a
// default, so that row (and any older one) still reads.
const text = z.string().catch('')
const provinceSchema = z.object({
	nameVi: z.string(),
	nameEn: z.string(),
	agencyVi: z.string(),
	agencyEn: z.string(),
	shortName: text.default(''),
	address: text.default(''),
	phone: text.default(''),
	email: text.default(''),
	website: text.default(''),
	// An Attachment (image) served publicly at /province/logo/<id>.
	logoId: z.string().nullable().catch(null).default(null),
})

export type Province = z.infer<typeof provinceSchema>

const fallback: Province = {
	nameVi: 'Ninh Bình',
	nameEn: 'Ninh Binh',
	agencyVi: 'Sở Khoa học và Công nghệ',
	agencyEn: 'Department of Science and Technology',
	shortName: '',
	address: '',
	phone: '',
	email: '',
	website: '',
	logoId: null,
}

export function readProvince(value: unknown): Province {
	const parsed = provinceSchema.safeParse(value)
	return parsed.success ? parsed.data : fallback
}

export async function getProvince(): Promise<Province> {
	const setting = await prisma.setting.findUnique({ where: { key: 'province' }, select: { value: true } })
	return readProvince(setting?.value)
}

export function provinceLogoUrl(province: Pick<Province, 'logoId'>) {
	return province.logoId ? `/province/logo/${province.logoId}` : null
}

async function writeProvince(tx: Pick<typeof prisma, 'setting'>, value: Province) {
	await tx.setting.upsert({ where: { key: 'province' }, create: { key: 'province', value }, update: { value } })
}

export async function saveProvince(actorId: string, input: ProvinceSettingsInput, ctx: Ctx) {
	await prisma.$transaction(async (tx) => {
		const current = readProvince((await tx.setting.findUnique({ where: { key: 'province' }, select: { value: true } }))?.value)
		const next: Province = {
			...current,
			nameVi: input.nameVi,
			nameEn: input.nameEn,
			agencyVi: input.agencyVi,
			agencyEn: input.agencyEn,
			shortName: input.shortName ?? '',
			address: input.address ?? '',
			phone: input.phone ?? '',
			email: input.email ?? '',
			website: input.website ?? '',
		}
		const changed = (Object.keys(next) as (keyof Province)[]).filter((key) => next[key] !== current[key])
		await writeProvince(tx, next)
		// Only the names of the changed fields: the values are public anyway and stay in the settings.
		await audit({ action: 'settings.province.updated', actorId, entityType: 'setting', entityId: 'province', metadata: { changed }, ...ctx }, tx)
	})
}

// The logo goes through the upload pipeline (type from the bytes, re-encoded); the
// previous one is removed once the new one is in place.
export async function setProvinceLogo(actorId: string, file: File, ctx: Ctx) {
	const stored = await storeUpload({ file, kind: 'IMAGE', uploadedById: actorId, approved: true })
	const previous = await prisma.$transaction(async (tx) => {
		const current = readProvince((await tx.setting.findUnique({ where: { key: 'province' }, select: { value: true } }))?.value)
		await writeProvince(tx, { ...current, logoId: stored.id })
		await audit({ action: 'settings.province.logo', actorId, entityType: 'setting', entityId: 'province', metadata: { attachmentId: stored.id }, ...ctx }, tx)
		return current.logoId
	})
	if (previous && previous !== stored.id) await deleteAttachment(previous)
	return stored
}

// The current logo's stored file, or null (an old id is not served: the URL changes with the logo).
export async function findProvinceLogo(id: string) {
	const province = await getProvince()
	if (!province.logoId || province.logoId !== id) return null
	return prisma.attachment.findFirst({ where: { id, deletedAt: null }, select: { storageKey: true, contentType: true, fileName: true } })
}
