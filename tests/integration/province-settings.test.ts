import { randomUUID } from 'node:crypto'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { listActiveCommunes } from '~/modules/settings/communes.server'
import { getProvince, readProvince } from '~/modules/settings/province.server'
import { loader as editorLoader } from '~/routes/listings/editor'
import { loader as logoLoader } from '~/routes/province-logo'
import { action as settingsAction, loader as settingsLoader } from '~/routes/admin/settings'
import { prisma } from '~/utils/db.server'
import { createWorld, expectMatrix, type World } from '../support/auth-matrix'
import { formRequest, getRequest, invoke, payloadOf, routeArgs, statusOf } from '../support/routes'

let world: World
let original: unknown
beforeAll(async () => {
	world = await createWorld()
	original = (await prisma.setting.findUnique({ where: { key: 'province' } }))?.value
})
afterAll(async () => {
	// Other test files read the province: leave it as it was.
	if (original) await prisma.setting.update({ where: { key: 'province' }, data: { value: original as object } })
})

const provinceForm = {
	intent: 'province',
	nameVi: 'Ninh Bình',
	nameEn: 'Ninh Binh',
	shortName: 'NB',
	agencyVi: 'Sở Khoa học và Công nghệ',
	agencyEn: 'Department of Science and Technology',
	address: '2 Lê Đại Hành, phường Hoa Lư',
	phone: '0229 3871 234',
	email: 'sokhcn@ninhbinh.gov.vn',
	website: 'https://sokhcn.ninhbinh.gov.vn',
}

function post(fields: Record<string, string | Blob>, cookie = world.cookies.admin!) {
	return invoke(settingsAction, formRequest('/admin/settings', fields, cookie))
}

// Every commune of the table as a CSV, so an import in this file does not make other files' communes inactive.
async function csvOf(extra: string[] = [], leaveOut: string[] = []) {
	const rows = await prisma.commune.findMany({ where: { active: true, code: { notIn: leaveOut } }, select: { code: true, name: true, kind: true } })
	return ['code,name,kind', ...rows.map((r) => `${r.code},"${r.name}",${r.kind}`), ...extra].join('\n')
}

describe('province settings', () => {
	test('only administrators read and change the settings, the logo and the communes', async () => {
		await expectMatrix({
			world,
			handler: settingsLoader,
			url: '/admin/settings',
			method: 'GET',
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 'ok' },
		})
		await expectMatrix({
			world,
			handler: settingsAction,
			url: '/admin/settings',
			form: () => provinceForm,
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 'ok' },
		})
		const code = `T${randomUUID().slice(0, 8)}`
		await expectMatrix({
			world,
			handler: settingsAction,
			url: '/admin/settings',
			form: () => ({ intent: 'communes-import', csv: '' }),
			// The admin's empty list is refused as a bad file: nothing is deactivated.
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 400 },
		})
		await expectMatrix({
			world,
			handler: settingsAction,
			url: '/admin/settings',
			form: () => {
				const form = new FormData()
				form.set('intent', 'communes-preview')
				form.set('file', new File([`code,name,kind\n${code},Xã Ma Trận,xã`], 'xa.csv', { type: 'text/csv' }))
				return form
			},
			expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 'ok' },
		})
		expect(await prisma.commune.count({ where: { code } })).toBe(0)
	})

	test('the settings row of the first migration still reads, and new fields have defaults', () => {
		const old = readProvince({ nameVi: 'Hà Nam', nameEn: 'Ha Nam', agencyVi: 'Sở KH&CN', agencyEn: 'DOST' })
		expect(old).toMatchObject({ nameVi: 'Hà Nam', shortName: '', address: '', phone: '', email: '', website: '', logoId: null })
		expect(readProvince({ nameVi: 'Hà Nam', nameEn: 'Ha Nam', agencyVi: 'Sở', agencyEn: 'DOST', phone: 42, logoId: 7 })).toMatchObject({ phone: '', logoId: null })
		expect(readProvince(null).nameVi).toBe('Ninh Bình')
	})

	test('contact details are saved and audited; bad ones are refused on their field with a translated message, keeping what was typed', async () => {
		const bad = await post({ ...provinceForm, phone: 'gọi tôi', email: 'sokhcn@', website: 'ftp://x.vn', nameEn: ' ' })
		expect(statusOf(bad)).toBe(400)
		const reply = payloadOf<{ result: { error: Record<string, string[]>; initialValue: Record<string, string> } }>(bad).result
		expect(reply.error).toMatchObject({
			phone: ['settingsValidation.phoneInvalid'],
			email: ['settingsValidation.emailInvalid'],
			website: ['settingsValidation.websiteInvalid'],
			nameEn: ['settingsValidation.nameRequired'],
		})
		expect(reply.initialValue).toMatchObject({ phone: 'gọi tôi', email: 'sokhcn@', address: provinceForm.address })
		expect((await getProvince()).phone).not.toBe('gọi tôi')

		const before = new Date()
		const contact = { ...provinceForm, phone: '+84 229 3871 999', email: 'LienHe@NinhBinh.gov.vn' }
		expect(statusOf(await post(contact))).toBe(302)
		expect(await getProvince()).toMatchObject({ shortName: 'NB', address: provinceForm.address, phone: '+84 229 3871 999', email: 'lienhe@ninhbinh.gov.vn', website: provinceForm.website })
		const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: 'settings.province.updated', actorId: world.users.admin.id, createdAt: { gte: before } } })
		expect(entry.metadata).toMatchObject({ changed: expect.arrayContaining(['phone', 'email']) })
	})

	test('a logo goes through the upload pipeline, is served publicly at its own URL, and a new one replaces it', async () => {
		const picture = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#0a6' } }).jpeg().withMetadata({ exif: { IFD0: { Copyright: 'secret' } } }).toBuffer()
		expect(statusOf(await post({ intent: 'logo', file: new File([picture], 'logo.jpg', { type: 'image/jpeg' }) }))).toBe(302)
		const first = (await getProvince()).logoId!
		expect(first).toBeTruthy()
		const served = (await logoLoader(routeArgs(getRequest(`/province/logo/${first}`), { id: first }))) as Response
		expect(served.headers.get('Content-Type')).toBe('image/jpeg')
		expect(served.headers.get('X-Content-Type-Options')).toBe('nosniff')
		const metadata = await sharp(Buffer.from(await served.arrayBuffer())).metadata()
		expect(metadata).toMatchObject({ width: 300, height: 200 })
		expect(metadata.exif).toBeUndefined()

		// Not an image (whatever its name says): refused, the logo stays.
		const refused = await post({ intent: 'logo', file: new File(['<svg onload=alert(1)>'], 'logo.png', { type: 'image/png' }) })
		expect(statusOf(refused)).toBe(415)
		expect(payloadOf(refused)).toEqual({ logoError: 'upload.unsupportedType' })

		const png = await sharp({ create: { width: 64, height: 64, channels: 4, background: '#fff0' } }).png().toBuffer()
		await post({ intent: 'logo', file: new File([png], 'logo2.png', { type: 'image/png' }) })
		const second = (await getProvince()).logoId!
		expect(second).not.toBe(first)
		expect(await prisma.attachment.count({ where: { id: first } })).toBe(0)
		expect(statusOf(await invoke(logoLoader, getRequest(`/province/logo/${first}`), { id: first }))).toBe(404)
		expect(await prisma.auditLog.count({ where: { action: 'settings.province.logo', actorId: world.users.admin.id } })).toBe(2)
	})

	test('the dry run reports every bad row and writes nothing; the import upserts by code and makes missing communes inactive, never deleting them', async () => {
		const stamp = randomUUID().slice(0, 6).toUpperCase()
		const [keep, rename, drop] = ['A', 'B', 'C'].map((s) => `${stamp}${s}`)
		await prisma.commune.createMany({
			data: [
				{ code: keep, name: `Xã Giữ ${stamp}`, kind: 'COMMUNE' },
				{ code: rename, name: `Xã Cũ ${stamp}`, kind: 'COMMUNE' },
				{ code: drop, name: `Xã Sáp Nhập ${stamp}`, kind: 'COMMUNE' },
			],
		})
		const owner = await prisma.organization.update({ where: { id: world.organization.id }, data: { commune: { connect: { code: drop } } }, select: { id: true } })
		const added = `${stamp}D`
		const auditBefore = await prisma.auditLog.count({ where: { action: 'settings.communes.imported' } })

		const badCsv = await csvOf([`${added},Phường Mới ${stamp},phường`, `${stamp}E,Xã Lỗi,huyện`, `${stamp}/F,Xã Sai,xã`])
		const dry = await post({ intent: 'communes-preview', file: new File([badCsv], 'communes.csv', { type: 'text/csv' }) })
		expect(statusOf(dry)).toBe(400)
		const issues = payloadOf<{ communes: { stage: string; issues: { line: number; field: string; message: string }[] } }>(dry).communes
		expect(issues.stage).toBe('issues')
		expect(issues.issues.map((i) => [i.field, i.message])).toEqual([
			['kind', 'communeImport.errors.kindInvalid'],
			['code', 'communeImport.errors.codeInvalid'],
		])
		expect(await prisma.commune.count({ where: { code: added } })).toBe(0)

		const goodCsv = (await csvOf([`${added},Phường Mới ${stamp},phường`], [drop])).replace(`Xã Cũ ${stamp}`, `Xã Mới Tên ${stamp}`)
		const preview = await post({ intent: 'communes-preview', file: new File([goodCsv], 'communes.csv', { type: 'text/csv' }) })
		expect(statusOf(preview)).toBe(200)
		const plan = payloadOf<{ communes: { stage: 'preview'; csv: string; plan: { created: { code: string }[]; updated: { code: string; previousName: string }[]; deactivated: { code: string; organizations: number }[] } } }>(preview).communes
		expect(plan.plan.created.map((c) => c.code)).toEqual([added])
		expect(plan.plan.updated).toEqual([expect.objectContaining({ code: rename, previousName: `Xã Cũ ${stamp}` })])
		expect(plan.plan.deactivated).toEqual([expect.objectContaining({ code: drop, organizations: 1 })])
		// Still nothing written.
		expect(await prisma.commune.count({ where: { code: added } })).toBe(0)
		expect(await prisma.auditLog.count({ where: { action: 'settings.communes.imported' } })).toBe(auditBefore)

		const imported = await post({ intent: 'communes-import', csv: plan.csv })
		expect(payloadOf<{ communes: { summary: object } }>(imported).communes.summary).toMatchObject({ created: 1, updated: 1, deactivated: 1 })
		expect(await prisma.commune.findUniqueOrThrow({ where: { code: added } })).toMatchObject({ kind: 'WARD', active: true })
		expect(await prisma.commune.findUniqueOrThrow({ where: { code: rename } })).toMatchObject({ name: `Xã Mới Tên ${stamp}`, active: true })
		expect(await prisma.commune.findUniqueOrThrow({ where: { code: drop } })).toMatchObject({ active: false })
		expect(await prisma.commune.findUniqueOrThrow({ where: { code: keep } })).toMatchObject({ active: true })
		// The organisation keeps its (now inactive) commune.
		expect((await prisma.organization.findUniqueOrThrow({ where: { id: owner.id }, select: { commune: { select: { code: true } } } })).commune?.code).toBe(drop)
		expect(await prisma.auditLog.count({ where: { action: 'settings.communes.imported', actorId: world.users.admin.id } })).toBeGreaterThan(0)

		// Selects offer only active communes: the listing editor's too.
		const active = (await listActiveCommunes()).map((c) => c.code)
		expect(active).toContain(added)
		expect(active).not.toContain(drop)
		const editor = payloadOf<{ editor: { communes: { code: string }[] } }>(await invoke(editorLoader, getRequest('/listings/new?type=TECHNOLOGY_OFFER', world.cookies.owner)))
		const offered = editor.editor.communes.map((c) => c.code)
		expect(offered).toContain(added)
		expect(offered).not.toContain(drop)

		// A later list that has the commune again brings it back.
		await post({ intent: 'communes-import', csv: await csvOf([`${drop},Xã Sáp Nhập ${stamp},xã`]) })
		expect(await prisma.commune.findUniqueOrThrow({ where: { code: drop } })).toMatchObject({ active: true })
	})
})
