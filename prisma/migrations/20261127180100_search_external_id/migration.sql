-- AlterTable
ALTER TABLE "Listing" ADD COLUMN     "externalId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Listing_externalId_key" ON "Listing"("externalId");

-- The search fallback (when Meilisearch is down or slow) matches without diacritics.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- "solar" finds listings about điện mặt trời.
UPDATE "SearchSynonym" SET "synonyms" = array_append("synonyms", 'solar') WHERE "term" = 'điện mặt trời' AND NOT ('solar' = ANY("synonyms"));
