-- A scheduled publish that fails keeps its reason on the article, for editors to see.
ALTER TABLE "Article" ADD COLUMN "scheduleError" TEXT,
ADD COLUMN "scheduleFailedAt" TIMESTAMP(3);
