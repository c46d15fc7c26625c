import { type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { listUsers } from '~/modules/admin/users.server'
import { requirePermission } from '~/modules/auth/guards.server'
import { titleMeta } from '~/utils/meta'

export const meta = titleMeta('admin.users.title')

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'read:user:any')
	const url = new URL(request.url)
	const q = (url.searchParams.get('q') ?? '').slice(0, 200)
	const page = Math.min(10_000, Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1))
	return { q, ...(await listUsers(q, page)) }
}

export default function AdminUsers() {
	const { t } = useTranslation()
	const { q, users, total, page, pageSize } = useLoaderData<typeof loader>()
	return (
		<div className="space-y-4">
			<h1 className="text-2xl font-semibold">{t('admin.users.title')}</h1>
			<Form method="get" className="flex gap-2" role="search">
				<label htmlFor="user-search" className="sr-only">{t('admin.users.search')}</label>
				<input id="user-search" name="q" defaultValue={q} placeholder={t('admin.users.search')} className="w-full max-w-md rounded-md border border-slate-300 px-3 py-2" />
				<button type="submit" className="rounded-md bg-sky-700 px-4 py-2 text-sm text-white">{t('search.submit')}</button>
			</Form>
			<p className="text-sm text-slate-600">{t('admin.users.count', { count: total })}</p>
			<table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm">
				<thead className="bg-slate-100 text-left">
					<tr>
						<th className="p-2">{t('auth.fields.name')}</th>
						<th className="p-2">{t('auth.fields.email')}</th>
						<th className="p-2">{t('admin.users.roles')}</th>
						<th className="p-2">{t('admin.users.status')}</th>
					</tr>
				</thead>
				<tbody>
					{users.map((user) => (
						<tr key={user.id} className="border-t border-slate-200">
							<td className="p-2"><Link to={`/admin/users/${user.id}`} className="text-sky-700 underline">{user.name}</Link></td>
							<td className="p-2">{user.email}</td>
							<td className="p-2">{user.roles.map((role) => t(`role.${role}`)).join(', ')}</td>
							<td className="p-2">{t(`userStatus.${user.status}`)}</td>
						</tr>
					))}
				</tbody>
			</table>
			<nav className="flex gap-4 text-sm" aria-label={t('form.pagination')}>
				{page > 1 ? <Link to={`?${new URLSearchParams({ q, page: String(page - 1) })}`} className="text-sky-700 underline">{t('form.previous')}</Link> : null}
				{page * pageSize < total ? <Link to={`?${new URLSearchParams({ q, page: String(page + 1) })}`} className="text-sky-700 underline">{t('form.next')}</Link> : null}
			</nav>
		</div>
	)
}
