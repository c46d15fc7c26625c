import { dictionary } from '@zxcvbn-ts/language-common'

// Refused passwords, offline: the common-password list bundled with zxcvbn-ts
// (leaked-password frequency lists) plus common Vietnamese choices.
const vietnameseCommon = [
	'matkhau', 'matkhau1', 'matkhau123', 'matkhau@123', 'anhyeuem', 'anhyeuem1', 'anhyeuem123', 'emyeuanh',
	'emyeuanh123', 'yeuem123', 'vietnam123', 'vietnam1', 'hanoi123', 'saigon123', 'ninhbinh', 'namdinh123',
	'123456789a', 'a123456789', '1234567890a', 'abc123456', 'qwerty123', 'admin123', 'password1',
]

let common: Set<string> | undefined

export function isCommonPassword(password: string) {
	common ??= new Set([...dictionary['passwords-common'], ...vietnameseCommon].map((p) => p.toLowerCase()))
	return common.has(password.toLowerCase())
}
