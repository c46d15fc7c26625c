import { honeypotFieldName } from './honeypot'

// A filled honeypot means a bot: refuse without saying why.
export function checkHoneypot(formData: FormData) {
	const value = formData.get(honeypotFieldName)
	if (typeof value === 'string' && value.trim() !== '') {
		throw new Response('Bad Request', { status: 400 })
	}
}
