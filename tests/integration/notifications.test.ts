import { expect, test } from 'vitest'
import { notify } from '~/modules/notifications/notifications.server'
import { action, loader } from '~/routes/account/notifications'
import { prisma } from '~/utils/db.server'
import { getI18n } from '~/utils/i18n'
import { createUser, sessionCookieFor } from '../support/factories'
import { formRequest, getRequest, routeArgs } from '../support/routes'

test('a member sees their own notifications, translated, and can mark them read', async () => {
	const [me, someoneElse] = await Promise.all([createUser(), createUser()])
	await notify({ userId: me.id, type: 'listing.rejected', data: { title: 'Máy sấy', reason: 'Thiếu ảnh' }, link: '/account/listings' })
	await notify({ userId: someoneElse.id, type: 'listing.approved', data: { title: 'Không phải của tôi' } })
	const { cookie } = await sessionCookieFor(me.id)
	const page = await loader(routeArgs(getRequest('/account/notifications', cookie)))
	expect(page.notifications).toHaveLength(1)
	expect(page.notifications[0]).toMatchObject({ type: 'listing.rejected', link: '/account/listings', params: { title: 'Máy sấy', reason: 'Thiếu ảnh' } })
	expect(getI18n('vi').t(`notificationType.${page.notifications[0].type}`, page.notifications[0].params)).toBe('Tin đăng "Máy sấy" chưa được duyệt.')
	expect(getI18n('en').t('notificationType.listing.revision.approved', { title: 'X' })).toBe('The changes to "X" were approved.')
	await action(routeArgs(formRequest('/account/notifications', { intent: 'markAllRead' }, cookie)))
	expect(await prisma.notification.count({ where: { userId: me.id, readAt: null } })).toBe(0)
	expect(await prisma.notification.count({ where: { userId: someoneElse.id, readAt: null } })).toBe(1)
})

test('preferences per type: a channel turned off is skipped for that type only, and the form saves exactly what was ticked', async () => {
	const me = await createUser()
	const { cookie } = await sessionCookieFor(me.id)
	const args = (body?: URLSearchParams) => routeArgs(body ? formRequest('/account/notifications', body, cookie) : getRequest('/account/notifications', cookie))

	const before = await loader(args())
	expect(before.preferences.every((p) => p.inApp && p.email)).toBe(true)

	// Untick e-mail for rejections and the in-app notice for approvals; keep the rest.
	const body = new URLSearchParams({ intent: 'preferences' })
	for (const p of before.preferences) {
		if (p.type !== 'listing.approved') body.append('channel', `${p.type}:inApp`)
		if (p.type !== 'listing.rejected') body.append('channel', `${p.type}:email`)
	}
	expect(await action(args(body))).toEqual({ preferencesSaved: true })
	const after = await loader(args())
	expect(after.preferences.find((p) => p.type === 'listing.rejected')).toEqual({ type: 'listing.rejected', inApp: true, email: false })
	expect(after.preferences.find((p) => p.type === 'listing.approved')).toEqual({ type: 'listing.approved', inApp: false, email: true })

	const email = (title: string) => ({ template: 'listingRejected' as const, params: { title, reason: 'r', link: 'http://localhost/x' } })
	await notify({ userId: me.id, type: 'listing.rejected', data: { title: 'Từ chối' }, email: email('Từ chối') })
	await notify({ userId: me.id, type: 'listing.approved', data: { title: 'Được duyệt' }, email: email('Được duyệt') })
	await notify({ userId: me.id, type: 'listing.revision.rejected', data: { title: 'Sửa đổi' }, email: email('Sửa đổi') })

	const stored = await prisma.notification.findMany({ where: { userId: me.id }, select: { type: true, emailedAt: true } })
	expect(stored.map((n) => n.type).sort()).toEqual(['listing.rejected', 'listing.revision.rejected'])
	expect(stored.find((n) => n.type === 'listing.rejected')?.emailedAt).toBeNull()
	const mails = await prisma.emailOutbox.findMany({ where: { to: me.email }, select: { subject: true, text: true } })
	expect(mails).toHaveLength(2)
	expect(mails.some((m) => m.text.includes('Từ chối'))).toBe(false)
	expect(mails.some((m) => m.text.includes('Được duyệt'))).toBe(true)
	expect(mails.some((m) => m.text.includes('Sửa đổi'))).toBe(true)
})
