import "server-only";
import { db } from "@/lib/db";

/** What an audit row was about, by name: a headline, a person, an image, a contributor. */
export type AuditSubject =
  | { type: "article"; id: string; headline: string }
  | { type: "user"; name: string }
  | { type: "media"; caption: string | null }
  | { type: "contributor"; name: string };

type Row = { resourceType: string | null; resourceId: string | null };

const UUID = /^[0-9a-f-]{36}$/i;

/**
 * Looks up the subjects of a page of audit rows, one query per kind, keyed
 * "type:id". A subject deleted since is simply absent (the row then shows no subject).
 */
export async function auditSubjects(rows: Row[]): Promise<Map<string, AuditSubject>> {
  const ids = (type: string) => [
    ...new Set(
      rows
        .filter((row) => row.resourceType === type && row.resourceId && UUID.test(row.resourceId))
        .map((row) => row.resourceId!),
    ),
  ];
  const [articles, users, media, contributors] = await Promise.all([
    db.article.findMany({
      where: { id: { in: ids("article") } },
      select: { id: true, headline: true },
    }),
    db.user.findMany({ where: { id: { in: ids("user") } }, select: { id: true, name: true } }),
    db.media.findMany({
      where: { id: { in: ids("media") } },
      select: { id: true, caption: true, alt: true },
    }),
    db.contributor.findMany({
      where: { id: { in: ids("contributor") } },
      select: { id: true, name: true },
    }),
  ]);
  const subjects = new Map<string, AuditSubject>();
  for (const row of articles)
    subjects.set(`article:${row.id}`, { type: "article", id: row.id, headline: row.headline });
  for (const row of users) subjects.set(`user:${row.id}`, { type: "user", name: row.name });
  for (const row of media)
    subjects.set(`media:${row.id}`, { type: "media", caption: row.caption ?? row.alt });
  for (const row of contributors)
    subjects.set(`contributor:${row.id}`, { type: "contributor", name: row.name });
  return subjects;
}
