// Every field a listing's author entered, labelled, with translated values: on the
// public detail page and in the moderators' queue. Props only (no route data), so it
// renders anywhere.
import { useTranslation } from 'react-i18next'
import { listingUrl } from '~/modules/listings/listing-paths'
import { formatDate, formatFileSize, formatNumber, formatVnd } from '~/utils/format'
import type { Locale } from '~/utils/i18n'

type Dateish = Date | string
type ListingTypeName = 'TECHNOLOGY_OFFER' | 'PATENT' | 'TECHNOLOGY_REQUEST' | 'EXPERT' | 'INCUBATOR' | 'STARTUP'

export type ListingDetailsData = {
	type: ListingTypeName
	keywords: string[]
	fields: { field: { slug: string; nameVi: string; nameEn: string } }[]
	commune: { name: string } | null
	publishedAt?: Dateish | null
	technologyOffer: {
		trl: number | null
		transferModes: string[]
		priceVnd: string | null
		ipStatus: string
		applications: string
		buyerRequirements: string
		confidentialityTerms: string
		linkedPatents: { patent: { listing: { slug: string; title: string } } }[]
	} | null
	patent: {
		kind: string
		applicationNumber: string | null
		applicationDate: Dateish | null
		grantNumber: string | null
		grantDate: Dateish | null
		ipcClasses: string[]
		inventors: string[]
		owners: string[]
		legalStatus: string
		abstract: string
		claimsSummary: string
		commercialisationStatus: string
	} | null
	technologyRequest: {
		problem: string
		requiredCapability: string
		budgetMinVnd: string | null
		budgetMaxVnd: string | null
		deadline: Dateish | null
		preferredTransferModes: string[]
		isCommissioned: boolean
	} | null
	expertProfile: {
		academicTitle: string | null
		degree: string | null
		position: string
		affiliation: string
		specialities: string[]
		projects: string
		publications: string
		languages: string[]
		availableForConsulting: boolean
	} | null
	incubatorProfile: { services: string[]; capacity: number | null; alumniCount: number | null; alumniStartups: string; isAccelerator: boolean } | null
	startupProfile: { stage: string; foundedOn: Dateish | null; teamSize: number | null; seeks: string[]; pitchDeck: { id: string; fileName: string; sizeBytes: number } | null } | null
}

// A budget as a VND range in the reader's format: "100.000.000 ₫ – 500.000.000 ₫", "Từ …", "Đến …".
export function useBudget() {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	return (min: string | number | null | undefined, max: string | number | null | undefined) => {
		const show = (value: string | number) => formatVnd(BigInt(value), locale)
		if (min && max) return t('listingDetails.value.range', { min: show(min), max: show(max) })
		if (min) return t('listingDetails.value.from', { min: show(min) })
		if (max) return t('listingDetails.value.upTo', { max: show(max) })
		return null
	}
}

function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
	return (
		<div data-testid={testId}>
			<dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
			<dd className="text-sm text-slate-900">{children}</dd>
		</div>
	)
}

function TextSection({ title, text, testId }: { title: string; text: string | null | undefined; testId?: string }) {
	if (!text?.trim()) return null
	return (
		<section className="space-y-1" data-testid={testId}>
			<h2 className="text-lg font-semibold">{title}</h2>
			<p className="whitespace-pre-line text-slate-800">{text}</p>
		</section>
	)
}

function ListSection({ title, items, testId }: { title: string; items: string[]; testId?: string }) {
	if (items.length === 0) return null
	return (
		<section className="space-y-1" data-testid={testId}>
			<h2 className="text-lg font-semibold">{title}</h2>
			<ul className="list-disc pl-5 text-slate-800">
				{items.map((item, i) => <li key={`${i}-${item}`}>{item}</li>)}
			</ul>
		</section>
	)
}

// The short facts, as a definition list.
export function ListingFacts({ listing }: { listing: ListingDetailsData }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const budget = useBudget()
	const label = (field: string) => t(`listingDetails.field.${field}`)
	const yesNo = (value: boolean) => t(value ? 'listingDetails.value.yes' : 'listingDetails.value.no')
	const many = (values: string[], prefix: string) => values.map((v) => t(`${prefix}.${v}`)).join(', ')
	const offer = listing.technologyOffer
	const patent = listing.patent
	const request = listing.technologyRequest
	const expert = listing.expertProfile
	const incubator = listing.incubatorProfile
	const startup = listing.startupProfile
	const requestBudget = request ? budget(request.budgetMinVnd, request.budgetMaxVnd) : null
	return (
		<dl className="grid grid-cols-2 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3" aria-label={t('listingDetails.section.facts')} data-testid="listing-facts">
			{offer?.trl ? <Fact label={label('trl')}>TRL {offer.trl}</Fact> : null}
			{offer ? <Fact label={label('priceVnd')}>{offer.priceVnd ? formatVnd(BigInt(offer.priceVnd), locale) : t('listingDetails.value.negotiable')}</Fact> : null}
			{offer ? <Fact label={label('ipStatus')}>{t(`ipStatus.${offer.ipStatus}`)}</Fact> : null}
			{offer && offer.transferModes.length > 0 ? <Fact label={label('transferModes')}>{many(offer.transferModes, 'transferMode')}</Fact> : null}

			{patent ? <Fact label={label('kind')}>{t(`patentKind.${patent.kind}`)}</Fact> : null}
			{patent?.applicationNumber ? <Fact label={label('applicationNumber')}>{patent.applicationNumber}</Fact> : null}
			{patent?.applicationDate ? <Fact label={label('applicationDate')}>{formatDate(patent.applicationDate, locale)}</Fact> : null}
			{patent?.grantNumber ? <Fact label={label('grantNumber')}>{patent.grantNumber}</Fact> : null}
			{patent?.grantDate ? <Fact label={label('grantDate')}>{formatDate(patent.grantDate, locale)}</Fact> : null}
			{patent ? <Fact label={label('legalStatus')}>{t(`patentLegalStatus.${patent.legalStatus}`)}</Fact> : null}
			{patent ? <Fact label={label('commercialisationStatus')}>{t(`commercialisationStatus.${patent.commercialisationStatus}`)}</Fact> : null}
			{patent && patent.ipcClasses.length > 0 ? <Fact label={label('ipcClasses')}>{patent.ipcClasses.join('; ')}</Fact> : null}

			{requestBudget ? <Fact label={label('budget')} testId="request-budget">{requestBudget}</Fact> : null}
			{request?.deadline ? <Fact label={label('deadline')}>{formatDate(request.deadline, locale)}</Fact> : null}
			{request && request.preferredTransferModes.length > 0 ? (
				<Fact label={label('preferredTransferModes')}>{many(request.preferredTransferModes, 'transferMode')}</Fact>
			) : null}
			{request ? <Fact label={label('isCommissioned')}>{yesNo(request.isCommissioned)}</Fact> : null}

			{expert?.academicTitle ? <Fact label={label('academicTitle')}>{t(`academicTitle.${expert.academicTitle}`)}</Fact> : null}
			{expert?.degree ? <Fact label={label('degree')}>{t(`degree.${expert.degree}`)}</Fact> : null}
			{expert?.position ? <Fact label={label('position')}>{expert.position}</Fact> : null}
			{expert?.affiliation ? <Fact label={label('affiliation')}>{expert.affiliation}</Fact> : null}
			{expert && expert.languages.length > 0 ? <Fact label={label('languages')}>{expert.languages.join(', ')}</Fact> : null}
			{expert ? <Fact label={label('availableForConsulting')}>{yesNo(expert.availableForConsulting)}</Fact> : null}

			{incubator?.capacity != null ? <Fact label={label('capacity')}>{t('listingDetails.value.places', { count: incubator.capacity, n: formatNumber(incubator.capacity, locale) })}</Fact> : null}
			{incubator?.alumniCount != null ? <Fact label={label('alumniCount')}>{t('listingDetails.value.startups', { count: incubator.alumniCount, n: formatNumber(incubator.alumniCount, locale) })}</Fact> : null}
			{incubator && incubator.services.length > 0 ? <Fact label={label('services')}>{many(incubator.services, 'incubatorService')}</Fact> : null}
			{incubator ? <Fact label={label('isAccelerator')}>{yesNo(incubator.isAccelerator)}</Fact> : null}

			{startup ? <Fact label={label('stage')}>{t(`startupStage.${startup.stage}`)}</Fact> : null}
			{startup?.foundedOn ? <Fact label={label('foundedOn')}>{formatDate(startup.foundedOn, locale)}</Fact> : null}
			{startup?.teamSize ? <Fact label={label('teamSize')}>{t('listingDetails.value.people', { count: startup.teamSize, n: formatNumber(startup.teamSize, locale) })}</Fact> : null}
			{startup && startup.seeks.length > 0 ? <Fact label={label('seeks')}>{many(startup.seeks, 'startupNeed')}</Fact> : null}

			{listing.commune ? <Fact label={label('communeCode')}>{listing.commune.name}</Fact> : null}
			{listing.publishedAt ? <Fact label={label('published')}>{formatDate(listing.publishedAt, locale)}</Fact> : null}
		</dl>
	)
}

// The long texts and lists of a listing's type, then its keywords and fields.
// pitchDeck: 'download' for signed-in readers, else a sign-in link back to this page.
export function ListingSections({ listing, pitchDeck, loginHref }: { listing: ListingDetailsData; pitchDeck: 'download' | 'signIn'; loginHref: string }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const vi = locale === 'vi'
	const label = (field: string) => t(`listingDetails.field.${field}`)
	const offer = listing.technologyOffer
	const patent = listing.patent
	const request = listing.technologyRequest
	const expert = listing.expertProfile
	const incubator = listing.incubatorProfile
	const deck = listing.startupProfile?.pitchDeck
	return (
		<div className="space-y-5">
			{offer ? (
				<>
					<TextSection title={label('applications')} text={offer.applications} />
					<TextSection title={label('buyerRequirements')} text={offer.buyerRequirements} />
					{offer.confidentialityTerms.trim() ? (
						<section className="space-y-1">
							<h2 className="text-lg font-semibold">{label('confidentialityTerms')}</h2>
							<p className="text-sm text-slate-600">{t('listingDetails.section.confidentialNote')}</p>
							<p className="whitespace-pre-line text-slate-800">{offer.confidentialityTerms}</p>
						</section>
					) : null}
					{offer.linkedPatents.length > 0 ? (
						<section aria-labelledby="linked-patents" className="space-y-1">
							<h2 id="linked-patents" className="text-lg font-semibold">{label('linkedPatentIds')}</h2>
							<ul className="list-disc pl-5">
								{offer.linkedPatents.map(({ patent: linked }) => (
									<li key={linked.listing.slug}><a href={listingUrl('PATENT', linked.listing.slug)} className="text-sky-700 underline">{linked.listing.title}</a></li>
								))}
							</ul>
						</section>
					) : null}
				</>
			) : null}
			{patent ? (
				<>
					<TextSection title={label('abstract')} text={patent.abstract} />
					<TextSection title={label('claimsSummary')} text={patent.claimsSummary} testId="patent-claims" />
					<ListSection title={label('inventors')} items={patent.inventors} />
					<ListSection title={label('owners')} items={patent.owners} />
				</>
			) : null}
			{request ? (
				<>
					<TextSection title={label('problem')} text={request.problem} />
					<TextSection title={label('requiredCapability')} text={request.requiredCapability} />
				</>
			) : null}
			{expert ? (
				<>
					<ListSection title={label('specialities')} items={expert.specialities} testId="expert-specialities" />
					<TextSection title={label('projects')} text={expert.projects} />
					<TextSection title={label('publications')} text={expert.publications} />
				</>
			) : null}
			{incubator ? <TextSection title={label('alumniStartups')} text={incubator.alumniStartups} /> : null}
			{deck ? (
				<section aria-labelledby="pitch-deck" className="space-y-1 rounded-lg border border-slate-200 bg-white p-4" data-testid="pitch-deck">
					<h2 id="pitch-deck" className="text-lg font-semibold">{t('listingDetails.pitchDeck.title')}</h2>
					{pitchDeck === 'download' ? (
						<a href={`/files/${deck.id}`} download className="text-sky-700 underline">
							{t('listingDetails.pitchDeck.download', { name: deck.fileName, size: formatFileSize(deck.sizeBytes, locale) })}
						</a>
					) : (
						<p className="text-sm text-slate-700">
							{t('listingDetails.pitchDeck.membersOnly')}{' '}
							<a href={loginHref} className="text-sky-700 underline">{t('listingDetails.pitchDeck.signIn')}</a>
						</p>
					)}
				</section>
			) : null}
			{listing.keywords.length > 0 ? (
				<section aria-labelledby="listing-keywords" className="space-y-1">
					<h2 id="listing-keywords" className="text-lg font-semibold">{t('listingDetails.section.keywords')}</h2>
					<ul className="flex flex-wrap gap-2" data-testid="listing-keywords">
						{listing.keywords.map((keyword) => <li key={keyword} className="rounded-full border border-slate-300 px-3 py-1 text-xs">{keyword}</li>)}
					</ul>
				</section>
			) : null}
			{listing.fields.length > 0 ? (
				<ul className="flex flex-wrap gap-2" aria-label={label('fields')}>
					{listing.fields.map(({ field }) => (
						<li key={field.slug} className="rounded-full bg-slate-100 px-3 py-1 text-xs">{vi ? field.nameVi : field.nameEn}</li>
					))}
				</ul>
			) : null}
		</div>
	)
}
