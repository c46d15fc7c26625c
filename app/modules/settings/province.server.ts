import { z } from 'zod'
import { prisma } from '~/utils/db.server'

// The province is configuration, never code: provinces merge and rename.
const provinceSchema = z.object({
	nameVi: z.string(),
	nameEn: z.string(),
	agencyVi: z.string(),
	agencyEn: z.string(),
})

export type Province = z.infer<typeof provinceSchema>

const fallback: Province = {
	nameVi: 'Ninh Bình',
	nameEn: 'Ninh Binh',
	agencyVi: 'Sở Khoa học và Công nghệ',
	agencyEn: 'Department of Science and Technology',
}

export async function getProvince(): Promise<Province> {
	const setting = await prisma.setting.findUnique({ where: { key: 'province' }, select: { value: true } })
	const parsed = provinceSchema.safeParse(setting?.value)
	return parsed.success ? parsed.data : fallback
}
