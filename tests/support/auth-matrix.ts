// The authorization matrix: the same request made by every kind of actor, each
// with the outcome it must get. Reused by every issue that adds mutating routes.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { expect } from 'vitest'
import { addMember, createOrganization, createUser, sessionCookieFor } from './factories'

export const actors = ['anonymous', 'member', 'otherOrgMember', 'owner', 'moderator', 'admin'] as const
export type Actor = (typeof actors)[number]

// 'login' = sent to the sign-in page; 'verify' = sent to verify the e-mail first;
// 'ok' = handled (2xx, or a redirect elsewhere).
export type Outcome = 'login' | 'verify' | 'ok' | 400 | 403 | 404 | 409

// Actors holding two roles at once, for the rules that bind staff who also belong to an
// organisation: moderatorOwner is a moderator and an OWNER of `organization`; adminMember
// an administrator and an EDITOR of it. Added to a world by addDualRoleActors; a matrix
// asks for them by naming them in `expected`.
export const dualRoleActors = ['moderatorOwner', 'adminMember'] as const
export type DualRoleActor = (typeof dualRoleActors)[number]

export type World = {
	organization: { id: string; slug: string }
	users: Record<Exclude<Actor, 'anonymous'>, { id: string; email: string }> & Partial<Record<DualRoleActor, { id: string; email: string }>>
	cookies: Record<Actor, string | null> & Partial<Record<DualRoleActor, string>>
}

// owner: OWNER of `organization`; otherOrgMember: owner of a different organisation;
// member: a verified member of nothing; moderator/admin: platform roles, in no organisation.
export async function createWorld(): Promise<World> {
	const [member, otherOrgMember, owner, moderator, admin] = await Promise.all([
		createUser(),
		createUser(),
		createUser(),
		createUser({ roles: ['moderator'] }),
		createUser({ roles: ['admin'] }),
	])
	const organization = await createOrganization(owner.id)
	await createOrganization(otherOrgMember.id)
	const users = { member, otherOrgMember, owner, moderator, admin }
	const cookies = { anonymous: null } as Record<Actor, string | null>
	for (const [name, user] of Object.entries(users)) cookies[name as Actor] = (await sessionCookieFor(user.id)).cookie
	return { organization, users, cookies }
}

export { addMember }

export async function addDualRoleActors(world: World): Promise<World> {
	const [moderatorOwner, adminMember] = await Promise.all([createUser({ roles: ['moderator'] }), createUser({ roles: ['admin'] })])
	await addMember(world.organization.id, moderatorOwner.id, 'OWNER')
	await addMember(world.organization.id, adminMember.id, 'EDITOR')
	return {
		...world,
		users: { ...world.users, moderatorOwner, adminMember },
		cookies: { ...world.cookies, moderatorOwner: (await sessionCookieFor(moderatorOwner.id)).cookie, adminMember: (await sessionCookieFor(adminMember.id)).cookie },
	}
}

type Handler = (args: ActionFunctionArgs | LoaderFunctionArgs) => Promise<unknown>

// What a loader or action answered, as an outcome of the matrix (shared by the matrices
// of every area). `clientIp` keeps each area's requests apart for per-address limits.
export async function outcomeOf(handler: Handler, request: Request, params: Record<string, string>, clientIp = '127.0.0.9'): Promise<Outcome | number> {
	let result: unknown
	try {
		result = await handler({ request, params, context: { cspNonce: '', requestId: 'test', clientIp } })
	} catch (thrown) {
		result = thrown
	}
	if (result instanceof Response) {
		const location = result.headers.get('Location') ?? ''
		if (result.status >= 300 && result.status < 400) {
			if (location.startsWith('/login')) return 'login'
			if (location.startsWith('/verify')) return 'verify'
			return 'ok'
		}
		return result.status >= 200 && result.status < 300 ? 'ok' : result.status
	}
	// data(value, { status }) from single fetch
	if (result && typeof result === 'object' && 'type' in result && (result as { type: string }).type === 'DataWithResponseInit') {
		const status = (result as { init?: { status?: number } }).init?.status ?? 200
		return status < 300 ? 'ok' : status
	}
	return 'ok'
}

export async function expectMatrix(options: {
	world: World
	handler: Handler
	url: string
	params?: Record<string, string>
	method?: 'POST' | 'GET'
	form?: () => Record<string, string> | FormData
	expected: Record<Actor, Outcome> & Partial<Record<DualRoleActor, Outcome>>
	// Called before each actor's request, e.g. to recreate what the previous one removed.
	before?: (actor: Actor | DualRoleActor) => Promise<void>
}) {
	const seen = {} as Record<Actor | DualRoleActor, Outcome | number>
	const dual = dualRoleActors.filter((actor) => actor in options.expected)
	for (const actor of dual) if (!options.world.cookies[actor]) throw new Error(`${actor} is not in this world: addDualRoleActors first`)
	for (const actor of [...actors, ...dual]) {
		await options.before?.(actor)
		const headers = new Headers()
		const cookie = options.world.cookies[actor]
		if (cookie) headers.set('Cookie', cookie)
		const method = options.method ?? 'POST'
		let body: FormData | URLSearchParams | undefined
		if (method === 'POST') {
			// A plain record is sent like a browser form without files (urlencoded).
			const form = options.form?.() ?? {}
			body = form instanceof FormData ? form : new URLSearchParams(form)
		}
		const request = new Request(`http://localhost${options.url}`, { method, headers, body })
		seen[actor] = await outcomeOf(options.handler as Handler, request, options.params ?? {})
	}
	expect(seen).toEqual(options.expected)
}
