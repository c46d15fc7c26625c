import { isIPv4, isIPv6 } from 'node:net'
import type { AppLoadContext } from '@remix-run/node'
import { clientIp } from '~/utils/request.server'

// The key under which a client address is rate-limited. An IPv4 address is itself (also
// written as IPv4-mapped IPv6, ::ffff:a.b.c.d); an IPv6 address stands for its /64, the
// smallest block a home or a server is given, so the 2^64 addresses of one subscriber
// count as one. Anything else (no address known) is kept as it is.
export function rateLimitAddress(address: string): string {
	const trimmed = address.trim()
	if (isIPv4(trimmed)) return trimmed
	const withoutZone = trimmed.replace(/%.*$/, '')
	if (!isIPv6(withoutZone)) return trimmed
	const groups = ipv6Groups(withoutZone.toLowerCase())
	// ::ffff:a.b.c.d (IPv4-mapped) is the IPv4 client itself.
	if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
		return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.')
	}
	return `${groups
		.slice(0, 4)
		.map((g) => g.toString(16))
		.join(':')}::/64`
}

// The eight 16-bit groups of a valid IPv6 address.
function ipv6Groups(address: string): number[] {
	let text = address
	// A trailing dotted IPv4 part is the last two groups.
	const dotted = text.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/)
	if (dotted) {
		const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number]
		text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
	}
	const [head, tail] = text.split('::') as [string, string | undefined]
	const parse = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : [])
	const left = parse(head)
	if (tail === undefined) return left
	const right = parse(tail)
	return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right]
}

// The rate-limit key of the client of a request (see rateLimitAddress).
export function clientAddressKey(context: Partial<AppLoadContext> | undefined) {
	return rateLimitAddress(clientIp(context))
}
