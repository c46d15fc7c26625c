// `npm run db:migrate`: apply pending migrations to DATABASE_URL.
import { applyMigrations } from './migrations.ts'

const url = process.env.DATABASE_URL
if (!url) {
	console.error('DATABASE_URL is not set. (`npm start` migrates its embedded database by itself.)')
	process.exit(1)
}
const result = await applyMigrations(url, { log: (m) => console.log(m) })
console.log(`${result.applied.length} migration(s) applied, ${result.alreadyApplied} already applied.`)
