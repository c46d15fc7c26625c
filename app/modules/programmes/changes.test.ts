import { describe, expect, test } from 'vitest'
import { invalidatingChanges, type StoredProgramme } from './changes'

const before: StoredProgramme = {
	organizationId: 'org-1',
	title: 'Chương trình hỗ trợ',
	summary: 'Tóm tắt chương trình hỗ trợ',
	description: '',
	supportType: 'GRANT',
	coFundingPercent: undefined,
	totalBudgetVnd: 1_000_000_000,
	maxPerApplicationVnd: 100_000_000,
	eligibleOrganizationTypes: ['ENTERPRISE', 'RESEARCH_INSTITUTE'],
	eligibleEnterpriseSizes: [],
	fields: ['agriculture'],
	communeCodes: [],
	minTrl: 3,
	opensAt: new Date('2027-01-05T01:00:00Z'),
	closesAt: new Date('2027-02-28T10:00:00Z'),
	reviewersPerApplication: 2,
	requiredReviews: 2,
	allowMultipleApplications: false,
	processingLimitDays: 30,
	publishScores: false,
	questions: [
		{ id: 'q1', type: 'LONG_TEXT', label: 'Mô tả', help: '', required: true, options: [], maxLength: 3000 },
		{ id: 'q2', type: 'CHOICE', label: 'Hình thức', help: '', required: false, options: ['Mua đứt', 'Li-xăng'], maxLength: undefined },
	],
	documents: [{ id: 'd1', title: 'Giấy phép', description: '', required: false }],
	criteria: [
		{ id: 'c1', title: 'Tính mới', description: '', weight: 40, maxScore: 10 },
		{ id: 'c2', title: 'Khả thi', description: '', weight: 60, maxScore: 5 },
	],
}
const now = new Date('2027-02-01T00:00:00Z')
const used = { applications: 3, submitted: 2, reviewsStarted: true, now }
const clone = () => structuredClone(before)

describe('changes a programme may not take once applications exist', () => {
	test('without applications anything goes', () => {
		expect(invalidatingChanges(before, { ...clone(), organizationId: 'org-2', questions: [], minTrl: 9 }, { applications: 0, submitted: 0, reviewsStarted: false, now })).toEqual([])
	})

	test('harmless edits pass: wording, a wider eligibility, a later deadline, an optional question, more budget', () => {
		const after = clone()
		after.title = 'Chương trình hỗ trợ đổi mới (sửa tên)'
		after.questions[0]!.label = 'Mô tả công nghệ'
		after.eligibleOrganizationTypes.push('UNIVERSITY')
		after.minTrl = 2
		after.closesAt = new Date('2027-03-15T10:00:00Z')
		after.totalBudgetVnd = 2_000_000_000
		after.questions.push({ type: 'SHORT_TEXT', label: 'Ghi chú', help: '', required: false, options: [], maxLength: undefined } as never)
		after.questions[1]!.options.push('Góp vốn')
		expect(invalidatingChanges(before, after, used)).toEqual([])
	})

	test.each([
		['organizationChanged', (p: StoredProgramme): void => {
			p.organizationId = 'org-2'
		}],
		['eligibilityNarrowed', (p: StoredProgramme): void => {
			p.eligibleOrganizationTypes = ['ENTERPRISE']
		}],
		['eligibilityNarrowed', (p: StoredProgramme): void => {
			p.eligibleEnterpriseSizes = ['SMALL']
		}],
		['eligibilityNarrowed', (p: StoredProgramme): void => {
			p.minTrl = 5
		}],
		['openingMoved', (p: StoredProgramme): void => {
			p.opensAt = new Date('2027-01-10T01:00:00Z')
		}],
		['closingBeforeNow', (p: StoredProgramme): void => {
			p.closesAt = new Date('2027-01-31T10:00:00Z')
		}],
		['questionRemoved', (p: StoredProgramme): void => {
			p.questions.splice(0, 1)
		}],
		['questionTypeChanged', (p: StoredProgramme): void => {
			p.questions[0]!.type = 'SHORT_TEXT'
		}],
		['choiceOptionRemoved', (p: StoredProgramme): void => {
			p.questions[1]!.options = ['Mua đứt']
		}],
		['requiredQuestionAdded', (p: StoredProgramme): void => {
			p.questions[1]!.required = true
		}],
		['requiredQuestionAdded', (p: StoredProgramme): void => {
			p.questions.push({ type: 'YES_NO', label: 'Cam kết', help: '', required: true, options: [], maxLength: undefined } as never)
		}],
		['requiredDocumentAdded', (p: StoredProgramme): void => {
			p.documents[0]!.required = true
		}],
		['processingLimitChanged', (p: StoredProgramme): void => {
			p.processingLimitDays = 60
		}],
		['documentRemoved', (p: StoredProgramme): void => {
			p.documents = []
		}],
		['rubricLocked', (p: StoredProgramme): void => {
			p.criteria[0]!.weight = 50
		}],
		['rubricLocked', (p: StoredProgramme): void => {
			p.criteria.pop()
		}],
	])('%s is refused', (expected, change) => {
		const after = clone()
		change(after)
		expect(invalidatingChanges(before, after, used)).toEqual([expected])
	})

	test('required additions are fine while nothing has been submitted; the rubric is free until a reviewer scores', () => {
		const after = clone()
		after.questions[1]!.required = true
		after.documents[0]!.required = true
		after.criteria[0]!.weight = 50
		expect(invalidatingChanges(before, after, { applications: 2, submitted: 0, reviewsStarted: false, now })).toEqual([])
	})
})
