import { describe, expect, test } from 'vitest'
import { communeKindOf, parseCommunesCsv } from './communes-csv'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('the communes CSV', () => {
	test('reads code, name and kind in any column order, Vietnamese or English kinds, with a BOM and CRLF', () => {
		const parsed = parseCommunesCsv(bytes('\uFEFFkind,code,name\r\nphường,25171,Phường Hoa Lư\r\nXã,25285, Xã  Gia Viễn \r\nĐặc khu,99001,Đặc khu Bạch Long Vĩ\r\nWARD,25172,Phường Tây Hoa Lư\r\nspecial_zone,99002,Đặc khu Thử\r\n\r\n'))
		expect(parsed.issues).toEqual([])
		expect(parsed.rows).toEqual([
			{ code: '25171', name: 'Phường Hoa Lư', kind: 'WARD' },
			{ code: '25285', name: 'Xã Gia Viễn', kind: 'COMMUNE' },
			{ code: '99001', name: 'Đặc khu Bạch Long Vĩ', kind: 'SPECIAL_ZONE' },
			{ code: '25172', name: 'Phường Tây Hoa Lư', kind: 'WARD' },
			{ code: '99002', name: 'Đặc khu Thử', kind: 'SPECIAL_ZONE' },
		])
	})

	test('Excel\'s semicolons and Vietnamese column names are accepted; names are stored in NFC', () => {
		const decomposed = 'Xã Gia Viễn'.normalize('NFD')
		const parsed = parseCommunesCsv(bytes(`Mã;Tên;Loại\n25285;${decomposed};xa`))
		expect(parsed.rows).toEqual([{ code: '25285', name: 'Xã Gia Viễn'.normalize('NFC'), kind: 'COMMUNE' }])
	})

	test('every bad row is reported with its line and column, and no row of a bad file is kept apart from the good ones', () => {
		const parsed = parseCommunesCsv(
			bytes(['code,name,kind', '25171,Phường Hoa Lư,phường', ',Xã Không Mã,xã', '25171,Phường Trùng,phường', '25/9,Xã Sai Mã,xã', '25300,X,xã', '25301,Xã Lạ,thị trấn', '25302,Xã Thiếu Loại,'].join('\n')),
		)
		expect(parsed.issues).toEqual([
			{ line: 3, field: 'code', message: 'communeImport.errors.codeRequired' },
			{ line: 4, field: 'code', message: 'communeImport.errors.codeDuplicate', value: '25171' },
			{ line: 5, field: 'code', message: 'communeImport.errors.codeInvalid', value: '25/9' },
			{ line: 6, field: 'name', message: 'communeImport.errors.nameRequired', value: 'X' },
			{ line: 7, field: 'kind', message: 'communeImport.errors.kindInvalid', value: 'thị trấn' },
			{ line: 8, field: 'kind', message: 'communeImport.errors.kindRequired' },
		])
		expect(parsed.rows.map((r) => r.code)).toEqual(['25171'])
	})

	test('a file that cannot be a communes list says why', () => {
		expect(parseCommunesCsv(bytes('')).issues[0].message).toBe('communeImport.errors.empty')
		expect(parseCommunesCsv(bytes('code,name\n1,Xã A')).issues[0]).toMatchObject({ message: 'communeImport.errors.header', value: 'kind' })
		expect(parseCommunesCsv(bytes('code,name,kind\n')).issues[0].message).toBe('communeImport.errors.noRows')
		expect(parseCommunesCsv(new Uint8Array([0x63, 0x6f, 0x64, 0x65, 0x0a, 0x58, 0xe3, 0x0a])).issues[0].message).toBe('communeImport.errors.encoding')
		expect(parseCommunesCsv(bytes('code,name,kind\n1,"Xã A,xã')).issues[0].message).toBe('communeImport.errors.csvInvalid')
		expect(parseCommunesCsv(bytes(`code,name,kind\n${'1,Xã A,xã\n'.repeat(5001)}`)).issues[0].message).toBe('communeImport.errors.tooManyRows')
	})

	test('kinds are matched without regard to case or missing diacritics', () => {
		expect(communeKindOf('PHƯỜNG')).toBe('WARD')
		expect(communeKindOf('dac khu')).toBe('SPECIAL_ZONE')
		expect(communeKindOf('huyện')).toBeNull()
	})
})
