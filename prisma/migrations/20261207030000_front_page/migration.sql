-- The front page (issue 15): each published arrangement of the home page, kept for history
-- and restore. The highest number is the live front.
CREATE TABLE "FrontPage" (
    "id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "slots" JSONB NOT NULL,
    "publishedById" UUID,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "restoredFrom" INTEGER,

    CONSTRAINT "FrontPage_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "FrontPage_number_key" ON "FrontPage"("number");
ALTER TABLE "FrontPage" ADD CONSTRAINT "FrontPage_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
