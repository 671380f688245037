-- "All stories" searches working copies with the same Chinese-aware search document
-- readers get. The indexer writes it a moment after the writer pauses, never in the
-- autosave statement, and in a table of its own, so it never writes or locks an Article row.
CREATE TABLE "ArticleSearch" (
    "articleId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "searchVector" tsvector,

    CONSTRAINT "ArticleSearch_pkey" PRIMARY KEY ("articleId")
);

CREATE INDEX "ArticleSearch_searchVector_idx" ON "ArticleSearch" USING GIN ("searchVector");
ALTER TABLE "ArticleSearch" ALTER COLUMN "searchVector" SET STATISTICS 1000;

ALTER TABLE "ArticleSearch" ADD CONSTRAINT "ArticleSearch_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
