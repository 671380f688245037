-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "metaVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ArticleBodyDoc" (
    "articleId" UUID NOT NULL,
    "lineage" UUID NOT NULL DEFAULT gen_random_uuid(),
    "state" BYTEA NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleBodyDoc_pkey" PRIMARY KEY ("articleId")
);

-- CreateTable
CREATE TABLE "ArticleBodyUpdate" (
    "id" BIGSERIAL NOT NULL,
    "articleId" UUID NOT NULL,
    "data" BYTEA NOT NULL,
    "userId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleBodyUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleBodyUpdate_articleId_id_idx" ON "ArticleBodyUpdate"("articleId", "id");

-- AddForeignKey
ALTER TABLE "ArticleBodyDoc" ADD CONSTRAINT "ArticleBodyDoc_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleBodyUpdate" ADD CONSTRAINT "ArticleBodyUpdate_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;


