import { describe, expect, test } from 'vitest'
import { createI18n } from '~/utils/i18n'
import { listingTypes } from './listing-types'
import { listingFieldSpecs, referencedIds, revisionDiff, type Names } from './revision-diff'
import { listingSchemas } from './schemas'

const names: Names = {
	organizations: { org1: 'Viện Công nghệ Sinh học', org2: 'Công ty Cổ phần Tràng An' },
	fields: { 'nong-nghiep': 'Nông nghiệp', 'co-khi': 'Cơ khí' },
	communes: { '14500': 'Phường Hoa Lư' },
	patents: { p1: 'Sáng chế máy sấy' },
}
const vi = { t: createI18n('vi').t, locale: 'vi' as const, names }
const en = { t: createI18n('en').t, locale: 'en' as const, names }

function schemaKeys(type: (typeof listingTypes)[number]) {
	const schema = listingSchemas[type] as unknown as { shape?: Record<string, unknown>; def?: { in?: { shape: Record<string, unknown> }; schema?: { shape: Record<string, unknown> } } }
	const shape = schema.shape ?? schema.def?.in?.shape ?? schema.def?.schema?.shape
	if (!shape) throw new Error(`no shape for ${type}`)
	return Object.keys(shape).filter((key) => key !== 'type')
}

describe('revision diff', () => {
	test.each(listingTypes)('every field of the %s form has a place in the diff and a label in both languages', (type) => {
		const specified = listingFieldSpecs[type].map(([field]) => field)
		expect(new Set(specified)).toEqual(new Set(schemaKeys(type)))
		for (const field of specified) {
			for (const { t } of [vi, en]) expect(t(`listingDetails.field.${field}`)).not.toBe(`listingDetails.field.${field}`)
		}
	})

	test('a reordered list is no change; an unchanged version gives no change at all', () => {
		const before = { title: 'Máy sấy', fields: ['nong-nghiep', 'co-khi'], keywords: 'sấy, nông sản, thăng hoa', transferModes: ['JOINT_RD', 'ASSIGNMENT'], priceVnd: '1500000000', trl: '7' }
		// The proposed version as the parsed input holds it: arrays, numbers, in another order.
		const after = { title: 'Máy sấy ', fields: ['co-khi', 'nong-nghiep'], keywords: ['thăng hoa', 'sấy', 'nông sản'], transferModes: ['ASSIGNMENT', 'JOINT_RD'], priceVnd: 1500000000, trl: 7 }
		expect(revisionDiff('TECHNOLOGY_OFFER', before, after, vi)).toEqual([])
	})

	test('changes are labelled and their values translated, in Vietnamese and in English', () => {
		const before = {
			organizationId: 'org1', communeCode: '', fields: ['nong-nghiep'], keywords: 'sấy',
			budgetMinVnd: '', budgetMaxVnd: '500000000', deadline: '2026-03-15', preferredTransferModes: ['ASSIGNMENT'], isCommissioned: '',
		}
		const after = {
			organizationId: 'org2', communeCode: '14500', fields: ['nong-nghiep', 'co-khi'], keywords: ['sấy'],
			budgetMinVnd: 100000000, budgetMaxVnd: 500000000, deadline: '2026-04-30', preferredTransferModes: ['ASSIGNMENT', 'EXCLUSIVE_LICENCE'], isCommissioned: true,
		}
		const changes = revisionDiff('TECHNOLOGY_REQUEST', before, after, vi)
		expect(changes).toEqual([
			{ field: 'organizationId', label: 'Tổ chức sở hữu', before: ['Viện Công nghệ Sinh học'], after: ['Công ty Cổ phần Tràng An'] },
			{ field: 'fields', label: 'Lĩnh vực', before: ['Nông nghiệp'], after: ['Nông nghiệp', 'Cơ khí'] },
			{ field: 'communeCode', label: 'Xã, phường', before: [], after: ['Phường Hoa Lư'] },
			{ field: 'budgetMinVnd', label: 'Ngân sách từ', before: [], after: [expect.stringMatching(/^100\.000\.000\s₫$/)] },
			{ field: 'deadline', label: 'Thời hạn', before: ['15/03/2026'], after: ['30/04/2026'] },
			{ field: 'preferredTransferModes', label: 'Hình thức chuyển giao mong muốn', before: ['Chuyển nhượng quyền sở hữu'], after: ['Chuyển nhượng quyền sở hữu', 'Li-xăng độc quyền'] },
			{ field: 'isCommissioned', label: 'Đặt hàng', before: ['Không'], after: ['Có'] },
		])
		const english = revisionDiff('TECHNOLOGY_REQUEST', before, after, en)
		expect(english.find((c) => c.field === 'preferredTransferModes')).toMatchObject({ label: 'Preferred transfer modes', after: ['Assignment of ownership', 'Exclusive licence'] })
		expect(english.find((c) => c.field === 'isCommissioned')).toMatchObject({ before: ['No'], after: ['Yes'] })
		// Nothing a moderator reads is a raw key.
		for (const change of [...changes, ...english]) for (const value of [change.label, ...change.before, ...change.after]) expect(value).not.toMatch(/^[A-Z_]+$|^[a-z]+\.[a-zA-Z.]+$/)
	})

	test('dates typed dd/mm/yyyy equal the same date stored as yyyy-mm-dd; amounts with separators equal plain ones', () => {
		expect(revisionDiff('STARTUP', { foundedOn: '2021-05-04', stage: 'MVP', seeks: ['FUNDING'] }, { foundedOn: '04/05/2021', stage: 'MVP', seeks: 'FUNDING' }, vi)).toEqual([])
		expect(revisionDiff('TECHNOLOGY_OFFER', { priceVnd: '1.500.000.000' }, { priceVnd: 1500000000 }, vi)).toEqual([])
		expect(revisionDiff('STARTUP', { stage: 'MVP' }, { stage: 'GROWTH' }, en)).toEqual([{ field: 'stage', label: 'Stage', before: ['Minimum viable product'], after: ['Growth'] }])
	})

	test('an expert: title, degree, specialities (reordered lines) and consulting', () => {
		const before = { academicTitle: '', degree: 'DOCTORATE', specialities: 'Vi sinh\nCông nghệ enzyme', availableForConsulting: 'on', languages: 'Anh, Pháp' }
		const after = { academicTitle: 'ASSOCIATE_PROFESSOR', degree: 'DOCTORATE', specialities: ['Công nghệ enzyme', 'Vi sinh'], availableForConsulting: false, languages: ['Pháp', 'Anh'] }
		expect(revisionDiff('EXPERT', before, after, vi)).toEqual([
			{ field: 'academicTitle', label: 'Chức danh', before: [], after: ['Phó Giáo sư (PGS.)'] },
			{ field: 'availableForConsulting', label: 'Sẵn sàng tư vấn', before: ['Có'], after: ['Không'] },
		])
	})

	test('the ids and codes both versions refer to are collected for their names', () => {
		expect(referencedIds('TECHNOLOGY_OFFER', [{ organizationId: 'org1', fields: ['a'], linkedPatentIds: ['p1'] }, { organizationId: 'org2', fields: 'b', communeCode: '1' }])).toEqual({
			organizations: ['org1', 'org2'],
			fields: ['a', 'b'],
			communes: ['1'],
			patents: ['p1'],
		})
	})
})
