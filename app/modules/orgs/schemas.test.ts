import { describe, expect, test } from 'vitest'
import { OrganizationSchema, VerificationDecisionSchema } from './schemas'

const enterprise = { name: 'Công ty Cổ phần Dệt may Thành Nam', type: 'ENTERPRISE', size: 'SMALL', taxCode: '0601234567', fields: ['textile-garment'] }

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
		expect(OrganizationSchema.safeParse({ name: 'Viện Nghiên cứu Lúa', type: 'RESEARCH_INSTITUTE', fields: 'agriculture' }).success).toBe(true)
	})

	test('website must be http(s)', () => {
		expect(fieldErrors({ ...enterprise, website: 'javascript:alert(1)' })).toEqual({ website: 'validation.org.websiteInvalid' })
		expect(OrganizationSchema.parse({ ...enterprise, website: 'https://thanhnam.vn' }).website).toBe('https://thanhnam.vn')
	})

	test('at least one and at most 8 fields of activity; the commune is optional', () => {
		expect(fieldErrors({ ...enterprise, fields: undefined })).toEqual({ fields: 'orgs.validation.fieldRequired' })
		expect(fieldErrors({ ...enterprise, fields: [] })).toEqual({ fields: 'orgs.validation.fieldRequired' })
		expect(fieldErrors({ ...enterprise, fields: Array.from({ length: 9 }, (_, i) => `f${i}`) })).toEqual({ fields: 'orgs.validation.tooManyFields' })
		// One checkbox sends a single value, several send a list.
		expect(OrganizationSchema.parse({ ...enterprise, fields: 'agriculture' }).fields).toEqual(['agriculture'])
		expect(OrganizationSchema.parse({ ...enterprise, communeCode: '14321' }).communeCode).toBe('14321')
		expect(OrganizationSchema.parse(enterprise).communeCode).toBeUndefined()
	})
})

describe('VerificationDecisionSchema', () => {
	test('a rejection needs a reason; an approval does not', () => {
		expect(VerificationDecisionSchema.safeParse({ organizationId: 'o1', decision: 'approve' }).success).toBe(true)
		const rejected = VerificationDecisionSchema.safeParse({ organizationId: 'o1', decision: 'reject', reason: '  ' })
		expect(rejected.success).toBe(false)
		expect(rejected.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['reason', 'orgs.validation.reasonRequired']])
		expect(VerificationDecisionSchema.safeParse({ organizationId: 'o1', decision: 'reject' }).error?.issues[0]?.message).toBe('orgs.validation.reasonRequired')
		expect(VerificationDecisionSchema.parse({ organizationId: 'o1', decision: 'reject', reason: ' Mã số thuế không khớp ' }).reason).toBe('Mã số thuế không khớp')
	})
})
