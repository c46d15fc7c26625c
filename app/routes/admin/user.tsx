import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormMessage, SubmitButton } from '~/components/ui/form'
import { assignableRoles, getUserForAdmin, setRole, suspendUser, unsuspendUser } from '~/modules/admin/users.server'
import { requirePermission } from '~/modules/auth/guards.server'
import { formatDateTime } from '~/utils/format'
import { controlCharacterError, hasControlCharacter } from '~/utils/forms'
import type { Locale } from '~/utils/i18n'

export async function loader({ request, params, context }: LoaderFunctionArgs) {
	const admin = await requirePermission(request, 'read:user:any')
	const user = await getUserForAdmin(params.userId!, admin.id, { request, context })
	if (!user) throw new Response('Not Found', { status: 404 })
	return {
		user: { ...user, roles: user.roles.map((r) => r.role.name) },
		canGrant: admin.permissions.includes('grant:role:any'),
		canSuspend: admin.permissions.includes('suspend:user:any'),
		assignableRoles,
	}
}

// What the action answers: an error, on the reason field when it is the reason's.
type ActionData = { error: string; field?: 'reason'; reason?: string }

export async function action({ request, params, context }: ActionFunctionArgs) {
	const formData = await request.formData()
	const intent = formData.get('intent')
	const ctx = { request, context }
	const userId = params.userId!
	if (intent === 'role') {
		const admin = await requirePermission(request, 'grant:role:any')
		const role = assignableRoles.find((r) => r === formData.get('role'))
		if (!role) return data<ActionData>({ error: 'errors.badRequest' }, { status: 400 })
		const outcome = await setRole({ actorId: admin.id, userId, role, granted: formData.get('granted') === 'true' }, ctx)
		if (!outcome.ok) {
			if (outcome.status === 404) throw new Response('Not Found', { status: 404 })
			return data<ActionData>({ error: outcome.error }, { status: outcome.status })
		}
		return redirect(`/admin/users/${userId}`)
	}
	if (intent === 'suspend' || intent === 'unsuspend') {
		const admin = await requirePermission(request, 'suspend:user:any')
		if (intent === 'suspend') {
			const rawReason = String(formData.get('reason') ?? '')
			const reason = rawReason.trim()
			// Stored and shown to the person: no control characters (the field says so, the text is kept).
			if (hasControlCharacter(rawReason)) return data<ActionData>({ error: controlCharacterError, field: 'reason' as const, reason: rawReason }, { status: 400 })
			if (reason.length < 3) return data<ActionData>({ error: 'admin.users.reasonRequired' }, { status: 400 })
			const outcome = await suspendUser({ actorId: admin.id, userId, reason: reason.slice(0, 500) }, ctx)
			if (!outcome.ok) {
				if (outcome.status === 404) throw new Response('Not Found', { status: 404 })
				return data<ActionData>({ error: outcome.error }, { status: outcome.status })
			}
		} else {
			const outcome = await unsuspendUser({ actorId: admin.id, userId }, ctx)
			if (!outcome.ok) throw new Response('Not Found', { status: 404 })
		}
		return redirect(`/admin/users/${userId}`)
	}
	return data<ActionData>({ error: 'errors.badRequest' }, { status: 400 })
}

export default function AdminUser() {
	const { t, i18n } = useTranslation()
	const { user, canGrant, canSuspend, assignableRoles: roles } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const reasonError = actionData?.field ? actionData : null
	const locale = i18n.language as Locale
	return (
		<div className="space-y-6">
			<h1 className="text-2xl font-semibold">{user.name}</h1>
			{actionData?.error && !reasonError ? <FormMessage errors={[actionData.error]} /> : null}
			<dl className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
				<div><dt className="text-slate-600">{t('auth.fields.email')}</dt><dd>{user.email}</dd></div>
				<div><dt className="text-slate-600">{t('admin.users.status')}</dt><dd data-testid="user-status">{t(`userStatus.${user.status}`)}</dd></div>
				<div><dt className="text-slate-600">{t('admin.users.lastLogin')}</dt><dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : '—'}</dd></div>
				<div><dt className="text-slate-600">{t('admin.users.sessions')}</dt><dd>{user._count.sessions}</dd></div>
			</dl>
			<section aria-labelledby="roles-title" className="space-y-3">
				<h2 id="roles-title" className="text-lg font-semibold">{t('admin.users.roles')}</h2>
				<ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
					{roles.map((role) => {
						const has = user.roles.includes(role)
						return (
							<li key={role} className="flex items-center justify-between p-3 text-sm">
								<span>{t(`role.${role}`)} {has ? '✓' : ''}</span>
								{canGrant ? (
									<Form method="post">
										<input type="hidden" name="intent" value="role" />
										<input type="hidden" name="role" value={role} />
										<input type="hidden" name="granted" value={has ? 'false' : 'true'} />
										<SubmitButton variant="secondary">{has ? t('admin.users.revokeRole') : t('admin.users.grantRole')}</SubmitButton>
									</Form>
								) : null}
							</li>
						)
					})}
				</ul>
			</section>
			{canSuspend ? (
				<section aria-labelledby="suspend-title" className="space-y-3">
					<h2 id="suspend-title" className="text-lg font-semibold">{t('admin.users.suspension')}</h2>
					{user.status === 'SUSPENDED' ? (
						<Form method="post" className="space-y-2">
							<p className="text-sm">{t('admin.users.suspendedBecause', { reason: user.suspendedReason ?? '' })}</p>
							<input type="hidden" name="intent" value="unsuspend" />
							<SubmitButton variant="secondary">{t('admin.users.unsuspend')}</SubmitButton>
						</Form>
					) : (
						<Form method="post" className="space-y-2">
							<input type="hidden" name="intent" value="suspend" />
							<label htmlFor="suspend-reason" className="block text-sm font-medium">{t('admin.users.reason')}</label>
							<input
								id="suspend-reason"
								name="reason"
								required
								minLength={3}
								defaultValue={reasonError?.reason}
								aria-invalid={reasonError ? true : undefined}
								aria-describedby={reasonError ? 'suspend-reason-error' : undefined}
								className="block w-full rounded-md border border-slate-300 px-3 py-2"
							/>
							{reasonError ? <FormMessage id="suspend-reason-error" errors={[reasonError.error]} /> : null}
							<SubmitButton variant="danger">{t('admin.users.suspend')}</SubmitButton>
						</Form>
					)}
				</section>
			) : null}
		</div>
	)
}
