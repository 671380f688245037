import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { TArticleFields } from "@/lib/schemas/article";
import { columnAssignments } from "./article-columns";

/**
 * The autosave hot path: when tags, bylines and slug are unchanged (nearly every
 * keystroke-driven save), the guarded update and the revision snapshot are one SQL
 * statement — one round trip instead of an interactive transaction of five. The revision
 * is written only if the update matched (same version) and, for autosaves, only if this
 * person has no autosave snapshot of the article in the last `gapMs`.
 * Returns null when the base version is stale (nothing was written). The SET list is
 * every column of the field map (article-columns.ts), so no field is left behind here.
 */
export async function saveTextOnly(input: {
  articleId: string;
  actorId: string;
  baseVersion: number;
  kind: "AUTOSAVE" | "MANUAL" | "RESTORE" | "CONVERSION";
  reason: string | null;
  fields: TArticleFields;
  body: unknown;
  now: Date;
  gapMs: number;
  /** A co-editing page's save: guarded on metaVersion, the body left as derived. */
  coEdited?: { baseMetaVersion: number };
}): Promise<{ version: number; metaVersion: number; revisionId: string | null } | null> {
  const fields = { ...input.fields, body: input.body };
  const snapshot = JSON.stringify(fields);
  const since = new Date(input.now.getTime() - input.gapMs);
  const rows = await db.$queryRaw<
    Array<{ version: number | null; metaVersion: number | null; revisionId: string | null }>
  >(Prisma.sql`
    with updated as (
      update "Article" set
        ${columnAssignments(fields, input.coEdited ? ["body"] : [])},
        version = version + 1, "metaVersion" = "metaVersion" + 1, "updatedAt" = ${input.now}
      where id = ${input.articleId}::uuid and ${
        input.coEdited
          ? Prisma.sql`"metaVersion" = ${input.coEdited.baseMetaVersion}`
          : Prisma.sql`version = ${input.baseVersion}`
      }
      returning id, version, "metaVersion"
    ), revision as (
      insert into "Revision" (id, "articleId", version, kind, reason, snapshot, "authorId", "createdAt")
      select gen_random_uuid(), updated.id, updated.version, ${input.kind}::"RevisionKind", ${input.reason},
             ${snapshot}::jsonb, ${input.actorId}::uuid, ${input.now}
      from updated
      where ${input.kind} <> 'AUTOSAVE' or not exists (
        select 1 from "Revision" r
        where r."articleId" = ${input.articleId}::uuid and r."authorId" = ${input.actorId}::uuid
          and r.kind = 'AUTOSAVE' and r."createdAt" > ${since}
      )
      returning id
    )
    select (select version from updated) as version, (select "metaVersion" from updated) as "metaVersion",
           (select id::text from revision) as "revisionId"`);
  const row = rows[0];
  return row?.version
    ? {
        version: Number(row.version),
        metaVersion: Number(row.metaVersion),
        revisionId: row.revisionId,
      }
    : null;
}
