import { describe, expect, test } from 'vitest'
import type { ListingStatus } from '~/generated/prisma/enums'
import { nextStatus, type ListingAction } from './lifecycle'

const statuses: ListingStatus[] = ['DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'ARCHIVED']
const actions: ListingAction[] = ['submit', 'withdraw', 'approve', 'reject', 'archive', 'restore']

// Every allowed transition; anything not listed here must be refused.
const allowed: Record<string, ListingStatus> = {
	'DRAFT submit': 'PENDING_REVIEW',
	'REJECTED submit': 'PENDING_REVIEW',
	'PENDING_REVIEW withdraw': 'DRAFT',
	'PENDING_REVIEW approve': 'PUBLISHED',
	'PENDING_REVIEW reject': 'REJECTED',
	'DRAFT archive': 'ARCHIVED',
	'PENDING_REVIEW archive': 'ARCHIVED',
	'PUBLISHED archive': 'ARCHIVED',
	'REJECTED archive': 'ARCHIVED',
	'ARCHIVED restore': 'PUBLISHED',
}

describe('listing lifecycle', () => {
	for (const status of statuses) {
		for (const action of actions) {
			const key = `${status} ${action}`
			test(`${key} → ${allowed[key] ?? 'refused'}`, () => {
				expect(nextStatus(status, action, { everPublished: true })).toBe(allowed[key] ?? null)
			})
		}
	}

	test('restoring a listing that was never approved brings back a draft, not a public page', () => {
		expect(nextStatus('ARCHIVED', 'restore', { everPublished: false })).toBe('DRAFT')
	})
})
