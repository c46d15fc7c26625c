import { describe, expect, test } from 'vitest'
import { EnvError, parseEnv } from './env.server'

const valid = {
	DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/db',
	MEILI_URL: 'http://127.0.0.1:7700',
	MEILI_MASTER_KEY: 'a-master-key-of-sufficient-length',
}

function problemsOf(source: Record<string, string | undefined>) {
	try {
		parseEnv(source)
	} catch (error) {
		if (error instanceof EnvError) return error.problems
		throw error
	}
	return []
}

describe('parseEnv', () => {
	test('accepts a complete environment and applies defaults', () => {
		const env = parseEnv(valid)
		expect(env.PORT).toBe(3000)
		expect(env.NODE_ENV).toBe('development')
		expect(env.MEILI_INDEX_PREFIX).toBe('')
	})

	test('names each missing variable', () => {
		const problems = problemsOf({ MEILI_MASTER_KEY: valid.MEILI_MASTER_KEY })
		expect(problems).toEqual(['DATABASE_URL: is required but not set', 'MEILI_URL: is required but not set'])
	})

	test('Meilisearch needs the master key, or both scoped keys instead', () => {
		const { MEILI_MASTER_KEY: _, ...withoutMaster } = valid
		expect(problemsOf(withoutMaster)).toEqual(['MEILI_MASTER_KEY: is required unless both MEILI_SEARCH_KEY and MEILI_INDEX_KEY are set'])
		expect(problemsOf({ ...withoutMaster, MEILI_SEARCH_KEY: 'k'.repeat(64) })).toHaveLength(1)
		expect(problemsOf({ ...withoutMaster, MEILI_SEARCH_KEY: 's'.repeat(64), MEILI_INDEX_KEY: 'i'.repeat(64) })).toEqual([])
	})

	test('names a wrong variable and says what is wrong', () => {
		const problems = problemsOf({ ...valid, MEILI_URL: 'not a url', PORT: '99999' })
		expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['MEILI_URL', 'PORT'])
		expect(() => parseEnv({ ...valid, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgresql/)
	})

	test('treats an empty value as unset', () => {
		expect(parseEnv({ ...valid, SMTP_URL: '' }).SMTP_URL).toBeUndefined()
	})

	test('production needs its public URL and a way to send mail', () => {
		const problems = problemsOf({ ...valid, NODE_ENV: 'production' })
		expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['APP_URL', 'SMTP_URL'])
		expect(parseEnv({ ...valid, NODE_ENV: 'production', APP_URL: 'https://san.example.vn', SMTP_URL: 'smtp://mail.example.vn:587' }).NODE_ENV).toBe('production')
		expect(parseEnv({ ...valid, NODE_ENV: 'production', APP_URL: 'https://san.example.vn', DEV_MAILBOX: 'true' }).DEV_MAILBOX).toBe(true)
	})

	test('the message lists every problem', () => {
		expect(() => parseEnv({})).toThrow(/Invalid environment:\n {2}- /)
	})
})
