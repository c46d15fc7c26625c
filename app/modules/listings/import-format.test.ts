import { describe, expect, test } from 'vitest'
import { contentColumns, metaColumns, rowRanges, summariseIssues } from './import-format'
import { parseImportFile } from './import-parse.server'
import { listingTypes } from './listing-types'
import { listingSchemas } from './schemas'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('import columns', () => {
	test.each(listingTypes)('the columns of %s are exactly the fields of its form schema', (type) => {
		const schema = listingSchemas[type]
		const formKeys = Object.keys(schema.shape).filter((key) => key !== 'type').sort()
		const columns = [...metaColumns.filter((c) => c.name === 'organization'), ...contentColumns[type]].map((c) => c.formKey ?? c.name).sort()
		expect(columns).toEqual(formKeys)
	})

	test('row numbers are summarised as ranges, and the same problem on many rows is counted once', () => {
		expect(rowRanges([9, 2, 3, 4, 4, 12, 11])).toBe('2–4, 9, 11–12')
		const summary = summariseIssues([
			{ row: 2, field: 'trl', message: 'validation.listing.trlInvalid' },
			{ row: 3, field: 'trl', message: 'validation.listing.trlInvalid' },
			{ row: 3, field: 'title', message: 'validation.listing.titleTooShort' },
			{ row: null, field: null, message: 'admin.import.errors.encoding' },
		])
		expect(summary).toEqual([
			{ field: 'trl', message: 'validation.listing.trlInvalid', count: 2, rows: '2–3' },
			{ field: 'title', message: 'validation.listing.titleTooShort', count: 1, rows: '3' },
		])
	})
})

describe('reading import files', () => {
	test('CSV: spreadsheet row numbers (a quoted cell over two lines is one row; empty rows are counted), columns by name in any case', () => {
		const parsed = parseImportFile('a.csv', bytes('Type,Title,summary\r\nPATENT,"Dòng một\nvà hai",x\r\n,,\r\nSTARTUP,Ba,y\r\n'))
		expect(parsed).toEqual({
			ok: true,
			format: 'CSV',
			rows: [
				{ row: 2, values: { type: 'PATENT', title: 'Dòng một\nvà hai', summary: 'x' }, issues: [] },
				{ row: 4, values: { type: 'STARTUP', title: 'Ba', summary: 'y' }, issues: [] },
			],
		})
	})

	test('CSV saved by Excel with Vietnamese settings: UTF-8 byte-order mark and semicolons', () => {
		const parsed = parseImportFile('a.csv', Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('type;title\nEXPERT;Nguyễn Văn A, TS.\n')]))
		expect(parsed.ok && parsed.rows[0].values).toEqual({ type: 'EXPERT', title: 'Nguyễn Văn A, TS.' })
	})

	test('text typed with combining marks is stored precomposed (NFC)', () => {
		const decomposed = 'Cơ khí'.normalize('NFD')
		const parsed = parseImportFile('a.json', bytes(JSON.stringify([{ type: 'PATENT', title: decomposed, keywords: [decomposed] }])))
		expect(parsed.ok && parsed.rows[0].values).toEqual({ type: 'PATENT', title: 'Cơ khí'.normalize('NFC'), keywords: ['Cơ khí'.normalize('NFC')] })
	})

	test('file-level problems name what is wrong', () => {
		const issue = (name: string, content: Uint8Array) => {
			const parsed = parseImportFile(name, content)
			return parsed.ok ? null : { message: parsed.issue.message, params: parsed.issue.params }
		}
		expect(issue('a.csv', Uint8Array.from([0x74, 0x79, 0x70, 0x65, 0x0a, 0xe1, 0xba]))).toEqual({ message: 'admin.import.errors.encoding', params: undefined })
		expect(issue('a.csv', Uint8Array.from([0xff, 0xfe, 0x74, 0x00]))).toMatchObject({ message: 'admin.import.errors.encoding' })
		expect(issue('a.xlsx', bytes('PK...'))).toMatchObject({ message: 'admin.import.errors.formatUnknown' })
		expect(issue('a.csv', bytes('type,titel\nPATENT,x\n'))).toEqual({ message: 'admin.import.errors.columnUnknown', params: { column: 'titel' } })
		expect(issue('a.csv', bytes('type,title,Title\n'))).toEqual({ message: 'admin.import.errors.columnDuplicate', params: { column: 'title' } })
		expect(issue('a.csv', bytes('title\nx\n'))).toMatchObject({ message: 'admin.import.errors.typeColumnMissing' })
		expect(issue('a.csv', bytes('type,title\nPATENT,ok\nPATENT,"not closed\n'))).toEqual({ message: 'admin.import.errors.csvInvalid', params: { row: 3, line: 3 } })
		expect(issue('a.csv', bytes('type,title\n'))).toMatchObject({ message: 'admin.import.errors.noRows' })
		expect(issue('a.json', bytes('[{"type": "PATENT",}]'))).toMatchObject({ message: 'admin.import.errors.jsonInvalid' })
		expect(issue('a.json', bytes('{"items": []}'))).toMatchObject({ message: 'admin.import.errors.jsonShape' })
		expect(issue('a.json', bytes(''))).toMatchObject({ message: 'admin.import.errors.fileEmpty' })
	})

	test('JSON: each listing is a row numbered from 1; unknown keys and nested objects are row problems', () => {
		const parsed = parseImportFile('a.json', bytes(JSON.stringify([{ type: 'PATENT', trl: 5, isAccelerator: true, foundedOn: null }, 'x', { type: 'EXPERT', notes: 'a', title: { vi: 'b' } }])))
		expect(parsed).toEqual({
			ok: true,
			format: 'JSON',
			rows: [
				{ row: 1, values: { type: 'PATENT', trl: '5', isAccelerator: 'true', foundedOn: '' }, issues: [] },
				{ row: 2, values: {}, issues: [{ row: 2, field: null, message: 'admin.import.errors.jsonRowShape' }] },
				{
					row: 3,
					values: { type: 'EXPERT' },
					issues: [
						{ row: 3, field: 'notes', message: 'admin.import.errors.columnUnknown', params: { column: 'notes' } },
						{ row: 3, field: 'title', message: 'admin.import.errors.valueType' },
					],
				},
			],
		})
	})
})
