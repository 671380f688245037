-- Review stages as data: a chain per section, the chain and stage a story in review sits in,
-- sign-offs, and the proofreader role.
ALTER TYPE "Role" ADD VALUE 'PROOFREADER' BEFORE 'ADMIN';

ALTER TYPE "NotificationKind" ADD VALUE 'STAGE_REACHED';
ALTER TYPE "NotificationKind" ADD VALUE 'SENT_BACK';
ALTER TYPE "NotificationKind" ADD VALUE 'PUBLISHED_NOW';

ALTER TABLE "Section" ADD COLUMN "reviewChain" JSONB,
ADD COLUMN "reviewChainVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "publishChecks" JSONB;

ALTER TABLE "Article" ADD COLUMN "reviewChain" JSONB,
ADD COLUMN "reviewStage" INTEGER;

ALTER TABLE "WorkflowEvent" ADD COLUMN "transition" TEXT;

CREATE TYPE "SignOffOutcome" AS ENUM ('PASSED', 'SENT_BACK', 'SKIPPED');

CREATE TABLE "StageSignOff" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "stageIndex" INTEGER NOT NULL,
    "stage" JSONB NOT NULL,
    "outcome" "SignOffOutcome" NOT NULL,
    "actorId" UUID,
    "note" TEXT,
    "fromRevisionId" UUID,
    "toRevisionId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StageSignOff_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "StageSignOff_articleId_createdAt_id_idx" ON "StageSignOff"("articleId", "createdAt", "id");

ALTER TABLE "StageSignOff" ADD CONSTRAINT "StageSignOff_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "StageSignOff" ADD CONSTRAINT "StageSignOff_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Stories already in review enter the first stage of their section chain, which for every
-- existing section is the single review by the desk (a null chain), so nothing changes for them.
UPDATE "Article" AS a SET "reviewStage" = 0, "reviewChain" = s."reviewChain"
FROM "Section" AS s WHERE a."status" = 'SUBMITTED' AND a."sectionId" = s."id";
UPDATE "Article" SET "reviewStage" = 0 WHERE "status" = 'SUBMITTED' AND "reviewStage" IS NULL;
