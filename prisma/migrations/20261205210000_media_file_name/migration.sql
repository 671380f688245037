-- The name of the uploaded file: how a person tells identical-looking images apart.
ALTER TABLE "Media" ADD COLUMN "fileName" TEXT;
