import { describe, expect, test } from 'vitest'
import { segmentsOf, wholeWords } from './hits'

const S = '\u0001'
const E = '\u0002'

describe('highlights cover whole words only', () => {
	test('a prefix match is widened to its whole syllable (precomposed diacritics)', () => {
		expect(segmentsOf(`${S}Thi${E}ết bị ${S}thá${E}p nước`, 'x')).toEqual([
			{ text: 'Thiết', match: true },
			{ text: ' bị ', match: false },
			{ text: 'tháp', match: true },
			{ text: ' nước', match: false },
		])
	})

	test('a match ending inside a word made of combining marks takes the marks and the rest of the word', () => {
		// "Thiết" decomposed: T h i e + U+0302 (circumflex) + U+0301 (acute) + t
		const decomposed = 'Thiết'.normalize('NFD')
		expect(decomposed.length).toBeGreaterThan('Thiết'.length)
		const cut = decomposed.indexOf('e') + 1
		const formatted = `${S}${decomposed.slice(0, cut)}${E}${decomposed.slice(cut)} kế`
		expect(segmentsOf(formatted, 'x')).toEqual([
			{ text: decomposed, match: true },
			{ text: ' kế', match: false },
		])
	})

	test('a match in the middle of a word, and a typo match, cover the word; neighbouring words stay unmarked', () => {
		expect(wholeWords([
			{ text: 'Hệ thống ', match: false },
			{ text: 'ph', match: true },
			{ text: 'ân loại; cảm ', match: false },
			{ text: 'biế', match: true },
			{ text: 'n', match: false },
		])).toEqual([
			{ text: 'Hệ thống ', match: false },
			{ text: 'phân', match: true },
			{ text: ' loại; cảm ', match: false },
			{ text: 'biến', match: true },
		])
	})

	test('punctuation, spaces and digits: words end at punctuation; numbers count as words', () => {
		expect(segmentsOf(`(${S}IoT${E}) giám sát ${S}20${E}24-ready`, 'x')).toEqual([
			{ text: '(', match: false },
			{ text: 'IoT', match: true },
			{ text: ') giám sát ', match: false },
			{ text: '2024', match: true },
			{ text: '-ready', match: false },
		])
	})

	test('whole-word matches are unchanged, and two matched words separated by a space still merge into one highlight', () => {
		expect(segmentsOf(`${S}Cảm${E} ${S}biến${E} độ mặn`, 'x')).toEqual([
			{ text: 'Cảm biến', match: true },
			{ text: ' độ mặn', match: false },
		])
		expect(segmentsOf(undefined, 'Tiêu đề')).toEqual([{ text: 'Tiêu đề', match: false }])
	})

	test('characters outside the basic plane are never split', () => {
		expect(segmentsOf(`${S}𝒳y${E}z 😀 ok`, 'x')).toEqual([
			{ text: '𝒳yz', match: true },
			{ text: ' 😀 ok', match: false },
		])
	})
})
