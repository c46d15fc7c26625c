import { getFormProps, getInputProps, useForm, type FieldMetadata, type SubmissionResult } from '@conform-to/react'
import { controlCharacterError, hasControlCharacter, parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData, useFetcher, useLoaderData, useNavigation } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApplicationStatusBadge } from '~/components/applying-status-badge'
import { EligibilityReasons } from '~/components/eligibility-reasons'
import { AmountField, ErrorList, Field, FormMessage, GroupRequired, Notice, RequiredLegend, RequiredMark, SubmitButton, textareaProps } from '~/components/ui/form'
import { notFound, requireUser } from '~/modules/auth/guards.server'
import { UploadError, uploadLimits } from '~/modules/files/files.server'
import { parseUpload } from '~/modules/files/multipart.server'
import { addApplicationFile, removeApplicationFile, type FileSlot } from '~/modules/programmes/application-files.server'
import { ApplicationFormSchema, answerFieldName, formFieldOf } from '~/modules/programmes/application-form'
import { applicationRules } from '~/modules/programmes/application-lifecycle'
import { applicationForApplicant, isApplicantMember, saveDraft } from '~/modules/programmes/applicant.server'
import { transitionApplication, type MissingItems } from '~/modules/programmes/applications.server'
import type { IneligibilityReason } from '~/modules/programmes/eligibility'
import { eligibilityNames, type EligibilityNames } from '~/modules/programmes/eligibility-names.server'
import { formatDate, formatDateTime, formatFileSize, formatNumber, formatVnd, timeZone } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { requestLocale, siteOrigin } from '~/utils/locale.server'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('applying.page.metaTitle')

const notices = ['saved', 'submitted', 'resubmitted', 'withdrawn', 'fileAdded', 'fileRemoved'] as const
type DoneNotice = (typeof notices)[number]

export async function loader({ request, params }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const application = await applicationForApplicant(user, params.applicationId!)
	if (!application) throw notFound()
	const done = notices.find((notice) => notice === new URL(request.url).searchParams.get('done')) ?? null
	return { application, done, uploadLimitMb: Math.round(uploadLimits.DOCUMENT / 1024 / 1024) }
}

type ActionData = {
	intent: string
	ok?: boolean
	savedAt?: string
	result?: SubmissionResult<string[]>
	error?: string
	// The withdrawal reason as typed, kept when it is refused.
	reason?: string
	// The file slot an upload error belongs to ("requirement:<id>" or "question:<id>").
	slot?: string
	missing?: MissingItems
	reasons?: IneligibilityReason[]
	names?: EligibilityNames
}

function slotFrom(values: { get(name: string): unknown }): FileSlot | null {
	const requirementId = values.get('requirementId')
	const questionId = values.get('questionId')
	if (typeof requirementId === 'string' && requirementId) return { requirementId }
	if (typeof questionId === 'string' && questionId) return { questionId }
	return null
}

const slotKey = (slot: FileSlot | null) => (!slot ? undefined : 'requirementId' in slot ? `requirement:${slot.requirementId}` : `question:${slot.questionId}`)
const slotAnchor = (slot: FileSlot) => ('requirementId' in slot ? `document-${slot.requirementId}` : `question-${slot.questionId}`)

async function uploadAction(request: Request, user: Awaited<ReturnType<typeof requireUser>>, applicationId: string, ctx: { request: Request; context: ActionFunctionArgs['context'] }) {
	// The slot is also in the URL, so a refusal before the body is read still lands on the right row.
	let slot = slotFrom(new URL(request.url).searchParams)
	try {
		const form = await parseUpload(request, uploadLimits.DOCUMENT)
		slot = slotFrom(form) ?? slot
		if (form.get('intent') !== 'upload' || !slot) return data<ActionData>({ intent: 'upload', error: 'errors.badRequest' }, { status: 400 })
		const file = form.get('file')
		if (!(file instanceof File) || file.size === 0) throw new UploadError('empty', 400)
		const outcome = await addApplicationFile(user, applicationId, { slot, file }, ctx)
		if (!outcome.ok && outcome.status === 404) throw notFound()
		if (!outcome.ok) return data<ActionData>({ intent: 'upload', slot: slotKey(slot), error: 'applying.form.notEditable' }, { status: outcome.status })
	} catch (error) {
		if (error instanceof UploadError) return data<ActionData>({ intent: 'upload', slot: slotKey(slot), error: `upload.${error.code}` }, { status: error.status })
		throw error
	}
	return redirect(`/account/applications/${applicationId}?done=fileAdded#${slotAnchor(slot)}`)
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const applicationId = params.applicationId!
	const ctx = { request, context }
	const done = (notice: DoneNotice) => redirect(`/account/applications/${applicationId}?done=${notice}`)
	if (!(await isApplicantMember(user, applicationId))) throw notFound()
	if (request.headers.get('Content-Type')?.trim().toLowerCase().startsWith('multipart/form-data')) return uploadAction(request, user, applicationId, ctx)

	const formData = await request.formData()
	const intent = String(formData.get('intent') ?? '')
	const origin = siteOrigin(request)

	if (intent === 'removeFile') {
		const slot = slotFrom(formData)
		if (!slot) return data<ActionData>({ intent, error: 'errors.badRequest' }, { status: 400 })
		const outcome = await removeApplicationFile(user, applicationId, slot, ctx)
		if (!outcome.ok && outcome.status === 404) throw notFound()
		if (!outcome.ok) return data<ActionData>({ intent, slot: slotKey(slot), error: 'applying.form.notEditable' }, { status: outcome.status })
		return done('fileRemoved')
	}

	if (intent === 'withdraw') {
		if (formData.get('confirm') !== 'yes') return data<ActionData>({ intent, error: 'applying.withdraw.needConfirm' }, { status: 400 })
		const rawReason = String(formData.get('reason') ?? '')
		// The reason is stored and e-mailed to the programme: no control characters (the text is kept).
		if (hasControlCharacter(rawReason)) return data<ActionData>({ intent, error: controlCharacterError, reason: rawReason }, { status: 400 })
		const reason = rawReason.trim().slice(0, 2000)
		const outcome = await transitionApplication(user, { applicationId, action: 'withdraw', reason: reason || undefined, origin, side: 'applicant' }, ctx)
		if (!outcome.ok && outcome.status === 404) throw notFound()
		if (!outcome.ok) return data<ActionData>({ intent, error: outcome.error }, { status: outcome.status })
		return done('withdrawn')
	}

	if (intent !== 'save' && intent !== 'submit' && intent !== 'resubmit') return data<ActionData>({ intent, error: 'errors.badRequest' }, { status: 400 })
	const autosave = formData.get('autosave') === '1'
	const submission = parseWithZod(formData, { schema: ApplicationFormSchema })
	if (submission.status !== 'success') return data<ActionData>({ intent, result: submission.reply() }, { status: 400 })
	// Submitting saves what is on the page first: nothing typed is lost.
	const saved = await saveDraft(user, applicationId, {
		projectTitle: submission.value.projectTitle,
		requestedAmountVnd: submission.value.requestedAmountVnd,
		// Only asked when the programme sets a minimum TRL (the field is then on the page).
		declaredTrl: formData.has('declaredTrl') ? (submission.value.declaredTrl ?? null) : undefined,
		answers: submission.value.answers,
	})
	if (!saved.ok) {
		if (saved.status === 404) throw notFound()
		if (saved.status === 409) return data<ActionData>({ intent, result: submission.reply(), error: 'applying.form.notEditable' }, { status: 409 })
		const fieldErrors = Object.fromEntries(Object.entries(saved.fieldErrors ?? {}).map(([key, error]) => [formFieldOf(key), [error]]))
		return data<ActionData>({ intent, result: submission.reply({ fieldErrors }), error: saved.error }, { status: 400 })
	}
	if (intent === 'save') return autosave ? { intent, ok: true, savedAt: new Date().toISOString() } satisfies ActionData : done('saved')

	const outcome = await transitionApplication(user, { applicationId, action: intent, origin, side: 'applicant' }, ctx)
	if (!outcome.ok) {
		if (outcome.status === 404) throw notFound()
		const names = outcome.reasons ? await eligibilityNames(outcome.reasons, requestLocale(request)) : undefined
		return data<ActionData>({ intent, result: submission.reply(), error: outcome.error, missing: outcome.missing, reasons: outcome.reasons, names }, { status: outcome.status })
	}
	return done(intent === 'submit' ? 'submitted' : 'resubmitted')
}

type Page = Awaited<ReturnType<typeof loader>>
type Application = Page['application']
type Question = Application['programme']['questions'][number]

function timeOf(date: Date | string, locale: Locale) {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(date))
}

function answerText(value: unknown) {
	if (value === true) return 'yes'
	if (value === false) return 'no'
	if (value === null || value === undefined) return ''
	return String(value)
}

function formDefaults(application: Application, locale: Locale) {
	const answers: Record<string, string> = {}
	for (const answer of application.answers) if (answer.value !== null) answers[answer.questionId] = answerText(answer.value)
	return {
		projectTitle: application.projectTitle,
		requestedAmountVnd: application.requestedAmountVnd ? formatNumber(BigInt(application.requestedAmountVnd), locale) : '',
		declaredTrl: application.declaredTrl ? String(application.declaredTrl) : '',
		answers,
	}
}

export default function ApplicationPage() {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { application, done } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>() as ActionData | undefined
	const { programme } = application
	const withdrawable = (applicationRules.withdraw.from as readonly string[]).includes(application.status)
	return (
		<div className="space-y-6">
			<header className="space-y-2">
				<p className="text-sm">
					<Link to="/account/applications" className="text-sky-700 underline">{t('applying.page.back')}</Link>
				</p>
				<div className="flex flex-wrap items-center gap-3">
					<h1 className="text-2xl font-semibold">{t('applying.page.title', { reference: application.referenceNumber })}</h1>
					<ApplicationStatusBadge status={application.status} />
				</div>
				<dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
					<dt className="font-medium text-slate-700">{t('applying.page.programme')}</dt>
					<dd>
						<Link to={`/chuong-trinh/${programme.slug}`} className="text-sky-700 underline">{programme.title}</Link>
					</dd>
					<dt className="font-medium text-slate-700">{t('applying.page.organization')}</dt>
					<dd>{application.organization.name}</dd>
				</dl>
				<p className="text-sm text-slate-700">
					<time dateTime={new Date(programme.closesAt).toISOString()}>{t('applying.page.deadline', { time: timeOf(programme.closesAt, locale), date: formatDate(programme.closesAt, locale) })}</time>
					{' · '}
					<span>{t('applying.page.lastSaved', { time: timeOf(application.lastSavedAt, locale), date: formatDate(application.lastSavedAt, locale) })}</span>
					{application.submittedAt ? (
						<>
							{' · '}
							<span>{t('applying.page.submittedAt', { time: timeOf(application.submittedAt, locale), date: formatDate(application.submittedAt, locale) })}</span>
						</>
					) : null}
				</p>
			</header>

			{done ? <Notice tone="success">{t(`applying.page.${done}`)}</Notice> : null}

			{application.status === 'RETURNED' ? (
				<section aria-labelledby="returned-title" className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4 text-amber-950">
					<h2 id="returned-title" className="text-lg font-semibold">{t('applying.returned.title')}</h2>
					<p className="mt-1 text-sm font-medium">{t('applying.returned.from', { organization: programme.organization.name })}</p>
					<p className="mt-1 whitespace-pre-line">{application.returnedMessage ?? t('applying.returned.noMessage')}</p>
					<p className="mt-2 text-sm">{t('applying.returned.next')}</p>
				</section>
			) : null}

			{application.decision ? <DecisionSection application={application} /> : null}

			{application.editable ? <ApplicationEditor key={application.id} actionData={actionData} /> : <ReadOnlyApplication />}

			<Timeline />

			{withdrawable ? <WithdrawSection error={actionData?.intent === 'withdraw' ? actionData.error : undefined} reason={actionData?.intent === 'withdraw' ? actionData.reason : undefined} /> : null}
		</div>
	)
}

function DecisionSection({ application }: { application: Application }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const decision = application.decision!
	return (
		<section aria-labelledby="decision-title" className="rounded-lg border border-slate-200 bg-white p-4">
			<h2 id="decision-title" className="text-lg font-semibold">{t('applying.decision.heading')}</h2>
			<p className="mt-1 text-base font-medium">{t(`applying.decision.outcome.${decision.outcome}`)}</p>
			<dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
				<dt className="font-medium text-slate-700">{t('applying.decision.decidedAt')}</dt>
				<dd>{formatDate(decision.createdAt, locale)}</dd>
				<dt className="font-medium text-slate-700">{t('applying.decision.reasons')}</dt>
				<dd className="whitespace-pre-line">{decision.reasons}</dd>
				{decision.awardedAmountVnd ? (
					<>
						<dt className="font-medium text-slate-700">{t('applying.decision.awarded')}</dt>
						<dd>{formatVnd(BigInt(decision.awardedAmountVnd), locale)}</dd>
					</>
				) : null}
				{application.publishedScore !== null ? (
					<>
						<dt className="font-medium text-slate-700">{t('applying.decision.score')}</dt>
						<dd>{t('applying.decision.scoreValue', { score: formatNumber(application.publishedScore, locale) })}</dd>
					</>
				) : null}
			</dl>
		</section>
	)
}

// Saves the draft about 1.5 s after the last change, one save at a time, without
// touching the inputs (they stay uncontrolled), and reports in a live region.
function useAutosave(formRef: React.RefObject<HTMLFormElement | null>) {
	const fetcher = useFetcher<ActionData>()
	const navigation = useNavigation()
	const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
	const edits = useRef(0)
	const sentEdits = useRef(0)
	const busy = useRef(false)
	busy.current = fetcher.state !== 'idle' || navigation.state !== 'idle'
	const [dirty, setDirty] = useState(false)

	const send = () => {
		const form = formRef.current
		if (!form) return
		if (busy.current) {
			schedule()
			return
		}
		const formData = new FormData(form)
		formData.set('intent', 'save')
		formData.set('autosave', '1')
		sentEdits.current = edits.current
		fetcher.submit(formData, { method: 'post' })
	}
	function schedule() {
		clearTimeout(timer.current)
		timer.current = setTimeout(send, 1500)
	}
	const onChange = () => {
		edits.current += 1
		setDirty(true)
		schedule()
	}

	useEffect(() => {
		if (fetcher.state === 'idle' && fetcher.data?.ok && edits.current === sentEdits.current) setDirty(false)
	}, [fetcher.state, fetcher.data])
	useEffect(() => () => clearTimeout(timer.current), [])
	useEffect(() => {
		if (!dirty) return
		const warn = (event: BeforeUnloadEvent) => {
			event.preventDefault()
			event.returnValue = ''
		}
		window.addEventListener('beforeunload', warn)
		return () => window.removeEventListener('beforeunload', warn)
	}, [dirty])
	// A save through the buttons makes the page clean too.
	useEffect(() => {
		if (navigation.state === 'submitting' && navigation.formData?.get('intent') !== 'upload') {
			clearTimeout(timer.current)
			sentEdits.current = edits.current
		}
	}, [navigation.state, navigation.formData])

	const status = fetcher.state !== 'idle' ? 'saving' : fetcher.data?.intent === 'save' ? (fetcher.data.ok ? 'saved' : 'failed') : null
	return { onChange, status, savedAt: fetcher.data?.savedAt, failedResult: fetcher.data && !fetcher.data.ok ? fetcher.data.result : undefined, dirty }
}

function ApplicationEditor({ actionData }: { actionData: ActionData | undefined }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { application, uploadLimitMb } = useLoaderData<typeof loader>()
	const navigation = useNavigation()
	const { programme } = application
	const formRef = useRef<HTMLFormElement>(null)
	const autosave = useAutosave(formRef)
	const formIntent = actionData && ['save', 'submit', 'resubmit'].includes(actionData.intent) ? actionData : undefined
	const [form, fields] = useForm({
		id: `application-${application.id}`,
		lastResult: formIntent?.result ?? autosave.failedResult,
		defaultValue: formDefaults(application, locale),
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: ApplicationFormSchema }),
	})
	const answerFields = fields.answers.getFieldset() as unknown as Record<string, FieldMetadata<string>>
	const transition = application.status === 'RETURNED' ? 'resubmit' : 'submit'
	const submitting = navigation.state !== 'idle' && (navigation.formData?.get('intent') === 'submit' || navigation.formData?.get('intent') === 'resubmit')
	const missing = formIntent?.missing
		? {
				fields: formIntent.missing.fields,
				questions: programme.questions.filter((q) => formIntent.missing!.questions.includes(q.id)).map((q) => ({ id: q.id, label: q.label })),
				documents: programme.documents.filter((d) => formIntent.missing!.documents.includes(d.id)).map((d) => ({ id: d.id, title: d.title })),
			}
		: application.missing
	const fileOf = (questionId: string) => application.answers.find((a) => a.questionId === questionId)?.attachment ?? null
	return (
		<>
			<Form method="post" preventScrollReset {...getFormProps(form)} ref={formRef} onChange={autosave.onChange} className="space-y-5 rounded-lg border border-slate-200 bg-white p-6">
				<h2 className="text-lg font-semibold">{t('applying.form.heading')}</h2>
				<FormMessage id={form.errorId} errors={form.errors} />
				<RequiredLegend />
				{/* Required to submit (a draft may be saved without it). */}
				<Field meta={fields.projectTitle} label={t('applying.form.projectTitle')} maxLength={300} aria-required />
				<AmountField
					meta={fields.requestedAmountVnd}
					label={t('applying.form.requestedAmount')}
					help={[t('applying.form.requestedAmountHelp'), programme.maxPerApplicationVnd ? t('applying.form.requestedAmountMax', { amount: formatVnd(BigInt(programme.maxPerApplicationVnd), locale) }) : ''].filter(Boolean).join(' ')}
				/>
				{programme.minTrl !== null ? <TrlSelect meta={fields.declaredTrl as FieldMetadata<unknown>} minimum={programme.minTrl} /> : null}
				{programme.questions.map((question) =>
					question.type === 'FILE' ? (
						<FileSlotRow key={question.id} slot={{ questionId: question.id }} title={question.label} description={question.help} required={question.required} file={fileOf(question.id)} actionData={actionData} />
					) : (
						<QuestionField key={question.id} question={question} meta={answerFields[question.id]!} />
					),
				)}
				<div role="status" aria-live="polite" className="min-h-5 text-sm text-slate-700">
					{autosave.status === 'saving' ? t('applying.autosave.saving') : null}
					{autosave.status === 'saved' && autosave.savedAt ? t('applying.autosave.savedAt', { time: timeOf(autosave.savedAt, locale) }) : null}
					{autosave.status === 'failed' ? <span className="text-red-700">{t('applying.autosave.failed')}</span> : null}
					{autosave.status !== 'saving' && autosave.dirty && autosave.status !== 'failed' ? <span className="sr-only">{t('applying.autosave.unsaved')}</span> : null}
				</div>
				{formIntent?.error ? <FormMessage id="form-outcome" errors={[formIntent.error]} /> : null}
				<div className="flex flex-wrap items-center gap-3">
					<SubmitButton name="intent" value="save" variant="secondary">{t('applying.form.save')}</SubmitButton>
					<span className="text-xs text-slate-600">{t('applying.form.saveHelp')}</span>
				</div>

				{/* Documents come before submitting; their inputs belong to their own upload forms (form="…"). */}
				<section aria-labelledby="documents-title" className="space-y-3 border-t border-slate-200 pt-4">
					<h2 id="documents-title" className="text-lg font-semibold">{t('applying.files.heading')}</h2>
					<p className="text-sm text-slate-700">{t('applying.files.intro', { size: uploadLimitMb })}</p>
					{programme.documents.map((document) => (
						<FileSlotRow
							key={document.id}
							slot={{ requirementId: document.id }}
							title={document.title}
							description={document.description}
							required={document.required}
							file={application.documents.find((d) => d.requirementId === document.id)?.attachment ?? null}
							actionData={actionData}
						/>
					))}
				</section>

				<section aria-labelledby="submit-title" className="space-y-3 border-t border-slate-200 pt-4">
					<h2 id="submit-title" className="text-lg font-semibold">{t('applying.submit.heading')}</h2>
					<MissingList missing={missing} anchors={{ projectTitle: fields.projectTitle.id, declaredTrl: fields.declaredTrl.id }} />
					{formIntent?.reasons?.length ? (
						<div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-900">
							<p className="text-sm font-medium">{t('applying.submit.notEligible')}</p>
							<EligibilityReasons reasons={formIntent.reasons} fieldNames={formIntent.names?.fields} communeNames={formIntent.names?.communes} />
						</div>
					) : null}
					<p className="text-sm text-slate-700">{t('applying.submit.help')}</p>
					<p className="text-sm text-slate-700">{t('applying.submit.deadlineHelp', { time: timeOf(programme.closesAt, locale), date: formatDate(programme.closesAt, locale) })}</p>
					<SubmitButton name="intent" value={transition} disabled={submitting} aria-describedby={formIntent?.error ? 'form-outcome' : undefined}>
						{submitting ? t('applying.submit.submitting') : t(`applying.submit.${transition}`)}
					</SubmitButton>
				</section>
			</Form>

			{/* The forms of the file rows: their inputs sit in the rows (form="…"), since forms cannot nest. */}
			{[...programme.documents.map((d) => ({ requirementId: d.id }) as FileSlot), ...programme.questions.filter((q) => q.type === 'FILE').map((q) => ({ questionId: q.id }) as FileSlot)].map((slot) => {
				const key = slotKey(slot)!
				const [name, value] = 'requirementId' in slot ? ['requirementId', slot.requirementId] : ['questionId', slot.questionId]
				return (
					<div key={key} hidden>
						<Form id={`upload-${key}`} method="post" encType="multipart/form-data" action={`/account/applications/${application.id}?${name}=${encodeURIComponent(value)}`}>
							<input type="hidden" name="intent" value="upload" />
							<input type="hidden" name={name} value={value} />
						</Form>
						<Form id={`remove-${key}`} method="post" preventScrollReset>
							<input type="hidden" name="intent" value="removeFile" />
							<input type="hidden" name={name} value={value} />
						</Form>
					</div>
				)
			})}
		</>
	)
}

function QuestionField({ question, meta }: { question: Question; meta: FieldMetadata<string> }) {
	const { t } = useTranslation()
	const label = question.label
	const helpText = [question.help, question.maxLength ? t('applying.form.maxLength', { count: question.maxLength }) : ''].filter(Boolean).join(' ')
	const helpId = helpText ? `${meta.id}-help` : undefined
	const describedBy = [helpId, meta.errors?.length ? meta.errorId : undefined].filter(Boolean).join(' ') || undefined
	const initial = typeof meta.initialValue === 'string' ? meta.initialValue : ''
	const help = helpText ? <p id={helpId} className="mt-1 text-xs text-slate-600">{helpText}</p> : null
	if (question.type === 'CHOICE' || question.type === 'YES_NO') {
		const choices = question.type === 'CHOICE' ? question.options.map((o) => ({ value: o, label: o })) : [{ value: 'yes', label: t('applying.form.yes') }, { value: 'no', label: t('applying.form.no') }]
		return (
			<fieldset id={`question-${question.id}`} aria-describedby={describedBy} aria-invalid={meta.errors?.length ? true : undefined}>
				<legend className="text-sm font-medium text-slate-800">{label}<GroupRequired show={question.required} /></legend>
				{help}
				<div className={`mt-1 flex ${question.type === 'YES_NO' ? 'gap-6' : 'flex-col gap-1'}`}>
					{choices.map((choice, index) => (
						<label key={choice.value} className="flex items-center gap-2 text-sm">
							<input type="radio" id={index === 0 ? meta.id : undefined} name={meta.name} value={choice.value} defaultChecked={initial === choice.value} form={meta.formId} aria-required={question.required || undefined} />
							{choice.label}
						</label>
					))}
				</div>
				<ErrorList id={meta.errorId} errors={meta.errors} />
			</fieldset>
		)
	}
	if (question.type === 'LONG_TEXT') {
		const { defaultValue: _default, ...props } = textareaProps(meta)
		return (
			<div id={`question-${question.id}`}>
				<label htmlFor={meta.id} className="block text-sm font-medium text-slate-800">{label}<RequiredMark show={question.required} /></label>
				<textarea {...props} defaultValue={initial} rows={6} maxLength={question.maxLength ?? undefined} aria-describedby={describedBy} aria-required={question.required || undefined} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600" />
				{help}
				<ErrorList id={meta.errorId} errors={meta.errors} />
			</div>
		)
	}
	return (
		<div id={`question-${question.id}`}>
			<Field meta={meta} label={label} help={helpText || undefined} inputMode={question.type === 'NUMBER' ? 'decimal' : undefined} maxLength={question.maxLength ?? undefined} aria-required={question.required || undefined} />
		</div>
	)
}

function TrlSelect({ meta, minimum }: { meta: FieldMetadata<unknown>; minimum: number }) {
	const { t } = useTranslation()
	const { key: _remountKey, ...props } = getInputProps(meta, { type: 'text' })
	const helpId = `${meta.id}-help`
	return (
		<div>
			<label htmlFor={meta.id} className="block text-sm font-medium text-slate-800">{t('applying.form.declaredTrl')}<RequiredMark /></label>
			<select
				id={props.id}
				name={props.name}
				form={props.form}
				defaultValue={typeof meta.initialValue === 'string' ? meta.initialValue : ''}
				aria-invalid={props['aria-invalid']}
				aria-required
				aria-describedby={[helpId, meta.errors?.length ? meta.errorId : undefined].filter(Boolean).join(' ')}
				className="mt-1 block rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
			>
				<option value="">{t('applying.form.trlChoose')}</option>
				{Array.from({ length: 9 }, (_, i) => i + 1).map((level) => (
					<option key={level} value={level}>{t('applying.form.trlOption', { level })}</option>
				))}
			</select>
			<p id={helpId} className="mt-1 text-xs text-slate-600">{t('applying.form.declaredTrlHelp', { minimum })}</p>
			<ErrorList id={meta.errorId} errors={meta.errors} />
		</div>
	)
}

function FileSlotRow({
	slot,
	title,
	description,
	required,
	file,
	actionData,
}: {
	slot: FileSlot
	title: string
	description: string
	required: boolean
	file: { id: string; fileName: string; sizeBytes: number } | null
	actionData: ActionData | undefined
}) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const navigation = useNavigation()
	const key = slotKey(slot)!
	const anchor = slotAnchor(slot)
	const inputId = `file-${key.replace(':', '-')}`
	const error = actionData && (actionData.intent === 'upload' || actionData.intent === 'removeFile') && actionData.slot === key ? actionData.error : undefined
	const uploading = navigation.state !== 'idle' && navigation.formData?.get('intent') === 'upload' && slotKey(slotFrom(navigation.formData)) === key
	return (
		<div id={anchor} className="rounded-md border border-slate-200 p-3">
			<p className="text-sm font-medium text-slate-800">{title}<GroupRequired show={required} /></p>
			{description ? <p className="mt-1 text-xs text-slate-600">{description}</p> : null}
			<p className="mt-2 text-sm">
				{file ? (
					<>
						{t('applying.files.attached')}
						<a href={`/files/${file.id}`} className="text-sky-700 underline">{file.fileName}</a> <span className="text-slate-600">({formatFileSize(file.sizeBytes, locale)})</span>
					</>
				) : (
					<span className="text-slate-600">{t('applying.files.none')}</span>
				)}
			</p>
			<div className="mt-2 flex flex-wrap items-end gap-3">
				<div>
					<label htmlFor={inputId} className="block text-sm text-slate-800">{t(file ? 'applying.files.replace' : 'applying.files.choose')}</label>
					<input
						id={inputId}
						type="file"
						name="file"
						form={`upload-${key}`}
						accept=".pdf,.docx,.xlsx,.pptx,image/png,image/jpeg"
						aria-invalid={error ? true : undefined}
						aria-describedby={error ? `${inputId}-error` : undefined}
						className="mt-1 block text-sm"
					/>
				</div>
				<SubmitButton form={`upload-${key}`} variant="secondary" disabled={uploading}>{t('applying.files.upload')}</SubmitButton>
				{file ? (
					<button type="submit" form={`remove-${key}`} className="text-sm text-red-700 underline" aria-label={t('applying.files.removeNamed', { name: file.fileName })}>
						{t('applying.files.remove')}
					</button>
				) : null}
			</div>
			{error ? <FormMessage id={`${inputId}-error`} errors={[error]} /> : null}
		</div>
	)
}

function MissingList({
	missing,
	anchors,
}: {
	missing: { fields: MissingItems['fields']; questions: { id: string; label: string }[]; documents: { id: string; title: string }[] }
	anchors: Record<MissingItems['fields'][number], string>
}) {
	const { t } = useTranslation()
	const labels = { projectTitle: t('applying.form.projectTitle'), declaredTrl: t('applying.form.declaredTrl') }
	if (missing.fields.length === 0 && missing.questions.length === 0 && missing.documents.length === 0) return <p className="text-sm text-emerald-800">{t('applying.missing.none')}</p>
	return (
		<div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
			<h3 className="font-medium">{t('applying.missing.heading')}</h3>
			<p>{t('applying.missing.intro')}</p>
			<ul className="mt-1 list-disc pl-5">
				{missing.fields.map((field) => (
					<li key={field}>
						<a href={`#${anchors[field]}`} className="underline">{t('applying.missing.field', { label: labels[field] })}</a>
					</li>
				))}
				{missing.questions.map((q) => (
					<li key={q.id}>
						<a href={`#question-${q.id}`} className="underline">{t('applying.missing.question', { label: q.label })}</a>
					</li>
				))}
				{missing.documents.map((d) => (
					<li key={d.id}>
						<a href={`#document-${d.id}`} className="underline">{t('applying.missing.document', { title: d.title })}</a>
					</li>
				))}
			</ul>
		</div>
	)
}

function ReadOnlyApplication() {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { application } = useLoaderData<typeof loader>()
	const { programme } = application
	const answerOf = (questionId: string) => application.answers.find((a) => a.questionId === questionId)
	const shown = (question: Question) => {
		const answer = answerOf(question.id)
		if (question.type === 'FILE') return answer?.attachment ? <a href={`/files/${answer.attachment.id}`} className="text-sky-700 underline">{answer.attachment.fileName}</a> : '—'
		const text = answerText(answer?.value)
		if (question.type === 'YES_NO' && text) return t(`applying.form.${text}`)
		return text || '—'
	}
	return (
		<section aria-labelledby="content-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6">
			<h2 id="content-title" className="text-lg font-semibold">{t('applying.form.heading')}</h2>
			{application.status !== 'WITHDRAWN' ? <p className="text-sm text-slate-700">{t('applying.page.readOnly')}</p> : null}
			<dl className="space-y-3 text-sm">
				<div>
					<dt className="font-medium text-slate-700">{t('applying.form.projectTitle')}</dt>
					<dd>{application.projectTitle || '—'}</dd>
				</div>
				<div>
					<dt className="font-medium text-slate-700">{t('applying.form.requestedAmount')}</dt>
					<dd>{application.requestedAmountVnd ? formatVnd(BigInt(application.requestedAmountVnd), locale) : '—'}</dd>
				</div>
				{programme.minTrl !== null ? (
					<div>
						<dt className="font-medium text-slate-700">{t('applying.form.declaredTrl')}</dt>
						<dd>{application.declaredTrl ? t('applying.form.trlOption', { level: application.declaredTrl }) : '—'}</dd>
					</div>
				) : null}
				{programme.questions.map((question) => (
					<div key={question.id}>
						<dt className="font-medium text-slate-700">{question.label}</dt>
						<dd className="whitespace-pre-line">{shown(question)}</dd>
					</div>
				))}
				{programme.documents.map((document) => {
					const file = application.documents.find((d) => d.requirementId === document.id)?.attachment
					return (
						<div key={document.id}>
							<dt className="font-medium text-slate-700">{document.title}</dt>
							<dd>{file ? <a href={`/files/${file.id}`} className="text-sky-700 underline">{file.fileName}</a> : '—'}</dd>
						</div>
					)
				})}
			</dl>
		</section>
	)
}

function Timeline() {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { application } = useLoaderData<typeof loader>()
	return (
		<section aria-labelledby="timeline-title" className="rounded-lg border border-slate-200 bg-white p-6">
			<h2 id="timeline-title" className="text-lg font-semibold">{t('applying.timeline.heading')}</h2>
			<ol className="mt-3 space-y-3 border-l-2 border-slate-200 pl-4">
				{application.events.map((event, index) => (
					<li key={index} className="text-sm">
						<time dateTime={new Date(event.createdAt).toISOString()} className="block text-xs text-slate-600">{formatDateTime(event.createdAt, locale)}</time>
						<p className="font-medium">
							{event.fromStatus
								? t('applying.timeline.changed', { from: t(`applicationStatus.${event.fromStatus}`), to: t(`applicationStatus.${event.toStatus}`) })
								: t('applying.timeline.created', { to: t(`applicationStatus.${event.toStatus}`) })}
						</p>
						{event.by === 'applicant' && event.actorName ? <p className="text-slate-700">{t('applying.timeline.byApplicant', { name: event.actorName })}</p> : null}
						{event.by === 'programme' ? <p className="text-slate-700">{t('applying.timeline.byProgramme', { organization: application.programme.organization.name })}</p> : null}
						{event.reason ? <p className="whitespace-pre-line text-slate-800">{t('applying.timeline.message', { reason: event.reason })}</p> : null}
					</li>
				))}
			</ol>
		</section>
	)
}

function WithdrawSection({ error, reason }: { error?: string; reason?: string }) {
	const { t } = useTranslation()
	return (
		<section aria-labelledby="withdraw-title" className="rounded-lg border border-red-200 bg-white p-6">
			<h2 id="withdraw-title" className="text-lg font-semibold">{t('applying.withdraw.heading')}</h2>
			{error ? <FormMessage errors={[error]} /> : null}
			<details className="mt-2" open={Boolean(error)}>
				<summary className="cursor-pointer text-sm font-medium text-red-800">{t('applying.withdraw.open')}</summary>
				<Form method="post" preventScrollReset className="mt-3 space-y-3">
					<p className="text-sm text-slate-700">{t('applying.withdraw.warning')}</p>
					<input type="hidden" name="intent" value="withdraw" />
					<input type="hidden" name="confirm" value="yes" />
					<div>
						<label htmlFor="withdraw-reason" className="block text-sm font-medium text-slate-800">{t('applying.withdraw.reason')}</label>
						<textarea id="withdraw-reason" name="reason" rows={3} maxLength={2000} defaultValue={reason} aria-invalid={reason !== undefined ? true : undefined} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
					</div>
					<SubmitButton variant="danger">{t('applying.withdraw.confirm')}</SubmitButton>
				</Form>
			</details>
		</section>
	)
}
