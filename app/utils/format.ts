// Formatting shared by server and browser. Every date is shown in the province's
// time zone, whatever the server's or the visitor's clock says.
import type { Locale } from './i18n'

export const timeZone = 'Asia/Ho_Chi_Minh'

const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' }

export function formatVnd(amount: number | bigint, locale: Locale = 'vi') {
	// VND is a zero-decimal currency: 1.500.000 ₫
	return new Intl.NumberFormat(intlLocale[locale], {
		style: 'currency',
		currency: 'VND',
		maximumFractionDigits: 0,
	}).format(amount)
}

// Every number a page shows goes through here: Vietnamese grouping and decimal comma
// ("1.234,5", "28,6"), English "1,234.5". Never toFixed()/String() on a shown number.
export function formatNumber(value: number | bigint, locale: Locale = 'vi', maximumFractionDigits = 2) {
	return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits }).format(value)
}

// A share (0..1) as a percentage: "87,5%" (vi), "87.5%" (en).
export function formatPercent(share: number, locale: Locale = 'vi', maximumFractionDigits = 1) {
	return new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits }).format(share)
}

// An amount being typed, grouped by thousands the way the language writes it:
// "1500000000" → "1.500.000.000" (vi) or "1,500,000,000" (en). Text that is not only
// digits and separators is returned untouched (the form reports it as an error).
export function formatAmountInput(value: string, locale: Locale = 'vi') {
	if (!/^[\d\s.,]*$/.test(value)) return value
	const digits = value.replace(/\D/g, '').replace(/^0+(?=\d)/, '')
	if (digits === '') return value.trim() === '' ? '' : value
	return digits.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'vi' ? '.' : ',')
}

export function formatDate(date: Date | string, locale: Locale = 'vi') {
	return new Intl.DateTimeFormat(intlLocale[locale], {
		timeZone,
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
	}).format(new Date(date))
}

export function formatDateTime(date: Date | string, locale: Locale = 'vi') {
	return new Intl.DateTimeFormat(intlLocale[locale], {
		timeZone,
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).format(new Date(date))
}

export function formatFileSize(bytes: number, locale: Locale = 'vi') {
	const units = ['byte', 'kilobyte', 'megabyte'] as const
	let value = bytes
	let unit = 0
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024
		unit += 1
	}
	return new Intl.NumberFormat(intlLocale[locale], { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)
}
