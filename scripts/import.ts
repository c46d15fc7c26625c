// npm run import -- <file> [--dry-run] [--publish] [--as <admin e-mail>] [--lang vi|en]
// Bulk import of listings from CSV or JSON (docs/import.md). A dry run reports every
// bad row and writes nothing; a real run writes the valid rows in batches with a
// progress bar. Exit code: 0 when every row was valid (and written), 1 otherwise,
// 2 for a usage error.
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { progressBar, withSiteEngines } from './lib/cli-engines.ts'

const usage = 'usage: npm run import -- <file.csv|file.json> [--dry-run] [--publish] [--as <admin e-mail>] [--lang vi|en]'

let args
try {
	args = parseArgs({
		allowPositionals: true,
		options: {
			'dry-run': { type: 'boolean', default: false },
			publish: { type: 'boolean', default: false },
			as: { type: 'string' },
			lang: { type: 'string', default: 'vi' },
			help: { type: 'boolean', short: 'h', default: false },
		},
	})
} catch (error) {
	console.error(error instanceof Error ? error.message : error)
	console.error(usage)
	process.exit(2)
}
const { values: options, positionals } = args
if (options.help || positionals.length !== 1 || (options.lang !== 'vi' && options.lang !== 'en')) {
	console.error(usage)
	process.exit(options.help ? 0 : 2)
}
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0])
let bytes: Uint8Array
try {
	if (statSync(file).size > 10 * 1024 * 1024) throw new Error('larger than 10 MB: split it into smaller files')
	bytes = readFileSync(file)
} catch (error) {
	console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : error}`)
	process.exit(2)
}

try {
	await withSiteEngines(async () => {
		const { getI18n } = await import('../app/utils/i18n.ts')
		const { prisma } = await import('../app/utils/db.server.ts')
		const { dryRunImport, processImport, startImport } = await import('../app/modules/listings/import.server.ts')
		const i18n = getI18n(options.lang as 'vi' | 'en')
		const t = i18n.t.bind(i18n)
		const upload = { name: path.basename(file), bytes }
		type Issue = { row: number | null; field: string | null; message: string; params?: Record<string, string | number>; value?: string }
		const printIssues = (issues: Issue[]) => {
			for (const issue of issues) {
				const where = issue.row === null ? t('admin.import.cli.file') : `${t('admin.import.row')} ${issue.row}${issue.field ? `, ${issue.field}` : ''}`
				const value = issue.value ? ` [${issue.value}]` : ''
				const params = { ...issue.params }
				if (typeof params.type === 'string') params.type = t(`listingType.${params.type}`)
				console.log(`${where}: ${t(issue.message, params)}${value}`)
			}
		}

		if (options['dry-run']) {
			const report = await dryRunImport(upload)
			printIssues(report.errors)
			if (!report.fatal) console.log(t('admin.import.reportCounts', { total: report.totalRows, valid: report.validRows, bad: report.badRows, create: report.toCreate, update: report.toUpdate }))
			console.log(t('admin.import.cli.nothingWritten'))
			process.exitCode = report.fatal || report.badRows > 0 ? 1 : 0
			return
		}

		// The listings' author and the audit's actor: an administrator who may import.
		const canImport = { roles: { some: { role: { permissions: { some: { permission: { action: 'import', entity: 'listing', access: 'any' } } } } } } }
		const actor = await prisma.user.findFirst({
			where: { status: 'ACTIVE', ...canImport, ...(options.as ? { email: options.as.trim().toLowerCase() } : {}) },
			orderBy: { createdAt: 'asc' },
			select: { id: true, email: true },
		})
		if (!actor) {
			console.error(t('admin.import.cli.noActor', { email: options.as ? ` (${options.as})` : '' }))
			process.exitCode = 2
			return
		}
		const started = await startImport(actor.id, upload, { publish: options.publish, via: 'cli' })
		printIssues(started.report.errors)
		if (!started.ok) {
			if (!started.report.fatal) console.log(t('admin.import.errors.nothingValid'))
			process.exitCode = 1
			return
		}
		console.log(t('admin.import.cli.started', { valid: started.report.validRows, bad: started.report.badRows, email: actor.email }))
		const bar = progressBar(t('admin.import.cli.progress'))
		const result = await processImport(started.importId, started.token, { onProgress: (p) => bar(p.processed, p.total) })
		if (!result.ok) {
			console.error(t('admin.import.notResumable'))
			process.exitCode = 1
			return
		}
		const run = await prisma.listingImport.findUniqueOrThrow({ where: { id: started.importId }, select: { errors: true, totalRows: true } })
		const lateIssues = (run.errors as Issue[]).slice(started.report.errors.length)
		printIssues(lateIssues)
		console.log(t('admin.import.runCounts', { total: run.totalRows, created: result.createdCount, updated: result.updatedCount, failed: result.failedCount }))
		console.log(t('admin.import.cli.seeRun', { id: started.importId }))
		process.exitCode = result.failedCount > 0 ? 1 : 0
	})
} catch (error) {
	console.error(`Import failed: ${error instanceof Error ? error.message : error}`)
	process.exitCode = 1
}
