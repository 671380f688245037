-- The publication's own name, tagline, logo and addresses (newsroom settings): one row.
CREATE TABLE "Publication" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "nameHant" TEXT NOT NULL,
    "nameHans" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "taglineHant" TEXT NOT NULL DEFAULT '',
    "taglineHans" TEXT NOT NULL DEFAULT '',
    "taglineEn" TEXT NOT NULL DEFAULT '',
    "logoMediaId" UUID,
    "defaultLanguage" "Language" NOT NULL DEFAULT 'zh-Hant',
    "socialAccounts" JSONB NOT NULL DEFAULT '[]',
    "copyright" TEXT NOT NULL DEFAULT '',
    "publicUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id"),
    -- One row only: the settings are the publication's, not a list.
    CONSTRAINT "Publication_single_row" CHECK ("id" = 1)
);

ALTER TABLE "Publication" ADD CONSTRAINT "Publication_logoMediaId_fkey" FOREIGN KEY ("logoMediaId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE INDEX "Publication_logoMediaId_idx" ON "Publication"("logoMediaId");

-- Until an admin names it, the publication is called what the software is (version 0:
-- never saved, so the demo seed may still name it).
INSERT INTO "Publication" ("id", "nameHant", "nameHans", "nameEn", "taglineHant", "taglineHans", "taglineEn")
VALUES (1, 'Galley', 'Galley', 'Galley', '來自編輯部的新聞', '来自编辑部的新闻', 'News from the newsroom');
