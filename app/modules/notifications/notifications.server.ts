// In-app notifications (the notification centre reads these) plus the e-mail that
// goes with them, in the recipient's language.
import type { Prisma } from '~/generated/prisma/client'
import { sendTemplate, type EmailTemplate } from '~/modules/email/email.server'
import { prisma } from '~/utils/db.server'

export async function notify(input: {
	userId: string
	type: string
	data: Prisma.InputJsonObject
	link?: string
	email?: { template: EmailTemplate; params: Record<string, string> }
}) {
	const user = await prisma.user.findUnique({ where: { id: input.userId }, select: { email: true, locale: true, status: true } })
	if (!user || user.status === 'DELETED') return
	await prisma.notification.create({
		data: { userId: input.userId, type: input.type, data: input.data, link: input.link ?? null, emailedAt: input.email ? new Date() : null },
	})
	if (input.email) await sendTemplate(user.email, input.email.template, user.locale, input.email.params)
}

export async function listNotifications(userId: string, limit = 50) {
	return prisma.notification.findMany({
		where: { userId },
		orderBy: { createdAt: 'desc' },
		take: limit,
		select: { id: true, type: true, data: true, link: true, readAt: true, createdAt: true },
	})
}

export function countUnread(userId: string) {
	return prisma.notification.count({ where: { userId, readAt: null } })
}

export async function markAllRead(userId: string) {
	await prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } })
}
