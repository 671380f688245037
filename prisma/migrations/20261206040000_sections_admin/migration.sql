-- Sections administration (issue 15): a Simplified name of its own, archiving, desk heads,
-- and old slugs that answer 301.
ALTER TABLE "Section" ADD COLUMN "nameHans" TEXT;
ALTER TABLE "Section" ADD COLUMN "archivedAt" TIMESTAMP(3);

CREATE TABLE "SectionHead" (
    "sectionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SectionHead_pkey" PRIMARY KEY ("sectionId","userId")
);
CREATE INDEX "SectionHead_userId_sectionId_idx" ON "SectionHead"("userId", "sectionId");
ALTER TABLE "SectionHead" ADD CONSTRAINT "SectionHead_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SectionHead" ADD CONSTRAINT "SectionHead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "SectionRedirect" (
    "id" UUID NOT NULL,
    "fromSlug" TEXT NOT NULL,
    "sectionId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SectionRedirect_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SectionRedirect_fromSlug_key" ON "SectionRedirect"("fromSlug");
CREATE INDEX "SectionRedirect_sectionId_idx" ON "SectionRedirect"("sectionId");
ALTER TABLE "SectionRedirect" ADD CONSTRAINT "SectionRedirect_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;
