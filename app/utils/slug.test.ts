import { describe, expect, test } from 'vitest'
import { removeDiacritics, slugify } from './slug'

describe('slugify', () => {
	test('strips Vietnamese diacritics including đ', () => {
		expect(slugify('Công nghệ xử lý nước thải làng nghề')).toBe('cong-nghe-xu-ly-nuoc-thai-lang-nghe')
		expect(slugify('Đóng tàu – Đồng hồ')).toBe('dong-tau-dong-ho')
		expect(removeDiacritics('Ứng dụng ĐỔI MỚI')).toBe('Ung dung DOI MOI')
	})

	test('keeps within the length without a trailing dash', () => {
		const slug = slugify('Hệ thống IoT giám sát chất lượng nước ao nuôi tôm', 20)
		expect(slug.length).toBeLessThanOrEqual(20)
		expect(slug.endsWith('-')).toBe(false)
	})

	test('never returns an empty slug', () => {
		expect(slugify('!!!')).toBe('muc')
	})
})
