import { describe, expect, test } from 'vitest'
import { listingSchemas } from './schemas'

const base = {
	organizationId: 'org_1',
	title: 'Quy trình nuôi tôm thẻ chân trắng siêu thâm canh',
	summary: 'Nuôi tôm hai giai đoạn trong nhà màng, năng suất 40 tấn/ha.',
	description: '**Ưu điểm:** tiết kiệm nước, giảm dịch bệnh.',
	fields: ['aquaculture'],
	keywords: 'tôm, nhà màng, thâm canh',
}

const valid = {
	TECHNOLOGY_OFFER: { ...base, type: 'TECHNOLOGY_OFFER', trl: '7', transferModes: ['EXCLUSIVE_LICENCE', 'JOINT_RD'], priceVnd: '1.500.000.000', ipStatus: 'PATENTED' },
	PATENT: { ...base, type: 'PATENT', kind: 'INVENTION', applicationNumber: '1-2021-01234', applicationDate: '2021-03-15', grantNumber: '1-0034567', grantDate: '2023-07-01', legalStatus: 'GRANTED', inventors: 'Nguyễn Văn An\nTrần Thị Bình', ipcClasses: 'A01K 61/59, C02F 3/00' },
	TECHNOLOGY_REQUEST: { ...base, type: 'TECHNOLOGY_REQUEST', budgetMinVnd: '300 000 000', budgetMaxVnd: '900000000', deadline: '2027-06-30', preferredTransferModes: 'ASSIGNMENT', isCommissioned: 'on' },
	EXPERT: { ...base, type: 'EXPERT', academicTitle: 'ASSOCIATE_PROFESSOR', degree: 'DOCTORATE', contactEmail: 'an.nguyen@vien.vn', contactPhone: '0912 345 678', languages: 'Tiếng Việt, Tiếng Anh', availableForConsulting: 'on' },
	INCUBATOR: { ...base, type: 'INCUBATOR', services: ['WORKSPACE', 'MENTORING'], capacity: '30', alumniCount: '12' },
	STARTUP: { ...base, type: 'STARTUP', stage: 'MVP', foundedOn: '2024-05-01', teamSize: '8', seeks: ['FUNDING'] },
} as const

function errors(type: keyof typeof listingSchemas, input: Record<string, unknown>) {
	const result = listingSchemas[type].safeParse(input)
	return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]))
}

describe('listing schemas', () => {
	for (const [type, input] of Object.entries(valid)) {
		test(`${type}: a complete listing is valid and Vietnamese text round-trips`, () => {
			const parsed = listingSchemas[type as keyof typeof listingSchemas].parse(input)
			expect(parsed.title).toBe(base.title)
			expect(parsed.summary).toBe(base.summary)
			expect(parsed.keywords).toEqual(['tôm', 'nhà màng', 'thâm canh'])
			expect(parsed.fields).toEqual(['aquaculture'])
		})

		test(`${type}: common fields are checked`, () => {
			expect(errors(type as keyof typeof listingSchemas, { ...input, title: 'abc', summary: 'ngắn', fields: undefined, organizationId: '' })).toEqual({
				title: 'validation.listing.titleTooShort',
				summary: 'validation.listing.summaryTooShort',
				fields: 'validation.listing.fieldRequired',
				// Only an expert profile may belong to the person rather than an organisation.
				...(type === 'EXPERT' ? {} : { organizationId: 'validation.listing.organizationRequired' }),
			})
			expect(errors(type as keyof typeof listingSchemas, { ...input, fields: ['a', 'b', 'c', 'd', 'e', 'f'] })).toEqual({ fields: 'validation.listing.tooManyFields' })
		})
	}

	test('technology offer: VND amounts in any usual writing, TRL 1-9, known transfer modes', () => {
		const offer = listingSchemas.TECHNOLOGY_OFFER.parse(valid.TECHNOLOGY_OFFER)
		expect(offer.priceVnd).toBe(1_500_000_000)
		expect(offer.trl).toBe(7)
		expect(listingSchemas.TECHNOLOGY_OFFER.parse({ ...valid.TECHNOLOGY_OFFER, priceVnd: '' }).priceVnd).toBeNull()
		expect(errors('TECHNOLOGY_OFFER', { ...valid.TECHNOLOGY_OFFER, trl: '10' })).toEqual({ trl: 'validation.listing.trlInvalid' })
		expect(errors('TECHNOLOGY_OFFER', { ...valid.TECHNOLOGY_OFFER, priceVnd: 'một tỷ' })).toEqual({ priceVnd: 'validation.listing.amountInvalid' })
		expect(errors('TECHNOLOGY_OFFER', { ...valid.TECHNOLOGY_OFFER, transferModes: ['GIFT'] })).toEqual({ 'transferModes.0': 'validation.listing.choiceInvalid' })
	})

	test('patent: application number format, granted needs a grant number, dates in order', () => {
		expect(listingSchemas.PATENT.parse(valid.PATENT).inventors).toEqual(['Nguyễn Văn An', 'Trần Thị Bình'])
		expect(errors('PATENT', { ...valid.PATENT, applicationNumber: '2021-01234' })).toEqual({ applicationNumber: 'validation.listing.applicationNumberInvalid' })
		expect(errors('PATENT', { ...valid.PATENT, grantNumber: '' })).toEqual({ grantNumber: 'validation.listing.grantNumberRequired' })
		expect(errors('PATENT', { ...valid.PATENT, grantDate: '2020-01-01' })).toEqual({ grantDate: 'validation.listing.grantBeforeApplication' })
		expect(errors('PATENT', { ...valid.PATENT, applicationDate: '31/02/2021' })).toEqual({ applicationDate: 'validation.listing.dateInvalid' })
		expect(listingSchemas.PATENT.parse({ ...valid.PATENT, applicationDate: '15/03/2019', grantDate: ' 01/02/2020 ' })).toMatchObject({ applicationDate: '2019-03-15', grantDate: '2020-02-01' })
		expect(errors('PATENT', { ...valid.PATENT, kind: undefined })).toEqual({ kind: 'validation.listing.patentKindRequired' })
	})

	test('technology request: budget range in order', () => {
		const request = listingSchemas.TECHNOLOGY_REQUEST.parse(valid.TECHNOLOGY_REQUEST)
		expect(request).toMatchObject({ budgetMinVnd: 300_000_000, budgetMaxVnd: 900_000_000, isCommissioned: true, preferredTransferModes: ['ASSIGNMENT'] })
		expect(errors('TECHNOLOGY_REQUEST', { ...valid.TECHNOLOGY_REQUEST, budgetMinVnd: '2000000000' })).toEqual({ budgetMaxVnd: 'validation.listing.budgetOrder' })
	})

	test('expert: contact details are checked', () => {
		expect(errors('EXPERT', { ...valid.EXPERT, contactEmail: 'khong-phai-email' })).toEqual({ contactEmail: 'validation.email.invalid' })
		expect(errors('EXPERT', { ...valid.EXPERT, contactPhone: 'abc' })).toEqual({ contactPhone: 'validation.phone.invalid' })
		expect(listingSchemas.EXPERT.parse(valid.EXPERT).languages).toEqual(['Tiếng Việt', 'Tiếng Anh'])
	})

	test('incubator and startup: numbers and required stage', () => {
		expect(errors('INCUBATOR', { ...valid.INCUBATOR, capacity: '-3' })).toEqual({ capacity: 'validation.listing.numberInvalid' })
		expect(errors('STARTUP', { ...valid.STARTUP, stage: undefined })).toEqual({ stage: 'validation.listing.stageRequired' })
		expect(errors('STARTUP', { ...valid.STARTUP, teamSize: 'mười' })).toEqual({ teamSize: 'validation.listing.numberInvalid' })
	})
})
