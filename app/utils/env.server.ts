import { z } from 'zod'

// Every variable the app reads, validated once at boot. `.env.example` documents each one.
const booleanFlag = z
	.enum(['true', 'false', '1', '0'])
	.transform((value) => value === 'true' || value === '1')

export const envSchema = z
	.object({
	NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
	HOST: z.string().min(1).default('0.0.0.0'),
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	APP_URL: z.url().optional(),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string'),
	DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
	MEILI_URL: z.url(),
	// Only used to create the two scoped keys below at set-up; the app runs with those.
	MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
	MEILI_SEARCH_KEY: z.string().min(16).optional(),
	MEILI_INDEX_KEY: z.string().min(16).optional(),
	// A search slower than this falls back to PostgreSQL (milliseconds).
	SEARCH_TIMEOUT_MS: z.coerce.number().int().min(50).max(10_000).default(400),
	// Full-text searches per minute and IP, on every route that runs one (/api/search, /search,
	// browse pages with q, their .data); 0 = unlimited, e.g. for benchmarks.
	SEARCH_RATE_LIMIT: z.coerce.number().int().min(0).max(100_000).optional(),
	// The older name of SEARCH_RATE_LIMIT (it limited /api/search only), still read when that is unset.
	SEARCH_API_RATE_LIMIT: z.coerce.number().int().min(0).max(100_000).default(60),
	// Who may read /healthz in detail without signing in, in the X-Health-Token header (monitoring).
	HEALTH_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
	MEILI_INDEX_PREFIX: z
		.string()
		.regex(/^[a-z0-9_]*$/, 'only lower-case letters, digits and _')
		.default(''),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	UPLOAD_DIR: z.string().min(1).default('.data/uploads'),
	SMTP_URL: z.url().optional(),
	MAIL_FROM: z.string().min(3).default('Sàn công nghệ <no-reply@localhost>'),
	STRIPE_SECRET_KEY: z.string().startsWith('sk_', 'must start with sk_').optional(),
	STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'must start with whsec_').optional(),
	STRIPE_API_BASE: z.url().optional(),
	// Keys the hash that names an e-mail address in rate-limit counters (none stored in clear);
	// unset, a key derived from DATABASE_URL is used.
	RATE_LIMIT_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
	// Number of reverse proxies in front of the app whose X-Forwarded-For is trusted (0 = none).
	TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
	// Keep e-mails in the database for /admin/mailbox instead of sending them (development/demo).
	DEV_MAILBOX: booleanFlag.default(false),
})
	.superRefine((env, ctx) => {
		if (!env.MEILI_MASTER_KEY && !(env.MEILI_SEARCH_KEY && env.MEILI_INDEX_KEY)) {
			ctx.addIssue({ code: 'custom', path: ['MEILI_MASTER_KEY'], message: 'is required unless both MEILI_SEARCH_KEY and MEILI_INDEX_KEY are set' })
		}
		if (env.NODE_ENV !== 'production') return
		// Links in e-mails must never be built from a request's Host header.
		if (!env.APP_URL) ctx.addIssue({ code: 'custom', path: ['APP_URL'], message: 'is required in production (the public URL used in e-mail links)' })
		if (!env.SMTP_URL && !env.DEV_MAILBOX) {
			ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required in production (or set DEV_MAILBOX=true for a demo that sends no e-mail)' })
		}
	})

export type Env = z.infer<typeof envSchema>

export class EnvError extends Error {
	constructor(public readonly problems: string[]) {
		super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
		this.name = 'EnvError'
	}
}

export function parseEnv(source: Record<string, string | undefined>): Env {
	const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
	const result = envSchema.safeParse(cleaned)
	if (!result.success) {
		throw new EnvError(
			result.error.issues.map((issue) => {
				const name = issue.path.join('.')
				const missing = issue.code === 'invalid_type' && cleaned[name] === undefined
				return `${name}: ${missing ? 'is required but not set' : issue.message}`
			}),
		)
	}
	return result.data
}

let cached: Env | undefined

export function getEnv(): Env {
	cached ??= parseEnv(process.env)
	return cached
}
