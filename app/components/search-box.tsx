import { Form, Link, useFetcher, useNavigate } from '@remix-run/react'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ListingType } from '~/generated/prisma/enums'
import { listingPaths } from '~/modules/listings/listing-paths'
import type { SearchHit } from '~/modules/search/hits'
import { Highlighted } from './search-hit'

type Preview = { q: string; degraded: boolean; groups: { type: ListingType; totalHits: number; hits: SearchHit[] }[] }

// The header's search. Without JavaScript it is a form that opens /search; with it,
// results grouped by type appear while typing (debounced), as an ARIA combobox.
export function SearchBox() {
	const { t } = useTranslation()
	const fetcher = useFetcher<Preview>()
	const navigate = useNavigate()
	const listboxId = useId()
	const [value, setValue] = useState('')
	const [open, setOpen] = useState(false)
	const [active, setActive] = useState(-1)
	const timer = useRef<ReturnType<typeof setTimeout>>()
	const container = useRef<HTMLDivElement>(null)

	useEffect(() => () => clearTimeout(timer.current), [])
	useEffect(() => {
		const close = (event: MouseEvent) => {
			if (!container.current?.contains(event.target as Node)) setOpen(false)
		}
		document.addEventListener('mousedown', close)
		return () => document.removeEventListener('mousedown', close)
	}, [])

	const preview = fetcher.data && fetcher.data.q === value.trim() ? fetcher.data : null
	const groups = preview?.groups.filter((group) => group.hits.length > 0) ?? []
	// Every hit is an option, and so is each group's "see all": the listbox holds only
	// groups of options (ARIA), and the arrow keys reach everything in it.
	const options = groups.flatMap((group) => [
		...group.hits.map((hit) => ({ key: hit.id, url: hit.url })),
		{ key: `all-${group.type}`, url: `/${listingPaths[group.type]}?${new URLSearchParams({ q: preview!.q })}` },
	])
	const total = groups.reduce((sum, group) => sum + group.totalHits, 0)

	useEffect(() => {
		if (active < 0) return
		document.getElementById(`${listboxId}-${active}`)?.scrollIntoView({ block: 'nearest' })
	}, [active, listboxId])

	function onChange(next: string) {
		setValue(next)
		setActive(-1)
		clearTimeout(timer.current)
		const q = next.trim()
		if (q.length < 2) {
			setOpen(false)
			return
		}
		timer.current = setTimeout(() => {
			fetcher.load(`/search?${new URLSearchParams({ q, preview: '1' })}`)
			setOpen(true)
		}, 200)
	}

	function close() {
		setOpen(false)
		setActive(-1)
	}

	function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
		if (event.key === 'Escape') {
			close()
		} else if (event.key === 'Tab') {
			// The options are not in the tab order: Tab leaves the search in one step.
			close()
		} else if (event.key === 'ArrowDown' && options.length) {
			event.preventDefault()
			setOpen(true)
			setActive((i) => (i + 1) % options.length)
		} else if (event.key === 'ArrowUp' && options.length) {
			event.preventDefault()
			setActive((i) => (i <= 0 ? options.length - 1 : i - 1))
		} else if (event.key === 'Enter' && open && active >= 0 && options[active]) {
			event.preventDefault()
			close()
			navigate(options[active]!.url)
		}
	}

	const expanded = open && value.trim().length >= 2
	let index = -1
	const option = (i: number) =>
		`block rounded px-2 py-1.5 ${
			i === active
				? 'bg-sky-800 text-white outline outline-2 outline-offset-[-2px] outline-sky-950 [&_mark]:bg-transparent [&_mark]:font-semibold [&_mark]:text-white [&_mark]:underline'
				: 'hover:bg-slate-100'
		}`
	return (
		<div ref={container} className="relative order-last w-full sm:order-none sm:w-auto sm:flex-1">
			<Form method="get" action="/search" role="search" className="flex gap-2" onSubmit={() => setOpen(false)}>
				<label htmlFor="site-search" className="sr-only">
					{t('search.label')}
				</label>
				<input
					id="site-search"
					type="search"
					name="q"
					value={value}
					onChange={(event) => onChange(event.target.value)}
					onKeyDown={onKeyDown}
					onFocus={() => preview && setOpen(true)}
					autoComplete="off"
					role="combobox"
					aria-autocomplete="list"
					aria-expanded={expanded}
					aria-controls={listboxId}
					aria-activedescendant={expanded && active >= 0 ? `${listboxId}-${active}` : undefined}
					placeholder={t('search.placeholder')}
					className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-600/30"
				/>
				<button type="submit" className="rounded-md bg-sky-700 px-3 py-2 text-sm font-medium text-white hover:bg-sky-800">
					{t('search.submit')}
				</button>
			</Form>
			{/* Announced politely when the suggestions change; present before they do. */}
			<p role="status" className="sr-only" data-testid="search-announcement">
				{expanded && preview ? (groups.length ? t('a11y.search.resultCount', { count: total }) : t('search.noResults', { q: preview.q })) : ''}
			</p>
			<div
				hidden={!expanded}
				data-testid="search-suggestions"
				className="absolute left-0 right-0 z-20 mt-1 max-h-[70vh] overflow-auto rounded-md border border-slate-200 bg-white p-2 text-sm shadow-lg"
			>
				{fetcher.state === 'loading' && !preview ? <p className="p-2 text-slate-600">{t('search.searching')}</p> : null}
				{preview?.degraded ? <p className="p-2 text-amber-800">{t('search.degraded')}</p> : null}
				{preview && groups.length === 0 ? <p className="p-2 text-slate-600">{t('search.noResults', { q: preview.q })}</p> : null}
				<div id={listboxId} role="listbox" aria-label={t('search.suggestions')} hidden={groups.length === 0}>
					{groups.map((group) => {
						const labelId = `${listboxId}-${group.type}`
						return (
							<div key={group.type} role="group" aria-labelledby={labelId} className="mb-2">
								<div id={labelId} className="px-2 pb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">
									{t(`listingType.${group.type}`)}
								</div>
								{group.hits.map((hit) => {
									index += 1
									const i = index
									return (
										<Link key={hit.id} id={`${listboxId}-${i}`} role="option" aria-selected={i === active} tabIndex={-1} to={hit.url} onClick={close} className={option(i)}>
											<Highlighted segments={hit.titleSegments} />
										</Link>
									)
								})}
								{(() => {
									index += 1
									const i = index
									return (
										<Link
											id={`${listboxId}-${i}`}
											role="option"
											aria-selected={i === active}
											tabIndex={-1}
											to={options[i]!.url}
											onClick={close}
											className={`${option(i)} ${i === active ? '' : 'text-sky-700 underline'}`}
										>
											{t('search.seeAll', { count: group.totalHits })}
										</Link>
									)
								})()}
							</div>
						)
					})}
				</div>
			</div>
		</div>
	)
}
