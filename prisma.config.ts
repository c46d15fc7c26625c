import { defineConfig } from 'prisma/config'

// Used by the Prisma CLI (generate, and migrate/status for operators with internet).
// The app builds its own client with @prisma/adapter-pg (app/utils/db.server.ts).
export default defineConfig({
	schema: 'prisma/schema.prisma',
	migrations: { path: 'prisma/migrations' },
	datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/unset' },
})
