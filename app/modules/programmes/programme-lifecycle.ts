// A programme: draft → open → closed → results published. Opening and closing follow
// its dates; an officer may also close early or reopen before the results.
import type { ProgrammeStatus } from '~/generated/prisma/enums'

export type ProgrammeAction = 'publish' | 'close' | 'reopen' | 'publishResults'

const rules: Record<ProgrammeAction, { from: readonly ProgrammeStatus[]; to: ProgrammeStatus }> = {
	publish: { from: ['DRAFT'], to: 'OPEN' },
	close: { from: ['OPEN'], to: 'CLOSED' },
	reopen: { from: ['CLOSED'], to: 'OPEN' },
	publishResults: { from: ['CLOSED'], to: 'RESULTS_PUBLISHED' },
}

export const programmeActions = Object.keys(rules) as ProgrammeAction[]

export function programmeTransition(current: ProgrammeStatus, action: ProgrammeAction): ProgrammeStatus | null {
	const rule = rules[action]
	return rule.from.includes(current) ? rule.to : null
}

// What people see: an open programme whose deadline has passed is closed, whether or
// not an officer has closed it yet.
export function effectiveProgrammeStatus(programme: { status: ProgrammeStatus; closesAt: Date }, now: Date): ProgrammeStatus {
	return programme.status === 'OPEN' && now.getTime() > programme.closesAt.getTime() ? 'CLOSED' : programme.status
}

// The buttons an officer sees (publishing results lives beside the decisions).
export function officerProgrammeActions(programme: { status: ProgrammeStatus; closesAt: Date }, now: Date): ('publish' | 'close' | 'reopen')[] {
	const beforeDeadline = now.getTime() < programme.closesAt.getTime()
	if (programme.status === 'DRAFT') return ['publish']
	if (programme.status === 'OPEN' && beforeDeadline) return ['close']
	if (programme.status === 'CLOSED' && beforeDeadline) return ['reopen']
	return []
}
