-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "approvedAt" TIMESTAMP(3),
ADD COLUMN     "caption" TEXT,
ADD COLUMN     "height" INTEGER,
ADD COLUMN     "thumbnailKey" TEXT,
ADD COLUMN     "width" INTEGER;

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "inApp" BOOLEAN NOT NULL DEFAULT true,
    "email" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","type")
);

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Files already on a listing were visible before review of attachments existed.
UPDATE "Attachment" SET "approvedAt" = "createdAt" WHERE "listingId" IS NOT NULL;
