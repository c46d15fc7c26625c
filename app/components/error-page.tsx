import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

export function ErrorPage({ status }: { status: number }) {
	const { t } = useTranslation()
	const notFound = status === 404
	const rateLimited = status === 429
	const title = notFound ? t('error.notFoundTitle') : rateLimited ? t('httpEdge.rateLimitedTitle') : t('error.genericTitle')
	const body = notFound ? t('error.notFoundBody') : rateLimited ? t('httpEdge.rateLimitedBody') : t('error.genericBody')
	return (
		<section className="mx-auto max-w-xl py-16 text-center" aria-labelledby="error-title">
			<p className="text-6xl font-bold text-sky-700">{status}</p>
			<h1 id="error-title" className="mt-4 text-2xl font-semibold">
				{title}
			</h1>
			<p className="mt-2 text-slate-600">{body}</p>
			<Link to="/" className="mt-8 inline-block rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
				{t('error.backHome')}
			</Link>
		</section>
	)
}
