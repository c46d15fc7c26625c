import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import express from 'express'
import { expect, test } from 'vitest'
import { createLogger, createRequestLogger } from './logger'

test('request logs carry a request id and never tokens, cookies or passwords', async () => {
	const lines: string[] = []
	const sink = new Writable({
		write(chunk, _encoding, done) {
			lines.push(String(chunk))
			done()
		},
	})
	const app = express()
	app.use(createRequestLogger(createLogger(sink, 'info')))
	app.use(express.urlencoded({ extended: false }))
	app.post('*', (_req, res) => res.setHeader('Set-Cookie', '__Host-session=abc.secretvalue').send('ok'))
	const server = app.listen(0, '127.0.0.1')
	await new Promise((resolve) => server.once('listening', resolve))
	const { port } = server.address() as AddressInfo
	const response = await fetch(`http://127.0.0.1:${port}/reset-password?email=a%40b.vn&code=ABCDEFGHJK`, {
		method: 'POST',
		headers: { Cookie: 'session=sessid.sessionsecret', Authorization: 'Bearer tokentoken', 'Content-Type': 'application/x-www-form-urlencoded' },
		body: 'password=hunter2hunter2',
	})
	await fetch(`http://127.0.0.1:${port}/invitations/invitetokensecret`, { method: 'POST' })
	server.close()
	expect(response.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/)
	const log = lines.join('')
	expect(log).toContain('/reset-password')
	expect(log).toContain(response.headers.get('X-Request-Id')!)
	expect(log).toContain('/invitations/[redacted]')
	for (const secret of ['invitetokensecret', 'ABCDEFGHJK', 'a%40b.vn', 'sessionsecret', 'sessid', 'tokentoken', 'hunter2', 'secretvalue']) {
		expect(log).not.toContain(secret)
	}
})
