// Applies Prisma-layout migrations and records them in `_prisma_migrations` exactly
// as `prisma migrate deploy` does (same table, columns, SHA-256 checksums), so the
// official CLI run by an operator with internet sees the same history.
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations')
export const schemaPath = path.join(projectRoot, 'prisma', 'schema.prisma')
// The datamodel as of the newest migration; `db:migration` diffs the schema against it.
export const snapshotPath = path.join(projectRoot, 'prisma', 'migrations-snapshot.prisma.txt')

// Prisma's own advisory lock key for migrations, so our runner and theirs exclude each other.
const PRISMA_MIGRATE_LOCK = 72707369

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`

export type MigrationFile = { name: string; sql: string; checksum: string }

export function checksum(script: string) {
	return createHash('sha256').update(script, 'utf8').digest('hex')
}

export function listMigrations(dir = migrationsDir): MigrationFile[] {
	if (!existsSync(dir)) return []
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
		.map((entry) => entry.name)
		.sort()
		.map((name) => {
			const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8')
			return { name, sql, checksum: checksum(sql) }
		})
}

export type MigrateResult = { applied: string[]; alreadyApplied: number }

export async function applyMigrations(
	connectionString: string,
	options: { log?: (message: string) => void; dir?: string } = {},
): Promise<MigrateResult> {
	const log = options.log ?? (() => {})
	const client = new pg.Client({ connectionString })
	await client.connect()
	try {
		await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK])
		await client.query(CREATE_MIGRATIONS_TABLE)
		const { rows } = await client.query<{
			migration_name: string
			checksum: string
			finished_at: Date | null
			rolled_back_at: Date | null
		}>('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at')
		const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null)
		if (failed) {
			throw new Error(
				`Migration ${failed.migration_name} failed earlier and was not resolved. ` +
					'Fix the database, then mark it with `prisma migrate resolve`.',
			)
		}
		const applied = new Map(
			rows.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row.checksum]),
		)
		const local = listMigrations(options.dir)
		const localNames = new Set(local.map((m) => m.name))
		for (const name of applied.keys()) {
			if (!localNames.has(name)) log(`warning: migration ${name} is applied but missing from prisma/migrations`)
		}
		const result: MigrateResult = { applied: [], alreadyApplied: 0 }
		for (const migration of local) {
			const recorded = applied.get(migration.name)
			if (recorded) {
				if (recorded !== migration.checksum) {
					log(`warning: migration ${migration.name} was modified after it was applied`)
				}
				result.alreadyApplied++
				continue
			}
			const id = randomUUID()
			await client.query(
				'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
				[id, migration.checksum, migration.name],
			)
			try {
				await client.query('BEGIN')
				await client.query(migration.sql)
				await client.query('COMMIT')
			} catch (error) {
				await client.query('ROLLBACK')
				const message = error instanceof Error ? error.message : String(error)
				await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, message])
				throw new Error(`Migration ${migration.name} failed: ${message}`)
			}
			await client.query(
				'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1',
				[id],
			)
			log(`applied migration ${migration.name}`)
			result.applied.push(migration.name)
		}
		return result
	} finally {
		await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]).catch(() => {})
		await client.end()
	}
}
