// E-mails of the flows that must not reveal whether an address has an account (sign-up,
// forgot password). The request writes the message to the outbox whether or not it is
// to be sent, and the sending (the slow SMTP call) happens after the response.
import { deliverOutboxEmail, renderEmail, type EmailTemplate } from '~/modules/email/email.server'
import { prisma } from '~/utils/db.server'

class DiscardedEmail extends Error {}

// With `deliver: false` the same row is written in a transaction that is then rolled
// back: the same statements run, and nothing is kept or sent.
export async function queueAuthEmail(to: string, template: EmailTemplate, locale: string, params: Record<string, string>, options: { deliver: boolean }) {
	const message = { to, ...renderEmail(template, locale, params) }
	let id: string
	try {
		id = await prisma.$transaction(async (tx) => {
			const row = await tx.emailOutbox.create({ data: { ...message, html: message.html ?? null }, select: { id: true } })
			if (!options.deliver) throw new DiscardedEmail()
			return row.id
		})
	} catch (error) {
		if (error instanceof DiscardedEmail) return
		throw error
	}
	void deliverOutboxEmail(id, message).catch((error) => console.error(`e-mail ${id} could not be delivered`, error))
}
