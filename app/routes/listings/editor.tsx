import { parseWithZod } from '~/utils/forms'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ListingForm } from '~/components/listing-form'
import { FormMessage, Notice, SubmitButton } from '~/components/ui/form'
import { VerifiedBadge } from '~/components/verified-badge'
import { forbidden, requireVerifiedUser } from '~/modules/auth/guards.server'
import { hasPermission } from '~/modules/auth/permissions'
import { createListing, editorOptions, listingFormValues, updateListing } from '~/modules/listings/editor.server'
import { expertVerificationFor } from '~/modules/listings/expert-verification.server'
import { openRevisionForm } from '~/modules/listings/moderation.server'
import { listingTypes } from '~/modules/listings/listing-types'
import { listingSchemas } from '~/modules/listings/schemas'
import { pageTitle, translate } from '~/utils/meta'

// The tab says what the page does: writing a new listing or editing one.
export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
	{ title: pageTitle(matches, translate(matches, data?.mode === 'edit' ? 'listings.form.editTitle' : 'listings.form.pageTitle')) },
]

async function requireAuthor(request: Request) {
	const user = await requireVerifiedUser(request)
	if (!hasPermission(user, 'create:listing:own')) throw forbidden()
	return user
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const user = await requireAuthor(request)
	const editor = await editorOptions(user.id)
	if (params.listingId) {
		const values = await listingFormValues(user, params.listingId)
		if (!values) throw new Response('Not Found', { status: 404 })
		// A published listing is edited from its pending revision, if there is one.
		const revision = values.status === 'PUBLISHED' ? await openRevisionForm(params.listingId) : null
		const verification = values.type === 'EXPERT' ? await expertVerificationFor(user, params.listingId) : null
		return {
			verification,
			mode: 'edit' as const,
			listingId: params.listingId,
			type: values.type,
			editor,
			values: revision ?? values,
			editable: values.status === 'DRAFT' || values.status === 'REJECTED' || values.status === 'PUBLISHED',
			published: values.status === 'PUBLISHED',
			revisionPending: revision !== null,
		}
	}
	const type = listingTypes.find((t) => t === new URL(request.url).searchParams.get('type')) ?? null
	return { verification: null, mode: 'new' as const, listingId: null, type, editor, values: null, editable: true, published: false, revisionPending: false }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const user = await requireAuthor(request)
	const formData = await request.formData()
	const type = listingTypes.find((t) => t === formData.get('type'))
	if (!type) return data({ result: undefined, error: 'errors.badRequest' }, { status: 400 })
	const submission = parseWithZod(formData, { schema: listingSchemas[type] })
	if (submission.status !== 'success') return data({ result: submission.reply(), error: null }, { status: 400 })
	const ctx = { request, context }
	const raw = Object.fromEntries([...new Set(formData.keys())].map((key) => {
		const all = formData.getAll(key).map(String)
		return [key, all.length > 1 ? all : all[0]]
	}))
	const outcome = params.listingId
		? await updateListing(user, params.listingId, submission.value, ctx, raw)
		: await createListing(user, submission.value, ctx)
	if (!outcome.ok) {
		if ('field' in outcome) return data({ result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] } }), error: null }, { status: 400 })
		if (outcome.status === 404) throw new Response('Not Found', { status: 404 })
		return data({ result: submission.reply(), error: outcome.status === 409 ? 'listings.form.notEditable' : 'errors.badRequest' }, { status: outcome.status })
	}
	return redirect(`/account/listings?saved=${outcome.listingId}${'revision' in outcome && outcome.revision ? '&revision=1' : ''}`)
}

function ExpertVerificationPanel({ listingId, verification }: { listingId: string; verification: { status: string; reason: string | null; canRequest: boolean } }) {
	const { t } = useTranslation()
	const [searchParams] = useSearchParams()
	const outcome = searchParams.get('verification')
	return (
		<section aria-labelledby="expert-verification" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="expert-verification">
			<h2 id="expert-verification" className="font-semibold">
				{t('listingDetails.verification.title')}
				<VerifiedBadge status={verification.status} />
			</h2>
			<p className="text-slate-600">{t('listingDetails.verification.intro')}</p>
			<p>{t(`listingDetails.verification.status.${verification.status}`)}</p>
			{verification.status === 'REJECTED' && verification.reason ? <p className="text-slate-700">{t('listingDetails.verification.reason', { reason: verification.reason })}</p> : null}
			{outcome === 'requested' ? <Notice tone="success">{t('listingDetails.verification.requested')}</Notice> : null}
			{outcome === 'unavailable' ? <Notice tone="warning">{t('listingDetails.verification.notRequestable')}</Notice> : null}
			{verification.canRequest ? (
				<Form method="post" action={`/listings/${listingId}/verification`}>
					<SubmitButton variant="secondary">{t(verification.status === 'REJECTED' ? 'listingDetails.verification.requestAgain' : 'listingDetails.verification.request')}</SubmitButton>
				</Form>
			) : null}
		</section>
	)
}

export default function ListingEditor() {
	const { t } = useTranslation()
	const { mode, type, editor, values, editable, published, revisionPending, listingId, verification } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	if (editor.organizations.length === 0 && type !== 'EXPERT' && mode === 'new' && type !== null) {
		return (
			<div className="mx-auto max-w-xl space-y-3">
				<h1 className="text-2xl font-semibold">{t('listings.form.pageTitle')}</h1>
				<p className="text-slate-700">{t('listings.form.needOrganization')}</p>
				<Link to="/organizations/new" className="inline-block rounded-md bg-sky-700 px-4 py-2 text-white">{t('organizations.new.title')}</Link>
			</div>
		)
	}
	if (!type) {
		return (
			<div className="mx-auto max-w-2xl space-y-4">
				<h1 className="text-2xl font-semibold">{t('listings.form.chooseType')}</h1>
				<p className="text-slate-700">{t('journeys.chooseType.intro')}</p>
				<ul className="grid gap-3 sm:grid-cols-2">
					{listingTypes.map((listingType) => (
						<li key={listingType} className="relative rounded-lg border border-slate-200 bg-white p-4 focus-within:ring-2 focus-within:ring-sky-600 hover:border-sky-600">
							{/* The whole card follows the link; its name stays the type, the explanation describes it. */}
							<Link
								to={`?type=${listingType}`}
								aria-describedby={`type-help-${listingType}`}
								className="font-semibold text-sky-800 after:absolute after:inset-0 focus:outline-none"
							>
								{t(`listingType.${listingType}`)}
							</Link>
							<dl id={`type-help-${listingType}`} className="mt-2 space-y-1 text-sm text-slate-700" data-testid={`type-help-${listingType}`}>
								<div>
									<dt className="inline font-medium text-slate-900">{t('journeys.chooseType.who')}: </dt>
									<dd className="inline">{t(`journeys.listingTypeHelp.${listingType}.who`)}</dd>
								</div>
								<div>
									<dt className="inline font-medium text-slate-900">{t('journeys.chooseType.purpose')}: </dt>
									<dd className="inline">{t(`journeys.listingTypeHelp.${listingType}.purpose`)}</dd>
								</div>
							</dl>
						</li>
					))}
				</ul>
			</div>
		)
	}
	return (
		<div className="mx-auto max-w-3xl space-y-4">
			<h1 className="text-2xl font-semibold">
				{mode === 'new' ? t('listings.form.newTitle', { type: t(`listingType.${type}`) }) : t('listings.form.editTitle')}
			</h1>
			{mode === 'edit' && listingId ? (
				<p className="text-sm">
					<Link to={`/listings/${listingId}/files`} className="text-sky-700 underline">{t('listings.files.title')}</Link>
				</p>
			) : null}
			{verification && listingId ? <ExpertVerificationPanel listingId={listingId} verification={verification} /> : null}
			{!editable ? <FormMessage errors={['listings.form.notEditable']} /> : null}
			{published ? <Notice>{t(revisionPending ? 'listings.form.revisionPending' : 'listings.form.publishedEdit')}</Notice> : null}
			{actionData?.error ? <FormMessage errors={[actionData.error]} /> : null}
			<ListingForm
				type={type}
				editor={editor}
				lastResult={actionData?.result}
				defaultValue={values ?? { organizationId: editor.organizations.length === 1 ? editor.organizations[0].id : '' }}
				submitLabel={published ? t('listings.form.submitChanges') : t('listings.form.saveDraft')}
			/>
		</div>
	)
}
