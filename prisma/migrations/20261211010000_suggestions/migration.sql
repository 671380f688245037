-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('OPEN', 'ACCEPTED', 'REJECTED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "Suggestion" (
    "articleId" UUID NOT NULL,
    "id" TEXT NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "inserted" TEXT NOT NULL DEFAULT '',
    "deleted" TEXT NOT NULL DEFAULT '',
    "stageIndex" INTEGER,
    "stage" JSONB,
    "signOffId" UUID,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'OPEN',
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("articleId","id")
);

-- CreateIndex
CREATE INDEX "Suggestion_signOffId_idx" ON "Suggestion"("signOffId");

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_signOffId_fkey" FOREIGN KEY ("signOffId") REFERENCES "StageSignOff"("id") ON DELETE SET NULL ON UPDATE CASCADE;


