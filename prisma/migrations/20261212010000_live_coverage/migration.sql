-- A reporter's live update waiting for an editor is a notification of its own.
ALTER TYPE "NotificationKind" ADD VALUE 'LIVE_UPDATE_WAITING';

-- CreateEnum
CREATE TYPE "ArticleKind" AS ENUM ('STORY', 'LIVE');

-- CreateEnum
CREATE TYPE "LiveUpdateStatus" AS ENUM ('PENDING', 'PUBLISHED', 'REMOVED');

-- AlterTable
ALTER TABLE "Section" ADD COLUMN     "liveUpdatesNeedEditor" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "kind" "ArticleKind" NOT NULL DEFAULT 'STORY',
ADD COLUMN     "liveEndedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "LiveUpdate" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "status" "LiveUpdateStatus" NOT NULL,
    "title" TEXT,
    "body" JSONB NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "isKey" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),
    "editedAt" TIMESTAMP(3),
    "removedAt" TIMESTAMP(3),
    "removedById" UUID,
    "removedNote" TEXT,
    "correction" TEXT,
    "correctedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "LiveUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveUpdateAuthor" (
    "updateId" UUID NOT NULL,
    "contributorId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "LiveUpdateAuthor_pkey" PRIMARY KEY ("updateId","contributorId")
);

-- CreateTable
CREATE TABLE "LiveWriter" (
    "articleId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveWriter_pkey" PRIMARY KEY ("articleId","userId")
);

-- CreateIndex
CREATE INDEX "LiveUpdate_articleId_status_publishedAt_id_idx" ON "LiveUpdate"("articleId", "status", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "LiveUpdateAuthor_contributorId_idx" ON "LiveUpdateAuthor"("contributorId");

-- AddForeignKey
ALTER TABLE "LiveUpdate" ADD CONSTRAINT "LiveUpdate_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveUpdate" ADD CONSTRAINT "LiveUpdate_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveUpdate" ADD CONSTRAINT "LiveUpdate_removedById_fkey" FOREIGN KEY ("removedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveUpdateAuthor" ADD CONSTRAINT "LiveUpdateAuthor_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "LiveUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveUpdateAuthor" ADD CONSTRAINT "LiveUpdateAuthor_contributorId_fkey" FOREIGN KEY ("contributorId") REFERENCES "Contributor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveWriter" ADD CONSTRAINT "LiveWriter_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveWriter" ADD CONSTRAINT "LiveWriter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


