import { readdirSync, readFileSync } from 'node:fs'

type ProcessInfo = { pid: number; ppid: number; state: string; cmdline: string }

export function listProcesses(): ProcessInfo[] {
	const result: ProcessInfo[] = []
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
			// "pid (comm) state ppid ..." — comm may contain spaces, so split after the last ')'.
			const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
			const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim()
			result.push({ pid: Number(entry), ppid: Number(ppid), state, cmdline })
		} catch {
			// the process ended while we looked
		}
	}
	return result
}

export function descendantsOf(rootPid: number, processes = listProcesses()): number[] {
	const found = new Set([rootPid])
	let grew = true
	while (grew) {
		grew = false
		for (const p of processes) {
			if (found.has(p.ppid) && !found.has(p.pid)) {
				found.add(p.pid)
				grew = true
			}
		}
	}
	return [...found]
}

export function livingAmong(pids: number[]): ProcessInfo[] {
	const wanted = new Set(pids)
	return listProcesses().filter((p) => wanted.has(p.pid) && p.state !== 'Z')
}

export function processesMentioning(text: string): ProcessInfo[] {
	return listProcesses().filter((p) => p.cmdline.includes(text) && p.state !== 'Z')
}
