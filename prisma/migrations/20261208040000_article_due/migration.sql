-- A deadline per story (Due), for the desk queues and the overdue flag. The newsroom only:
-- the live snapshot does not keep it.
ALTER TABLE "Article" ADD COLUMN "dueAt" TIMESTAMP(3);
