import pg from 'pg'

// A comparable description of a database's structure (what Prisma's schema governs).
export async function describeDatabase(connectionString: string) {
	const client = new pg.Client({ connectionString })
	await client.connect()
	try {
		const columns = await client.query(`
			SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
			FROM information_schema.columns
			WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
			ORDER BY table_name, column_name`)
		const indexes = await client.query(`
			SELECT tablename, indexname, indexdef FROM pg_indexes
			WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
			-- Expression indexes Prisma cannot describe live only in migrations (see the search_fallback_index migration).
			AND indexname NOT LIKE 'search\_%'
			ORDER BY tablename, indexname`)
		const constraints = await client.query(`
			SELECT c.conrelid::regclass::text AS table_name, c.conname, pg_get_constraintdef(c.oid) AS definition
			FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
			WHERE n.nspname = 'public' AND c.conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"')
			ORDER BY 1, 2`)
		const enums = await client.query(`
			SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
			FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
			JOIN pg_namespace n ON n.oid = t.typnamespace
			WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY t.typname`)
		return {
			columns: columns.rows.map((r) => JSON.stringify(r)),
			indexes: indexes.rows.map((r) => JSON.stringify(r)),
			constraints: constraints.rows.map((r) => JSON.stringify(r)),
			enums: enums.rows.map((r) => JSON.stringify(r)),
		}
	} finally {
		await client.end()
	}
}

export async function createEmptyDatabase(adminUrl: string, name: string) {
	const client = new pg.Client({ connectionString: adminUrl })
	await client.connect()
	try {
		await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)
		await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
	} finally {
		await client.end()
	}
	return adminUrl.replace(/\/postgres$/, `/${name}`)
}

export async function runSql(connectionString: string, sql: string) {
	const client = new pg.Client({ connectionString })
	await client.connect()
	try {
		await client.query(sql)
	} finally {
		await client.end()
	}
}
