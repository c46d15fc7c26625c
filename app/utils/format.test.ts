import { describe, expect, test } from 'vitest'
import { formatAmountInput, formatDate, formatDateTime, formatNumber, formatPercent, formatVnd } from './format'

describe('formatting', () => {
	// Intl separates the amount from the symbol with a no-break space (U+00A0).
	test('VND has no decimals and uses Vietnamese grouping', () => {
		expect(formatVnd(1_500_000)).toBe('1.500.000\u00a0₫')
		expect(formatVnd(2_750_000_000n)).toBe('2.750.000.000\u00a0₫')
		expect(formatVnd(1234.56)).toBe('1.235\u00a0₫')
	})

	test('English keeps the currency and drops decimals', () => {
		expect(formatVnd(1_500_000, 'en')).toMatch(/^₫\s?1,500,000$/)
	})

	test('dates are shown in Asia/Ho_Chi_Minh whatever the server zone', () => {
		// 20:30 UTC on 31 Dec is already 1 Jan in Vietnam (UTC+7).
		const instant = new Date('2026-12-31T20:30:00Z')
		expect(formatDate(instant)).toBe('01/01/2027')
		expect(formatDateTime(instant)).toBe('03:30 01/01/2027')
		expect(formatDate(instant, 'en')).toBe('01/01/2027')
	})

	test('numbers follow the locale', () => {
		expect(formatNumber(12345.5)).toBe('12.345,5')
		expect(formatNumber(12345.5, 'en')).toBe('12,345.5')
	})
})

describe('numbers with a fraction, percentages and amounts being typed', () => {
	test('the Vietnamese decimal comma: days, scores, percentages', () => {
		expect(formatNumber(28.6)).toBe('28,6')
		expect(formatNumber(28.6, 'en')).toBe('28.6')
		expect(formatNumber(8.456)).toBe('8,46')
		expect(formatNumber(8.456, 'vi', 1)).toBe('8,5')
		expect(formatNumber(7)).toBe('7')
		expect(formatPercent(0.875)).toBe('87,5%')
		expect(formatPercent(0.875, 'en')).toBe('87.5%')
		expect(formatPercent(1)).toBe('100%')
	})

	test('amounts are grouped by thousands as they are typed, in the language of the page', () => {
		expect(formatAmountInput('1500000000')).toBe('1.500.000.000')
		expect(formatAmountInput('1500000000', 'en')).toBe('1,500,000,000')
		expect(formatAmountInput('1.500.00')).toBe('150.000')
		expect(formatAmountInput('500 000 000')).toBe('500.000.000')
		expect(formatAmountInput('999')).toBe('999')
		expect(formatAmountInput('0012')).toBe('12')
		expect(formatAmountInput('')).toBe('')
		// What is no amount stays as typed, for the form to report.
		expect(formatAmountInput('không rõ')).toBe('không rõ')
		expect(formatAmountInput('200.000.000 VND')).toBe('200.000.000 VND')
	})
})
