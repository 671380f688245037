import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { MAX_TAG_QUERY, TAG_PAGE_SIZE, type TagRow } from "@/lib/schemas/tags";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { tagMatch } from "./tag-matcher";

type Cursor = { name: string; id: string };

/** The `after` of the next page: the last row's (name, id), opaque to the browser. */
export function formatTagCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id])).toString("base64url");
}

/** A cursor as sent back; anything else (edited by hand) is the first page. */
export function parseTagCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString());
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [name, id] = parsed as unknown[];
    if (typeof name !== "string" || typeof id !== "string") return null;
    return /^[0-9a-f-]{36}$/i.test(id) ? { name, id } : null;
  } catch {
    return null;
  }
}

/**
 * /newsroom/tags: tags in name order, those matching `q` (the type-ahead's matcher, so
 * 复工 finds 復工), with how many stories carry each; keyset pages of 50 along the
 * (name, id) index, so the thousandth page costs what the first does.
 * FORBIDDEN (audited) without `taxonomy.manage`.
 */
export async function listTagsForAdmin(
  actor: Actor,
  options: { q?: string; after?: string } = {},
): Promise<{ tags: TagRow[]; next: string | null }> {
  await authorize(actor, "taxonomy.manage", { resourceType: "tag" });
  const match = tagMatch((options.q ?? "").slice(0, MAX_TAG_QUERY));
  const after = parseTagCursor(options.after);
  const conditions = [
    ...(match ? [match.where] : []),
    ...(after ? [Prisma.sql`(t.name, t.id) > (${after.name}, ${after.id}::uuid)`] : []),
  ];
  const where = conditions.length
    ? Prisma.sql`where ${Prisma.join(conditions, " and ")}`
    : Prisma.empty;
  const rows = await db.$queryRaw<TagRow[]>(Prisma.sql`
    select t.id, t.name, t.slug,
           (select count(*) from "ArticleTag" a where a."tagId" = t.id)::int as "articleCount"
      from "Tag" t ${where}
     order by t.name, t.id
     limit ${TAG_PAGE_SIZE + 1}`);
  const tags = rows.slice(0, TAG_PAGE_SIZE);
  const last = tags.at(-1);
  return { tags, next: rows.length > TAG_PAGE_SIZE && last ? formatTagCursor(last) : null };
}
