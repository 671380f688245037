-- Notifications name who acted, and schedules, corrections and "Publish update" are told too.
ALTER TYPE "NotificationKind" ADD VALUE 'SCHEDULED';
ALTER TYPE "NotificationKind" ADD VALUE 'UPDATE_PUBLISHED';
ALTER TYPE "NotificationKind" ADD VALUE 'CORRECTED';

ALTER TABLE "Notification" ADD COLUMN "actorId" UUID;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The working-copy version a live snapshot was frozen from ("Unpublished changes").
ALTER TABLE "PublishedVersion" ADD COLUMN "sourceVersion" INTEGER;

-- Snapshots frozen before this column: the publishing transition bumped the article to
-- the version its WORKFLOW revision records, in the same transaction as the snapshot.
UPDATE "PublishedVersion" v SET "sourceVersion" = (
  SELECT r.version FROM "Revision" r
  WHERE r."articleId" = v."articleId" AND r.kind = 'WORKFLOW' AND r."createdAt" <= v."createdAt" + interval '1 second'
  ORDER BY r."createdAt" DESC, r.id DESC LIMIT 1
);
