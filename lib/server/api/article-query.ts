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

function invalid(field: string, message: string): AppError {
  return new AppError("INVALID_INPUT", message, { field });
}

/**
 * The content API's list parameters, checked: every value out of range is refused with a
 * sentence naming the parameter (a 400), never passed on to the database.
 */
export function parseArticleListQuery(params: URLSearchParams): ArticleListQuery {
  return {
    limit: parseLimit(params.get("limit")),
    after: parseCursorParam(params.get("cursor")),
    section: parseFilter(params, "section"),
    tag: parseFilter(params, "tag"),
    contributor: parseFilter(params, "contributor"),
    updatedSince: parseUpdatedSince(params.get("updated_since")),
  };
}

function parseLimit(value: string | null): number {
  if (value === null) return DEFAULT_LIMIT;
  const limit = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) {
    throw invalid("limit", `limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  }
  return limit;
}

function parseFilter(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  if (value === null) return null;
  // Slugs and ids are printable: control characters (a NUL cannot even reach PostgreSQL)
  // or lone surrogates name nothing.
  if (
    value.trim() === "" ||
    value.length > MAX_FILTER_LENGTH ||
    /[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(
      value,
    )
  ) {
    throw invalid(
      name,
      `${name} must be a slug or an id of at most ${MAX_FILTER_LENGTH} characters.`,
    );
  }
  return value.trim();
}

function parseUpdatedSince(value: string | null): Date | null {
  if (value === null) return null;
  const time = ISO_8601.test(value) && isRealDay(value.slice(0, 10)) ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) {
    throw invalid(
      "updated_since",
      "updated_since must be an ISO 8601 date, or a date and time with a zone, such as 2026-03-01T08:00:00Z.",
    );
  }
  return new Date(time);
}

/** Date.parse rolls 2026-02-31 over into March; a reader of the API meant no such day. */
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

function parseCursorParam(value: string | null): ArticleCursor | null {
  if (value === null) return null;
  const cursor = decodeCursor(value);
  if (!cursor) {
    throw invalid("cursor", "cursor is not one this API gave out; start again without it.");
  }
  return cursor;
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
