import { getFormProps, getInputProps, useForm, type SubmissionResult } from '@conform-to/react'
import { getZodConstraint } from '@conform-to/zod/v4'
import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, type ShouldRevalidateFunction } from '@remix-run/react'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { CheckboxField, ErrorList, FormMessage, Notice, RequiredLegend, SubmitButton, TextArea, textareaProps } from '~/components/ui/form'
import { notFound, requireUser } from '~/modules/auth/guards.server'
import { declareConflict, reviewForReviewer, saveScores } from '~/modules/programmes/reviews.server'
import { scoreInRange, weightedTotal } from '~/modules/programmes/scoring'
import { formatDateTime, formatNumber, formatVnd } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('reviewing.review.pageTitle')

const tooLong = 'programmeValidation.tooLong'

const NoConflictSchema = z.object({
	confirm: z.literal('on', { error: 'reviewing.errors.confirmRequired' }),
})

const ConflictSchema = z.object({
	note: z.string().trim().max(2000, { error: tooLong }).optional(),
})

// Scores are kept as typed: the module decides what is a valid score, so "15" or "abc"
// comes back as an error on its criterion with the value still in the field.
const ScoresSchema = z.object({
	scores: z
		.array(
			z.object({
				criterionId: z.string().min(1),
				score: z.string().trim().max(20, { error: 'programmes.errors.scoreOutOfRange' }).optional(),
				comment: z.string().max(5000, { error: tooLong }).optional(),
			}),
		)
		.max(100),
	overallComment: z.string().max(10000, { error: tooLong }).optional(),
})

type ActionResult = { intent: string | null; result?: SubmissionResult<string[]>; error?: string }

function reply(body: ActionResult, status: number) {
	return data(body, { status })
}

async function requireReview(request: Request, assignmentId: string) {
	const user = await requireUser(request)
	const review = await reviewForReviewer(user, assignmentId)
	if (!review) throw notFound()
	return { user, review }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { review } = await requireReview(request, params.assignmentId!)
	const done = new URL(request.url).searchParams.get('done')
	return { review, done: done === 'saved' || done === 'submitted' || done === 'declared' ? done : null }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const assignmentId = params.assignmentId!
	const { user } = await requireReview(request, assignmentId)
	const formData = await request.formData()
	const intent = formData.get('intent')
	const ctx = { request, context }
	const here = `/account/reviews/${assignmentId}`

	if (intent === 'no-conflict' || intent === 'conflict') {
		const submission = parseWithZod(formData, { schema: intent === 'no-conflict' ? NoConflictSchema : ConflictSchema })
		if (submission.status !== 'success') return reply({ intent, result: submission.reply() }, 400)
		const note = 'note' in submission.value ? submission.value.note : undefined
		const outcome = await declareConflict(user, assignmentId, { conflict: intent === 'conflict', note }, ctx)
		if (!outcome.ok) {
			if (outcome.status === 404) throw notFound()
			return reply({ intent, result: submission.reply(), error: outcome.error }, 409)
		}
		return redirect(`${here}?done=declared`)
	}

	if (intent === 'save' || intent === 'submit') {
		const submission = parseWithZod(formData, { schema: ScoresSchema })
		if (submission.status !== 'success') return reply({ intent: 'scores', result: submission.reply() }, 400)
		const scores = submission.value.scores.map((entry) => ({
			criterionId: entry.criterionId,
			// Lenient on purpose: "abc" becomes NaN, which the module reports as out of range.
			score: entry.score ? Number(entry.score) : null,
			comment: entry.comment ?? '',
		}))
		const outcome = await saveScores(user, assignmentId, { scores, overallComment: submission.value.overallComment ?? '', submit: intent === 'submit' }, ctx)
		if (outcome.ok) return redirect(`${here}?done=${intent === 'submit' ? 'submitted' : 'saved'}`)
		if (outcome.status === 404) throw notFound()
		if (outcome.status === 409) return reply({ intent: 'scores', result: submission.reply(), error: outcome.error }, 409)
		const formErrors = [outcome.error]
		const fieldErrors: Record<string, string[]> = {}
		for (const [criterionId, error] of Object.entries(outcome.fieldErrors ?? {})) {
			const index = scores.findIndex((score) => score.criterionId === criterionId)
			// A criterion missing from the form (a page older than the rubric) is reported above it.
			if (index === -1) formErrors.push(error)
			else fieldErrors[`scores[${index}].score`] = [error]
		}
		return reply({ intent: 'scores', result: submission.reply({ formErrors: [...new Set(formErrors)], fieldErrors }) }, outcome.status)
	}
	return reply({ intent: null, error: 'errors.badRequest' }, 400)
}

// A refused step (409) changed nothing here, but the state may have moved: show the current one.
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) => actionStatus === 409 || defaultShouldRevalidate

type Review = NonNullable<Awaited<ReturnType<typeof reviewForReviewer>>>

export default function ReviewPage() {
	const { t, i18n } = useTranslation()
	const { review, done } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>() as ActionResult | undefined
	const locale = i18n.language as Locale
	const { subject, assignment } = review
	return (
		<div className="space-y-8">
			<div className="space-y-2">
				<p className="text-sm">
					<Link to="/account/reviews" className="text-sky-700 underline">{t('reviewing.review.back')}</Link>
				</p>
				<h1 className="text-2xl font-semibold">{t('reviewing.review.title', { reference: subject.referenceNumber })}</h1>
			</div>
			{done ? <Notice tone="success">{t(`reviewing.review.done.${done}`)}</Notice> : null}
			{actionData?.error ? <FormMessage errors={[actionData.error]} /> : null}
			<section aria-labelledby="subject-title" className="rounded-lg border border-slate-200 bg-white p-4">
				<h2 id="subject-title" className="sr-only">{t('reviewing.review.subjectHeading')}</h2>
				<dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
					<dt className="font-medium text-slate-600">{t('reviewing.review.programme')}</dt>
					<dd>{subject.programmeTitle}</dd>
					<dt className="font-medium text-slate-600">{t('reviewing.review.organization')}</dt>
					<dd>{subject.organizationName}</dd>
					<dt className="font-medium text-slate-600">{t('reviewing.review.projectTitle')}</dt>
					<dd>{subject.projectTitle || t('reviewing.review.noTitle')}</dd>
					<dt className="font-medium text-slate-600">{t('reviewing.review.status')}</dt>
					<dd>
						{t(`reviewing.stage.${assignment.stage}`)} · {t(`applicationStatus.${subject.applicationStatus}`)}
					</dd>
					<dt className="font-medium text-slate-600">{t('reviewing.review.closesAt')}</dt>
					<dd>{formatDateTime(subject.programmeClosesAt, locale)}</dd>
				</dl>
			</section>
			{assignment.closed ? (
				<Notice tone="info">{t(assignment.submitted ? 'reviewing.review.closedAfterSubmission' : 'reviewing.review.closed', { status: t(`applicationStatus.${subject.applicationStatus}`) })}</Notice>
			) : null}
			{assignment.stage === 'conflictCheck' && !assignment.closed ? <ConflictCheck action={`/account/reviews/${assignment.id}`} actionData={actionData} /> : null}
			{assignment.stage === 'conflictDeclared' ? (
				<Notice tone="info">
					<p>{t('reviewing.conflict.declared')}</p>
					{assignment.conflictNote ? <p className="mt-1">{t('reviewing.conflict.yourNote', { note: assignment.conflictNote })}</p> : null}
				</Notice>
			) : null}
			{review.application ? <ApplicationContent application={review.application} /> : null}
			{assignment.stage === 'inProgress' && !assignment.closed ? <ScoringForm review={review} actionData={actionData} /> : null}
			{assignment.stage === 'inProgress' && assignment.closed ? <UnsubmittedReview review={review} /> : null}
			{assignment.stage === 'submitted' ? <SubmittedReview review={review} /> : null}
		</div>
	)
}

function ConflictCheck({ action, actionData }: { action: string; actionData?: ActionResult }) {
	const { t } = useTranslation()
	const [noConflictForm, noConflictFields] = useForm({
		id: 'no-conflict',
		lastResult: actionData?.intent === 'no-conflict' ? actionData.result : undefined,
		constraint: getZodConstraint(NoConflictSchema),
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: NoConflictSchema }),
	})
	const [conflictForm, conflictFields] = useForm({
		id: 'conflict',
		lastResult: actionData?.intent === 'conflict' ? actionData.result : undefined,
		constraint: getZodConstraint(ConflictSchema),
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: ConflictSchema }),
	})
	return (
		<section aria-labelledby="conflict-title" className="space-y-4">
			<h2 id="conflict-title" className="text-lg font-semibold">{t('reviewing.conflict.heading')}</h2>
			<p className="text-sm text-slate-700">{t('reviewing.conflict.intro')}</p>
			<div className="grid gap-4 md:grid-cols-2">
				<Form method="post" action={action} {...getFormProps(noConflictForm)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
					<input type="hidden" name="intent" value="no-conflict" />
					<h3 className="font-semibold">{t('reviewing.conflict.noneHeading')}</h3>
					<FormMessage id={noConflictForm.errorId} errors={noConflictForm.errors} />
					<RequiredLegend />
					<CheckboxField meta={noConflictFields.confirm} label={t('reviewing.conflict.confirm')} />
					<SubmitButton>{t('reviewing.conflict.noneButton')}</SubmitButton>
				</Form>
				<Form method="post" action={action} {...getFormProps(conflictForm)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
					<input type="hidden" name="intent" value="conflict" />
					<h3 className="font-semibold">{t('reviewing.conflict.declareHeading')}</h3>
					<FormMessage id={conflictForm.errorId} errors={conflictForm.errors} />
					<RequiredLegend />
					<TextArea meta={conflictFields.note} label={t('reviewing.conflict.note')} help={t('reviewing.conflict.noteHelp')} rows={3} />
					<SubmitButton variant="secondary">{t('reviewing.conflict.declareButton')}</SubmitButton>
				</Form>
			</div>
		</section>
	)
}

function AnswerValue({ answer }: { answer: NonNullable<Review['application']>['answers'][number] }) {
	const { t, i18n } = useTranslation()
	if (answer.type === 'FILE') {
		return answer.file ? <a href={`/files/${answer.file.id}`} className="text-sky-700 underline">{answer.file.fileName}</a> : <span className="text-slate-500">{t('reviewing.application.noAnswer')}</span>
	}
	if (answer.value === null || answer.value === '') return <span className="text-slate-500">{t('reviewing.application.noAnswer')}</span>
	if (typeof answer.value === 'boolean') return <>{answer.value ? t('reviewing.application.yes') : t('reviewing.application.no')}</>
	if (typeof answer.value === 'number') return <>{formatNumber(answer.value, i18n.language as Locale)}</>
	return <span className="whitespace-pre-line">{answer.value}</span>
}

function ApplicationContent({ application }: { application: NonNullable<Review['application']> }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	return (
		<section aria-labelledby="application-title" className="space-y-4">
			<h2 id="application-title" className="text-lg font-semibold">{t('reviewing.application.heading')}</h2>
			<dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[16rem_1fr]">
				<dt className="font-medium text-slate-600">{t('reviewing.application.requestedAmount')}</dt>
				<dd>{application.requestedAmountVnd ? formatVnd(BigInt(application.requestedAmountVnd), locale) : t('reviewing.application.noAnswer')}</dd>
				<dt className="font-medium text-slate-600">{t('reviewing.application.declaredTrl')}</dt>
				<dd>{application.declaredTrl ?? t('reviewing.application.noAnswer')}</dd>
				{application.answers.map((answer) => (
					<Fragment key={answer.questionId}>
						<dt className="font-medium text-slate-600">{answer.label}</dt>
						<dd><AnswerValue answer={answer} /></dd>
					</Fragment>
				))}
			</dl>
			{application.documents.length > 0 ? (
				<div className="space-y-2">
					<h3 className="font-semibold">{t('reviewing.application.documents')}</h3>
					<ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
						{application.documents.map((document) => (
							<li key={document.requirementId} className="flex flex-wrap justify-between gap-2 p-3">
								<span>
									{document.title}
									{document.required ? null : <span className="text-slate-500"> {t('reviewing.application.optional')}</span>}
								</span>
								{document.file ? (
									<a href={`/files/${document.file.id}`} className="text-sky-700 underline">{document.file.fileName}</a>
								) : (
									<span className="text-slate-500">{t('reviewing.application.notProvided')}</span>
								)}
							</li>
						))}
					</ul>
				</div>
			) : null}
		</section>
	)
}

function TotalLine({ total }: { total: number | null }) {
	const { t, i18n } = useTranslation()
	return (
		<p role="status" aria-live="polite" className="rounded-md bg-slate-100 px-3 py-2 text-sm">
			<span className="font-medium">{t('reviewing.scoring.total')}: </span>
			{total === null ? t('reviewing.scoring.totalPending') : t('reviewing.scoring.totalValue', { total: formatNumber(total, i18n.language as Locale) })}
		</p>
	)
}

function ScoringForm({ review, actionData }: { review: Review; actionData?: ActionResult }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const mine = new Map(review.myScores.map((score) => [score.criterionId, score]))
	const [form, fields] = useForm({
		id: 'scores',
		lastResult: actionData?.intent === 'scores' ? actionData.result : undefined,
		defaultValue: {
			scores: review.criteria.map((criterion) => ({
				criterionId: criterion.id,
				score: mine.has(criterion.id) ? String(mine.get(criterion.id)!.score) : '',
				comment: mine.get(criterion.id)?.comment ?? '',
			})),
			overallComment: review.overallComment,
		},
		constraint: getZodConstraint(ScoresSchema),
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: ScoresSchema }),
	})
	const entries = fields.scores.getFieldList()
	// The total follows what is typed (with JavaScript); before that it is the server's.
	const typed = review.criteria.map((criterion, index) => {
		const raw = entries[index]?.getFieldset().score.value
		return { criterionId: criterion.id, score: typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN }
	})
	const liveTotal = review.criteria.every((criterion, index) => scoreInRange(criterion, typed[index]!.score)) ? weightedTotal(review.criteria, typed) : null
	return (
		<section aria-labelledby="scoring-title" className="space-y-4">
			<h2 id="scoring-title" className="text-lg font-semibold">{t('reviewing.scoring.heading')}</h2>
			<p className="text-sm text-slate-700">{t('reviewing.scoring.intro')}</p>
			<Form method="post" action={`/account/reviews/${review.assignment.id}`} {...getFormProps(form)} className="space-y-6">
				<FormMessage id={form.errorId} errors={form.errors} />
				<RequiredLegend />
				{review.criteria.map((criterion, index) => {
					const entry = entries[index]?.getFieldset()
					if (!entry) return null
					const rangeId = `${entry.score.id}-range`
					const { key: _scoreKey, ...scoreInput } = getInputProps(entry.score, { type: 'number', ariaDescribedBy: rangeId })
					return (
						<fieldset key={criterion.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
							<legend className="px-1 font-semibold">{criterion.title}</legend>
							{criterion.description ? <p className="whitespace-pre-line text-sm text-slate-700">{criterion.description}</p> : null}
							<input type="hidden" name={entry.criterionId.name} value={criterion.id} />
							<div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
								<div>
									<label htmlFor={entry.score.id} className="block text-sm font-medium text-slate-800">{t('reviewing.scoring.score')}</label>
									<input
										{...scoreInput}
										min={0}
										max={criterion.maxScore}
										step={1}
										inputMode="numeric"
										className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
									/>
									<p id={rangeId} className="mt-1 text-xs text-slate-600">
										{t('reviewing.scoring.range', { max: criterion.maxScore, weight: formatNumber(criterion.weight, locale) })}
									</p>
									<ErrorList id={entry.score.errorId} errors={entry.score.errors} />
								</div>
								<div>
									<label htmlFor={entry.comment.id} className="block text-sm font-medium text-slate-800">{t('reviewing.scoring.comment')}</label>
									<textarea {...textareaProps(entry.comment)} rows={3} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600" />
									<ErrorList id={entry.comment.errorId} errors={entry.comment.errors} />
								</div>
							</div>
						</fieldset>
					)
				})}
				<TextArea meta={fields.overallComment} label={t('reviewing.scoring.overallComment')} rows={4} />
				<TotalLine total={liveTotal ?? review.myTotal} />
				<p id="final-warning" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">{t('reviewing.scoring.finalWarning')}</p>
				<div className="flex flex-wrap gap-3">
					<SubmitButton name="intent" value="save" variant="secondary">{t('reviewing.scoring.save')}</SubmitButton>
					<SubmitButton name="intent" value="submit" aria-describedby="final-warning">{t('reviewing.scoring.submit')}</SubmitButton>
				</div>
			</Form>
		</section>
	)
}

function ScoresTable({ criteria, scores, caption }: { criteria: Review['criteria']; scores: { criterionId: string; score: number; comment: string }[]; caption: string }) {
	const { t } = useTranslation()
	const byCriterion = new Map(scores.map((score) => [score.criterionId, score]))
	return (
		<table className="w-full border-collapse text-left text-sm">
			<caption className="sr-only">{caption}</caption>
			<thead className="bg-slate-50">
				<tr>
					<th scope="col" className="p-2">{t('reviewing.result.criterion')}</th>
					<th scope="col" className="p-2">{t('reviewing.result.score')}</th>
					<th scope="col" className="p-2">{t('reviewing.result.comment')}</th>
				</tr>
			</thead>
			<tbody className="divide-y divide-slate-200">
				{criteria.map((criterion) => {
					const score = byCriterion.get(criterion.id)
					return (
						<tr key={criterion.id}>
							<th scope="row" className="p-2 font-medium">{criterion.title}</th>
							<td className="p-2 whitespace-nowrap">{score ? t('reviewing.result.scoreOf', { score: score.score, max: criterion.maxScore }) : '—'}</td>
							<td className="p-2 whitespace-pre-line">{score?.comment || '—'}</td>
						</tr>
					)
				})}
			</tbody>
		</table>
	)
}

// A draft left when the application was decided: shown as it is, never counted.
function UnsubmittedReview({ review }: { review: Review }) {
	const { t } = useTranslation()
	return (
		<section aria-labelledby="draft-title" className="space-y-3">
			<h2 id="draft-title" className="text-lg font-semibold">{t('reviewing.result.draftHeading')}</h2>
			<div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
				<ScoresTable criteria={review.criteria} scores={review.myScores} caption={t('reviewing.result.draftHeading')} />
				{review.overallComment ? <p className="whitespace-pre-line text-sm"><span className="font-medium">{t('reviewing.scoring.overallComment')}: </span>{review.overallComment}</p> : null}
			</div>
		</section>
	)
}

function SubmittedReview({ review }: { review: Review }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const totals = new Map(review.comparison?.totals.map((entry) => [entry.label, entry.total]))
	const total = (value: number | null | undefined) => (value === null || value === undefined ? '—' : t('reviewing.scoring.totalValue', { total: formatNumber(value, locale) }))
	return (
		<>
			<section aria-labelledby="mine-title" className="space-y-3">
				<h2 id="mine-title" className="text-lg font-semibold">{t('reviewing.result.mineHeading')}</h2>
				{review.assignment.submittedAt ? <p className="text-sm text-slate-600">{t('reviewing.result.submittedAt', { date: formatDateTime(review.assignment.submittedAt, locale) })}</p> : null}
				<div className="rounded-lg border border-slate-200 bg-white p-4 space-y-3">
					<ScoresTable criteria={review.criteria} scores={review.myScores} caption={t('reviewing.result.mineHeading')} />
					{review.overallComment ? <p className="whitespace-pre-line text-sm"><span className="font-medium">{t('reviewing.scoring.overallComment')}: </span>{review.overallComment}</p> : null}
					<p className="text-sm font-medium">{t('reviewing.scoring.total')}: {total(review.myTotal)}</p>
				</div>
			</section>
			<section aria-labelledby="others-title" className="space-y-3">
				<h2 id="others-title" className="text-lg font-semibold">{t('reviewing.result.othersHeading')}</h2>
				{review.others && review.others.length > 0 ? (
					<>
						{review.comparison ? (
							<p className="text-sm">
								{t('reviewing.result.average', { average: review.comparison.average === null ? '—' : formatNumber(review.comparison.average, locale) })}
								{' · '}
								{t('reviewing.result.spread', { spread: review.comparison.spread === null ? '—' : formatNumber(review.comparison.spread, locale) })}
							</p>
						) : null}
						{review.comparison?.disagreement ? <Notice tone="warning">{t('reviewing.result.disagreement')}</Notice> : null}
						{review.others.map((other) => (
							<div key={other.label} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
								<h3 className="font-semibold">{t('reviewing.result.reviewer', { number: other.label })}</h3>
								<ScoresTable criteria={review.criteria} scores={other.scores} caption={t('reviewing.result.reviewer', { number: other.label })} />
								{other.overallComment ? <p className="whitespace-pre-line text-sm"><span className="font-medium">{t('reviewing.scoring.overallComment')}: </span>{other.overallComment}</p> : null}
								<p className="text-sm font-medium">{t('reviewing.scoring.total')}: {total(totals.get(other.label))}</p>
							</div>
						))}
					</>
				) : (
					<p className="text-sm text-slate-600">{t('reviewing.result.noOthers')}</p>
				)}
			</section>
		</>
	)
}
