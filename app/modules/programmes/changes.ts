// Once applications exist, some edits of a programme would change the rules under
// people who already applied. Those are refused, each with a reason the officer reads.
import type { ProgrammeInput } from './schemas'

export type ProgrammeUsage = {
	applications: number // any, drafts included
	submitted: number // sent at least once
	reviewsStarted: boolean // a reviewer has saved a score
	now: Date
}

export type StoredProgramme = Omit<ProgrammeInput, 'questions' | 'documents' | 'criteria'> & {
	questions: (ProgrammeInput['questions'][number] & { id: string })[]
	documents: (ProgrammeInput['documents'][number] & { id: string })[]
	criteria: (ProgrammeInput['criteria'][number] & { id: string })[]
}

export type InvalidatingChange =
	| 'organizationChanged'
	| 'eligibilityNarrowed'
	| 'openingMoved'
	| 'closingBeforeNow'
	| 'questionRemoved'
	| 'questionTypeChanged'
	| 'choiceOptionRemoved'
	| 'requiredQuestionAdded'
	| 'requiredDocumentAdded'
	| 'documentRemoved'
	| 'processingLimitChanged'
	| 'rubricLocked'

const narrowed = <T>(before: T[], after: T[]) =>
	// An empty list means "any": from any to some, or dropping a value, narrows.
	(before.length === 0 && after.length > 0) || (after.length > 0 && before.some((value) => !after.includes(value)))

export function invalidatingChanges(before: StoredProgramme, after: ProgrammeInput, usage: ProgrammeUsage): InvalidatingChange[] {
	if (usage.applications === 0) return []
	const changes = new Set<InvalidatingChange>()
	if (after.organizationId !== before.organizationId) changes.add('organizationChanged')
	if (
		narrowed(before.eligibleOrganizationTypes, after.eligibleOrganizationTypes) ||
		narrowed(before.eligibleEnterpriseSizes, after.eligibleEnterpriseSizes) ||
		narrowed(before.fields, after.fields) ||
		narrowed(before.communeCodes, after.communeCodes) ||
		(after.minTrl ?? 0) > (before.minTrl ?? 0)
	) {
		changes.add('eligibilityNarrowed')
	}
	if (after.opensAt.getTime() !== before.opensAt.getTime()) changes.add('openingMoved')
	// The public on-time share is measured against it.
	if (usage.submitted > 0 && after.processingLimitDays !== before.processingLimitDays) changes.add('processingLimitChanged')
	if (after.closesAt.getTime() !== before.closesAt.getTime() && after.closesAt.getTime() < usage.now.getTime()) changes.add('closingBeforeNow')

	const afterQuestions = new Map(after.questions.filter((q) => q.id).map((q) => [q.id!, q]))
	for (const question of before.questions) {
		const kept = afterQuestions.get(question.id)
		if (!kept) changes.add('questionRemoved')
		else {
			if (kept.type !== question.type) changes.add('questionTypeChanged')
			if (question.type === 'CHOICE' && question.options.some((option) => !kept.options.includes(option))) changes.add('choiceOptionRemoved')
			if (kept.required && !question.required && usage.submitted > 0) changes.add('requiredQuestionAdded')
		}
	}
	if (usage.submitted > 0 && after.questions.some((q) => !q.id && q.required)) changes.add('requiredQuestionAdded')

	const keptDocuments = new Map(after.documents.filter((d) => d.id).map((d) => [d.id!, d]))
	// Applicants may already have attached a file for it.
	if (before.documents.some((document) => !keptDocuments.has(document.id))) changes.add('documentRemoved')
	if (usage.submitted > 0) {
		if (after.documents.some((d) => !d.id && d.required)) changes.add('requiredDocumentAdded')
		for (const document of before.documents) if (!document.required && keptDocuments.get(document.id)?.required) changes.add('requiredDocumentAdded')
	}

	if (usage.reviewsStarted) {
		const same =
			before.criteria.length === after.criteria.length &&
			before.criteria.every((criterion) => {
				const kept = after.criteria.find((c) => c.id === criterion.id)
				return kept && kept.weight === criterion.weight && kept.maxScore === criterion.maxScore
			})
		if (!same) changes.add('rubricLocked')
	}
	return [...changes]
}
