import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '~/generated/prisma/client'
import { getEnv } from './env.server'

declare global {
	// eslint-disable-next-line no-var
	var __prisma: PrismaClient | undefined
}

function createClient() {
	const env = getEnv()
	const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE })
	return new PrismaClient({ adapter })
}

// One client per process, kept across Vite dev-server reloads.
export const prisma: PrismaClient = (globalThis.__prisma ??= createClient())

export type { PrismaClient }
