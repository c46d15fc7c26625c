// Listings for search tests, written the way the app writes them: the row and its
// SearchOutbox entry together; the relay then brings the index up to date.
import { randomUUID } from 'node:crypto'
import type { ListingStatus, ListingType } from '~/generated/prisma/enums'
import { prisma } from '~/utils/db.server'
import { createOrganization, createUser } from './factories'

let owner: Promise<{ userId: string; organizationId: string }> | undefined

function defaultOwner() {
	owner ??= (async () => {
		const user = await createUser()
		const organization = await createOrganization(user.id, { name: 'Viện Công nghệ Môi trường Ninh Bình' })
		return { userId: user.id, organizationId: organization.id }
	})()
	return owner
}

export async function createSearchableListing(input: {
	title: string
	summary?: string
	description?: string
	type?: ListingType
	status?: ListingStatus
	fields?: string[]
	keywords?: string[]
	trl?: number
	externalId?: string
	publishedAt?: Date
}) {
	const { userId, organizationId } = await defaultOwner()
	const type = input.type ?? 'TECHNOLOGY_OFFER'
	const status = input.status ?? 'PUBLISHED'
	const fieldRows = input.fields?.length ? await prisma.field.findMany({ where: { slug: { in: input.fields } }, select: { id: true } }) : []
	return prisma.$transaction(async (tx) => {
		const listing = await tx.listing.create({
			data: {
				slug: `tim-kiem-${randomUUID().slice(0, 12)}`,
				type,
				status,
				title: input.title,
				summary: input.summary ?? '',
				description: input.description ?? '',
				keywords: input.keywords ?? [],
				externalId: input.externalId ?? null,
				authorId: userId,
				organizationId,
				publishedAt: status === 'PUBLISHED' ? (input.publishedAt ?? new Date()) : null,
				fields: { create: fieldRows.map((f) => ({ fieldId: f.id })) },
				...(type === 'TECHNOLOGY_OFFER' ? { technologyOffer: { create: { trl: input.trl ?? null } } } : {}),
				...(type === 'PATENT' ? { patent: { create: { kind: 'INVENTION' } } } : {}),
			},
			select: { id: true, slug: true, type: true },
		})
		await tx.searchOutbox.create({ data: { entityType: 'listing', entityId: listing.id } })
		return listing
	})
}
