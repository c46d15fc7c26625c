import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useBudget } from '~/components/listing-details'
import { VerifiedBadge } from '~/components/verified-badge'
import type { SearchHit, Segment } from '~/modules/search/hits'
import { formatDate, formatVnd } from '~/utils/format'
import type { Locale } from '~/utils/i18n'

// Matched words in <mark>; the text itself is always rendered as text.
export function Highlighted({ segments }: { segments: Segment[] }) {
	return (
		<>
			{segments.map((segment, i) =>
				segment.match ? (
					<mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
						{segment.text}
					</mark>
				) : (
					<span key={i}>{segment.text}</span>
				),
			)}
		</>
	)
}

export function HitCard({ hit, fieldName }: { hit: SearchHit; fieldName: (slug: string) => string }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const budget = useBudget()
	const requestBudget = hit.type === 'TECHNOLOGY_REQUEST' ? budget(hit.budgetMinVnd, hit.budgetMaxVnd) : null
	// Each figure says what it is: "TRL: 7", "Giá: …", "Ngân sách: …", "Hạn: …", "Đăng ngày …".
	const figures = [
		hit.trl ? t('listingDetails.card.trl', { trl: hit.trl }) : null,
		hit.priceVnd && hit.type === 'TECHNOLOGY_OFFER' ? t('listingDetails.card.price', { price: formatVnd(hit.priceVnd, locale) }) : null,
		requestBudget ? t('listingDetails.card.budget', { budget: requestBudget }) : null,
		hit.deadline ? t('listingDetails.card.deadline', { date: formatDate(new Date(hit.deadline * 1000), locale) }) : null,
		t('listingDetails.card.published', { date: formatDate(new Date(hit.publishedAt * 1000), locale) }),
	].filter((figure): figure is string => figure !== null)
	return (
		<li className="flex gap-3 rounded-lg border border-slate-200 bg-white p-4">
			{hit.coverId ? (
				<img src={`/files/${hit.coverId}/thumbnail`} alt="" loading="lazy" className="h-20 w-24 flex-none rounded object-cover" />
			) : null}
			<div className="min-w-0">
				<h2 className="font-semibold">
					<Link to={hit.url} className="hover:underline">
						<Highlighted segments={hit.titleSegments} />
					</Link>
					{hit.expertVerified ? <VerifiedBadge status="VERIFIED" /> : null}
				</h2>
				<p className="mt-1 line-clamp-3 text-sm text-slate-700">
					<Highlighted segments={hit.summarySegments} />
				</p>
				<p className="mt-2 text-xs text-slate-600">
					{hit.organizationName}
					{hit.organizationVerified ? <VerifiedBadge status="VERIFIED" /> : null}
					{hit.communeName ? ` · ${hit.communeName}` : ''}
				</p>
				<ul className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600" data-testid="hit-figures">
					{figures.map((figure) => <li key={figure}>{figure}</li>)}
				</ul>
				{hit.fields.length ? (
					<ul className="mt-2 flex flex-wrap gap-1">
						{hit.fields.map((slug) => (
							<li key={slug} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs">{fieldName(slug)}</li>
						))}
					</ul>
				) : null}
			</div>
		</li>
	)
}
