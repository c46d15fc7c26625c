-- AlterTable
ALTER TABLE "ListingImport" DROP COLUMN "pending",
ADD COLUMN     "pendingRows" INTEGER[],
ADD COLUMN     "source" BYTEA;
