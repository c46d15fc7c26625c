import { describe, expect, test } from 'vitest'
import { getProvince } from '~/modules/settings/province.server'
import { checkNewPassword, checkPasswordAgainst, foldAccents, personalWords, siteWords } from './password-policy.server'

const person = { email: 'nguyen.van.an@example.vn', name: 'Nguyễn Văn An' }

describe('password policy', () => {
	test('the site name, in any spelling, is refused', async () => {
		for (const password of ['Sàn Công nghệ', 'sancongnghe', 'SanCongNghe2026!', 'sàn-công-nghệ-123']) {
			expect(await checkNewPassword(password, person), password).toBe('authHardening.password.similarToSite')
		}
	})

	test('the province from the province settings, with or without accents, is refused', async () => {
		const province = await getProvince()
		const ascii = foldAccents(province.nameVi).replace(/[^a-z]/g, '')
		for (const password of [`${ascii}2026`, `${province.nameVi} 2026`, `${province.nameEn}@2026`]) {
			expect(await checkNewPassword(password, person), password).toBe('authHardening.password.similarToSite')
		}
	})

	test('the words of another province are taken from the settings, not from the code', () => {
		const site = ['sancongnghe', 'ha', 'nam', 'hanam']
		expect(checkPasswordAgainst('hanam2026!', { personal: [], site })).toBe('authHardening.password.similarToSite')
		expect(checkPasswordAgainst('ninh-binh-nui-da', { personal: [], site })).toBeNull()
	})

	test('the person’s own e-mail (whole, local part, domain) or name is refused, accents folded', async () => {
		for (const password of ['nguyen.van.an@example.vn', 'nguyenvanan', 'NguyễnVănAn1990', 'example.vn2026', 'an.nguyen.van!!']) {
			expect(await checkNewPassword(password, person), password).toBe('authHardening.password.similarToYou')
		}
		expect(personalWords(person)).toEqual(expect.arrayContaining(['nguyen', 'van', 'nguyenvanan', 'example']))
	})

	test('repeated characters, keyboard runs and common passwords are refused', async () => {
		expect(await checkNewPassword('aaaaaaaa', person)).toBe('authHardening.password.tooGuessable')
		expect(await checkNewPassword('a'.repeat(128), person)).toBe('authHardening.password.tooGuessable')
		expect(await checkNewPassword('poiuytrewq2', person)).toBe('authHardening.password.tooGuessable')
		expect(await checkNewPassword('12/05/1990', person)).toBe('authHardening.password.tooGuessable')
		expect(await checkNewPassword('matkhau123', person)).toBe('validation.password.common')
		expect(await checkNewPassword('Mậtkhẩu123', person)).toBe('validation.password.common')
	})

	test('passphrases pass, in Vietnamese or English, including ones that mention a place among other words', async () => {
		for (const password of ['phù sa sông Hồng 2026', 'tôm thẻ chân trắng Kim Sơn', 'a long test passphrase', 'demo-ninhbinh-2026', 'xK9#mQ2pLw!v']) {
			expect(await checkNewPassword(password, person), password).toBeNull()
		}
	})

	test('the site words include the names in the settings and the site’s own', async () => {
		const words = await siteWords()
		expect(words).toEqual(expect.arrayContaining(['sancongnghe', 'san', 'cong', 'nghe']))
		const province = await getProvince()
		expect(words).toContain(foldAccents(province.nameVi).replace(/[^a-z]/g, ''))
	})
})
