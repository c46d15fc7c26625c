import { describe, expect, test } from 'vitest'
import { OrganizationSchema } from './schemas'

const enterprise = { name: 'Công ty Cổ phần Dệt may Thành Nam', type: 'ENTERPRISE', size: 'SMALL', taxCode: '0601234567' }

function fieldErrors(input: Record<string, unknown>) {
	const result = OrganizationSchema.safeParse(input)
	return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('OrganizationSchema', () => {
	test('an enterprise needs a 10- or 13-digit tax code and a size', () => {
		expect(OrganizationSchema.parse(enterprise).taxCode).toBe('0601234567')
		expect(OrganizationSchema.parse({ ...enterprise, taxCode: '0601234567-001' }).taxCode).toBe('0601234567001')
		expect(fieldErrors({ ...enterprise, taxCode: '060123456' })).toEqual({ taxCode: 'validation.org.taxCodeInvalid' })
		expect(fieldErrors({ ...enterprise, taxCode: '06012345678' })).toEqual({ taxCode: 'validation.org.taxCodeInvalid' })
		expect(fieldErrors({ ...enterprise, taxCode: '06012345ab' })).toEqual({ taxCode: 'validation.org.taxCodeInvalid' })
		expect(fieldErrors({ ...enterprise, taxCode: undefined, size: undefined })).toEqual({
			taxCode: 'validation.org.taxCodeRequired',
			size: 'validation.org.sizeRequired',
		})
	})

	test('other types need neither', () => {
		expect(OrganizationSchema.safeParse({ name: 'Viện Nghiên cứu Lúa', type: 'RESEARCH_INSTITUTE' }).success).toBe(true)
	})

	test('website must be http(s)', () => {
		expect(fieldErrors({ ...enterprise, website: 'javascript:alert(1)' })).toEqual({ website: 'validation.org.websiteInvalid' })
		expect(OrganizationSchema.parse({ ...enterprise, website: 'https://thanhnam.vn' }).website).toBe('https://thanhnam.vn')
	})
})
