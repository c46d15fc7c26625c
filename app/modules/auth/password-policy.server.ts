// What a new password must pass, beyond 8–128 characters (schemas.ts): not a common
// password, not built from the site's, the province's or the person's own name or
// e-mail, and a strength estimate (zxcvbn) of at least `minimumScore`. Server-only:
// the estimator and its dictionaries stay out of the pages' JavaScript.
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'
import { getProvince } from '~/modules/settings/province.server'
import { isCommonPassword } from './common-passwords.server'

export const minimumScore = 3

export const siteNames = ['Sàn Công nghệ', 'sancongnghe']

// Words shorter than this are not treated as "part of the password" (a two-letter name
// part like "An" would otherwise eat into any passphrase).
const MIN_CONTEXT_WORD = 3
// A password with fewer letters than this left once the context words are taken out is
// "too similar" to them, whatever digits or symbols surround them.
const MIN_OWN_LETTERS = 4

export type PasswordProblem =
	| 'validation.password.common'
	| 'authHardening.password.similarToYou'
	| 'authHardening.password.similarToSite'
	| 'authHardening.password.tooGuessable'

export type PasswordContext = { email?: string | null; name?: string | null }

// Lower case without accents: "Đặng Hồ" -> "dang ho".
export function foldAccents(text: string) {
	return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
}

const letters = (text: string) => foldAccents(text).replace(/[^a-z]/g, '')

// Each name as its words and as one run-together word ("Ninh Bình" -> ninh, binh, ninhbinh).
function wordsOf(names: (string | null | undefined)[]) {
	const words = new Set<string>()
	for (const name of names) {
		if (!name) continue
		const parts = foldAccents(name).split(/[^a-z0-9]+/).filter(Boolean)
		for (const part of parts) words.add(part)
		words.add(parts.join(''))
	}
	return [...words].filter((word) => word.length >= MIN_CONTEXT_WORD)
}

export function personalWords(context: PasswordContext) {
	const [local = '', domain = ''] = (context.email ?? '').split('@')
	return wordsOf([context.name, local, domain, domain.split('.')[0]])
}

export async function siteWords() {
	const province = await getProvince()
	return wordsOf([...siteNames, province.nameVi, province.nameEn, province.shortName])
}

// True when taking the words out of the password leaves hardly any letters of its own.
function builtFrom(password: string, words: string[]) {
	let rest = letters(password)
	if (!rest) return false
	for (const word of [...words].sort((a, b) => b.length - a.length)) rest = rest.split(word.replace(/[^a-z]/g, '')).join('')
	return rest.length < MIN_OWN_LETTERS
}

let estimator: ZxcvbnFactory | undefined

export function strengthScore(password: string, userInputs: string[]) {
	// maxLength: the estimate's cost grows fast with length; 64 characters are plenty to
	// judge (longer ones count as strong) and keep a sign-up within milliseconds.
	estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, useLevenshteinDistance: true, maxLength: 64 })
	// The accent-free form too: "Mậtkhẩu" is guessed as easily as "matkhau".
	return Math.min(estimator.check(password, userInputs).score, estimator.check(foldAccents(password), userInputs).score)
}

export function checkPasswordAgainst(password: string, context: { personal: string[]; site: string[] }): PasswordProblem | null {
	if (isCommonPassword(password) || isCommonPassword(foldAccents(password))) return 'validation.password.common'
	const all = [...context.personal, ...context.site]
	if (builtFrom(password, all)) {
		return context.personal.length && !builtFrom(password, context.site) ? 'authHardening.password.similarToYou' : 'authHardening.password.similarToSite'
	}
	if (strengthScore(password, all) < minimumScore) return 'authHardening.password.tooGuessable'
	return null
}

export async function checkNewPassword(password: string, context: PasswordContext): Promise<PasswordProblem | null> {
	return checkPasswordAgainst(password, { personal: personalWords(context), site: await siteWords() })
}
