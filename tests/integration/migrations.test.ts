import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { describe, expect, inject, test } from 'vitest'
import { applyMigrations, checksum, listMigrations, migrationsDir, schemaPath, snapshotPath } from '../../scripts/db/migrations.ts'
import { diffDatamodels } from '../../scripts/db/schema-engine.ts'
import { createEmptyDatabase, describeDatabase, runSql } from '../support/db-catalog.ts'

const adminUrl = inject('pgAdminUrl')
const worker = process.env.VITEST_POOL_ID ?? '1'

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
	const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
	await client.connect()
	try {
		return (await client.query<T>(sql, params)).rows
	} finally {
		await client.end()
	}
}

// Builds a database straight from a datamodel, the way `prisma db push` would.
async function databaseFromDatamodel(name: string, datamodel: string) {
	const url = await createEmptyDatabase(adminUrl, name)
	await runSql(url, await diffDatamodels(null, datamodel, url))
	return url
}

describe('migrations', () => {
	test('schema.prisma has no change that a migration does not cover', async () => {
		const schema = readFileSync(schemaPath, 'utf8')
		const migrated = await describeDatabase(process.env.DATABASE_URL!)
		const pushed = await describeDatabase(await databaseFromDatamodel(`drift_expected_${worker}`, schema))
		expect(migrated, 'the migrated database differs from schema.prisma: run `npm run db:migration -- <name>`').toEqual(pushed)
		// The snapshot the migration tool diffs against is current too.
		expect(await diffDatamodels(readFileSync(snapshotPath, 'utf8'), schema, adminUrl)).toBe('')
	})

	test('the drift check notices a schema change without a migration', async () => {
		const changed = readFileSync(schemaPath, 'utf8').replace(
			/model Listing \{\n/,
			'model Listing {\n  unmigratedColumn String?\n',
		)
		expect(changed).toContain('unmigratedColumn')
		const migrated = await describeDatabase(process.env.DATABASE_URL!)
		const pushed = await describeDatabase(await databaseFromDatamodel(`drift_changed_${worker}`, changed))
		expect(migrated).not.toEqual(pushed)
		expect(pushed.columns.some((c) => c.includes('unmigratedColumn'))).toBe(true)
	})

	test('history is recorded exactly as prisma migrate deploy records it', async () => {
		const rows = await query<{
			migration_name: string
			checksum: string
			finished_at: Date | null
			applied_steps_count: number
			rolled_back_at: Date | null
		}>('SELECT * FROM "_prisma_migrations" ORDER BY migration_name')
		const local = listMigrations()
		expect(local.length).toBeGreaterThanOrEqual(2)
		expect(rows.map((r) => r.migration_name)).toEqual(local.map((m) => m.name))
		for (const [index, row] of rows.entries()) {
			expect(row.checksum).toBe(local[index].checksum)
			expect(row.checksum).toMatch(/^[0-9a-f]{64}$/)
			expect(row.finished_at).toBeInstanceOf(Date)
			expect(row.applied_steps_count).toBe(1)
			expect(row.rolled_back_at).toBeNull()
		}
		const columns = await query<{ column_name: string; data_type: string }>(
			`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
		)
		expect(columns.map((c) => c.column_name)).toEqual([
			'id', 'checksum', 'finished_at', 'migration_name', 'logs', 'rolled_back_at', 'started_at', 'applied_steps_count',
		])
		// Prisma's checksum is the SHA-256 of the file's bytes.
		const first = local[0]
		const bytes = readFileSync(path.join(migrationsDir, first.name, 'migration.sql'))
		expect(rows[0].checksum).toBe(createHash('sha256').update(bytes).digest('hex'))
		expect(checksum('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
	})

	test('a second run applies nothing', async () => {
		const again = await applyMigrations(process.env.DATABASE_URL!)
		expect(again.applied).toEqual([])
		expect(again.alreadyApplied).toBe(listMigrations().length)
	})

	test('a failed migration is rolled back, recorded, and blocks later runs', async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'migrations-'))
		mkdirSync(path.join(dir, '20260101000000_good'))
		writeFileSync(path.join(dir, '20260101000000_good', 'migration.sql'), 'CREATE TABLE "Good" (id int);\n')
		mkdirSync(path.join(dir, '20260102000000_bad'))
		writeFileSync(
			path.join(dir, '20260102000000_bad', 'migration.sql'),
			'CREATE TABLE "Half" (id int);\nSELECT * FROM "DoesNotExist";\n',
		)
		const url = await createEmptyDatabase(adminUrl, `failed_migration_${worker}`)
		await expect(applyMigrations(url, { dir })).rejects.toThrow(/20260102000000_bad failed: .*DoesNotExist/)
		const client = new pg.Client({ connectionString: url })
		await client.connect()
		try {
			const { rows } = await client.query('SELECT migration_name, finished_at, logs FROM "_prisma_migrations" ORDER BY migration_name')
			expect(rows.map((r) => [r.migration_name, r.finished_at === null])).toEqual([
				['20260101000000_good', false],
				['20260102000000_bad', true],
			])
			expect(rows[1].logs).toMatch(/DoesNotExist/)
			const half = await client.query(`SELECT to_regclass('"Half"') AS t`)
			expect(half.rows[0].t).toBeNull()
		} finally {
			await client.end()
		}
		await expect(applyMigrations(url, { dir })).rejects.toThrow(/failed earlier and was not resolved/)
		rmSync(dir, { recursive: true, force: true })
	})

	test('reference data comes from migrations', async () => {
		const roles = await query<{ name: string }>('SELECT name FROM "Role" ORDER BY name')
		expect(roles.map((r) => r.name)).toEqual(['admin', 'member', 'moderator', 'programme_officer', 'reviewer'])
		const memberPermissions = await query<{ p: string }>(`
			SELECT p.action || ':' || p.entity || ':' || p.access AS p FROM "Permission" p
			JOIN "RolePermission" rp ON rp."permissionId" = p.id JOIN "Role" r ON r.id = rp."roleId"
			WHERE r.name = 'member'`)
		const granted = memberPermissions.map((r) => r.p)
		expect(granted).toContain('update:listing:own')
		expect(granted.every((p) => p.endsWith(':own'))).toBe(true)
		const fields = await query<{ slug: string; nameVi: string }>('SELECT slug, "nameVi" FROM "Field"')
		expect(fields.length).toBeGreaterThanOrEqual(14)
		expect(fields.find((f) => f.slug === 'textile-garment')?.nameVi).toBe('Dệt may')
		const synonyms = await query<{ term: string; synonyms: string[] }>('SELECT term, synonyms FROM "SearchSynonym"')
		expect(synonyms.find((s) => s.term === 'AI')?.synonyms).toContain('trí tuệ nhân tạo')
	})

	test('the audit log is append-only', async () => {
		await query(`INSERT INTO "AuditLog" (id, action) VALUES ('audit-test-1', 'test.append')`)
		await expect(query(`UPDATE "AuditLog" SET action = 'changed' WHERE id = 'audit-test-1'`)).rejects.toThrow(/append-only/)
		await expect(query(`DELETE FROM "AuditLog" WHERE id = 'audit-test-1'`)).rejects.toThrow(/append-only/)
		await expect(query(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/)
		const [row] = await query<{ action: string }>(`SELECT action FROM "AuditLog" WHERE id = 'audit-test-1'`)
		expect(row.action).toBe('test.append')
	})
})
