import { beforeAll, describe, expect, test } from 'vitest'
import { action as taxonomyAction } from '~/routes/admin/taxonomy'
import { prisma } from '~/utils/db.server'
import { createWorld, expectMatrix, type World } from '../support/auth-matrix'
import { formRequest, invoke } from '../support/routes'

let world: World
beforeAll(async () => {
	world = await createWorld()
})

function post(fields: Record<string, string>) {
	return invoke(taxonomyAction, formRequest('/admin/taxonomy', fields, world.cookies.admin!))
}

describe('taxonomy administration', () => {
	test('only administrators edit fields and synonyms', async () => {
		const field = await prisma.field.findUniqueOrThrow({ where: { slug: 'energy' } })
		await expectMatrix({
			world,
			handler: taxonomyAction,
			url: '/admin/taxonomy',
			form: () => ({ intent: 'update-field', fieldId: field.id, nameVi: 'Năng lượng', nameEn: 'Energy', sortOrder: '80', active: 'on' }),
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 'ok' },
		})
	})

	test('renaming a field, adding one, and editing synonyms take effect without a deploy', async () => {
		const field = await prisma.field.findUniqueOrThrow({ where: { slug: 'logistics' } })
		await post({ intent: 'update-field', fieldId: field.id, nameVi: 'Logistics và chuỗi cung ứng', nameEn: 'Logistics and supply chain', sortOrder: '140', active: 'on' })
		expect(await prisma.field.findUniqueOrThrow({ where: { id: field.id } })).toMatchObject({ nameVi: 'Logistics và chuỗi cung ứng', slug: 'logistics' })

		await post({ intent: 'create-field', nameVi: 'Du lịch thông minh', nameEn: 'Smart tourism', sortOrder: '150' })
		expect(await prisma.field.findUnique({ where: { slug: 'smart-tourism' } })).toMatchObject({ nameVi: 'Du lịch thông minh', active: true })
		expect(await post({ intent: 'create-field', nameVi: 'Du lịch thông minh', nameEn: 'Smart tourism' })).toMatchObject({ init: { status: 409 } })

		await post({ intent: 'save-synonym', term: 'máy bay không người lái', synonyms: 'drone, UAV, drone' })
		expect((await prisma.searchSynonym.findUniqueOrThrow({ where: { term: 'máy bay không người lái' } })).synonyms).toEqual(['drone', 'UAV'])
		const invalid = await post({ intent: 'save-synonym', term: 'AI', synonyms: ' , ' })
		expect(invalid).toMatchObject({ init: { status: 400 } })
		expect(JSON.stringify(invalid)).toContain('validation.taxonomy.synonymsRequired')
		expect((await prisma.searchSynonym.findUniqueOrThrow({ where: { term: 'AI' } })).synonyms).toContain('trí tuệ nhân tạo')
	})
})
