-- AlterTable
ALTER TABLE "ExpertProfile" ADD COLUMN     "verificationRejectionReason" TEXT,
ADD COLUMN     "verificationRequestedAt" TIMESTAMP(3),
ADD COLUMN     "verificationStatus" "VerificationStatus" NOT NULL DEFAULT 'UNVERIFIED';

-- CreateIndex
CREATE INDEX "ExpertProfile_verificationStatus_verificationRequestedAt_idx" ON "ExpertProfile"("verificationStatus", "verificationRequestedAt");

-- Profiles verified before the queue existed keep their badge.
UPDATE "ExpertProfile" SET "verificationStatus" = 'VERIFIED' WHERE "verifiedAt" IS NOT NULL;
