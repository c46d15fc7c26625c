import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '~/generated/prisma/client'
import { getEnv } from './env.server'

declare global {
	// eslint-disable-next-line no-var
	var __prisma: PrismaClient | undefined
}

// PostgreSQL refuses a NUL byte in text (SQLSTATE 22021). Forms refuse it first with a
// field error (app/utils/forms.ts); anything else that reaches a query with one (an id in
// the address, a field read without a schema) is the client's bad request, not a 500.
export function isNulByteError(error: unknown): boolean {
	if (!error || typeof error !== 'object') return false
	const text = `${(error as { message?: unknown }).message ?? ''} ${String((error as { meta?: { driverAdapterError?: unknown } }).meta?.driverAdapterError ?? '')}`
	return /invalid byte sequence for encoding "UTF8": 0x00/.test(text)
}

function createClient() {
	const env = getEnv()
	const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE })
	const client = new PrismaClient({ adapter }).$extends({
		query: {
			async $allOperations({ args, query }) {
				try {
					return await query(args)
				} catch (error) {
					if (isNulByteError(error)) throw new Response('Bad Request', { status: 400 })
					throw error
				}
			},
		},
	})
	// The extension changes no method's types: the client keeps its plain type.
	return client as unknown as PrismaClient
}

// One client per process, kept across Vite dev-server reloads.
export const prisma: PrismaClient = (globalThis.__prisma ??= createClient())

export type { PrismaClient }
