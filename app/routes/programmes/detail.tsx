import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { authHref } from '~/utils/redirect'
import { useTranslation } from 'react-i18next'
import { EligibilityReasons } from '~/components/eligibility-reasons'
import { ProgrammeOverview } from '~/components/programme-overview'
import { SubmitButton } from '~/components/ui/form'
import { getOptionalUser, notFound, requireVerifiedUser } from '~/modules/auth/guards.server'
import { renderMarkdown } from '~/modules/content/markdown.server'
import { startApplication } from '~/modules/programmes/applicant.server'
import { publicProgramme } from '~/modules/programmes/public-programmes.server'
import { formatNumber, formatPercent, formatVnd } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { siteOrigin } from '~/utils/locale.server'
import { pageTitle } from '~/utils/meta'

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
	if (!data) return []
	return [
		{ title: pageTitle(matches, data.programme.title) },
		{ name: 'description', content: data.programme.summary.slice(0, 300) },
		{ tagName: 'link', rel: 'canonical', href: data.canonical },
		{ property: 'og:title', content: data.programme.title },
		{ property: 'og:description', content: data.programme.summary.slice(0, 300) },
	]
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const user = await getOptionalUser(request)
	const programme = await publicProgramme(params.slug!, user)
	if (!programme) throw notFound()
	return {
		programme,
		descriptionHtml: programme.description ? renderMarkdown(programme.description) : '',
		signedIn: user !== null,
		canonical: `${siteOrigin(request)}/chuong-trinh/${programme.slug}`,
	}
}

export async function action({ request, params, context }: ActionFunctionArgs) {
	const user = await requireVerifiedUser(request)
	const form = await request.formData()
	const programme = await publicProgramme(params.slug!, user)
	if (!programme) throw notFound()
	const organizationId = String(form.get('organizationId') ?? '')
	if (form.get('intent') !== 'start' || !organizationId) return data({ organizationId, error: 'errors.badRequest', applicationId: null }, { status: 400 })
	const outcome = await startApplication(user, { programmeId: programme.id, organizationId }, { request, context })
	if (outcome.ok) return redirect(`/account/applications/${outcome.id}?started=1`)
	if (outcome.status === 404) throw notFound()
	return data({ organizationId, error: outcome.error, applicationId: 'applicationId' in outcome ? (outcome.applicationId ?? null) : null }, { status: outcome.status })
}

export default function ProgrammePage() {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { programme, descriptionHtml, signedIn } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const navigation = useNavigation()
	const fieldNames = Object.fromEntries(programme.fields.map((f) => [f.id, locale === 'en' ? f.nameEn : f.nameVi]))
	const communeNames = Object.fromEntries(programme.communes.map((c) => [c.id, c.name]))
	const open = programme.window === 'open'
	return (
		<div className="mx-auto max-w-4xl space-y-8">
			<nav aria-label={t('programmes.public.breadcrumb')} className="text-sm">
				<Link to="/chuong-trinh" className="text-sky-800 underline">{t('programmes.public.title')}</Link>
			</nav>
			<ProgrammeOverview
				programme={programme}
				descriptionHtml={descriptionHtml}
				headerAction={
					open ? (
						<a href="#programme-apply" className="inline-block rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800">
							{t('programmes.public.applyJump')}
						</a>
					) : null
				}
			/>

			<section aria-labelledby="programme-apply" className="space-y-3 rounded-lg border-2 border-sky-200 bg-white p-5">
				<h2 id="programme-apply" className="text-xl font-semibold">{t('programmes.public.apply')}</h2>
				{programme.window === 'notYetOpen' ? <p>{t('programmes.public.notYetOpen')}</p> : null}
				{programme.window === 'closed' ? <p>{t('programmes.public.closed')}</p> : null}
				{!signedIn ? (
					<p>
						<Link to={authHref('/login', `/chuong-trinh/${programme.slug}`)} className="text-sky-800 underline">{t('programmes.public.signInToApply')}</Link>
						{' · '}
						<Link to={authHref('/signup', `/chuong-trinh/${programme.slug}`)} className="text-sky-800 underline">{t('journeys.orSignUp')}</Link>
					</p>
				) : programme.organizations.length === 0 ? (
					<p>
						{t('programmes.public.needOrganization')}{' '}
						<Link to="/organizations/new" className="text-sky-800 underline">{t('organizations.new.title')}</Link>
					</p>
				) : (
					<ul className="space-y-3">
						{programme.organizations.map((organization) => {
							const active = organization.applications.filter((a) => a.status !== 'WITHDRAWN')
							const mayStart = open && organization.eligible && !organization.suspended && (programme.allowMultipleApplications || active.length === 0)
							const failed = actionData && actionData.organizationId === organization.id ? actionData : null
							return (
								<li key={organization.id} className="rounded-md border border-slate-200 p-4">
									<h3 className="font-medium">{organization.name}</h3>
									{organization.suspended ? <p className="mt-1 text-sm text-red-800">{t('programmeIntegrity.errors.organizationSuspended')}</p> : null}
									{organization.eligible ? (
										<p className="mt-1 text-sm text-emerald-800">{t('programmes.public.eligible')}</p>
									) : (
										<div className="mt-1 text-sm text-amber-900">
											<p>{t('programmes.public.notEligible')}</p>
											<EligibilityReasons reasons={organization.reasons} fieldNames={fieldNames} communeNames={communeNames} settingsPath={organization.settingsPath} />
										</div>
									)}
									{programme.minTrl !== null && organization.eligible ? <p className="mt-1 text-sm text-slate-600">{t('programmes.public.trlDeclared', { level: programme.minTrl })}</p> : null}
									{active.length ? (
										<ul className="mt-2 text-sm">
											{active.map((application) => (
												<li key={application.id}>
													<Link to={`/account/applications/${application.id}`} className="text-sky-800 underline">
														{application.referenceNumber}
													</Link>{' '}
													· {t(`applicationStatus.${application.status}`)}
												</li>
											))}
										</ul>
									) : null}
									{failed ? (
										<p role="alert" className="mt-2 text-sm text-red-700">
											{t(failed.error)}{' '}
											{failed.applicationId ? <Link to={`/account/applications/${failed.applicationId}`} className="underline">{t('programmes.public.openExisting')}</Link> : null}
										</p>
									) : null}
									{mayStart ? (
										<Form method="post" className="mt-3">
											<input type="hidden" name="organizationId" value={organization.id} />
											<SubmitButton name="intent" value="start" disabled={navigation.state === 'submitting'}>
												{t('programmes.public.startFor', { organization: organization.name })}
											</SubmitButton>
										</Form>
									) : null}
								</li>
							)
						})}
					</ul>
				)}
			</section>

			{programme.statistics ? (
				<section aria-labelledby="programme-results" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
					<h2 id="programme-results" className="text-xl font-semibold">{t('programmes.public.results')}</h2>
					<dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
						{(
							[
								['received', formatNumber(programme.statistics.received, locale)],
								['approved', formatNumber(programme.statistics.approved, locale)],
								['rejected', formatNumber(programme.statistics.rejected, locale)],
								['averageDays', programme.statistics.averageProcessingDays === null ? '—' : t('forms.days', { count: programme.statistics.averageProcessingDays, days: formatNumber(programme.statistics.averageProcessingDays, locale, 1) })],
								['onTime', programme.statistics.onTimeShare === null ? '—' : formatPercent(programme.statistics.onTimeShare, locale)],
							] as const
						).map(([key, value]) => (
							<div key={key} className="rounded-lg bg-slate-50 p-3">
								<dt className="text-sm text-slate-600">{t(`programmes.public.statistics.${key}`)}</dt>
								<dd className="text-2xl font-semibold" data-statistic={key}>{value}</dd>
							</div>
						))}
					</dl>
					<p className="text-xs text-slate-600">{t('programmes.public.statisticsHelp', { days: programme.processingLimitDays })}</p>
					{programme.approved.length ? (
						<table className="w-full text-left text-sm">
							<caption className="py-2 text-left font-medium">{t('programmes.public.approvedList')}</caption>
							<thead>
								<tr className="border-b border-slate-200">
									<th scope="col" className="py-1">{t('programmes.export.columns.referenceNumber')}</th>
									<th scope="col" className="py-1">{t('programmes.export.columns.organization')}</th>
									<th scope="col" className="py-1">{t('programmes.export.columns.projectTitle')}</th>
									<th scope="col" className="py-1 text-right">{t('programmes.export.columns.awardedAmountVnd')}</th>
								</tr>
							</thead>
							<tbody>
								{programme.approved.map((application) => (
									<tr key={application.referenceNumber} className="border-b border-slate-100">
										<td className="py-1">{application.referenceNumber}</td>
										<td className="py-1">
											<Link to={`/organizations/${application.organization.slug}`} className="text-sky-800 underline">{application.organization.name}</Link>
										</td>
										<td className="py-1">{application.projectTitle}</td>
										<td className="py-1 text-right">{application.awardedAmountVnd ? formatVnd(BigInt(application.awardedAmountVnd), locale) : '—'}</td>
									</tr>
								))}
							</tbody>
						</table>
					) : null}
				</section>
			) : null}
		</div>
	)
}
