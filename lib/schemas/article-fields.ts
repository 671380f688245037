import { z } from "./zod";
// Relative, so seeds, factories and scripts outside Next resolve it too.
import { BYLINE_ROLES } from "../content/credits";

/** URL slugs: lower-case ASCII words joined by hyphens (Chinese headlines become pinyin). */
export const ZSlug = z
  .string()
  .trim()
  .min(1, "Enter a slug.")
  .max(120, "Keep the slug under 120 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens only.");

export const LANGUAGES = ["zh-Hant", "zh-Hans", "en"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .max(max, `Keep this under ${max} characters.`)
    .transform((value) => value.trim() || null)
    .nullable();

/**
 * How a field is stored, which decides its SQL cast, its Prisma value and how the
 * round-trip test fills it: `text` and `slug` are text columns; `uuid` a reference (to
 * `references`); `date` a calendar day ("YYYY-MM-DD" in the editor); `instant` a moment
 * (an ISO 8601 UTC string in the editor, "2026-12-08T10:00:00.000Z"); `language` the
 * `Language` enum; `doc` the Tiptap body (jsonb). `tags` and `bylines` are rows of their
 * own tables (ArticleTag, Byline), not Article columns.
 */
export type ArticleFieldKind =
  "text" | "slug" | "uuid" | "date" | "instant" | "language" | "doc" | "tags" | "bylines";

type FieldSpec = {
  kind: ArticleFieldKind;
  /** The value as the editor sends it on every save (validated by ZArticleFields). */
  schema: z.ZodType;
  /** A new article's value. */
  empty: unknown;
  /** What a `uuid` field points to. */
  references?: "section" | "media";
  /**
   * The editor's control: `line` / `lines` are drawn from this map (label `editor.<name>`,
   * id the name in kebab-case); `custom` has a hand-built control in components/editor.
   */
  input: "line" | "lines" | "custom";
  /** Frozen into the live snapshot (PublishedVersion keeps a column of the same name). */
  live: boolean;
  /** Whether the content API's ninjs item, the feeds and the article page's JSON-LD carry it. */
  readers: Record<ReaderMapping, boolean>;
};

export type ReaderMapping = "ninjs" | "feeds" | "jsonLd";

/**
 * Every editable field of an article, declared once: the editor's schema, the selects,
 * the save data, the autosave fast path's SQL and the live snapshot are built from this
 * map, and the outward mappings (lib/content/ninjs.ts, lib/content/feeds/feed-entry.ts,
 * lib/server/reader/structured-data.ts) are checked against it. Adding a field: see
 * "How to add an article field" in docs/ARCHITECTURE.md.
 */
export const ARTICLE_FIELDS = {
  headline: {
    kind: "text",
    schema: z.string().trim().max(300, "Keep the headline under 300 characters."),
    empty: "",
    input: "custom",
    live: true,
    readers: { ninjs: true, feeds: true, jsonLd: true },
  },
  dek: {
    kind: "text",
    schema: optionalText(1000),
    empty: null,
    input: "custom",
    live: true,
    readers: { ninjs: true, feeds: true, jsonLd: true },
  },
  slug: {
    kind: "slug",
    schema: ZSlug,
    empty: "",
    input: "custom",
    live: true,
    readers: { ninjs: true, feeds: true, jsonLd: true },
  },
  sectionId: {
    kind: "uuid",
    references: "section",
    schema: z.uuid().nullable(),
    empty: null,
    input: "custom",
    live: true,
    readers: { ninjs: true, feeds: true, jsonLd: true },
  },
  tagIds: {
    kind: "tags",
    schema: z.array(z.uuid()).max(30),
    empty: [],
    input: "custom",
    live: true,
    readers: { ninjs: true, feeds: true, jsonLd: false },
  },
  language: {
    kind: "language",
    schema: z.enum(LANGUAGES),
    empty: "zh-Hant",
    input: "custom",
    live: true,
    readers: { ninjs: true, feeds: true, jsonLd: true },
  },
  datelinePlace: {
    kind: "text",
    schema: optionalText(100),
    empty: null,
    input: "custom",
    live: true,
    readers: { ninjs: true, feeds: false, jsonLd: true },
  },
  datelineDate: {
    kind: "date",
    schema: z.iso.date().nullable(),
    empty: null,
    input: "custom",
    live: true,
    readers: { ninjs: false, feeds: false, jsonLd: true },
  },
  seoTitle: {
    kind: "text",
    schema: optionalText(200),
    empty: null,
    input: "line",
    live: true,
    readers: { ninjs: false, feeds: false, jsonLd: false },
  },
  seoDescription: {
    kind: "text",
    schema: optionalText(500),
    empty: null,
    input: "lines",
    live: true,
    readers: { ninjs: false, feeds: false, jsonLd: false },
  },
  featuredImageId: {
    kind: "uuid",
    references: "media",
    schema: z.uuid().nullable(),
    empty: null,
    input: "custom",
    live: true,
    readers: { ninjs: false, feeds: false, jsonLd: true },
  },
  bylines: {
    kind: "bylines",
    schema: z
      .array(z.strictObject({ contributorId: z.uuid(), role: z.enum(BYLINE_ROLES) }))
      .max(30),
    empty: [],
    input: "custom",
    live: true,
    readers: { ninjs: true, feeds: true, jsonLd: true },
  },
  /**
   * The story's deadline, for the desk's queues and the overdue flag: newsroom-only, so
   * neither the live snapshot nor readers get it. Entered in the newsroom's time zone and
   * sent as an instant; any offset is accepted and stored as UTC.
   */
  dueAt: {
    kind: "instant",
    schema: z.iso
      .datetime({ offset: true, error: "Enter the due time as a date and time." })
      .nullable()
      .transform((value) => (value ? new Date(value).toISOString() : null)),
    empty: null,
    input: "custom",
    live: false,
    readers: { ninjs: false, feeds: false, jsonLd: false },
  },
  /** Tiptap JSON; validated against the editor's schema by the use-case (lib/content). */
  body: {
    kind: "doc",
    schema: z.unknown(),
    empty: { type: "doc", content: [{ type: "paragraph" }] },
    input: "custom",
    live: true,
    readers: { ninjs: true, feeds: true, jsonLd: false },
  },
} as const satisfies Record<string, FieldSpec>;

type Fields = typeof ARTICLE_FIELDS;
export type ArticleFieldName = keyof Fields;
type FieldsWhere<P extends keyof FieldSpec, V> = {
  [K in ArticleFieldName]: Fields[K][P & keyof Fields[K]] extends V ? K : never;
}[ArticleFieldName];

/** Fields stored in Article's own columns (everything but tags and bylines). */
export type ArticleColumnName = Exclude<ArticleFieldName, FieldsWhere<"kind", "tags" | "bylines">>;
/** Fields a live snapshot keeps. */
export type LiveFieldName = FieldsWhere<"live", true>;
/** Fields a mapping for readers carries: its table must name each (the compiler checks). */
export type OutwardFieldName<M extends ReaderMapping> = {
  [K in ArticleFieldName]: Fields[K]["readers"][M] extends true ? K : never;
}[ArticleFieldName];
/** Fields whose control the editor draws from this map. */
export type GenericInputFieldName = FieldsWhere<"input", "line" | "lines">;

export const ARTICLE_FIELD_NAMES = Object.keys(ARTICLE_FIELDS) as ArticleFieldName[];

export const ARTICLE_COLUMN_NAMES = ARTICLE_FIELD_NAMES.filter(
  (name): name is ArticleColumnName =>
    ARTICLE_FIELDS[name].kind !== "tags" && ARTICLE_FIELDS[name].kind !== "bylines",
);

export const GENERIC_INPUT_FIELDS = ARTICLE_FIELD_NAMES.filter(
  (name): name is GenericInputFieldName => ARTICLE_FIELDS[name].input !== "custom",
);

/** The editor's drawn controls as plain data: the server hands them over, so zod stays out of the browser. */
export type GenericInput = { name: GenericInputFieldName; lines: boolean };
export const GENERIC_INPUTS: GenericInput[] = GENERIC_INPUT_FIELDS.map((name) => ({
  name,
  lines: ARTICLE_FIELDS[name].input === "lines",
}));

/** The editable fields of the working copy, as the editor sends them on every save. */
export const ZArticleFields = z.strictObject(
  Object.fromEntries(ARTICLE_FIELD_NAMES.map((name) => [name, ARTICLE_FIELDS[name].schema])) as {
    [K in ArticleFieldName]: Fields[K]["schema"];
  },
);
export type TArticleFields = z.infer<typeof ZArticleFields>;

/** A new article's fields (each field's `empty`), with `overrides`. */
export function emptyArticleFields(overrides: Partial<TArticleFields> = {}): TArticleFields {
  const empty: Record<string, unknown> = Object.fromEntries(
    ARTICLE_FIELD_NAMES.map((name) => [name, structuredClone(ARTICLE_FIELDS[name].empty)]),
  );
  return { ...(empty as TArticleFields), ...overrides };
}
