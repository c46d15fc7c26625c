import { type LoaderFunctionArgs } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ProgrammeStatusBadge } from '~/components/programme-overview'
import { listPublicProgrammes } from '~/modules/programmes/public-programmes.server'
import { formatDateTime, formatVnd } from '~/utils/format'
import type { Locale } from '~/utils/i18n'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('programmes.public.title')

export async function loader(_: LoaderFunctionArgs) {
	return listPublicProgrammes()
}

type Item = Awaited<ReturnType<typeof loader>>['open'][number]

function ProgrammeList({ items, empty, dateKey }: { items: Item[]; empty: string; dateKey: 'closes' | 'opens' | 'closed' }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	if (items.length === 0) return <p className="mt-3 text-slate-600">{empty}</p>
	return (
		<ul className="mt-4 grid gap-4 md:grid-cols-2">
			{items.map((programme) => (
				<li key={programme.id} className="rounded-lg border border-slate-200 bg-white p-4">
					<p className="text-xs text-slate-600">
						{programme.organization.name} · {t(`supportType.${programme.supportType}`)}
					</p>
					<h3 className="mt-1 font-semibold">
						<Link to={`/chuong-trinh/${programme.slug}`} className="text-sky-900 hover:underline">{programme.title}</Link>
					</h3>
					<p className="mt-1 text-sm text-slate-700">{programme.summary}</p>
					<p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
						<ProgrammeStatusBadge status={programme.status} />
						<span>
							{dateKey === 'opens'
								? t('programmes.public.opensOn', { date: formatDateTime(programme.opensAt, locale) })
								: t(dateKey === 'closes' ? 'programmes.public.closesOn' : 'programmes.public.closedOn', { date: formatDateTime(programme.closesAt, locale) })}
						</span>
						{programme.maxPerApplicationVnd !== null ? <span>· {t('programmes.public.upTo', { amount: formatVnd(BigInt(programme.maxPerApplicationVnd), locale) })}</span> : null}
					</p>
				</li>
			))}
		</ul>
	)
}

export default function Programmes() {
	const { t } = useTranslation()
	const { open, upcoming, past } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-10">
			<header className="space-y-2">
				<h1 className="text-3xl font-semibold">{t('programmes.public.title')}</h1>
				<p className="max-w-3xl text-slate-700">{t('programmes.public.intro')}</p>
			</header>
			<section aria-labelledby="programmes-open">
				<h2 id="programmes-open" className="text-xl font-semibold">{t('programmes.public.openNow')}</h2>
				<ProgrammeList items={open} empty={t('programmes.public.noneOpen')} dateKey="closes" />
			</section>
			{upcoming.length ? (
				<section aria-labelledby="programmes-upcoming">
					<h2 id="programmes-upcoming" className="text-xl font-semibold">{t('programmes.public.upcoming')}</h2>
					<ProgrammeList items={upcoming} empty="" dateKey="opens" />
				</section>
			) : null}
			<section aria-labelledby="programmes-past">
				<h2 id="programmes-past" className="text-xl font-semibold">{t('programmes.public.past')}</h2>
				<ProgrammeList items={past} empty={t('programmes.public.nonePast')} dateKey="closed" />
			</section>
		</div>
	)
}
