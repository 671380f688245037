-- CreateEnum
CREATE TYPE "PlanItemStatus" AS ENUM ('PITCHED', 'DECLINED', 'PLANNED', 'SPIKED');

-- CreateEnum
CREATE TYPE "LengthUnit" AS ENUM ('CHARACTERS', 'WORDS');

-- CreateEnum
CREATE TYPE "AssignmentStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- AlterEnum


ALTER TYPE "NotificationKind" ADD VALUE 'PITCHED';
ALTER TYPE "NotificationKind" ADD VALUE 'PITCH_ACCEPTED';
ALTER TYPE "NotificationKind" ADD VALUE 'PITCH_DECLINED';
ALTER TYPE "NotificationKind" ADD VALUE 'ASSIGNED';
ALTER TYPE "NotificationKind" ADD VALUE 'ASSIGNMENT_ACCEPTED';
ALTER TYPE "NotificationKind" ADD VALUE 'ASSIGNMENT_DECLINED';
ALTER TYPE "NotificationKind" ADD VALUE 'ASSIGNMENT_WITHDRAWN';
ALTER TYPE "NotificationKind" ADD VALUE 'PLAN_SPIKED';

-- AlterTable
ALTER TABLE "ArticleSearch" ADD COLUMN     "units" INTEGER;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "planItemId" UUID;

-- CreateTable
CREATE TABLE "PlanItem" (
    "id" UUID NOT NULL,
    "status" "PlanItemStatus" NOT NULL DEFAULT 'PITCHED',
    "headline" TEXT NOT NULL,
    "summary" TEXT,
    "sectionId" UUID,
    "day" DATE NOT NULL,
    "expectedLength" INTEGER,
    "lengthUnit" "LengthUnit" NOT NULL DEFAULT 'CHARACTERS',
    "needs" TEXT[],
    "webSlot" TEXT,
    "printPage" TEXT,
    "pitchedById" UUID NOT NULL,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "articleId" UUID,
    "eventId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" UUID NOT NULL,
    "planItemId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "BylineRole" NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "note" TEXT,
    "status" "AssignmentStatus" NOT NULL DEFAULT 'PENDING',
    "declineReason" TEXT,
    "respondedAt" TIMESTAMP(3),
    "assignedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanEvent" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "place" TEXT,
    "notes" TEXT,
    "links" TEXT[],
    "sectionId" UUID,
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "userId" UUID,
    "sectionId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanItem_articleId_key" ON "PlanItem"("articleId");

-- CreateIndex
CREATE INDEX "PlanItem_day_sectionId_id_idx" ON "PlanItem"("day", "sectionId", "id");

-- CreateIndex
CREATE INDEX "PlanItem_status_createdAt_id_idx" ON "PlanItem"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "PlanItem_eventId_idx" ON "PlanItem"("eventId");

-- CreateIndex
CREATE INDEX "Assignment_planItemId_createdAt_id_idx" ON "Assignment"("planItemId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Assignment_userId_status_deadline_idx" ON "Assignment"("userId", "status", "deadline");

-- CreateIndex
CREATE INDEX "PlanEvent_startsAt_id_idx" ON "PlanEvent"("startsAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_token_key" ON "CalendarFeed"("token");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_userId_key" ON "CalendarFeed"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_sectionId_key" ON "CalendarFeed"("sectionId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_pitchedById_fkey" FOREIGN KEY ("pitchedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanItem" ADD CONSTRAINT "PlanItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "PlanEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanEvent" ADD CONSTRAINT "PlanEvent_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanEvent" ADD CONSTRAINT "PlanEvent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A feed belongs to one desk or one person, never both
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_one_owner" CHECK (("userId" IS NULL) <> ("sectionId" IS NULL));
