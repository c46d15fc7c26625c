-- CreateEnum
CREATE TYPE "ListingImportStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "ListingImportFormat" AS ENUM ('CSV', 'JSON');

-- CreateEnum
CREATE TYPE "ListingImportAction" AS ENUM ('CREATED', 'UPDATED');

-- CreateTable
CREATE TABLE "ListingImport" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "fileName" TEXT NOT NULL,
    "format" "ListingImportFormat" NOT NULL,
    "publish" BOOLEAN NOT NULL DEFAULT false,
    "status" "ListingImportStatus" NOT NULL DEFAULT 'RUNNING',
    "totalRows" INTEGER NOT NULL,
    "validRows" INTEGER NOT NULL,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "createdCount" INTEGER NOT NULL DEFAULT 0,
    "updatedCount" INTEGER NOT NULL DEFAULT 0,
    "failedCount" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "pending" JSONB,
    "workerToken" TEXT,
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ListingImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListingImportItem" (
    "importId" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "externalId" TEXT,
    "listingId" TEXT,
    "action" "ListingImportAction" NOT NULL,

    CONSTRAINT "ListingImportItem_pkey" PRIMARY KEY ("importId","row")
);

-- CreateIndex
CREATE INDEX "ListingImport_createdAt_idx" ON "ListingImport"("createdAt");

-- CreateIndex
CREATE INDEX "ListingImportItem_listingId_idx" ON "ListingImportItem"("listingId");

-- AddForeignKey
ALTER TABLE "ListingImport" ADD CONSTRAINT "ListingImport_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingImportItem" ADD CONSTRAINT "ListingImportItem_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ListingImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingImportItem" ADD CONSTRAINT "ListingImportItem_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE SET NULL ON UPDATE CASCADE;
