-- Contributor profiles (issue 15): a job title, a photo from the media library, links,
-- and old slugs (renamed or merged away) that answer 301.
ALTER TABLE "Contributor" ADD COLUMN "jobTitle" TEXT;
ALTER TABLE "Contributor" ADD COLUMN "photoId" UUID;
ALTER TABLE "Contributor" ADD COLUMN "links" TEXT[] DEFAULT ARRAY[]::TEXT[];
CREATE INDEX "Contributor_photoId_idx" ON "Contributor"("photoId");
ALTER TABLE "Contributor" ADD CONSTRAINT "Contributor_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "ContributorRedirect" (
    "id" UUID NOT NULL,
    "fromSlug" TEXT NOT NULL,
    "contributorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContributorRedirect_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ContributorRedirect_fromSlug_key" ON "ContributorRedirect"("fromSlug");
CREATE INDEX "ContributorRedirect_contributorId_idx" ON "ContributorRedirect"("contributorId");
ALTER TABLE "ContributorRedirect" ADD CONSTRAINT "ContributorRedirect_contributorId_fkey" FOREIGN KEY ("contributorId") REFERENCES "Contributor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
