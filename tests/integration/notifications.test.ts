import { expect, test } from 'vitest'
import { notify } from '~/modules/notifications/notifications.server'
import { action, loader } from '~/routes/account/notifications'
import { prisma } from '~/utils/db.server'
import { getI18n } from '~/utils/i18n'
import { createUser, sessionCookieFor } from '../support/factories'

const context = { cspNonce: '', requestId: 't', clientIp: '127.0.0.1' }

test('a member sees their own notifications, translated, and can mark them read', async () => {
	const [me, someoneElse] = await Promise.all([createUser(), createUser()])
	await notify({ userId: me.id, type: 'listing.rejected', data: { title: 'Máy sấy', reason: 'Thiếu ảnh' }, link: '/account/listings' })
	await notify({ userId: someoneElse.id, type: 'listing.approved', data: { title: 'Không phải của tôi' } })
	const { cookie } = await sessionCookieFor(me.id)
	const page = await loader({ request: new Request('http://localhost/account/notifications', { headers: { Cookie: cookie } }), params: {}, context })
	expect(page.notifications).toHaveLength(1)
	expect(page.notifications[0]).toMatchObject({ type: 'listing.rejected', link: '/account/listings', params: { title: 'Máy sấy', reason: 'Thiếu ảnh' } })
	expect(getI18n('vi').t(`notificationType.${page.notifications[0].type}`, page.notifications[0].params)).toBe('Tin đăng "Máy sấy" chưa được duyệt.')
	expect(getI18n('en').t('notificationType.listing.revision.approved', { title: 'X' })).toBe('The changes to "X" were approved.')
	await action({ request: new Request('http://localhost/account/notifications', { method: 'POST', headers: { Cookie: cookie } }), params: {}, context })
	expect(await prisma.notification.count({ where: { userId: me.id, readAt: null } })).toBe(0)
	expect(await prisma.notification.count({ where: { userId: someoneElse.id, readAt: null } })).toBe(1)
})
