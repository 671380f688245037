-- "All stories" searches working copies with the same Chinese-aware search document
-- readers get. The indexer writes it a moment after the writer pauses, never in the
-- autosave statement, and the partial index finds the copies whose document is behind.
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector,
ADD COLUMN "searchIndexedVersion" INTEGER;

CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
CREATE INDEX "Article_search_due_idx" ON "Article" ("updatedAt")
  WHERE "searchIndexedVersion" IS DISTINCT FROM "version";
ALTER TABLE "Article" ALTER COLUMN "searchVector" SET STATISTICS 1000;
