import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { controlCharacterError, parseWithZod } from './forms'

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name)
		if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full)
		return /\.(ts|tsx)$/.test(entry.name) ? [full] : []
	})
}

describe('form parsing', () => {
	test('every form is parsed through the wrapper (new forms are covered without thinking of it)', () => {
		const direct = sourceFiles(path.resolve('app')).filter(
			(file) => !file.endsWith(path.join('utils', 'forms.ts')) && /import\s*\{[^}]*\bparseWithZod\b[^}]*\}\s*from\s*'@conform-to\/zod/.test(readFileSync(file, 'utf8')),
		)
		expect(direct).toEqual([])
	})

	test('a control character is an error on its own field; tab and line breaks are text', () => {
		const schema = z.object({ name: z.string(), note: z.string() })
		const form = new URLSearchParams({ name: 'Nguyen\u0000Van', note: 'dòng 1\r\n\tdòng 2' })
		const submission = parseWithZod(form, { schema })
		expect(submission.status).toBe('error')
		expect(submission.reply().error).toEqual({ name: [controlCharacterError] })
		expect(submission.reply().initialValue).toMatchObject({ note: 'dòng 1\r\n\tdòng 2' })
		expect(parseWithZod(new URLSearchParams({ name: 'A', note: 'x\u001b[31m' }), { schema }).reply().error).toEqual({ note: [controlCharacterError] })
		expect(parseWithZod(new URLSearchParams({ name: 'A', note: 'dòng 1\n\tdòng 2' }), { schema }).status).toBe('success')
	})

	test('the schema’s own errors stay beside it', () => {
		const schema = z.object({ name: z.string().min(5, { error: 'tooShort' }), email: z.string({ error: 'required' }) })
		const submission = parseWithZod(new URLSearchParams({ name: 'A\u0000', email: '' }), { schema })
		expect(submission.reply().error).toEqual({ name: ['tooShort', controlCharacterError], email: ['required'] })
	})
})
