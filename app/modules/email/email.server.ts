// Every e-mail is first written to EmailOutbox. With SMTP_URL it is then sent by
// nodemailer; without, the outbox is the dev mailbox (readable at /admin/mailbox).
import nodemailer, { type Transporter } from 'nodemailer'
import { getEnv } from '~/utils/env.server'
import { prisma } from '~/utils/db.server'
import { getI18n, isLocale } from '~/utils/i18n'

let transporter: Transporter | undefined

function smtpTransport() {
	const { SMTP_URL } = getEnv()
	if (!SMTP_URL) return null
	transporter ??= nodemailer.createTransport(SMTP_URL)
	return transporter
}

// The dev mailbox exists only without SMTP, and in production only when asked for.
export function devMailboxEnabled() {
	const env = getEnv()
	return !env.SMTP_URL && (env.NODE_ENV !== 'production' || env.DEV_MAILBOX)
}

export type EmailMessage = { to: string; subject: string; text: string; html?: string }

export async function sendEmail(message: EmailMessage) {
	const row = await prisma.emailOutbox.create({
		data: { to: message.to, subject: message.subject, text: message.text, html: message.html ?? null },
		select: { id: true },
	})
	await deliverOutboxEmail(row.id, message)
	return row.id
}

// Sends a message already written to the outbox (row `id`) and records the outcome.
export async function deliverOutboxEmail(id: string, message: EmailMessage) {
	const transport = smtpTransport()
	if (!transport) {
		await prisma.emailOutbox.update({ where: { id }, data: { status: 'SENT', sentAt: new Date() } })
		return
	}
	try {
		await transport.sendMail({ from: getEnv().MAIL_FROM, ...message })
		// Once delivered, the text (which may hold one-time codes) is not kept.
		await prisma.emailOutbox.update({ where: { id }, data: { status: 'SENT', sentAt: new Date(), attempts: 1, text: '', html: null } })
	} catch (error) {
		await prisma.emailOutbox.update({
			where: { id },
			data: { status: 'FAILED', attempts: 1, lastError: error instanceof Error ? error.message.slice(0, 500) : 'send failed' },
		})
	}
}

function escapeHtml(text: string) {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

// A name a user chose, as an e-mail quotes it: one line, bounded, and no web address a
// mail program would turn into a link (the scheme and "www." are broken up).
export function quoteUserText(text: string, max = 200) {
	const line = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim()
	const bounded = line.length > max ? `${line.slice(0, max - 1)}…` : line
	return bounded.replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1[:]//').replace(/\bwww\./gi, 'www[.]').replace(/[«»]/g, '"')
}

export type EmailTemplate =
	| 'verifyEmail'
	| 'passwordReset'
	| 'passwordChanged'
	| 'emailChange'
	| 'emailChangeTaken'
	| 'emailChangedNotice'
	| 'organizationVerified'
	| 'organizationRejected'
	| 'accountSuspended'
	| 'listingApproved'
	| 'listingRejected'
	| 'listingFilesRejected'
	| 'applicationStatus'
	| 'applicationReceived'
	| 'reviewAssigned'
	// Templates kept in an area's own strings file are named by their full key.
	| `listingDetails.email.${'expertVerified' | 'expertRejected'}`
	| 'privacyInvitations.email.invitation'
	| 'authHardening.email.accountExists'

// Subject and body come from app/locales/<locale>/common.json (email.<template>.*),
// in the recipient's language.
export function renderEmail(template: EmailTemplate, locale: string, params: Record<string, string>) {
	const t = getI18n(isLocale(locale) ? locale : 'vi').t
	const key = template.includes('.') ? template : `email.${template}`
	const subject = t(`${key}.subject`, params)
	const paragraphs = [t(`${key}.body`, params), t('email.signature')]
	const text = paragraphs.join('\n\n')
	// Only the template's own links become links; text from users (names) never does.
	const links = Object.entries(params)
		.filter(([key, value]) => /link$/i.test(key) && /^https?:\/\//.test(value))
		.map(([, value]) => escapeHtml(value))
	const html = paragraphs
		.map((p) => {
			let paragraph = escapeHtml(p).replace(/\n/g, '<br>')
			for (const url of links) paragraph = paragraph.split(url).join(`<a href="${url}">${url}</a>`)
			return `<p>${paragraph}</p>`
		})
		.join('\n')
	return { subject, text, html }
}

export async function sendTemplate(to: string, template: EmailTemplate, locale: string, params: Record<string, string>) {
	return sendEmail({ to, ...renderEmail(template, locale, params) })
}

export async function listDevMailbox(limit = 50) {
	return prisma.emailOutbox.findMany({
		orderBy: { createdAt: 'desc' },
		take: limit,
		select: { id: true, to: true, subject: true, text: true, status: true, createdAt: true },
	})
}
