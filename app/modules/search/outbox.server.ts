// Writes that change what the search index shows call these inside their own
// transaction (ARCHITECTURE.md "Search consistency"); the relay does the rest.
import type { Prisma } from '~/generated/prisma/client'

type Tx = Prisma.TransactionClient

export function enqueueListing(tx: Tx, listingId: string) {
	return tx.searchOutbox.create({ data: { entityType: 'listing', entityId: listingId } })
}

// An organisation's name, type or verification shows on each of its published listings.
export function enqueueListingsOfOrganization(tx: Tx, organizationId: string) {
	return tx.$executeRaw`
		INSERT INTO "SearchOutbox" ("entityType", "entityId")
		SELECT 'listing', l."id" FROM "Listing" l WHERE l."organizationId" = ${organizationId} AND l."status" = 'PUBLISHED'`
}

// A field's names are searchable on each published listing in that field.
export function enqueueListingsOfField(tx: Tx, fieldId: string) {
	return tx.$executeRaw`
		INSERT INTO "SearchOutbox" ("entityType", "entityId")
		SELECT 'listing', l."id" FROM "Listing" l JOIN "ListingField" lf ON lf."listingId" = l."id"
		WHERE lf."fieldId" = ${fieldId} AND l."status" = 'PUBLISHED'`
}

// Synonyms are index settings: the relay applies them again.
export function enqueueSynonyms(tx: Tx) {
	return tx.searchOutbox.create({ data: { entityType: 'synonyms', entityId: 'listings' } })
}
