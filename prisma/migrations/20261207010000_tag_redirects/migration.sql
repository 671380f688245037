-- Tags administration (issue 15): old slugs of renamed or merged tags answer 301.
CREATE TABLE "TagRedirect" (
    "id" UUID NOT NULL,
    "fromSlug" TEXT NOT NULL,
    "tagId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TagRedirect_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "TagRedirect_fromSlug_key" ON "TagRedirect"("fromSlug");
CREATE INDEX "TagRedirect_tagId_idx" ON "TagRedirect"("tagId");
ALTER TABLE "TagRedirect" ADD CONSTRAINT "TagRedirect_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
