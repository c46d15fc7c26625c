// The one way forms are parsed, on the server and in the browser: conform's parseWithZod,
// plus a refusal of control characters in any text field. PostgreSQL cannot store a NUL
// byte in text (the write fails), and the other control characters have no place in a
// form (they hide text, break headers and exports). The field gets a translated error
// instead of a failed request; tab, line feed and carriage return stay allowed.
import { parse } from '@conform-to/react'
import { parseWithZod as conformParseWithZod } from '@conform-to/zod/v4'

const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

export const controlCharacterError = 'privacyInvitations.controlCharacter'

export function hasControlCharacter(value: string) {
	return controlCharacter.test(value)
}

// Names of the text fields (as the form names them, e.g. `answers[0].value`) holding one.
export function fieldsWithControlCharacters(payload: FormData | URLSearchParams) {
	const names = new Set<string>()
	for (const [name, value] of payload.entries()) {
		if (typeof value === 'string' && hasControlCharacter(value)) names.add(name)
	}
	return [...names]
}

type Submission = { status?: string; error?: Record<string, unknown> | null }

// The schema's own errors are kept; the refused fields get (or add) the control-character error.
function refuse(payload: FormData | URLSearchParams, names: string[], submission: Submission) {
	const error: Record<string, string[] | null> = { ...(submission.error as Record<string, string[] | null> | null | undefined) }
	for (const name of names) error[name] = [...(error[name] ?? []), controlCharacterError]
	return parse<never, string[]>(payload, { resolve: () => ({ error }) })
}

export const parseWithZod: typeof conformParseWithZod = ((payload: FormData | URLSearchParams, options: Parameters<typeof conformParseWithZod>[1]) => {
	const submission = conformParseWithZod(payload, options as never) as Submission | Promise<Submission>
	const names = fieldsWithControlCharacters(payload)
	if (names.length === 0) return submission
	return submission instanceof Promise ? submission.then((resolved) => refuse(payload, names, resolved)) : refuse(payload, names, submission)
}) as typeof conformParseWithZod
