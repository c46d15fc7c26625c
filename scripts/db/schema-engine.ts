// Offline migration SQL from the official WebAssembly build of Prisma's schema engine.
// Only `diff` between datamodels is used. It reads nothing from the database, but the
// engine still opens a connection at start, so a reachable Postgres must be given.
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import { SchemaEngine } from '@prisma/schema-engine-wasm'

export async function diffDatamodels(fromDatamodel: string | null, toDatamodel: string, connectionString: string) {
	const engine = await SchemaEngine.new(
		{ datamodels: [['schema.prisma', toDatamodel]] },
		() => {},
		bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString })),
	)
	try {
		const result = await engine.diff({
			from:
				fromDatamodel === null
					? { tag: 'empty' }
					: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: fromDatamodel }] },
			to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: toDatamodel }] },
			script: true,
			exitCode: null,
			filters: { externalTables: [], externalEnums: [] },
		})
		return normaliseScript(result.stdout ?? '')
	} finally {
		engine.free()
	}
}

const EMPTY_MIGRATION = /^-- This is an empty migration\.\s*$/

function normaliseScript(script: string) {
	const trimmed = script.trim()
	return EMPTY_MIGRATION.test(trimmed) || trimmed === '' ? '' : `${trimmed}\n`
}
