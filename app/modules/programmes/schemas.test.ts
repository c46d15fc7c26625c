import { parseWithZod } from '~/utils/forms'
import { describe, expect, test } from 'vitest'
import { getI18n } from '~/utils/i18n'
import { ProgrammeSchema } from './schemas'

// A programme as the officer's form posts it (nested names, strings).
function form(overrides: Record<string, string | string[] | undefined> = {}) {
	const values: Record<string, string | string[] | undefined> = {
		organizationId: 'org-1',
		title: 'Hỗ trợ đổi mới công nghệ cho doanh nghiệp nhỏ và vừa 2027',
		summary: 'Hỗ trợ tới 50% chi phí chuyển giao công nghệ cho doanh nghiệp trong tỉnh.',
		description: '## Đối tượng\nDoanh nghiệp nhỏ và vừa.',
		supportType: 'CO_FUNDING',
		coFundingPercent: '50',
		totalBudgetVnd: '5.000.000.000',
		maxPerApplicationVnd: '500 000 000 ₫',
		eligibleOrganizationTypes: ['ENTERPRISE'],
		eligibleEnterpriseSizes: ['MICRO', 'SMALL', 'MEDIUM'],
		fields: ['agriculture', 'food-processing'],
		communeCodes: [],
		minTrl: '4',
		opensAt: '2027-01-05T08:00',
		closesAt: '2027-02-28T17:00',
		reviewersPerApplication: '2',
		'questions[0].type': 'LONG_TEXT',
		'questions[0].label': 'Mô tả công nghệ cần đổi mới',
		'questions[0].required': 'on',
		'questions[0].maxLength': '3000',
		'questions[1].type': 'CHOICE',
		'questions[1].label': 'Hình thức tiếp nhận công nghệ',
		'questions[1].options': 'Mua đứt\nLi-xăng\nLi-xăng',
		'documents[0].title': 'Giấy chứng nhận đăng ký doanh nghiệp',
		'documents[0].required': 'on',
		'criteria[0].title': 'Tính mới của công nghệ',
		'criteria[0].weight': '40',
		'criteria[0].maxScore': '10',
		'criteria[1].title': 'Khả năng triển khai',
		'criteria[1].weight': '60',
		'criteria[1].maxScore': '5',
		...overrides,
	}
	const data = new FormData()
	for (const [key, value] of Object.entries(values)) {
		if (value === undefined) continue
		for (const item of Array.isArray(value) ? value : [value]) data.append(key, item)
	}
	return parseWithZod(data, { schema: ProgrammeSchema })
}

function errorsOf(overrides: Record<string, string | readonly string[] | undefined>) {
	const submission = form(overrides as Record<string, string | string[] | undefined>)
	if (submission.status === 'success') throw new Error('expected the form to be refused')
	return submission.error ?? {}
}

describe('programme form', () => {
	test('a complete programme parses, with Viet Nam times, amounts, lists and Vietnamese text intact', () => {
		const submission = form()
		expect(submission.status).toBe('success')
		if (submission.status !== 'success') return
		const programme = submission.value
		expect(programme.title).toBe('Hỗ trợ đổi mới công nghệ cho doanh nghiệp nhỏ và vừa 2027')
		expect(programme.opensAt.toISOString()).toBe('2027-01-05T01:00:00.000Z')
		expect(programme.closesAt.toISOString()).toBe('2027-02-28T10:00:00.000Z')
		expect(programme.totalBudgetVnd).toBe(5_000_000_000)
		expect(programme.maxPerApplicationVnd).toBe(500_000_000)
		expect(programme.questions).toEqual([
			{ type: 'LONG_TEXT', label: 'Mô tả công nghệ cần đổi mới', help: '', required: true, options: [], maxLength: 3000 },
			{ type: 'CHOICE', label: 'Hình thức tiếp nhận công nghệ', help: '', required: false, options: ['Mua đứt', 'Li-xăng'], maxLength: undefined },
		])
		expect(programme.documents).toEqual([{ title: 'Giấy chứng nhận đăng ký doanh nghiệp', description: '', required: true }])
		expect(programme.criteria.map((c) => [c.title, c.weight, c.maxScore])).toEqual([['Tính mới của công nghệ', 40, 10], ['Khả năng triển khai', 60, 5]])
		expect(programme.reviewersPerApplication).toBe(2)
		expect(programme.allowMultipleApplications).toBe(false)
	})

	test.each([
		[{ title: 'Ngắn' }, 'title', 'programmeValidation.titleRequired'],
		[{ summary: '' }, 'summary', 'programmeValidation.summaryRequired'],
		[{ supportType: 'LOTTERY' }, 'supportType', 'programmeValidation.supportTypeRequired'],
		[{ coFundingPercent: '' }, 'coFundingPercent', 'programmeValidation.percentRequired'],
		[{ coFundingPercent: '150' }, 'coFundingPercent', 'programmeValidation.percentInvalid'],
		[{ totalBudgetVnd: 'năm tỷ' }, 'totalBudgetVnd', 'programmeValidation.amountInvalid'],
		[{ maxPerApplicationVnd: '6.000.000.000' }, 'maxPerApplicationVnd', 'programmeValidation.maxAboveTotal'],
		[{ eligibleOrganizationTypes: ['SPACESHIP'] }, 'eligibleOrganizationTypes[0]', 'programmeValidation.choiceInvalid'],
		[{ minTrl: '10' }, 'minTrl', 'programmeValidation.trlInvalid'],
		[{ opensAt: '' }, 'opensAt', 'programmeValidation.dateTimeRequired'],
		[{ opensAt: '2027-02-30T08:00' }, 'opensAt', 'programmeValidation.dateTimeInvalid'],
		[{ closesAt: '2027-01-05T07:59' }, 'closesAt', 'programmeValidation.closesBeforeOpens'],
		[{ reviewersPerApplication: '9' }, 'reviewersPerApplication', 'programmeValidation.reviewersInvalid'],
		[{ 'questions[0].type': 'ESSAY' }, 'questions[0].type', 'programmeValidation.questionTypeRequired'],
		[{ 'questions[0].label': '' }, 'questions[0].label', 'programmeValidation.questionLabelRequired'],
		[{ 'questions[1].options': 'Chỉ một lựa chọn' }, 'questions[1].options', 'programmeValidation.choiceNeedsOptions'],
		[{ 'questions[0].maxLength': '0' }, 'questions[0].maxLength', 'programmeValidation.maxLengthInvalid'],
		[{ 'documents[0].title': '' }, 'documents[0].title', 'programmeValidation.documentTitleRequired'],
		[{ 'criteria[0].weight': '0' }, 'criteria[0].weight', 'programmeValidation.weightInvalid'],
		// The database keeps two decimals: 33.333 would be stored as 33.33.
		[{ 'criteria[0].weight': '33.333' }, 'criteria[0].weight', 'programmeValidation.weightInvalid'],
		[{ 'criteria[1].maxScore': '2.5' }, 'criteria[1].maxScore', 'programmeValidation.maxScoreInvalid'],
	] as const)('%o is refused on %s', (overrides, field, message) => {
		expect(errorsOf(overrides)[field]).toEqual([message])
	})

	test('a rubric is required', () => {
		const overrides = Object.fromEntries(['criteria[0].title', 'criteria[0].weight', 'criteria[0].maxScore', 'criteria[1].title', 'criteria[1].weight', 'criteria[1].maxScore'].map((k) => [k, undefined]))
		expect(errorsOf(overrides).criteria).toEqual(['programmeValidation.criteriaRequired'])
	})

	test('every message exists in both languages', () => {
		const keys = ['titleRequired', 'summaryRequired', 'supportTypeRequired', 'percentRequired', 'percentInvalid', 'amountInvalid', 'maxAboveTotal', 'choiceInvalid', 'trlInvalid', 'dateTimeRequired', 'dateTimeInvalid', 'closesBeforeOpens', 'reviewersInvalid', 'questionTypeRequired', 'questionLabelRequired', 'choiceNeedsOptions', 'maxLengthInvalid', 'documentTitleRequired', 'weightInvalid', 'maxScoreInvalid', 'criteriaRequired', 'criterionTitleRequired', 'organizationRequired', 'tooLong', 'tooManyItems', 'tooManyOptions']
		for (const locale of ['vi', 'en'] as const) {
			for (const key of keys) expect(getI18n(locale).exists(`programmeValidation.${key}`), `${locale}: ${key}`).toBe(true)
		}
	})

	test('with a minimum TRL the applicant form asks the TRL itself: a question asking it again is refused on its label', () => {
		const trlQuestion = { 'questions[2].type': 'NUMBER', 'questions[2].label': 'Mức sẵn sàng công nghệ hiện tại (TRL 1–9)' }
		expect(errorsOf(trlQuestion)).toEqual({ 'questions[2].label': ['forms.trlAskedByForm'] })
		expect(errorsOf({ ...trlQuestion, 'questions[2].label': 'Technology readiness level' })).toEqual({ 'questions[2].label': ['forms.trlAskedByForm'] })
		// Without a minimum the form does not ask it, so a programme may.
		expect(form({ ...trlQuestion, minTrl: '' }).status).toBe('success')
		// Words merely containing the letters are no TRL question.
		expect(form({ 'questions[2].type': 'SHORT_TEXT', 'questions[2].label': 'Tên CONTROLLER chính' }).status).toBe('success')
		expect(getI18n('vi').t('forms.trlAskedByForm')).toContain('TRL')
	})

	test('dates may also be typed the Vietnamese way, dd/mm/yyyy hh:mm', () => {
		const submission = form({ opensAt: '05/01/2027 08:00', closesAt: '28/02/2027 17:00' })
		expect(submission.status === 'success' && submission.value.closesAt.toISOString()).toBe('2027-02-28T10:00:00.000Z')
		expect(errorsOf({ closesAt: '30/02/2027 17:00' })).toEqual({ closesAt: ['programmeValidation.dateTimeInvalid'] })
	})
})
