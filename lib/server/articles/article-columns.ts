import "server-only";
import { Prisma, type Language } from "@/lib/generated/prisma/client";
import {
  ARTICLE_COLUMN_NAMES,
  ARTICLE_FIELDS,
  type ArticleColumnName,
  type ArticleFieldKind,
  type LiveFieldName,
  type TArticleFields,
} from "@/lib/schemas/article-fields";

/**
 * The field map (lib/schemas/article-fields.ts) in Prisma's and SQL's terms: the select,
 * the save data, the fast path's SET list and the live snapshot's copy are all built from
 * it here, so a field declared there reaches every one of them.
 */

/** Between the API's language tags and the database enum. */
export const LANGUAGE_TO_DB: Record<TArticleFields["language"], Language> = {
  "zh-Hant": "zh_Hant",
  "zh-Hans": "zh_Hans",
  en: "en",
};
export const LANGUAGE_FROM_DB: Record<Language, TArticleFields["language"]> = {
  zh_Hant: "zh-Hant",
  zh_Hans: "zh-Hans",
  en: "en",
};

type ColumnKind = Exclude<ArticleFieldKind, "tags" | "bylines">;
type Codec = {
  toDb: (value: never) => unknown;
  fromDb: (value: never) => unknown;
  /** The raw SQL parameter; the raw statement sees enum values as mapped ("zh-Hant"). */
  sql: (value: never) => Prisma.Sql;
};

const same = <T>(value: T) => value;
const CODECS: Record<ColumnKind, Codec> = {
  text: { toDb: same, fromDb: same, sql: (value: string | null) => Prisma.sql`${value}` },
  slug: { toDb: same, fromDb: same, sql: (value: string) => Prisma.sql`${value}` },
  uuid: { toDb: same, fromDb: same, sql: (value: string | null) => Prisma.sql`${value}::uuid` },
  date: {
    toDb: (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null),
    fromDb: (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null),
    sql: (value: string | null) => Prisma.sql`${value}::date`,
  },
  instant: {
    toDb: (value: string | null) => (value ? new Date(value) : null),
    fromDb: (value: Date | null) => (value ? value.toISOString() : null),
    // The column is a timestamp without zone holding UTC (as Prisma writes it): convert
    // explicitly, so the session's TimeZone setting cannot shift the stored moment.
    sql: (value: string | null) => Prisma.sql`(${value}::timestamptz at time zone 'UTC')`,
  },
  language: {
    toDb: (value: TArticleFields["language"]) => LANGUAGE_TO_DB[value],
    fromDb: (value: Language) => LANGUAGE_FROM_DB[value],
    sql: (value: string) => Prisma.sql`${value}::"Language"`,
  },
  doc: {
    toDb: same,
    fromDb: same,
    sql: (value: unknown) => Prisma.sql`${JSON.stringify(value)}::jsonb`,
  },
};

const codec = (name: ArticleColumnName) =>
  CODECS[ARTICLE_FIELDS[name].kind] as {
    toDb: (value: unknown) => unknown;
    fromDb: (value: unknown) => unknown;
    sql: (value: unknown) => Prisma.Sql;
  };
const byColumn = <N extends ArticleColumnName, T>(names: readonly N[], value: (name: N) => T) =>
  Object.fromEntries(names.map((name) => [name, value(name)]));

type LiveColumnName = LiveFieldName & ArticleColumnName;
const LIVE_COLUMN_NAMES = ARTICLE_COLUMN_NAMES.filter(
  (name): name is LiveColumnName => ARTICLE_FIELDS[name].live,
);

/** Selects every mapped column of Article. */
export const articleColumnSelect = byColumn(ARTICLE_COLUMN_NAMES, () => true) as {
  [K in ArticleColumnName]: true;
};
/** Selects the mapped columns a live snapshot copies. */
export const liveColumnSelect = byColumn(LIVE_COLUMN_NAMES, () => true) as {
  [K in LiveColumnName]: true;
};

/** The editor's values of the mapped columns, from a row read with `articleColumnSelect`. */
export function columnsToFields(
  row: Prisma.ArticleGetPayload<{ select: typeof articleColumnSelect }>,
): Pick<TArticleFields, ArticleColumnName> {
  const values = row as Record<ArticleColumnName, unknown>;
  return byColumn(ARTICLE_COLUMN_NAMES, (name) => codec(name).fromDb(values[name])) as Pick<
    TArticleFields,
    ArticleColumnName
  >;
}

/** Prisma's update data for the mapped columns (`fields.body` already validated). */
export function fieldsToColumns(fields: TArticleFields): Prisma.ArticleUncheckedUpdateManyInput {
  return byColumn(ARTICLE_COLUMN_NAMES, (name) =>
    codec(name).toDb(fields[name]),
  ) as Prisma.ArticleUncheckedUpdateManyInput;
}

/** `"column" = value::cast, …` for every mapped column: the fast path's SET list. */
export function columnAssignments(
  fields: TArticleFields,
  except: readonly ArticleColumnName[] = [],
): Prisma.Sql {
  return Prisma.join(
    ARTICLE_COLUMN_NAMES.filter((name) => !except.includes(name)).map(
      (name) => Prisma.sql`${Prisma.raw(`"${name}"`)} = ${codec(name).sql(fields[name])}`,
    ),
  );
}

/** The live snapshot's copy of the live columns, as stored (Prisma values). */
export function liveColumnsOf(
  row: Prisma.ArticleGetPayload<{ select: typeof liveColumnSelect }>,
): Pick<Prisma.PublishedVersionUncheckedCreateInput, LiveColumnName> {
  const values = row as Record<LiveColumnName, unknown>;
  return byColumn(LIVE_COLUMN_NAMES, (name) => values[name]) as Pick<
    Prisma.PublishedVersionUncheckedCreateInput,
    LiveColumnName
  >;
}

// A field declared in the map but missing from schema.prisma stops the build here.
type NotAnArticleColumn = Exclude<ArticleColumnName, keyof Prisma.ArticleUncheckedUpdateInput>;
type NotASnapshotColumn = Exclude<
  LiveColumnName,
  keyof Prisma.PublishedVersionUncheckedCreateInput
>;
export const schemaHasEveryMappedColumn: [NotAnArticleColumn | NotASnapshotColumn] extends [never]
  ? true
  : { missingFromSchemaPrisma: NotAnArticleColumn | NotASnapshotColumn } = true;
