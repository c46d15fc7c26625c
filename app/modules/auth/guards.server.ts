// Throwing guards for loaders and actions. The UI may hide what a user cannot do;
// these are what enforce it.
import { redirect } from '@remix-run/node'
import type { OrganizationRole } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
import { returnPath } from '~/utils/redirect'
import { hasPermission, type PermissionString } from './permissions'
import { readSessionToken } from './session-cookie.server'
import { validateSessionToken } from './session.server'

export type SessionUser = {
	id: string
	email: string
	name: string
	locale: string
	emailVerified: boolean
	roles: string[]
	permissions: string[]
	sessionId: string
}

const resolved = new WeakMap<Request, Promise<SessionUser | null>>()

async function loadSessionUser(request: Request): Promise<SessionUser | null> {
	const token = readSessionToken(request)
	if (!token) return null
	const session = await validateSessionToken(token)
	if (!session) return null
	const user = await prisma.user.findUnique({
		where: { id: session.userId },
		select: {
			id: true,
			email: true,
			name: true,
			locale: true,
			emailVerifiedAt: true,
			roles: {
				select: {
					role: {
						select: {
							name: true,
							permissions: { select: { permission: { select: { action: true, entity: true, access: true } } } },
						},
					},
				},
			},
		},
	})
	if (!user) return null
	const permissions = new Set<string>()
	for (const { role } of user.roles) {
		for (const { permission: p } of role.permissions) permissions.add(`${p.action}:${p.entity}:${p.access}`)
	}
	return {
		id: user.id,
		email: user.email,
		name: user.name,
		locale: user.locale,
		emailVerified: user.emailVerifiedAt !== null,
		roles: user.roles.map((r) => r.role.name).sort(),
		permissions: [...permissions].sort(),
		sessionId: session.id,
	}
}

export function getOptionalUser(request: Request): Promise<SessionUser | null> {
	let pending = resolved.get(request)
	if (!pending) {
		pending = loadSessionUser(request)
		resolved.set(request, pending)
	}
	return pending
}

export function loginRedirect(request: Request) {
	const url = new URL(request.url)
	const here = `${url.pathname}${url.search}`
	return redirect(`/login?${new URLSearchParams({ redirectTo: here })}`)
}

export async function requireUser(request: Request): Promise<SessionUser> {
	const user = await getOptionalUser(request)
	if (!user) throw loginRedirect(request)
	return user
}

// A signed-in person opening a sign-in or sign-up link goes where that link would have
// returned them.
export async function requireAnonymous(request: Request) {
	if (await getOptionalUser(request)) throw redirect(returnPath(new URL(request.url).searchParams.get('redirectTo'), '/account'))
}

export function forbidden() {
	return new Response('Forbidden', { status: 403 })
}

export function notFound() {
	return new Response('Not Found', { status: 404 })
}

export async function requirePermission(request: Request, permission: PermissionString) {
	const user = await requireUser(request)
	if (!hasPermission(user, permission)) throw forbidden()
	return user
}

export async function requireVerifiedUser(request: Request) {
	const user = await requireUser(request)
	if (!user.emailVerified) throw redirect(`/verify?${new URLSearchParams({ email: user.email })}`)
	return user
}

// Membership of an organisation with one of the roles. A non-member gets 404: the
// organisation's private pages do not exist for them. Administrators pass when
// `allowAdmin` is set.
export async function requireOrgRole(
	request: Request,
	organizationSlug: string,
	roles: OrganizationRole[] = ['OWNER', 'EDITOR'],
	options: { allowAdmin?: boolean } = {},
) {
	const user = await requireUser(request)
	const organization = await prisma.organization.findFirst({
		where: { slug: organizationSlug, deletedAt: null },
		select: { id: true, slug: true, name: true },
	})
	if (!organization) throw notFound()
	const membership = await prisma.membership.findUnique({
		where: { userId_organizationId: { userId: user.id, organizationId: organization.id } },
		select: { role: true },
	})
	if (membership && roles.includes(membership.role)) return { user, organization, membership }
	if (options.allowAdmin && hasPermission(user, 'update:organization:any')) return { user, organization, membership: null }
	if (membership) throw forbidden()
	throw notFound()
}
