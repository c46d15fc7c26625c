import { parse } from 'csv-parse/sync'
import { expect, test } from 'vitest'
import { getI18n } from '~/utils/i18n'
import { applicationsCsv, type ApplicationRow } from './export'

const rows: ApplicationRow[] = [
	{
		referenceNumber: 'HS-2027-000001',
		organization: 'Công ty TNHH Cơ khí "Hoa Lư", Ninh Bình',
		projectTitle: 'Dây chuyền sấy lạnh\nbơm nhiệt',
		status: 'APPROVED',
		eligible: true,
		requestedAmountVnd: 500_000_000n,
		submittedAt: new Date('2027-01-10T03:30:00Z'),
		reviewsDone: 2,
		reviewsAssigned: 2,
		averageScore: 87.5,
		disagreement: false,
		decision: 'APPROVED',
		awardedAmountVnd: 450_000_000n,
	},
	{
		referenceNumber: 'HS-2027-000002',
		organization: '=HYPERLINK("http://evil")',
		projectTitle: 'Ứng dụng AI',
		status: 'IN_REVIEW',
		eligible: null,
		requestedAmountVnd: null,
		submittedAt: null,
		reviewsDone: 1,
		reviewsAssigned: 2,
		averageScore: null,
		disagreement: true,
		decision: null,
		awardedAmountVnd: null,
	},
]

test('the CSV export holds every row and column, readable back, in the officer\'s language', () => {
	const csv = applicationsCsv(rows, getI18n('vi').t)
	expect(csv.startsWith('\uFEFF')).toBe(true)
	const table = parse(csv.slice(1), { relax_column_count: false }) as string[][]
	expect(table).toHaveLength(3)
	expect(table[0]).toEqual(['Mã hồ sơ', 'Tổ chức', 'Tên dự án', 'Trạng thái', 'Đủ điều kiện', 'Kinh phí đề nghị (VND)', 'Nộp lúc', 'Đánh giá', 'Điểm trung bình', 'Chênh lệch lớn', 'Quyết định', 'Kinh phí được duyệt (VND)'])
	expect(table[1]).toEqual([
		'HS-2027-000001',
		'Công ty TNHH Cơ khí "Hoa Lư", Ninh Bình',
		'Dây chuyền sấy lạnh\nbơm nhiệt',
		'Được duyệt',
		'Có',
		'500000000',
		'2027-01-10 10:30',
		'2/2',
		'87.50',
		'Không',
		'Được duyệt',
		'450000000',
	])
	// A cell that would run as a spreadsheet formula is neutralised.
	expect(table[2]![1]).toBe('\'=HYPERLINK("http://evil")')
	expect(table[2]!.slice(3, 12)).toEqual(['Đang thẩm định', '', '', '', '1/2', '', 'Có', '', ''])
	const english = parse(applicationsCsv(rows, getI18n('en').t).slice(1)) as string[][]
	expect(english[0]![0]).toBe('Reference')
	expect(english[1]![3]).toBe('Approved')
})
