import { z } from "zod";
import { AppError } from "@/lib/errors";

/** Where the previous page ended: the last item's (publishedAt, snapshot id). */
export type ArticleCursor = { publishedAt: Date; versionId: string };

export type ArticleListQuery = {
  limit: number;
  after: ArticleCursor | null;
  section: string | null;
  tag: string | null;
  contributor: string | null;
  updatedSince: Date | null;
};

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
const MAX_FILTER_LENGTH = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A date, or a date and time with a zone: a time without one would mean the server's zone. */
const ISO_8601 =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

const LIMIT_MESSAGE = `limit must be a whole number from 1 to ${MAX_LIMIT}.`;
const filter = (name: string, description: string) => {
  const message = `${name} must be a slug or an id of at most ${MAX_FILTER_LENGTH} characters.`;
  return (
    z
      .string()
      .min(1, message)
      .max(MAX_FILTER_LENGTH, message)
      // Slugs and ids are printable: control characters (a NUL cannot even reach
      // PostgreSQL) or lone surrogates name nothing.
      .refine((value) => value.trim() !== "" && !UNPRINTABLE.test(value), message)
      .transform((value) => value.trim())
      .optional()
      .meta({ description })
  );
};
const UNPRINTABLE =
  /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UPDATED_SINCE_MESSAGE =
  "updated_since must be an ISO 8601 date, or a date and time with a zone, such as 2026-03-01T08:00:00Z.";

/**
 * The content API's list parameters as they arrive (strings), in the order they are
 * checked. Every value out of range is refused with a sentence naming the parameter (a
 * 400), never passed on to the database. The OpenAPI description is made from it.
 */
export const ZArticleListParams = z.object({
  limit: z
    .string()
    .regex(/^\d{1,4}$/, LIMIT_MESSAGE)
    .refine((value) => Number(value) >= 1 && Number(value) <= MAX_LIMIT, LIMIT_MESSAGE)
    .transform(Number)
    .optional()
    .meta({ description: `A whole number from 1 to ${MAX_LIMIT}; ${DEFAULT_LIMIT} when absent.` }),
  cursor: z
    .string()
    .transform((value, context) => {
      const cursor = decodeCursor(value);
      if (!cursor) {
        context.addIssue({
          code: "custom",
          message: "cursor is not one this API gave out; start again without it.",
        });
        return z.NEVER;
      }
      return cursor;
    })
    .optional()
    .meta({ description: "Where to continue: the previous page's `next_cursor`." }),
  section: filter("section", "Only articles in this section (its slug)."),
  tag: filter("tag", "Only articles with this tag (its slug or id)."),
  contributor: filter("contributor", "Only articles credited to this contributor (slug or id)."),
  updated_since: z
    .string()
    .regex(ISO_8601, UPDATED_SINCE_MESSAGE)
    // Date.parse rolls 2026-02-31 over into March; a reader of the API meant no such day.
    .refine(
      (value) => isRealDay(value.slice(0, 10)) && !Number.isNaN(Date.parse(value)),
      UPDATED_SINCE_MESSAGE,
    )
    .transform((value) => new Date(Date.parse(value)))
    .optional()
    .meta({
      description:
        "Only articles published or updated since then: a date, or a date and time with a zone.",
    }),
});

/** The list parameters, checked (the first bad one is refused as INVALID_INPUT naming it). */
export function parseArticleListQuery(params: URLSearchParams): ArticleListQuery {
  const raw = Object.fromEntries(
    Object.keys(ZArticleListParams.shape).map((name) => [name, params.get(name) ?? undefined]),
  );
  const parsed = ZArticleListParams.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "query");
    throw new AppError("INVALID_INPUT", issue?.message ?? "The query is not valid.", { field });
  }
  const query = parsed.data;
  return {
    limit: query.limit ?? DEFAULT_LIMIT,
    after: query.cursor ?? null,
    section: query.section ?? null,
    tag: query.tag ?? null,
    contributor: query.contributor ?? null,
    updatedSince: query.updated_since ?? null,
  };
}

function isRealDay(day: string): boolean {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
}

export function encodeCursor(cursor: ArticleCursor): string {
  return Buffer.from(
    JSON.stringify({ p: cursor.publishedAt.toISOString(), v: cursor.versionId }),
  ).toString("base64url");
}

function decodeCursor(value: string): ArticleCursor | null {
  if (value.length > 200 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (typeof parsed !== "object" || parsed === null) return null;
    const { p, v } = parsed as Record<string, unknown>;
    if (typeof p !== "string" || typeof v !== "string" || !UUID.test(v)) return null;
    const publishedAt = new Date(p);
    if (Number.isNaN(publishedAt.getTime()) || publishedAt.toISOString() !== p) return null;
    return { publishedAt, versionId: v.toLowerCase() };
  } catch {
    return null;
  }
}

export function isUuidLike(value: string): boolean {
  return UUID.test(value);
}
