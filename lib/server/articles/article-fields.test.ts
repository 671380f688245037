import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { readerUrls } from "@/lib/content/reader-urls";
import { toFeedEntry } from "@/lib/content/feeds/feed-entry";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  ARTICLE_FIELD_NAMES,
  ARTICLE_FIELDS,
  GENERIC_INPUT_FIELDS,
  ZArticleFields,
  emptyArticleFields,
  type ArticleFieldName,
  type TArticleFields,
} from "@/lib/schemas/article-fields";
import en from "@/lib/i18n/messages/en.json";
import { createArticle, createUser, paragraphDoc } from "@/prisma/factories";
import { getApiArticle } from "../api/get-article";
import { buildNewsArticleJsonLd } from "../reader/structured-data";
import { LANGUAGE_FROM_DB } from "./article-columns";
import { editableSelect, toWorkingCopy } from "./article-editing";
import { getPublishedArticle } from "./get-published-article";
import { loadLiveArticles } from "./load-live-articles";
import { saveArticle } from "./save-article";
import { saveTextOnly } from "./save-text-only";
import { transitionArticle } from "./transition-article";

/**
 * The field map's promise, kept by running it: every field declared in
 * lib/schemas/article-fields.ts, given its own value, arrives through each save path in
 * the article row and the revision, through publish in the live snapshot, and in each
 * mapping for readers the map says carries it (and in no other). The fields are read from
 * the map, never listed here, so a field that one path forgets fails this test.
 */
afterAll(() => db.$disconnect());

const ORIGIN = "https://news.example.test";
type Variant = "A" | "B";

/** Rows a field may point to, one per variant, each with a name no other value contains. */
async function createReferences(run: string) {
  const make = async (v: Variant) => {
    const checksum = randomBytes(32).toString("hex");
    return {
      section: await db.section.create({
        data: { slug: `rt-${run}-${v}`, name: `欄目${v}${run}`, nameEn: `Section ${v}` },
      }),
      tag: await db.tag.create({ data: { slug: `rt-tag-${run}-${v}`, name: `標籤${v}${run}` } }),
      contributor: await db.contributor.create({
        data: { slug: `rt-c-${run}-${v}`, name: `記者${v}${run}` },
      }),
      media: await db.media.create({
        data: {
          checksum,
          storageKey: `o/${checksum}.jpg`,
          mimeType: "image/jpeg",
          sizeBytes: 1000,
          width: 1600,
          height: 1200,
          alt: "圖片說明",
        },
      }),
    };
  };
  return { A: await make("A"), B: await make("B") };
}
type References = Awaited<ReturnType<typeof createReferences>>;

/** A value for `name` that belongs to `variant` and to no other field. */
function sample(name: ArticleFieldName, v: Variant, refs: References, slug: string): unknown {
  const field = ARTICLE_FIELDS[name];
  const ref = refs[v];
  switch (field.kind) {
    case "text":
      return `${name}·${v}·${slug}`;
    case "slug":
      return `${slug}-${v.toLowerCase()}`;
    case "uuid":
      return field.references === "section" ? ref.section.id : ref.media.id;
    case "date":
      return v === "A" ? "2021-03-04" : "2022-05-06";
    case "instant":
      return v === "A" ? "2021-03-04T05:06:07.000Z" : "2022-05-06T07:08:09.000Z";
    case "language":
      return v === "A" ? "en" : "zh-Hans";
    case "doc":
      return paragraphDoc(`${name}·${v}·${slug}`);
    case "tags":
      return [ref.tag.id];
    case "bylines":
      return [{ contributorId: ref.contributor.id, role: "REPORTER" }];
  }
}

/** What of `name`'s value a reader's mapping shows (the section's name, not its id…). */
function trace(name: ArticleFieldName, fields: TArticleFields, refs: References): string {
  const field = ARTICLE_FIELDS[name];
  const value = fields[name];
  const ref = Object.values(refs).find(
    (r) =>
      r.section.id === value ||
      r.media.id === value ||
      JSON.stringify(value).includes(r.tag.id) ||
      JSON.stringify(value).includes(r.contributor.id),
  );
  switch (field.kind) {
    case "text":
    case "slug":
    case "date":
    case "instant":
      return String(value);
    case "language":
      return JSON.stringify(value);
    case "doc":
      return (value as ReturnType<typeof paragraphDoc>).content[0]!.content[0]!.text;
    case "uuid":
      return field.references === "section" ? ref!.section.name : ref!.media.storageKey;
    case "tags":
      return ref!.tag.name;
    case "bylines":
      return ref!.contributor.name;
  }
}

/** The editor's value of `name` as the live snapshot froze it. */
function liveValue(name: ArticleFieldName, live: Record<string, unknown>): unknown {
  const field = ARTICLE_FIELDS[name];
  const value = live[name];
  switch (field.kind) {
    case "text":
    case "slug":
    case "uuid":
    case "doc":
      return value;
    case "date":
      return value instanceof Date ? value.toISOString().slice(0, 10) : value;
    case "instant":
      return value instanceof Date ? value.toISOString() : value;
    case "language":
      return LANGUAGE_FROM_DB[value as keyof typeof LANGUAGE_FROM_DB];
    case "tags":
      return live.tagIds;
    case "bylines":
      return (live.bylines as Array<{ contributorId: string; role: string }>).map(
        ({ contributorId, role }) => ({ contributorId, role }),
      );
  }
}

describe("every field of the article field map", () => {
  it.each(["full save", "text-only fast path"] as const)(
    "arrives through the %s, publish and each mapping for readers",
    async (path) => {
      const run = randomBytes(4).toString("hex");
      const refs = await createReferences(run);
      const editor = await createUser(db, { role: "EDITOR" });
      const actor = { id: editor.id, role: "EDITOR" as const };
      const article = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
      const fieldsOf = (v: Variant) =>
        Object.fromEntries(
          ARTICLE_FIELD_NAMES.map((name) => [name, sample(name, v, refs, article.slug)]),
        ) as TArticleFields;

      // The full save: a new article's tags, bylines and slug all change.
      let expected = fieldsOf("A");
      const full = await saveArticle({
        actor,
        articleId: article.id,
        save: { baseVersion: article.version, kind: "MANUAL", fields: expected },
      });
      let saved = { version: full.version, revisionId: full.revisionId };
      if (path === "text-only fast path") {
        // Every column gets its B value; the fast path leaves tags and bylines (own tables).
        const b = fieldsOf("B");
        expected = { ...b, tagIds: expected.tagIds, bylines: expected.bylines };
        const fast = await saveTextOnly({
          articleId: article.id,
          actorId: editor.id,
          baseVersion: full.version,
          kind: "MANUAL",
          reason: null,
          fields: expected,
          body: expected.body,
          now: new Date(),
          gapMs: 0,
        });
        expect(fast).not.toBeNull();
        saved = fast!;
      }
      await transitionArticle({
        actor,
        articleId: article.id,
        transition: "publish",
        version: saved.version,
      });

      const row = await db.article.findUniqueOrThrow({
        where: { id: article.id },
        select: editableSelect,
      });
      const revision = await db.revision.findUniqueOrThrow({ where: { id: saved.revisionId! } });
      const live = await db.publishedVersion.findFirstOrThrow({
        where: { articleId: article.id, isLive: true },
      });
      const [liveArticle] = await loadLiveArticles({ where: { articleId: article.id }, take: 1 });
      const published = await getPublishedArticle(expected.slug);
      const readers = {
        ninjs: JSON.stringify(await getApiArticle(article.id, ORIGIN)),
        feeds: JSON.stringify(toFeedEntry(liveArticle!, readerUrls(ORIGIN))),
        jsonLd: JSON.stringify(
          buildNewsArticleJsonLd(published!, ORIGIN, `/articles/${expected.slug}`, {
            name: "Galley",
            logo: null,
          }),
        ),
      };

      const copy = toWorkingCopy(row).fields;
      const snapshot = revision.snapshot as Record<string, unknown>;
      for (const name of ARTICLE_FIELD_NAMES) {
        const field = ARTICLE_FIELDS[name];
        expect(copy[name], `${name} in the article row`).toEqual(expected[name]);
        expect(snapshot[name], `${name} in the revision`).toEqual(expected[name]);
        if (field.live)
          expect(liveValue(name, live), `${name} in the live snapshot`).toEqual(expected[name]);
        for (const mapping of ["ninjs", "feeds", "jsonLd"] as const) {
          const shown = trace(name, expected, refs);
          if (field.readers[mapping])
            expect(readers[mapping], `${name} in ${mapping}`).toContain(shown);
          else expect(readers[mapping], `${name} not in ${mapping}`).not.toContain(shown);
        }
      }
    },
  );

  it("gives a new article values its own schema accepts", () => {
    expect(ZArticleFields.safeParse(emptyArticleFields({ slug: "new-article" })).success).toBe(
      true,
    );
  });

  it("labels every field the editor draws from the map (lib/i18n's test checks the other languages)", () => {
    const labels: Record<string, unknown> = en.editor;
    for (const name of GENERIC_INPUT_FIELDS)
      expect(typeof labels[name], `editor.${name}`).toBe("string");
  });

  it("covers every column the editor could write, and every column of the live snapshot", () => {
    // Kept by the workflow, publisher, live coverage or database: never sent by the editor.
    const notEditable = [
      "id",
      "kind",
      "liveEndedAt",
      "status",
      "statusChangedAt",
      "reviewChain",
      "reviewStage",
      "version",
      "metaVersion",
      "scheduledAt",
      "scheduleError",
      "scheduleFailedAt",
      "embargoUntil",
      "publishedAt",
      "publicUpdatedAt",
      "unpublishedAt",
      "liveVersionId",
      "createdById",
      "createdAt",
      "updatedAt",
    ];
    const mapped = ARTICLE_FIELD_NAMES.filter((name) =>
      Object.hasOwn(Prisma.ArticleScalarFieldEnum, name),
    );
    expect(Object.keys(Prisma.ArticleScalarFieldEnum).sort()).toEqual(
      [...notEditable, ...mapped].sort(),
    );
    const snapshotOwn = [
      "id",
      "articleId",
      "number",
      "isLive",
      "tagIds",
      "contributorIds",
      "bylines",
      "bodyHtml",
      "publishedAt",
      "updatedAt",
      "createdById",
      "createdAt",
      "sourceVersion",
    ];
    const liveColumns = ARTICLE_FIELD_NAMES.filter(
      (name) => ARTICLE_FIELDS[name].live && Object.hasOwn(Prisma.ArticleScalarFieldEnum, name),
    );
    expect(Object.keys(Prisma.PublishedVersionScalarFieldEnum).sort()).toEqual(
      [...new Set([...snapshotOwn, ...liveColumns])].sort(),
    );
  });
});
