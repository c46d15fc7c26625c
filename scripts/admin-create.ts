// npm run admin:create -- <email> [--name "Full name"] — the first administrator of a
// site without demo data (or another one later). Prints a one-time password for a new
// account; an existing account is made an administrator and keeps its password, unless
// its address was never verified: then it gets a new one-time password and is signed out.
import { withSiteEngines } from './lib/cli-engines.ts'

const args = process.argv.slice(2)
const nameAt = args.indexOf('--name')
const name = nameAt >= 0 ? args[nameAt + 1] : undefined
const email = args.find((arg, index) => !arg.startsWith('--') && (nameAt < 0 || index !== nameAt + 1))
if (!email) {
	console.error('Usage: npm run admin:create -- <email> [--name "Full name"]')
	process.exit(64)
}

try {
	await withSiteEngines(async () => {
		const { createAdministrator } = await import('../app/modules/admin/create-admin.server.ts')
		const result = await createAdministrator({ email, name })
		if (result.created) {
			console.log(`Administrator ${result.email} created. One-time password (shown once):\n\n    ${result.password}\n`)
			console.log('Sign in at /login, change the password at /account/security, then fill in /admin/settings.')
		} else if (result.passwordReset) {
			console.log(`${result.email} had an account whose e-mail was never verified: whoever registered it may know its password.`)
			console.log(`It is now an administrator with a new one-time password (shown once), and its sessions were ended:\n\n    ${result.password}\n`)
			console.log('Sign in at /login and change the password at /account/security.')
		} else if (result.granted) {
			console.log(`${result.email} already had an account: it is now an administrator (password unchanged).`)
		} else {
			console.log(`${result.email} is already an administrator: nothing changed.`)
		}
	})
} catch (error) {
	console.error(`admin:create failed: ${error instanceof Error ? error.message : error}`)
	process.exitCode = 1
}
