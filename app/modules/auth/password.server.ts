import { hash, verify, type Options } from '@node-rs/argon2'

// argon2id (algorithm 2; the package's enum is a const enum, unusable under isolatedModules)
// at OWASP's minimum recommendation: m=19456 KiB, t=2, p=1.
const ARGON2ID = 2 as NonNullable<Options['algorithm']>
const options: Options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string) {
	return hash(password, options)
}

export function verifyPassword(passwordHash: string, password: string) {
	return verify(passwordHash, password)
}
