// Single-use, expiring codes sent by e-mail. The code is 10 base32 characters
// (50 bits), tried at most a few times per window (rate limits), and only a hash
// of type + address + code is stored.
import { sha256 } from '@oslojs/crypto/sha2'
import { encodeBase32UpperCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding'
import type { VerificationType } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'

export const verificationTtl: Record<VerificationType, number> = {
	EMAIL_VERIFICATION: 24 * 60 * 60_000,
	PASSWORD_RESET: 60 * 60_000,
	EMAIL_CHANGE: 24 * 60 * 60_000,
}

function tokenHash(type: VerificationType, target: string, code: string) {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(`${type}:${target.toLowerCase()}:${code.toUpperCase()}`)))
}

export async function createVerification(
	input: { type: VerificationType; target: string; userId?: string | null },
	now = new Date(),
) {
	const code = encodeBase32UpperCaseNoPadding(crypto.getRandomValues(new Uint8Array(7))).slice(0, 10)
	await prisma.$transaction([
		// A new code replaces any earlier unused one for the same purpose and address.
		prisma.verification.deleteMany({ where: { type: input.type, target: input.target, usedAt: null } }),
		prisma.verification.create({
			data: {
				type: input.type,
				target: input.target,
				userId: input.userId ?? null,
				tokenHash: tokenHash(input.type, input.target, code),
				expiresAt: new Date(now.getTime() + verificationTtl[input.type]),
				createdAt: now,
			},
		}),
	])
	return code
}

// Marks the code used and returns it, or null when wrong, used or expired.
export async function consumeVerification(
	input: { type: VerificationType; target: string; code: string; userId?: string },
	now = new Date(),
) {
	const [row] = await prisma.verification.updateManyAndReturn({
		where: {
			tokenHash: tokenHash(input.type, input.target, input.code),
			type: input.type,
			...(input.userId ? { userId: input.userId } : {}),
			usedAt: null,
			expiresAt: { gt: now },
		},
		data: { usedAt: now },
		select: { id: true, userId: true, target: true },
	})
	return row ?? null
}

// The unused, unexpired code without using it up: to check a reset code before the new
// password, so a refused password does not cost the code.
export async function findVerification(input: { type: VerificationType; target: string; code: string }, now = new Date()) {
	return prisma.verification.findFirst({
		where: { tokenHash: tokenHash(input.type, input.target, input.code), type: input.type, usedAt: null, expiresAt: { gt: now } },
		select: { id: true, userId: true, target: true },
	})
}
