// The province's settings form. Shared by the page (conform) and the server.
import { z } from 'zod'

const required = (max: number, missing: string, tooLong: string) =>
	z.string({ error: missing }).trim().min(2, { error: missing }).max(max, { error: tooLong })
const optional = (max: number, tooLong: string) => z.string().trim().max(max, { error: tooLong }).optional()

export const ProvinceSettingsSchema = z.object({
	nameVi: required(100, 'settingsValidation.nameRequired', 'settingsValidation.tooLong'),
	nameEn: required(100, 'settingsValidation.nameRequired', 'settingsValidation.tooLong'),
	shortName: optional(40, 'settingsValidation.tooLong'),
	agencyVi: required(200, 'settingsValidation.agencyRequired', 'settingsValidation.tooLong'),
	agencyEn: required(200, 'settingsValidation.agencyRequired', 'settingsValidation.tooLong'),
	address: optional(300, 'settingsValidation.tooLong'),
	phone: z.string().trim().regex(/^\+?[0-9 .()-]{8,20}$/, { error: 'settingsValidation.phoneInvalid' }).optional(),
	email: z.string().trim().toLowerCase().max(200, { error: 'settingsValidation.tooLong' }).pipe(z.email({ error: 'settingsValidation.emailInvalid' })).optional(),
	website: z.url({ protocol: /^https?$/, error: 'settingsValidation.websiteInvalid' }).max(300, { error: 'settingsValidation.tooLong' }).optional(),
})

export type ProvinceSettingsInput = z.infer<typeof ProvinceSettingsSchema>
