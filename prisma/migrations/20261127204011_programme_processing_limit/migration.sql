-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "processingLimitDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "publishScores" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "declaredTrl" INTEGER;
