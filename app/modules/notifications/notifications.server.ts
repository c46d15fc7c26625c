// In-app notifications (the notification centre reads these) plus the e-mail that
// goes with them, in the recipient's language.
import type { Prisma } from '~/generated/prisma/client'
import { sendTemplate, type EmailTemplate } from '~/modules/email/email.server'
import { prisma } from '~/utils/db.server'
import { notificationTypes, type NotificationType } from './notification-types'

export async function notify(input: {
	userId: string
	type: NotificationType
	data: Prisma.InputJsonObject
	link?: string
	email?: { template: EmailTemplate; params: Record<string, string> }
}) {
	const user = await prisma.user.findUnique({ where: { id: input.userId }, select: { email: true, locale: true, status: true } })
	if (!user || user.status === 'DELETED') return
	const preference = await prisma.notificationPreference.findUnique({
		where: { userId_type: { userId: input.userId, type: input.type } },
		select: { inApp: true, email: true },
	})
	const sendEmail = Boolean(input.email) && (preference?.email ?? true)
	if (preference?.inApp ?? true) {
		await prisma.notification.create({
			data: { userId: input.userId, type: input.type, data: input.data, link: input.link ?? null, emailedAt: sendEmail ? new Date() : null },
		})
	}
	if (sendEmail && input.email) await sendTemplate(user.email, input.email.template, user.locale, input.email.params)
}

export async function getPreferences(userId: string) {
	const rows = await prisma.notificationPreference.findMany({ where: { userId }, select: { type: true, inApp: true, email: true } })
	const byType = new Map(rows.map((row) => [row.type, row]))
	return notificationTypes.map((type) => ({ type, inApp: byType.get(type)?.inApp ?? true, email: byType.get(type)?.email ?? true }))
}

// A checkbox form: a type's channel is on exactly when its box was sent.
export async function savePreferences(userId: string, form: FormData) {
	const chosen = new Set(form.getAll('channel').map(String))
	await prisma.$transaction(
		notificationTypes.map((type) => {
			const values = { inApp: chosen.has(`${type}:inApp`), email: chosen.has(`${type}:email`) }
			return prisma.notificationPreference.upsert({
				where: { userId_type: { userId, type } },
				create: { userId, type, ...values },
				update: values,
			})
		}),
	)
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
