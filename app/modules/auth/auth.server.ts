// Sign-up, e-mail verification, sign-in, password reset and changes. Responses
// that could reveal whether an address has an account are the same either way.
import type { AppLoadContext } from '@remix-run/node'
import { audit } from '~/modules/audit/audit.server'
import { sendTemplate } from '~/modules/email/email.server'
import { Prisma } from '~/generated/prisma/client'
import { prisma } from '~/utils/db.server'
import { checkRateLimits, rateLimits } from '~/modules/security/rate-limit.server'
import { clientIp, userAgent } from '~/utils/request.server'
import { queueAuthEmail } from './auth-email.server'
import { recordLoginFailure, recordLoginSuccess, reserveLoginAttempt } from './login-throttle.server'
import { hashPassword, verifyPassword } from './password.server'
import { checkNewPassword } from './password-policy.server'
import { createSession, invalidateUserSessions } from './session.server'
import { consumeVerification, createVerification, findVerification } from './verification.server'
import { returnPath } from '~/utils/redirect'

export const PRIVACY_NOTICE_VERSION = '2026-01'

type RequestInfo = { request: Request; context?: Partial<AppLoadContext>; locale: string; origin: string }

let timingHash: Promise<string> | undefined
// Verifying against a throw-away hash keeps "no such account" as slow as "wrong password".
function spendPasswordTime(password: string) {
	timingHash ??= hashPassword('timing-equaliser-not-a-real-password')
	return timingHash.then((hash) => verifyPassword(hash, password)).catch(() => false)
}

// `redirectTo` (the page the person was on when they set out to sign in) travels in the
// e-mailed link too, so following the link still ends on that page.
function link(origin: string, path: string, params: Record<string, string>, redirectTo?: string) {
	const to = returnPath(redirectTo)
	return `${origin}${path}?${new URLSearchParams(to ? { ...params, redirectTo: to } : params)}`
}

export async function sendEmailVerification(user: { id: string; email: string; locale: string }, origin: string, redirectTo?: string) {
	const code = await createVerification({ type: 'EMAIL_VERIFICATION', target: user.email, userId: user.id })
	await sendTemplate(user.email, 'verifyEmail', user.locale, {
		code,
		link: link(origin, '/verify', { email: user.email, code }, redirectTo),
	})
}

export type SignupInput = {
	name: string
	email: string
	password: string
	consentEmailAlerts?: boolean
	consentPublicProfile?: boolean
	redirectTo?: string
}

export async function signup(input: SignupInput, info: RequestInfo): Promise<{ ok: true } | { field: 'password'; error: string }> {
	const problem = await checkNewPassword(input.password, { email: input.email, name: input.name })
	if (problem) return { field: 'password', error: problem }
	// Every step runs whether or not the address has an account (hash, insert, code,
	// e-mail), so neither the answer nor the time it takes tells the two apart.
	const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true, locale: true, status: true } })
	const passwordHash = await hashPassword(input.password)
	const created = await createMemberAccount(input, passwordHash, info)
	if (created) {
		const code = await createVerification({ type: 'EMAIL_VERIFICATION', target: created.email, userId: created.id })
		await queueAuthEmail(created.email, 'verifyEmail', created.locale, { code, link: link(info.origin, '/verify', { email: created.email, code }, input.redirectTo) }, { deliver: true })
		return { ok: true }
	}
	// The address has an account: its owner is told, with a code to reset the password
	// (the account may have been registered by someone else, who chose that password).
	const owner = existing?.status === 'ACTIVE' ? existing : null
	const code = await createVerification({ type: 'PASSWORD_RESET', target: input.email, userId: owner?.id ?? null })
	await queueAuthEmail(
		input.email,
		'authHardening.email.accountExists',
		owner?.locale ?? info.locale,
		{ code, loginLink: `${info.origin}/login`, resetLink: link(info.origin, '/reset-password', { email: input.email, code }, input.redirectTo) },
		{ deliver: Boolean(owner) },
	)
	return { ok: true }
}

// The new account, or null when the address already has one (the unique e-mail refuses
// the insert, also when two sign-ups for one address arrive at the same moment).
async function createMemberAccount(input: SignupInput, passwordHash: string, info: RequestInfo) {
	const ipAddress = clientIp(info.context)
	try {
		return await prisma.$transaction(async (tx) => {
			const memberRole = await tx.role.findUniqueOrThrow({ where: { name: 'member' }, select: { id: true } })
			const consentPurposes = [
				'PRIVACY_NOTICE' as const,
				...(input.consentEmailAlerts ? (['EMAIL_ALERTS'] as const) : []),
				...(input.consentPublicProfile ? (['PUBLIC_PROFILE'] as const) : []),
			]
			const created = await tx.user.create({
				data: {
					email: input.email,
					name: input.name,
					locale: info.locale,
					password: { create: { hash: passwordHash } },
					roles: { create: { roleId: memberRole.id } },
					consents: {
						create: consentPurposes.map((purpose) => ({ purpose, noticeVersion: PRIVACY_NOTICE_VERSION, ipAddress })),
					},
				},
				select: { id: true, email: true, locale: true },
			})
			await audit(
				{ action: 'auth.signup', actorId: created.id, entityType: 'user', entityId: created.id, request: info.request, context: info.context, metadata: { consents: consentPurposes } },
				tx,
			)
			return created
		})
	} catch (error) {
		if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return null
		throw error
	}
}

// Verifying proves the address but does not sign in: whoever chose the password
// signs in with it. (Signing in the verifier would let someone who registered a
// victim's address with their own password share the victim's account.)
export async function verifyEmail(input: { email: string; code: string }, info: Omit<RequestInfo, 'origin' | 'locale'>) {
	const verification = await consumeVerification({ type: 'EMAIL_VERIFICATION', target: input.email, code: input.code })
	if (!verification?.userId) return false
	const { count } = await prisma.user.updateMany({
		where: { id: verification.userId, email: input.email, status: { not: 'DELETED' } },
		data: { emailVerifiedAt: new Date() },
	})
	if (!count) return false
	await audit({ action: 'auth.email.verified', actorId: verification.userId, entityType: 'user', entityId: verification.userId, request: info.request, context: info.context })
	return true
}

export type LoginResult =
	| { status: 'ok'; token: string; expiresAt: Date; userId: string }
	| { status: 'invalid' }
	| { status: 'suspended' }
	| { status: 'unverified'; email: string }
	| { status: 'limited'; retryAfterSeconds: number }

export async function login(input: { email: string; password: string; redirectTo?: string }, info: RequestInfo): Promise<LoginResult> {
	const ip = clientIp(info.context)
	// Reserved before the slow password check, so simultaneous guesses are counted at once.
	const attempt = await reserveLoginAttempt(input.email, ip)
	if (!('reservation' in attempt)) return { status: 'limited', retryAfterSeconds: attempt.retryAfterSeconds }
	const outcome = await checkCredentialsAndSignIn(input, info)
	if (outcome.status === 'invalid') await recordLoginFailure(attempt.reservation)
	else await recordLoginSuccess(attempt.reservation)
	return outcome
}

async function checkCredentialsAndSignIn(input: { email: string; password: string; redirectTo?: string }, info: RequestInfo): Promise<LoginResult> {
	const user = await prisma.user.findUnique({
		where: { email: input.email },
		select: { id: true, email: true, locale: true, status: true, emailVerifiedAt: true, password: { select: { hash: true } } },
	})
	const auditFailure = (reason: string, userId: string | null) =>
		audit({ action: 'auth.login.failure', actorId: userId, entityType: 'user', entityId: userId ?? undefined, request: info.request, context: info.context, metadata: { reason } })
	if (!user || !user.password || user.status === 'DELETED') {
		await spendPasswordTime(input.password)
		await auditFailure('unknown_account', null)
		return { status: 'invalid' }
	}
	if (!(await verifyPassword(user.password.hash, input.password))) {
		await auditFailure('wrong_password', user.id)
		return { status: 'invalid' }
	}
	if (user.status === 'SUSPENDED') {
		await auditFailure('suspended', user.id)
		return { status: 'suspended' }
	}
	if (!user.emailVerifiedAt) {
		await sendEmailVerification(user, info.origin, input.redirectTo)
		return { status: 'unverified', email: user.email }
	}
	const session = await createSession(user.id, { ipAddress: clientIp(info.context), userAgent: userAgent(info.request) })
	await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } })
	await audit({ action: 'auth.login.success', actorId: user.id, entityType: 'user', entityId: user.id, request: info.request, context: info.context })
	return { status: 'ok', token: session.token, expiresAt: session.expiresAt, userId: user.id }
}

export async function requestPasswordReset(email: string, info: RequestInfo, redirectTo?: string) {
	const user = await prisma.user.findUnique({ where: { email }, select: { id: true, locale: true, status: true } })
	const owner = user?.status === 'ACTIVE' ? user : null
	// The same work whether or not the address has an account: a code is stored (one
	// without an account cannot reset anything) and the e-mail written, then discarded.
	const code = await createVerification({ type: 'PASSWORD_RESET', target: email, userId: owner?.id ?? null })
	await queueAuthEmail(email, 'passwordReset', owner?.locale ?? info.locale, { code, link: link(info.origin, '/reset-password', { email, code }, redirectTo) }, { deliver: Boolean(owner) })
}

export async function resetPassword(
	input: { email: string; code: string; password: string },
	info: Omit<RequestInfo, 'origin'>,
): Promise<{ ok: true } | { field: 'password' | 'code'; error: string }> {
	const valid = await findVerification({ type: 'PASSWORD_RESET', target: input.email, code: input.code })
	if (!valid?.userId) return { field: 'code', error: 'validation.code.wrongOrExpired' }
	// Checked once the code is known to be right: the person's name is part of the check.
	const owner = await prisma.user.findUnique({ where: { id: valid.userId }, select: { email: true, name: true } })
	const problem = await checkNewPassword(input.password, { email: owner?.email ?? input.email, name: owner?.name })
	if (problem) return { field: 'password', error: problem }
	const verification = await consumeVerification({ type: 'PASSWORD_RESET', target: input.email, code: input.code })
	if (!verification?.userId) return { field: 'code', error: 'validation.code.wrongOrExpired' }
	const hash = await hashPassword(input.password)
	await prisma.$transaction([
		prisma.password.upsert({ where: { userId: verification.userId }, create: { userId: verification.userId, hash }, update: { hash } }),
		// Receiving the code proves the address.
		prisma.user.updateMany({ where: { id: verification.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } }),
	])
	await invalidateUserSessions(verification.userId)
	await revokeOutstandingCodes(verification.userId)
	await audit({ action: 'auth.password.reset', actorId: verification.userId, entityType: 'user', entityId: verification.userId, request: info.request, context: info.context })
	return { ok: true }
}

// Re-entering the current password is limited per account, so a stolen session
// cannot be used to guess the password.
export async function checkCurrentPassword(userId: string, password: string): Promise<'ok' | 'wrong' | 'limited'> {
	const limited = await checkRateLimits([{ key: `reauth:user:${userId}`, rule: rateLimits.reauthPerAccount }])
	if (limited) return 'limited'
	const row = await prisma.password.findUnique({ where: { userId }, select: { hash: true } })
	return row && (await verifyPassword(row.hash, password.normalize('NFC'))) ? 'ok' : 'wrong'
}

// Codes and links sent before a change of password or address stop working.
async function revokeOutstandingCodes(userId: string) {
	await prisma.verification.deleteMany({ where: { userId, usedAt: null } })
}

export async function changePassword(
	input: { userId: string; sessionId: string; currentPassword: string; newPassword: string; signOutOthers: boolean },
	info: Omit<RequestInfo, 'origin'>,
): Promise<{ ok: true; signedOut: number } | { field: 'currentPassword' | 'newPassword'; error: string }> {
	const current = await checkCurrentPassword(input.userId, input.currentPassword)
	if (current !== 'ok') return { field: 'currentPassword', error: current === 'limited' ? 'errors.rateLimited' : 'validation.password.wrongCurrent' }
	const person = await prisma.user.findUniqueOrThrow({ where: { id: input.userId }, select: { email: true, name: true } })
	const problem = await checkNewPassword(input.newPassword, person)
	if (problem) return { field: 'newPassword', error: problem }
	const hash = await hashPassword(input.newPassword)
	await prisma.password.update({ where: { userId: input.userId }, data: { hash } })
	await revokeOutstandingCodes(input.userId)
	const signedOut = input.signOutOthers ? await invalidateUserSessions(input.userId, { except: input.sessionId }) : 0
	await audit({ action: 'auth.password.changed', actorId: input.userId, entityType: 'user', entityId: input.userId, request: info.request, context: info.context, metadata: { signedOutOthers: signedOut } })
	const user = await prisma.user.findUniqueOrThrow({ where: { id: input.userId }, select: { email: true, locale: true } })
	await sendTemplate(user.email, 'passwordChanged', user.locale, {})
	return { ok: true, signedOut }
}

export async function requestEmailChange(
	input: { userId: string; currentPassword: string; newEmail: string },
	info: RequestInfo,
): Promise<{ ok: true } | { field: 'currentPassword' | 'newEmail'; error: string }> {
	const current = await checkCurrentPassword(input.userId, input.currentPassword)
	if (current !== 'ok') return { field: 'currentPassword', error: current === 'limited' ? 'errors.rateLimited' : 'validation.password.wrongCurrent' }
	const user = await prisma.user.findUniqueOrThrow({ where: { id: input.userId }, select: { email: true, locale: true } })
	if (user.email === input.newEmail) return { field: 'newEmail', error: 'validation.email.sameAsCurrent' }
	const taken = await prisma.user.findUnique({ where: { email: input.newEmail }, select: { id: true } })
	// A code either way (one for a taken address belongs to no one and confirms nothing)
	// and one e-mail: the same work whether or not the new address has an account.
	const code = await createVerification({ type: 'EMAIL_CHANGE', target: input.newEmail, userId: taken ? null : input.userId })
	if (taken) await queueAuthEmail(input.newEmail, 'emailChangeTaken', user.locale, {}, { deliver: true })
	else await queueAuthEmail(input.newEmail, 'emailChange', user.locale, { code, link: link(info.origin, '/account/confirm-email', { email: input.newEmail, code }) }, { deliver: true })
	return { ok: true }
}

export async function confirmEmailChange(
	input: { userId: string; sessionId: string; newEmail: string; code: string; signOutOthers: boolean },
	info: Omit<RequestInfo, 'origin'>,
): Promise<{ ok: true; signedOut: number } | { field: 'code'; error: string }> {
	const verification = await consumeVerification({ type: 'EMAIL_CHANGE', target: input.newEmail, code: input.code, userId: input.userId })
	if (!verification) return { field: 'code', error: 'validation.code.wrongOrExpired' }
	const before = await prisma.user.findUniqueOrThrow({ where: { id: input.userId }, select: { email: true, locale: true } })
	try {
		await prisma.user.update({ where: { id: input.userId }, data: { email: input.newEmail, emailVerifiedAt: new Date() } })
	} catch (error) {
		if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
			return { field: 'code', error: 'validation.email.taken' }
		}
		throw error
	}
	await revokeOutstandingCodes(input.userId)
	const signedOut = input.signOutOthers ? await invalidateUserSessions(input.userId, { except: input.sessionId }) : 0
	await audit({ action: 'auth.email.changed', actorId: input.userId, entityType: 'user', entityId: input.userId, request: info.request, context: info.context, metadata: { signedOutOthers: signedOut } })
	await sendTemplate(before.email, 'emailChangedNotice', before.locale, { newEmail: input.newEmail })
	return { ok: true, signedOut }
}
