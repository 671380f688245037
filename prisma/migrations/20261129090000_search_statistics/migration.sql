-- Search: let the planner know how common each lexeme is. CJK characters and bigrams
-- crowd the 1,000 most common lexemes ANALYZE keeps by default, so a word found in one
-- article in seven (an English word in a mostly Chinese paper) fell off that list and was
-- taken for a rare one: PostgreSQL then fetched every match through the GIN index instead
-- of walking the newest articles until it had enough (33 ms against 16 ms at 100,000
-- articles, by `npm run bench:search`). Prisma does not model statistics targets, so
-- schema.prisma does not change.
ALTER TABLE "PublishedVersion" ALTER COLUMN "searchVector" SET STATISTICS 1000;
