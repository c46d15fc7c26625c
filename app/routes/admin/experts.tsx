import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormMessage, SubmitButton } from '~/components/ui/form'
import { requirePermission } from '~/modules/auth/guards.server'
import { decideExpertVerification, listExpertVerificationQueue } from '~/modules/listings/expert-verification.server'
import { listingUrl } from '~/modules/listings/listing-paths'
import { formatDateTime } from '~/utils/format'
import { controlCharacterError, hasControlCharacter } from '~/utils/forms'
import type { Locale } from '~/utils/i18n'
import { siteOrigin } from '~/utils/locale.server'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('listingDetails.admin.title')

export async function loader({ request }: LoaderFunctionArgs) {
	const moderator = await requirePermission(request, 'moderate:listing:any')
	return { queue: await listExpertVerificationQueue(moderator.id) }
}

export async function action({ request, context }: ActionFunctionArgs) {
	const moderator = await requirePermission(request, 'moderate:listing:any')
	const formData = await request.formData()
	const decision = formData.get('decision')
	const listingId = String(formData.get('listingId') ?? '')
	const rawReason = String(formData.get('reason') ?? '')
	const reason = rawReason.trim().slice(0, 1000)
	// The decision is for the version of the profile the moderator read, named by the form.
	const version = Number(formData.get('version'))
	if ((decision !== 'approve' && decision !== 'reject') || !(Number.isSafeInteger(version) && version > 0)) return data({ error: 'errors.badRequest', listingId, reason }, { status: 400 })
	// The reason is stored and e-mailed: no control characters (the field says so, the text is kept).
	if (decision === 'reject' && hasControlCharacter(rawReason)) return data({ error: controlCharacterError, listingId, reason: rawReason }, { status: 400 })
	if (decision === 'reject' && reason.length < 5) return data({ error: 'listingDetails.admin.reasonRequired', listingId, reason }, { status: 400 })
	const outcome = await decideExpertVerification(
		{ moderatorId: moderator.id, listingId, version, approve: decision === 'approve', reason: reason || undefined, origin: siteOrigin(request) },
		{ request, context },
	)
	if (!outcome.ok) {
		if (outcome.status === 404) throw new Response('Not Found', { status: 404 })
		const refused = 'reason' in outcome ? outcome.reason : undefined
		const error =
			outcome.status !== 403
				? refused === 'changed' ? 'moderationIntegrity.changed' : 'listingDetails.admin.alreadyDecided'
				: refused === 'ownOrganization' ? 'moderationIntegrity.ownExpert' : 'listingDetails.admin.own'
		return data({ error, listingId, reason }, { status: outcome.status })
	}
	return redirect('/admin/experts')
}

export default function ExpertVerificationQueue() {
	const { t, i18n } = useTranslation()
	const { queue } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const locale = i18n.language as Locale
	return (
		<div className="space-y-4">
			<h1 className="text-2xl font-semibold">{t('listingDetails.admin.title')}</h1>
			{actionData?.error && !queue.some((e) => e.listingId === actionData.listingId) ? <FormMessage errors={[actionData.error]} /> : null}
			{queue.length === 0 ? <p className="text-slate-600">{t('listingDetails.admin.empty')}</p> : null}
			<ul className="space-y-4" data-testid="expert-queue">
				{queue.map((expert) => {
					const reasonId = `expert-reason-${expert.listingId}`
					const error = actionData?.listingId === expert.listingId ? actionData.error : null
					return (
						<li key={expert.listingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
							<div className="space-y-1">
								<h2 className="text-lg font-semibold">
									{expert.listing.status === 'PUBLISHED' ? (
										<a href={listingUrl(expert.listing.type, expert.listing.slug)} className="hover:underline">{expert.listing.title}</a>
									) : (
										expert.listing.title
									)}
								</h2>
								<p className="text-slate-700">{expert.listing.summary}</p>
								<p className="text-slate-600">
									{[
										expert.academicTitle ? t(`academicTitle.${expert.academicTitle}`) : null,
										expert.degree ? t(`degree.${expert.degree}`) : null,
										expert.position || null,
										expert.affiliation || null,
									]
										.filter(Boolean)
										.join(' · ')}
								</p>
								{expert.specialities.length ? <p className="text-slate-600">{t('listingDetails.field.specialities')}: {expert.specialities.join(', ')}</p> : null}
								<p className="text-xs text-slate-500">
									{expert.user?.name ?? expert.listing.author.name}
									{expert.listing.organization ? ` · ${expert.listing.organization.name}` : ''}
									{' · '}
									{t('listingDetails.admin.listingStatus', { status: t(`listingStatus.${expert.listing.status}`, { defaultValue: expert.listing.status }) })}
									{expert.verificationRequestedAt ? ` · ${t('listingDetails.admin.requestedAt', { date: formatDateTime(expert.verificationRequestedAt, locale) })}` : ''}
								</p>
							</div>
							{expert.own ? (
								<p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900" data-testid="own-item">{t('moderationIntegrity.ownBadge')}</p>
							) : (
							<div className="flex flex-wrap items-start gap-3">
								<Form method="post">
									<input type="hidden" name="listingId" value={expert.listingId} />
									<input type="hidden" name="version" value={expert.listing.version} />
									<input type="hidden" name="decision" value="approve" />
									<SubmitButton>{t('listingDetails.admin.approve')}</SubmitButton>
								</Form>
								<Form method="post" className="flex flex-1 flex-wrap items-start gap-2">
									<input type="hidden" name="listingId" value={expert.listingId} />
									<input type="hidden" name="version" value={expert.listing.version} />
									<input type="hidden" name="decision" value="reject" />
									<div className="min-w-64 flex-1">
										<label htmlFor={reasonId} className="sr-only">{t('listingDetails.admin.reason')}</label>
										<input
											id={reasonId}
											name="reason"
											required
											minLength={5}
											defaultValue={error ? actionData?.reason : undefined}
											placeholder={t('listingDetails.admin.reason')}
											aria-invalid={error ? true : undefined}
											aria-describedby={error ? `${reasonId}-error` : undefined}
											className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
										/>
										{error ? <FormMessage id={`${reasonId}-error`} errors={[error]} /> : null}
									</div>
									<SubmitButton variant="danger">{t('listingDetails.admin.reject')}</SubmitButton>
								</Form>
							</div>
							)}
						</li>
					)
				})}
			</ul>
		</div>
	)
}
