import { getFormProps, getTextareaProps, useForm } from '@conform-to/react'
import { getZodConstraint } from '@conform-to/zod/v4'
import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EligibilityReasons } from '~/components/eligibility-reasons'
import { AmountField, CheckboxField, ErrorList, TextArea, FormMessage, Notice, RadioGroup, RequiredLegend, RequiredMark, SubmitButton, selectProps } from '~/components/ui/form'
import type { ApplicationStatus } from '~/generated/prisma/enums'
import { applicationRules } from '~/modules/programmes/application-lifecycle'
import { assignReviewer, autoAssignReviewers, unassignReviewer } from '~/modules/programmes/assignments.server'
import { notFound } from '~/modules/auth/guards.server'
import { requireProgrammeOfficer } from '~/modules/programmes/officers.server'
import {
	applicationForOfficer,
	belongsToProgramme,
	decideApplication,
	isAssignmentOf,
	reviewerCandidates,
	screenApplication,
} from '~/modules/programmes/evaluation.server'
import { AssignSchema, DecisionSchema, OfficerConflictSchema, ScreeningSchema, outcomes, screeningIntents } from '~/modules/programmes/evaluation-schemas'
import { eligibilityNames } from '~/modules/programmes/eligibility-names.server'
import { conflictError, declareOfficerConflict, hasConflict } from '~/modules/programmes/conflicts.server'
import { disagreementThreshold } from '~/modules/programmes/scoring'
import { formatDateTime, formatNumber, formatVnd } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { requestLocale, siteOrigin } from '~/utils/locale.server'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('evaluation.detail.pageTitle')

// What the page offers follows the state machine: screening while an application may be
// marked eligible, taking it in while it may start screening, a decision while it may be approved.
const screeningStatuses: readonly ApplicationStatus[] = applicationRules.markEligible.from
const awaitingIntake: readonly ApplicationStatus[] = applicationRules.startScreening.from
const decidableStatuses: readonly ApplicationStatus[] = applicationRules.approve.from

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user, programme } = await requireProgrammeOfficer(request, params.programmeId!)
	const application = await applicationForOfficer(programme.id, params.applicationId!, user.id)
	if (!application) throw notFound()
	const [candidates, names] = await Promise.all([
		application.status === 'IN_REVIEW' && !application.conflict ? reviewerCandidates(application.id, user.id) : [],
		eligibilityNames(application.eligibility.reasons, requestLocale(request)),
	])
	return {
		eligibilityNames: names,
		programme: { id: programme.id, title: programme.title, maxPerApplicationVnd: programme.maxPerApplicationVnd?.toString() ?? null, requiredReviews: programme.requiredReviews },
		application,
		candidates,
		// One's own assignment is withdrawn by another officer only (assignments.server.ts).
		viewerId: user.id,
		done: new URL(request.url).searchParams.get('done'),
	}
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const { user, programme } = await requireProgrammeOfficer(request, params.programmeId!)
	const applicationId = params.applicationId!
	if (!(await belongsToProgramme(programme.id, applicationId))) throw notFound()
	const formData = await request.formData()
	const intent = formData.get('intent')
	const ctx = { request, context }
	const here = `/programmes/${programme.id}/applications/${applicationId}`
	const origin = siteOrigin(request)

	if (typeof intent === 'string' && (screeningIntents as readonly string[]).includes(intent)) {
		const submission = parseWithZod(formData, { schema: ScreeningSchema })
		if (submission.status !== 'success') return data({ form: 'screening' as const, result: submission.reply(), error: null }, { status: 400 })
		const outcome = await screenApplication(user, programme, { applicationId, action: submission.value.intent, reason: submission.value.reason, origin }, ctx)
		if (!outcome.ok) {
			if (outcome.status === 404) throw notFound()
			if (outcome.error === 'programmes.errors.reasonRequired') return data({ form: 'screening' as const, result: submission.reply({ fieldErrors: { reason: [outcome.error] } }), error: null }, { status: 400 })
			return data({ form: 'screening' as const, result: submission.reply(), error: outcome.error }, { status: outcome.status })
		}
		return redirect(`${here}?done=${submission.value.intent}`)
	}
	if (intent === 'decide') {
		const submission = parseWithZod(formData, { schema: DecisionSchema })
		if (submission.status !== 'success') return data({ form: 'decision' as const, result: submission.reply(), error: null }, { status: 400 })
		const { outcome: choice, reason, awardedAmountVnd, confirmAmount, reviewOverrideReason } = submission.value
		const outcome = await decideApplication(user, programme, { applicationId, outcome: choice, reason, awardedAmountVnd: awardedAmountVnd ?? null, confirmAmount, reviewOverrideReason, origin }, ctx)
		if (!outcome.ok) {
			if (outcome.status === 404) throw notFound()
			if ('field' in outcome && outcome.field) return data({ form: 'decision' as const, result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] } }), error: null }, { status: 400 })
			return data({ form: 'decision' as const, result: submission.reply(), error: outcome.error }, { status: outcome.status })
		}
		return redirect(`${here}?done=decided`)
	}
	if (intent === 'assign') {
		const submission = parseWithZod(formData, { schema: AssignSchema })
		if (submission.status !== 'success') return data({ form: 'assign' as const, result: submission.reply(), error: null }, { status: 400 })
		const outcome = await assignReviewer(user, { applicationId, reviewerId: submission.value.reviewerId }, ctx)
		if (!outcome.ok) {
			if (outcome.status === 404) throw notFound()
			if (outcome.status === 400) return data({ form: 'assign' as const, result: submission.reply({ fieldErrors: { reviewerId: [outcome.error] } }), error: null }, { status: 400 })
			return data({ form: 'assign' as const, result: submission.reply(), error: outcome.error }, { status: outcome.status })
		}
		return redirect(`${here}?done=assigned`)
	}
	if (intent === 'unassign') {
		const assignmentId = String(formData.get('assignmentId') ?? '')
		if (!(await isAssignmentOf(applicationId, assignmentId))) throw notFound()
		const outcome = await unassignReviewer(user, assignmentId, ctx)
		if (!outcome.ok) {
			if (outcome.status === 404) throw notFound()
			return data({ form: 'unassign' as const, result: undefined, error: outcome.error }, { status: outcome.status })
		}
		return redirect(`${here}?done=unassigned`)
	}
	if (intent === 'declareConflict') {
		const submission = parseWithZod(formData, { schema: OfficerConflictSchema })
		if (submission.status !== 'success') return data({ form: 'conflict' as const, result: submission.reply(), error: null }, { status: 400 })
		const outcome = await declareOfficerConflict(user, applicationId, submission.value.note ?? '', ctx)
		if (!outcome.ok) return data({ form: 'conflict' as const, result: submission.reply(), error: outcome.error }, { status: outcome.status })
		return redirect(`${here}?done=conflictDeclared`)
	}
	if (intent === 'autoAssign') {
		// Started from this application's page: refused outright to someone who may not handle it.
		if (await hasConflict(user.id, applicationId)) return data({ form: 'assign' as const, result: undefined, error: conflictError }, { status: 403 })
		const outcome = await autoAssignReviewers(user, programme.id, ctx)
		if (!outcome.ok) throw notFound()
		return redirect(`${here}?done=autoAssigned`)
	}
	throw new Response('Bad Request', { status: 400 })
}

type Detail = Awaited<ReturnType<typeof loader>>['application']

function AnswerValue({ answer }: { answer: Detail['answers'][number] }) {
	const { t } = useTranslation()
	if (answer.file) return <a href={`/files/${answer.file.id}`} className="text-sky-700 underline">{answer.file.fileName}</a>
	if (answer.value === null || answer.value === '') return <span className="text-slate-500">{t('evaluation.detail.noAnswer')}</span>
	if (typeof answer.value === 'boolean') return <>{t(answer.value ? 'programmes.export.yes' : 'programmes.export.no')}</>
	return <span className="whitespace-pre-line">{String(answer.value)}</span>
}

function Screening() {
	const { t } = useTranslation()
	const { application } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useForm({
		id: 'screening',
		lastResult: actionData?.form === 'screening' ? actionData.result : undefined,
		shouldValidate: 'onSubmit',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: ScreeningSchema }),
	})
	const { key: _key, ...reasonProps } = getTextareaProps(fields.reason)
	return (
		<section aria-labelledby="screening-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
			<h2 id="screening-title" className="text-lg font-semibold">{t('evaluation.screening.heading')}</h2>
			{actionData?.form === 'screening' && actionData.error ? <FormMessage errors={[actionData.error]} /> : null}
			{awaitingIntake.includes(application.status) ? (
				<Form method="post" className="space-y-1">
					<input type="hidden" name="intent" value="startScreening" />
					<SubmitButton variant="secondary" aria-describedby="start-screening-help">{t('evaluation.screening.startScreening')}</SubmitButton>
					<p id="start-screening-help" className="text-xs text-slate-600">{t('evaluation.screening.startScreeningHelp')}</p>
				</Form>
			) : null}
			<Form method="post" {...getFormProps(form)} className="space-y-3">
				<div>
					<label htmlFor={fields.reason.id} className="block text-sm font-medium">{t('evaluation.screening.reason')}</label>
					<textarea
						{...reasonProps}
						rows={4}
						aria-describedby={[`${fields.reason.id}-help`, fields.reason.errors?.length ? fields.reason.errorId : ''].filter(Boolean).join(' ')}
						className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
					/>
					<p id={`${fields.reason.id}-help`} className="mt-1 text-xs text-slate-600">{t('evaluation.screening.reasonHelp')}</p>
					<ErrorList id={fields.reason.errorId} errors={fields.reason.errors} />
				</div>
				<div className="flex flex-wrap gap-3">
					<SubmitButton name="intent" value="markEligible">{t('evaluation.screening.markEligible')}</SubmitButton>
					<SubmitButton name="intent" value="returnForChanges" variant="secondary">{t('evaluation.screening.returnForChanges')}</SubmitButton>
					<SubmitButton name="intent" value="rejectIneligible" variant="danger">{t('evaluation.screening.rejectIneligible')}</SubmitButton>
				</div>
			</Form>
		</section>
	)
}

function Reviewers() {
	const { t } = useTranslation()
	const { application, candidates, viewerId } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useForm({
		id: 'assign',
		lastResult: actionData?.form === 'assign' ? actionData.result : undefined,
		constraint: getZodConstraint(AssignSchema),
		shouldValidate: 'onSubmit',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: AssignSchema }),
	})
	const canAssign = application.status === 'IN_REVIEW'
	return (
		<section aria-labelledby="reviewers-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
			<h2 id="reviewers-title" className="text-lg font-semibold">{t('evaluation.assign.heading')}</h2>
			{(actionData?.form === 'assign' || actionData?.form === 'unassign') && actionData.error ? <FormMessage errors={[actionData.error]} /> : null}
			{application.assignments.length === 0 ? <p className="text-sm text-slate-600">{t('evaluation.assign.none')}</p> : null}
			<ul className="divide-y divide-slate-100 text-sm">
				{application.assignments.map((assignment) => (
					<li key={assignment.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
						<div>
							<p className="font-medium">{assignment.reviewer.name}</p>
							<p className="text-slate-600">{t(`evaluation.assign.status.${assignment.status}`)}</p>
							{assignment.status === 'CONFLICT_DECLARED' ? (
								<p className="text-amber-800">{t('evaluation.assign.conflictNote', { note: assignment.conflictNote || t('evaluation.assign.noNote') })}</p>
							) : null}
						</div>
						{assignment.status === 'ASSIGNED' && assignment.reviewerId !== viewerId ? (
							<Form method="post">
								<input type="hidden" name="intent" value="unassign" />
								<input type="hidden" name="assignmentId" value={assignment.id} />
								<SubmitButton variant="secondary" aria-label={t('evaluation.assign.unassignOne', { name: assignment.reviewer.name })}>{t('evaluation.assign.unassign')}</SubmitButton>
							</Form>
						) : null}
					</li>
				))}
			</ul>
			{canAssign ? (
				<div className="flex flex-wrap items-end gap-4">
					<Form method="post" {...getFormProps(form)} className="flex flex-wrap items-end gap-3">
						<input type="hidden" name="intent" value="assign" />
						<div>
							<label htmlFor={fields.reviewerId.id} className="block text-sm font-medium">{t('evaluation.assign.reviewer')}<RequiredMark /></label>
							<select {...selectProps(fields.reviewerId)} className="mt-1 block rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-600">
								<option value="">{t('form.choose')}</option>
								{candidates.map((c) => (
									<option key={c.id} value={c.id}>{c.name} ({c.email})</option>
								))}
							</select>
							<ErrorList id={fields.reviewerId.errorId} errors={fields.reviewerId.errors} />
						</div>
						<SubmitButton variant="secondary">{t('evaluation.assign.submit')}</SubmitButton>
					</Form>
					<Form method="post">
						<input type="hidden" name="intent" value="autoAssign" />
						<SubmitButton variant="secondary">{t('evaluation.assign.auto')}</SubmitButton>
					</Form>
				</div>
			) : (
				<p className="text-sm text-slate-600">{t('evaluation.assign.onlyInReview')}</p>
			)}
			<p className="text-xs text-slate-600">{t('evaluation.assign.rules')}</p>
		</section>
	)
}

function Reviews() {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { application } = useLoaderData<typeof loader>()
	const { summary, submitted } = application.reviews
	const criterionTitle = new Map(application.criteria.map((c) => [c.id, c]))
	return (
		<section aria-labelledby="reviews-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
			<h2 id="reviews-title" className="text-lg font-semibold">{t('evaluation.reviews.heading')}</h2>
			{application.reviewsHidden === 'ownReviewPending' ? (
				<p className="text-sm text-slate-600">{t('programmeIntegrity.reviews.hiddenUntilOwnReview')}</p>
			) : submitted.length === 0 ? (
				<p className="text-sm text-slate-600">{t('evaluation.reviews.none')}</p>
			) : (
				<>
					<dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
						<dt className="text-slate-600">{t('evaluation.reviews.average')}</dt>
						<dd className="font-medium">{summary.average === null ? '—' : formatNumber(summary.average, locale)}</dd>
						<dt className="text-slate-600">{t('evaluation.reviews.spread')}</dt>
						<dd className="font-medium">{summary.spread === null ? '—' : formatNumber(summary.spread, locale)}</dd>
					</dl>
					{summary.disagreement ? <Notice tone="warning">{t('evaluation.reviews.disagreementNotice', { threshold: disagreementThreshold })}</Notice> : null}
					{submitted.map((review) => (
						<div key={review.reviewerId} className="space-y-2">
							<h3 className="font-medium">
								{t('evaluation.reviews.byReviewer', { name: review.name, total: review.total === null ? '—' : formatNumber(review.total, locale) })}
							</h3>
							<table className="min-w-full text-sm">
								<thead className="bg-slate-50 text-left">
									<tr>
										<th scope="col" className="px-2 py-1">{t('evaluation.reviews.criterion')}</th>
										<th scope="col" className="px-2 py-1">{t('evaluation.reviews.score')}</th>
										<th scope="col" className="px-2 py-1">{t('evaluation.reviews.comment')}</th>
									</tr>
								</thead>
								<tbody>
									{review.scores.map((score) => {
										const criterion = criterionTitle.get(score.criterionId)
										return (
											<tr key={score.criterionId}>
												<th scope="row" className="px-2 py-1 text-left font-normal">{criterion?.title}</th>
												<td className="px-2 py-1">{score.score}/{criterion?.maxScore}</td>
												<td className="px-2 py-1 whitespace-pre-line">{score.comment}</td>
											</tr>
										)
									})}
								</tbody>
							</table>
							{review.overallComment ? <p className="text-sm whitespace-pre-line"><span className="font-medium">{t('evaluation.reviews.overall')}</span> {review.overallComment}</p> : null}
						</div>
					))}
				</>
			)}
		</section>
	)
}

function Decision() {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { programme, application } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const submittedReviews = application.assignments.filter((a) => a.status === 'SUBMITTED').length
	const [form, fields] = useForm({
		id: 'decision',
		lastResult: actionData?.form === 'decision' ? actionData.result : undefined,
		constraint: getZodConstraint(DecisionSchema),
		shouldValidate: 'onSubmit',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: DecisionSchema }),
	})
	const { key: _reasonKey, ...reasonProps } = getTextareaProps(fields.reason)
	const describedBy = (id: string, errorId: string, errors?: string[]) => [id, errors?.length ? errorId : ''].filter(Boolean).join(' ')
	return (
		<section aria-labelledby="decision-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
			<h2 id="decision-title" className="text-lg font-semibold">{t('evaluation.decision.heading')}</h2>
			{actionData?.form === 'decision' && actionData.error ? <FormMessage errors={[actionData.error]} /> : null}
			<Form method="post" {...getFormProps(form)} className="space-y-3">
				<input type="hidden" name="intent" value="decide" />
				<RequiredLegend />
				<RadioGroup meta={fields.outcome} legend={t('evaluation.decision.outcome')} choices={outcomes.map((outcome) => ({ value: outcome, label: t(`evaluation.decision.outcomes.${outcome}`) }))} />
				<div className="max-w-xs">
					<AmountField
						meta={fields.awardedAmountVnd}
						label={t('evaluation.decision.amount')}
						help={programme.maxPerApplicationVnd ? t('evaluation.decision.amountHelp', { max: formatVnd(BigInt(programme.maxPerApplicationVnd), locale) }) : t('evaluation.decision.amountHelpNoMax')}
					/>
				</div>
				<CheckboxField meta={fields.confirmAmount} label={t('programmeIntegrity.decision.confirmAmount')} description={t('programmeIntegrity.decision.confirmAmountHelp')} />
				{submittedReviews < programme.requiredReviews ? (
					<div className="space-y-2">
						<Notice tone="warning">{t('programmeIntegrity.decision.reviewsMissing', { required: programme.requiredReviews, submitted: submittedReviews })}</Notice>
						<TextArea meta={fields.reviewOverrideReason} label={t('programmeIntegrity.decision.overrideReason')} help={t('programmeIntegrity.decision.overrideReasonHelp')} />
					</div>
				) : null}
				<div>
					<label htmlFor={fields.reason.id} className="block text-sm font-medium">{t('evaluation.decision.reason')}<RequiredMark show={Boolean(fields.reason.required)} /></label>
					<textarea
						{...reasonProps}
						rows={4}
						aria-describedby={describedBy(`${fields.reason.id}-help`, fields.reason.errorId, fields.reason.errors)}
						className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
					/>
					<p id={`${fields.reason.id}-help`} className="mt-1 text-xs text-slate-600">{t('evaluation.decision.reasonHelp')}</p>
					<ErrorList id={fields.reason.errorId} errors={fields.reason.errors} />
				</div>
				<SubmitButton>{t('evaluation.decision.submit')}</SubmitButton>
			</Form>
		</section>
	)
}

// An officer with a reason not to handle this application steps aside; other officers
// see the declaration among the reviewers and take it over.
function DeclareConflict() {
	const { t } = useTranslation()
	const actionData = useActionData<typeof action>()
	const [form, fields] = useForm({
		id: 'conflict',
		lastResult: actionData?.form === 'conflict' ? actionData.result : undefined,
		shouldValidate: 'onSubmit',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: OfficerConflictSchema }),
	})
	return (
		<section aria-labelledby="conflict-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
			<h2 id="conflict-title" className="text-lg font-semibold">{t('programmeIntegrity.conflict.heading')}</h2>
			<p className="text-sm text-slate-700">{t('programmeIntegrity.conflict.help')}</p>
			{actionData?.form === 'conflict' && actionData.error ? <FormMessage errors={[actionData.error]} /> : null}
			<Form method="post" {...getFormProps(form)} className="space-y-3">
				<input type="hidden" name="intent" value="declareConflict" />
				<TextArea meta={fields.note} label={t('programmeIntegrity.conflict.note')} rows={3} />
				<SubmitButton variant="secondary">{t('programmeIntegrity.conflict.submit')}</SubmitButton>
			</Form>
		</section>
	)
}

export default function OfficerApplication() {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { programme, application, done, eligibilityNames: names } = useLoaderData<typeof loader>()
	const conflict = application.conflict
	const decidable = decidableStatuses.includes(application.status) && !conflict
	return (
		<div className="mx-auto max-w-4xl space-y-6">
			<div className="space-y-1">
				<p className="text-sm">
					<Link to={`/programmes/${programme.id}/applications`} className="text-sky-700 underline">{t('evaluation.detail.back', { title: programme.title })}</Link>
				</p>
				<h1 className="text-2xl font-semibold">{t('evaluation.detail.heading', { reference: application.referenceNumber })}</h1>
				<p className="text-lg">{application.projectTitle || t('evaluation.detail.untitled')}</p>
			</div>
			{done ? (
				<Notice tone="success">{done === 'conflictDeclared' ? t('programmeIntegrity.conflict.declared') : t(`evaluation.detail.done.${done}`, { defaultValue: t('evaluation.detail.done.saved') })}</Notice>
			) : null}
			{conflict ? <Notice tone="warning">{t('programmeIntegrity.conflict.notice')}</Notice> : null}
			<dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[12rem_1fr]">
				<dt className="text-slate-600">{t('evaluation.table.organization')}</dt>
				<dd><Link to={`/organizations/${application.organization.slug}`} className="text-sky-700 underline">{application.organization.name}</Link></dd>
				<dt className="text-slate-600">{t('evaluation.table.status')}</dt>
				<dd>{t(`applicationStatus.${application.status}`)}</dd>
				<dt className="text-slate-600">{t('evaluation.table.submittedAt')}</dt>
				<dd>{application.submittedAt ? formatDateTime(application.submittedAt, locale) : '—'}</dd>
				<dt className="text-slate-600">{t('evaluation.detail.requested')}</dt>
				<dd>{application.requestedAmountVnd ? formatVnd(BigInt(application.requestedAmountVnd), locale) : '—'}</dd>
				<dt className="text-slate-600">{t('evaluation.detail.declaredTrl')}</dt>
				<dd>{application.declaredTrl ?? '—'}</dd>
				<dt className="text-slate-600">{t('evaluation.table.eligibility')}</dt>
				<dd>
					{application.eligibility.eligible ? t('evaluation.eligibility.eligible') : t('evaluation.eligibility.ineligible')}
					<EligibilityReasons reasons={application.eligibility.reasons} fieldNames={names.fields} communeNames={names.communes} />
				</dd>
			</dl>

			{screeningStatuses.includes(application.status) && !conflict ? <Screening /> : null}

			<section aria-labelledby="answers-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
				<h2 id="answers-title" className="text-lg font-semibold">{t('evaluation.detail.answers')}</h2>
				<dl className="space-y-3 text-sm">
					{application.answers.map((answer) => (
						<div key={answer.questionId}>
							<dt className="font-medium">{answer.label}</dt>
							<dd className="mt-0.5"><AnswerValue answer={answer} /></dd>
						</div>
					))}
				</dl>
				<h3 className="font-medium">{t('evaluation.detail.documents')}</h3>
				<ul className="list-disc pl-5 text-sm">
					{application.documents.map((document) => (
						<li key={document.id}>
							{document.title}
							{document.required ? ` (${t('evaluation.detail.required')})` : ''}:{' '}
							{document.file ? <a href={`/files/${document.file.id}`} className="text-sky-700 underline">{document.file.fileName}</a> : <span className="text-slate-500">{t('evaluation.detail.notProvided')}</span>}
						</li>
					))}
				</ul>
			</section>

			{conflict ? null : (
				<>
					<Reviewers />
					<Reviews />
				</>
			)}

			{application.decision ? (
				<section aria-labelledby="recorded-title" className="space-y-2 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm">
					<h2 id="recorded-title" className="text-lg font-semibold">{t('evaluation.decision.recorded')}</h2>
					<p>
						{t(`applicationStatus.${application.decision.outcome}`)}
						{application.decision.awardedAmountVnd ? ` · ${formatVnd(BigInt(application.decision.awardedAmountVnd), locale)}` : ''}
					</p>
					<p className="whitespace-pre-line">{application.decision.reasons}</p>
					{application.decision.reviewOverrideReason ? (
						<p className="whitespace-pre-line">
							<span className="font-medium">{t('programmeIntegrity.decision.overrideRecorded')}</span> {application.decision.reviewOverrideReason}
						</p>
					) : null}
					<p className="text-slate-600">
						{t('evaluation.decision.recordedBy', { name: application.decision.decidedBy?.name ?? '—', date: formatDateTime(application.decision.createdAt, locale) })}
					</p>
				</section>
			) : null}
			{decidable ? <Decision /> : null}
			{conflict ? null : <DeclareConflict />}

			<section aria-labelledby="timeline-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
				<h2 id="timeline-title" className="text-lg font-semibold">{t('evaluation.detail.timeline')}</h2>
				<ol className="space-y-2 text-sm">
					{application.events.map((event) => (
						<li key={event.id} className="border-l-2 border-slate-200 pl-3">
							<p>
								<time dateTime={new Date(event.createdAt).toISOString()} className="text-slate-600">{formatDateTime(event.createdAt, locale)}</time>{' '}
								{event.fromStatus
									? t('evaluation.detail.transition', { from: t(`applicationStatus.${event.fromStatus}`), to: t(`applicationStatus.${event.toStatus}`) })
									: t(`applicationStatus.${event.toStatus}`)}
								{' · '}
								{event.actor?.name ?? t('evaluation.detail.unknownActor')}
							</p>
							{event.reason ? <p className="whitespace-pre-line text-slate-700">{event.reason}</p> : null}
						</li>
					))}
				</ol>
			</section>
		</div>
	)
}
