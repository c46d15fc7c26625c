import { randomUUID } from 'node:crypto'
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, test } from 'vitest'
import * as auditCsvRoute from '~/routes/admin/audit-csv'
import * as auditRoute from '~/routes/admin/audit'
import { prisma } from '~/utils/db.server'
import { createWorld, expectMatrix, type World } from '../support/auth-matrix'
import { createUser } from '../support/factories'
import { getRequest, invoke, payloadOf, statusOf } from '../support/routes'

let world: World
let actor: { id: string; email: string; name: string }
const stamp = randomUUID().slice(0, 8)
beforeAll(async () => {
	world = await createWorld()
	actor = await createUser({ name: `Trần Thị Kiểm Toán ${stamp}`, email: `kiem-toan-${stamp}@example.vn` })
	await prisma.auditLog.createMany({
		data: [
			// 23:30 on 4 March in Viet Nam, then 00:30 on 5 March.
			{ actorId: actor.id, action: 'organization.updated', entityType: 'organization', entityId: world.organization.id, createdAt: new Date('2026-03-04T16:30:00Z'), ipAddress: '203.0.113.7' },
			{ actorId: actor.id, action: 'listing.approve', entityType: 'listing', entityId: `=HYPERLINK("x")`, createdAt: new Date('2026-03-04T17:30:00Z'), metadata: { reason: 'ok' } },
			...Array.from({ length: 55 }, (_, i) => ({ actorId: actor.id, action: 'auth.login.success', createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) })),
		],
	})
})

type Page = { total: number; pages: number; rows: { action: string; entityId: string | null; createdAt: string; actor: { name: string; email: string } | null; link: string | null }[]; errors: Record<string, string>; input: Record<string, string> }

async function view(query: Record<string, string>, cookie = world.cookies.admin!) {
	return payloadOf<Page>(await invoke(auditRoute.loader, getRequest(`/admin/audit?${new URLSearchParams(query)}`, cookie)))
}

describe('audit-log viewer', () => {
	test('only administrators read the log and export it; the viewer has no way to change it', async () => {
		for (const handler of [auditRoute.loader, auditCsvRoute.loader]) {
			await expectMatrix({
				world,
				handler,
				url: '/admin/audit',
				method: 'GET',
				expected: { anonymous: 'login', member: 403, otherOrgMember: 403, owner: 403, moderator: 403, admin: 'ok' },
			})
		}
		expect('action' in auditRoute).toBe(false)
		expect('action' in auditCsvRoute).toBe(false)
		await expect(prisma.auditLog.updateMany({ where: { actorId: actor.id }, data: { action: 'x' } })).rejects.toThrow(/append-only/)
	})

	test('filters by actor (name or e-mail), action, object and Viet Nam dates; newest first, paged, with readable actors and object links', async () => {
		const byEmail = await view({ actor: `KIEM-TOAN-${stamp}` })
		expect(byEmail.total).toBe(57)
		expect(byEmail.pages).toBe(2)
		expect(byEmail.rows).toHaveLength(50)
		expect(byEmail.rows[0]).toMatchObject({ action: 'listing.approve', actor: { name: actor.name, email: actor.email } })
		const times = byEmail.rows.map((r) => r.createdAt)
		expect(times).toEqual([...times].sort().reverse())
		expect((await view({ actor: `KIEM-TOAN-${stamp}`, page: '2' })).rows).toHaveLength(7)

		const byName = await view({ actor: `kiểm toán ${stamp}`, action: 'organization.updated' })
		expect(byName.rows).toEqual([expect.objectContaining({ entityId: world.organization.id, link: `/organizations/${world.organization.slug}` })])

		const byObject = await view({ entityType: 'organization', entityId: world.organization.id, actor: actor.email })
		expect(byObject.total).toBe(1)

		// 5 March in Viet Nam starts at 17:00 UTC on the 4th.
		const day = await view({ actor: actor.email, from: '05/03/2026', to: '05/03/2026' })
		expect(day.rows.map((r) => r.action)).toEqual(['listing.approve'])
		const dateInput = await view({ actor: actor.email, from: '2026-03-04', to: '2026-03-04' })
		expect(dateInput.rows.map((r) => r.action)).toEqual(['organization.updated'])

		const bad = await view({ actor: actor.email, from: '31/02/2026' })
		expect(bad.errors).toEqual({ from: 'auditLog.errors.dateInvalid' })
		expect(bad.input.from).toBe('31/02/2026')
	})

	test('each look at the log is itself logged with its filters', async () => {
		const viewer = world.users.admin.id
		await view({ action: 'listing.approve' })
		const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: 'admin.audit.viewed', actorId: viewer }, orderBy: { createdAt: 'desc' } })
		expect(entry.metadata).toMatchObject({ filters: { action: 'listing.approve' }, page: 1 })
	})

	test('the CSV export holds the filtered set, in the viewer language, as an attachment with a BOM, safe from formulas, and is audited', async () => {
		const response = (await invoke(auditCsvRoute.loader, getRequest(`/admin/audit.csv?${new URLSearchParams({ actor: actor.email, from: '04/03/2026' })}`, `${world.cookies.admin}; lang=en`))) as Response
		expect(response.status).toBe(200)
		expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
		expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="nhat-ky-\d{4}-\d{2}-\d{2}\.csv"$/)
		const bytes = new Uint8Array(await response.arrayBuffer())
		// UTF-8 with a byte-order mark, so Excel reads Vietnamese correctly.
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
		const text = new TextDecoder().decode(bytes)
		const [header, ...rows] = parse(text, { bom: true }) as string[][]
		expect(header.slice(0, 5)).toEqual(['Time', 'Action', 'Action code', 'Name', 'E-mail'])
		expect(rows.map((r) => r[2])).toEqual(['listing.approve', 'organization.updated'])
		expect(rows[0]).toEqual(expect.arrayContaining(['Listing approved', actor.name, actor.email, `'=HYPERLINK("x")`]))
		expect(rows[1][0]).toBe('04/03/2026, 23:30')
		expect(rows[1]).toContain('203.0.113.7')
		const logged = await prisma.auditLog.findFirstOrThrow({ where: { action: 'admin.audit.exported', actorId: world.users.admin.id }, orderBy: { createdAt: 'desc' } })
		expect(logged.metadata).toMatchObject({ rows: 2, filters: { actor: actor.email, from: '04/03/2026' } })

		const vietnamese = parse(await ((await invoke(auditCsvRoute.loader, getRequest(`/admin/audit.csv?actor=${actor.id}&action=listing.approve`, world.cookies.admin))) as Response).text(), { bom: true }) as string[][]
		expect(vietnamese[0][0]).toBe('Thời gian')
		expect(vietnamese[1][1]).toBe('Duyệt tin đăng')

		expect(statusOf(await invoke(auditCsvRoute.loader, getRequest('/admin/audit.csv?from=hôm-qua', world.cookies.admin)))).toBe(400)
	})
})
