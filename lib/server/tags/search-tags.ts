import "server-only";
import { tagNameKey } from "@/lib/content/tag-match";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { TAG_SUGGESTIONS, type TagChoice } from "@/lib/schemas/tags";
import type { Actor } from "@/lib/workflow/permissions";
import { tagMatch } from "./tag-matcher";

/**
 * The editor's type-ahead: at most ten tags matching `q` in either script (复工 finds
 * 復工), best first; `exact` marks one that is the query itself, so the editor offers
 * "Create tag …" only when none is. Tags are not secret: anyone signed in may ask.
 */
export async function searchTags(_actor: Actor, q: string): Promise<TagChoice[]> {
  const match = tagMatch(q);
  if (!match) return [];
  const rows = await db.$queryRaw<{ id: string; name: string; slug: string }[]>(Prisma.sql`
    select id, name, slug from "Tag" where ${match.where}
     order by ${match.rank} limit ${TAG_SUGGESTIONS}`);
  const key = tagNameKey(q);
  return rows.map((row) => ({ ...row, exact: tagNameKey(row.name) === key }));
}
