// Every loader and action of the reviewer's pages, by every kind of actor.
import { beforeAll, describe, expect, test } from 'vitest'
import { action as reviewAction, loader as reviewLoader } from '~/routes/account/review'
import { loader as reviewsLoader } from '~/routes/account/reviews'
import { prisma } from '~/utils/db.server'
import { createReviewedApplication, createReviewingWorld, expectReviewingMatrix, scoreFields, type ReviewingWorld } from '../support/programmes-reviewing'
import { formRequest, invoke } from '../support/routes'

let world: ReviewingWorld

beforeAll(async () => {
	world = await createReviewingWorld()
})

// Only the assigned reviewer gets through; everyone else signed in gets 404, so that an
// assignment does not even reveal that it exists.
const onlyTheReviewer = { anonymous: 'login', member: 404, applicant: 404, otherReviewer: 404, reviewer: 'ok', officer: 404, admin: 404 } as const

async function declaredApplication() {
	const application = await createReviewedApplication(world)
	const declared = await invoke(reviewAction, formRequest(`/account/reviews/${application.assignmentId}`, { intent: 'no-conflict', confirm: 'on' }, world.cookies.reviewer), { assignmentId: application.assignmentId })
	expect(declared).toBeInstanceOf(Response)
	return application
}

describe('authorization matrix of the reviewer\'s pages', () => {
	test('/account/reviews (loader): reviewers only', async () => {
		await createReviewedApplication(world)
		await expectReviewingMatrix({
			world,
			handler: reviewsLoader,
			url: '/account/reviews',
			method: 'GET',
			expected: { anonymous: 'login', member: 404, applicant: 404, otherReviewer: 'ok', reviewer: 'ok', officer: 404, admin: 404 },
		})
	})

	test('/account/reviews/:assignmentId (loader), before and after the conflict declaration', async () => {
		const fresh = await createReviewedApplication(world)
		await expectReviewingMatrix({ world, handler: reviewLoader, url: `/account/reviews/${fresh.assignmentId}`, params: { assignmentId: fresh.assignmentId }, method: 'GET', expected: onlyTheReviewer })
		const declared = await declaredApplication()
		await expectReviewingMatrix({ world, handler: reviewLoader, url: `/account/reviews/${declared.assignmentId}`, params: { assignmentId: declared.assignmentId }, method: 'GET', expected: onlyTheReviewer })
	})

	test('action intent=no-conflict', async () => {
		const application = await createReviewedApplication(world)
		await expectReviewingMatrix({
			world,
			handler: reviewAction,
			url: `/account/reviews/${application.assignmentId}`,
			params: { assignmentId: application.assignmentId },
			form: { intent: 'no-conflict', confirm: 'on' },
			expected: onlyTheReviewer,
		})
		expect((await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: application.assignmentId } })).conflictCheckedAt).not.toBeNull()
		expect((await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: application.secondAssignmentId } })).conflictCheckedAt).toBeNull()
	})

	test('action intent=conflict', async () => {
		const application = await createReviewedApplication(world)
		await expectReviewingMatrix({
			world,
			handler: reviewAction,
			url: `/account/reviews/${application.assignmentId}`,
			params: { assignmentId: application.assignmentId },
			form: { intent: 'conflict', note: 'Có quan hệ họ hàng' },
			expected: onlyTheReviewer,
		})
		expect(await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: application.assignmentId }, select: { status: true, conflictNote: true } })).toEqual({ status: 'CONFLICT_DECLARED', conflictNote: 'Có quan hệ họ hàng' })
	})

	test('action intent=save', async () => {
		const application = await declaredApplication()
		await expectReviewingMatrix({
			world,
			handler: reviewAction,
			url: `/account/reviews/${application.assignmentId}`,
			params: { assignmentId: application.assignmentId },
			form: scoreFields(world, 'save', [{ score: '6', comment: 'Nháp' }, { score: '2' }]),
			expected: onlyTheReviewer,
		})
		expect(await prisma.reviewScore.count({ where: { assignmentId: application.assignmentId } })).toBe(2)
	})

	test('action intent=submit', async () => {
		const application = await declaredApplication()
		await expectReviewingMatrix({
			world,
			handler: reviewAction,
			url: `/account/reviews/${application.assignmentId}`,
			params: { assignmentId: application.assignmentId },
			form: scoreFields(world, 'submit', [{ score: '6', comment: 'Đạt' }, { score: '2', comment: 'Đạt' }], 'Kết luận'),
			expected: onlyTheReviewer,
		})
		expect((await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: application.assignmentId } })).status).toBe('SUBMITTED')
		expect(await prisma.auditLog.count({ where: { entityId: application.id, action: 'review.submitted', actorId: world.users.reviewer.id } })).toBe(1)
	})

	test('a reviewer who joined the applying organisation after being assigned: every save answers 403 to them (404 to everyone else)', async () => {
		const application = await declaredApplication()
		const membership = await prisma.membership.create({ data: { organizationId: world.startup.id, userId: world.users.reviewer.id, role: 'EDITOR' }, select: { id: true } })
		try {
			const url = `/account/reviews/${application.assignmentId}`
			const params = { assignmentId: application.assignmentId }
			for (const form of [scoreFields(world, 'save', [{ score: '6' }, { score: '2' }]), scoreFields(world, 'submit', [{ score: '6', comment: 'Đạt' }, { score: '2', comment: 'Đạt' }], 'Kết luận')]) {
				await expectReviewingMatrix({ world, handler: reviewAction, url, params, form, expected: { ...onlyTheReviewer, reviewer: 403 } })
			}
		} finally {
			await prisma.membership.delete({ where: { id: membership.id } })
		}
		expect(await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: application.assignmentId }, select: { status: true, _count: { select: { scores: true } } } })).toEqual({ status: 'ASSIGNED', _count: { scores: 0 } })
	})

	test('an application that is no longer in review (withdrawn) closes to its reviewer as well', async () => {
		const application = await declaredApplication()
		await prisma.application.update({ where: { id: application.id }, data: { status: 'WITHDRAWN', withdrawnAt: new Date() } })
		await expectReviewingMatrix({
			world,
			handler: reviewLoader,
			url: `/account/reviews/${application.assignmentId}`,
			params: { assignmentId: application.assignmentId },
			method: 'GET',
			expected: { ...onlyTheReviewer, reviewer: 404 },
		})
	})

	test('a decided application: the page still loads for its reviewer, every write answers 409 to them (404 to everyone else)', async () => {
		const application = await declaredApplication()
		await prisma.application.update({ where: { id: application.id }, data: { status: 'REJECTED', decidedAt: new Date() } })
		const url = `/account/reviews/${application.assignmentId}`
		const params = { assignmentId: application.assignmentId }
		await expectReviewingMatrix({ world, handler: reviewLoader, url, params, method: 'GET', expected: onlyTheReviewer })
		for (const form of [scoreFields(world, 'save', [{ score: '6' }, { score: '2' }]), scoreFields(world, 'submit', [{ score: '6' }, { score: '2' }]), { intent: 'conflict', note: '' }]) {
			await expectReviewingMatrix({ world, handler: reviewAction, url, params, form, expected: { ...onlyTheReviewer, reviewer: 409 } })
		}
		expect(await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: application.assignmentId }, select: { status: true, _count: { select: { scores: true } } } })).toEqual({ status: 'ASSIGNED', _count: { scores: 0 } })
	})
})
