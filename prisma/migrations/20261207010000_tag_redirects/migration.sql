-- Tags administration (issue 15): old slugs of renamed or merged tags answer 301.
CREATE TABLE "TagRedirect" (
    "id" UUID NOT NULL,
    "fromSlug" TEXT NOT NULL,
    "tagId" UUID NOT NULL,
    "fromTagId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TagRedirect_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "TagRedirect_fromSlug_key" ON "TagRedirect"("fromSlug");
CREATE INDEX "TagRedirect_tagId_idx" ON "TagRedirect"("tagId");
CREATE INDEX "TagRedirect_fromTagId_idx" ON "TagRedirect"("fromTagId");
ALTER TABLE "TagRedirect" ADD CONSTRAINT "TagRedirect_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
