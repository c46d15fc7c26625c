-- AlterTable
ALTER TABLE "Listing" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ListingRevision" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
