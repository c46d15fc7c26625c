-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "requiredReviews" INTEGER NOT NULL DEFAULT 2;

-- AlterTable
ALTER TABLE "ApplicationDecision" ADD COLUMN     "reviewOverrideReason" TEXT;
