// Forms speak the user's way (issue 11, item 7): a date typed dd/mm/yyyy and an amount
// typed with thousands separators are stored, and the edit page shows them back the
// same way; a wrong date is a translated field error and the typed text is kept.
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { createMemoryRouter, RouterProvider } from 'react-router-dom'
import { beforeAll, describe, expect, test } from 'vitest'
import { ListingForm } from '~/components/listing-form'
import type { ListingType } from '~/generated/prisma/enums'
import { action as editorAction, loader as editorLoader, meta as editorMeta } from '~/routes/listings/editor'
import { prisma } from '~/utils/db.server'
import { createI18n, type Locale } from '~/utils/i18n'
import { createWorld, type World } from '../support/auth-matrix'
import { formRequest, getRequest, invoke, payloadOf, routeArgs, statusOf } from '../support/routes'

let world: World

function requestForm(overrides: Record<string, string> = {}) {
	return {
		type: 'TECHNOLOGY_REQUEST',
		organizationId: world.organization.id,
		title: 'Cần công nghệ sấy lạnh nông sản bằng bơm nhiệt',
		summary: 'Hợp tác xã cần dây chuyền sấy lạnh 500 kg/mẻ cho rau củ.',
		fields: 'agriculture',
		budgetMinVnd: '500.000.000',
		budgetMaxVnd: '1.500.000.000',
		deadline: '30/06/2027',
		...overrides,
	}
}

// The listing form as the edit page renders it on the server, in a language.
function renderForm(type: ListingType, values: Record<string, unknown>, locale: Locale, lastResult?: unknown) {
	const editor = { organizations: [{ id: world.organization.id, name: 'Tổ chức' }], fields: [{ slug: 'agriculture', nameVi: 'Nông nghiệp', nameEn: 'Agriculture' }], communes: [], patents: [] }
	const element = createElement(ListingForm, { type, editor, defaultValue: values, lastResult: lastResult as never, submitLabel: 'Lưu' })
	const router = createMemoryRouter([{ path: '/', element }])
	return renderToString(createElement(I18nextProvider, { i18n: createI18n(locale) }, createElement(RouterProvider, { router })))
}

const inputOf = (html: string, name: string) => html.match(new RegExp(`<input[^>]*name="${name}"[^>]*>`))?.[0] ?? ''

beforeAll(async () => {
	world = await createWorld()
})

describe('a date and an amount round-trip through the listing form', () => {
	let listingId = ''

	test('typed dd/mm/yyyy and 1.500.000.000, they are stored as a date and a number', async () => {
		const created = (await invoke(editorAction, formRequest('/listings/new', requestForm(), world.cookies.owner))) as Response
		expect(created.status).toBe(302)
		listingId = new URL(created.headers.get('Location')!, 'http://x').searchParams.get('saved')!
		const stored = await prisma.technologyRequest.findUniqueOrThrow({ where: { listingId }, select: { budgetMinVnd: true, budgetMaxVnd: true, deadline: true } })
		expect(stored).toEqual({ budgetMinVnd: 500_000_000n, budgetMaxVnd: 1_500_000_000n, deadline: new Date('2027-06-30T00:00:00Z') })
	})

	test('the edit page shows them back: 30/06/2027 and 500.000.000 (1,500,000,000 in English), required fields marked', async () => {
		const page = await editorLoader(routeArgs(getRequest(`/listings/${listingId}/edit`, world.cookies.owner), { listingId }))
		expect(page.values).toMatchObject({ deadline: '30/06/2027' })
		const vi = renderForm('TECHNOLOGY_REQUEST', page.values!, 'vi')
		expect(inputOf(vi, 'deadline')).toContain('value="30/06/2027"')
		expect(inputOf(vi, 'deadline')).toContain('placeholder="dd/mm/yyyy"')
		expect(inputOf(vi, 'budgetMinVnd')).toContain('value="500.000.000"')
		expect(inputOf(vi, 'budgetMaxVnd')).toContain('value="1.500.000.000"')
		expect(inputOf(vi, 'budgetMaxVnd')).toContain('inputMode="numeric"')
		// The title is required: the control says so, its label shows the mark, the legend explains it.
		expect(inputOf(vi, 'title')).toMatch(/required=""/)
		expect(inputOf(vi, 'deadline')).not.toMatch(/required=""/)
		expect(vi).toContain('Các mục có dấu * là bắt buộc.')
		expect(vi).toMatch(/Tiêu đề<span aria-hidden="true" class="required-mark" data-required-mark=""><\/span><\/label>/)
		expect(vi).not.toMatch(/Thời hạn<span[^>]*required-mark/)
		const en = renderForm('TECHNOLOGY_REQUEST', page.values!, 'en')
		expect(inputOf(en, 'budgetMaxVnd')).toContain('value="1,500,000,000"')
		expect(en).toContain('Fields marked * are required.')
	})

	test('the edit page is titled as an edit, the new page as new', () => {
		const matches = [{ id: 'root', data: { locale: 'vi' } }]
		const title = (mode: 'edit' | 'new') => (editorMeta({ matches, data: { mode } } as never) as { title: string }[])[0]!.title
		expect(title('edit')).toMatch(/^Sửa tin đăng · /)
		expect(title('new')).toMatch(/^Đăng tin mới · /)
	})

	test('saving the edit page unchanged, with the separators it shows, keeps the values', async () => {
		const page = await editorLoader(routeArgs(getRequest(`/listings/${listingId}/edit`, world.cookies.owner), { listingId }))
		const shown = renderForm('TECHNOLOGY_REQUEST', page.values!, 'vi')
		const posted = requestForm({ deadline: inputOf(shown, 'deadline').match(/value="([^"]*)"/)![1]!, budgetMinVnd: inputOf(shown, 'budgetMinVnd').match(/value="([^"]*)"/)![1]! })
		expect(statusOf(await invoke(editorAction, formRequest(`/listings/${listingId}/edit`, posted, world.cookies.owner), { listingId }))).toBe(302)
		const stored = await prisma.technologyRequest.findUniqueOrThrow({ where: { listingId }, select: { budgetMinVnd: true, deadline: true } })
		expect(stored).toEqual({ budgetMinVnd: 500_000_000n, deadline: new Date('2027-06-30T00:00:00Z') })
	})

	test('a date that does not exist is a translated error on its field, the typed text kept, nothing written', async () => {
		const result = await invoke(editorAction, formRequest(`/listings/${listingId}/edit`, requestForm({ deadline: '31/02/2027', budgetMinVnd: '700.000.000' }), world.cookies.owner), { listingId })
		expect(statusOf(result)).toBe(400)
		const reply = payloadOf<{ result: { error: Record<string, string[]>; initialValue: Record<string, string> } }>(result).result
		expect(reply.error).toEqual({ deadline: ['validation.listing.dateInvalid'] })
		expect(reply.initialValue).toMatchObject({ deadline: '31/02/2027', budgetMinVnd: '700.000.000' })
		const html = renderForm('TECHNOLOGY_REQUEST', {}, 'vi', reply)
		expect(inputOf(html, 'deadline')).toContain('value="31/02/2027"')
		expect(inputOf(html, 'deadline')).toContain('aria-invalid="true"')
		expect(html).toContain('Nhập ngày theo dạng dd/mm/yyyy (ví dụ 15/03/2024); ngày phải có thật.')
		expect(inputOf(html, 'budgetMinVnd')).toContain('value="700.000.000"')
		// A two-digit year is refused too.
		const short = await invoke(editorAction, formRequest(`/listings/${listingId}/edit`, requestForm({ deadline: '30/06/27' }), world.cookies.owner), { listingId })
		expect(payloadOf<{ result: { error: Record<string, string[]> } }>(short).result.error).toEqual({ deadline: ['validation.listing.dateInvalid'] })
		const stored = await prisma.technologyRequest.findUniqueOrThrow({ where: { listingId }, select: { budgetMinVnd: true, deadline: true } })
		expect(stored).toEqual({ budgetMinVnd: 500_000_000n, deadline: new Date('2027-06-30T00:00:00Z') })
	})

	test('an edit of a published listing that only re-types an amount or a date differently is no change to review', async () => {
		await prisma.listing.update({ where: { id: listingId }, data: { status: 'PUBLISHED', publishedAt: new Date() } })
		const edited = (await invoke(
			editorAction,
			formRequest(`/listings/${listingId}/edit`, requestForm({ budgetMinVnd: '500000000', deadline: '30/6/2027', summary: 'Hợp tác xã cần dây chuyền sấy lạnh 800 kg/mẻ cho rau củ.' }), world.cookies.owner),
			{ listingId },
		)) as Response
		expect(edited.headers.get('Location')).toContain('revision=1')
		const { listPendingRevisions } = await import('~/modules/listings/moderation.server')
		const revision = (await listPendingRevisions(undefined, 'vi', world.users.moderator.id)).find((r) => r.listing.id === listingId)!
		expect(revision.changes.map((c) => c.field)).toEqual(['summary'])
	})
})
