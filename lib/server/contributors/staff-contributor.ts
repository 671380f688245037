import "server-only";
import { slugify, uniqueSlug } from "@/lib/content/slug";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/workflow/permissions";
import { contributorSlugTaken } from "./contributor-rules";

/**
 * A newsroom member's own contributor record, created the first time they start an
 * article. Its slug is their name's (pinyin for Chinese names), made unique: an id prefix
 * is not, since UUIDv7 ids of people added in the same minute share their first digits.
 */
export async function staffContributor(actor: Actor & { name: string }): Promise<{ id: string }> {
  const existing = await db.contributor.findUnique({
    where: { userId: actor.id },
    select: { id: true },
  });
  if (existing) return existing;
  const slug = await uniqueSlug(slugify(actor.name) || "staff", (candidate) =>
    // An old address of someone else's still answers for them (a 301): not free either.
    contributorSlugTaken(db, candidate),
  );
  // Two first articles at once: the second finds the record the first one made.
  return db.contributor.upsert({
    where: { userId: actor.id },
    update: {},
    create: { userId: actor.id, name: actor.name, slug },
    select: { id: true },
  });
}
