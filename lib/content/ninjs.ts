import { withAbsoluteMediaUrls } from "./image-html";
import { formatCredits, type BylineRole } from "./credits";
import { lastModified, type LiveArticleData } from "./live-article";
import type { ReaderUrls } from "./reader-urls";
import type { OutwardFieldName } from "../schemas/article-fields";

export const NINJS_STANDARD = {
  name: "ninjs",
  version: "2.1",
  schema: "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#",
} as const;

/**
 * Where each article field that ninjs carries goes (the field map's `ninjs: true`): a
 * field marked so must be placed here, and the round-trip test checks its value arrives.
 */
export const NINJS_FIELD_PLACES = {
  headline: "headlines[role=main]",
  dek: "descriptions[role=summary]",
  slug: "slugline, altids[role=slug]",
  sectionId: "subjects[rel=section]",
  tagIds: "subjects[rel=tag]",
  language: "language",
  datelinePlace: "located",
  bylines: "by, people, organisations",
  body: "bodies[role=main]",
} as const satisfies Record<OutwardFieldName<"ninjs">, string>;

type Named = { name: string; rel: string; uri?: string; literal: string };

/**
 * A live article as an IPTC ninjs 2.1 news item. ninjs 2 names the 1.x fields
 * differently, and its schema refuses unknown properties, so: the headline is
 * `headlines[role=main]`, the body HTML `bodies[contenttype=text/html]`, the printed
 * credit line (the byline) `by`, the dek `descriptions[role=summary]`. Bylines are
 * `people` (or `organisations`, e.g. the producing unit) with their role as `rel`; the
 * dateline's place is `located`; the section and tags are `subjects`.
 */
export function toNinjs(article: LiveArticleData, urls: ReaderUrls) {
  const byline = formatCredits(article.credits, article.language);
  const credited = (kind: "PERSON" | "ORGANIZATION"): Named[] =>
    article.credits
      .filter((credit) => (credit.kind ?? "PERSON") === kind)
      .map((credit) => ({
        name: credit.name,
        rel: ninjsRole(credit.role),
        ...(credit.slug ? { uri: urls.contributor(credit.slug) } : {}),
        literal: credit.slug ?? credit.name,
      }));
  const people = credited("PERSON");
  const organisations = credited("ORGANIZATION");
  const subjects: Named[] = [
    ...(article.section
      ? [
          {
            name: article.section.name,
            rel: "section",
            uri: urls.section(article.section.slug),
            literal: article.section.slug,
          },
        ]
      : []),
    ...article.tags.map((tag) => ({
      name: tag.name,
      rel: "tag",
      uri: urls.tag(tag.slug),
      literal: tag.slug,
    })),
  ];
  return {
    uri: urls.apiArticle(article.id),
    standard: NINJS_STANDARD,
    type: "text",
    representationtype: "full",
    profile: "galley-article",
    version: String(article.number),
    firstcreated: article.publishedAt.toISOString(),
    versioncreated: lastModified(article).toISOString(),
    pubstatus: "usable",
    language: article.language,
    slugline: article.slug,
    headlines: [{ role: "main", contenttype: "text/plain", value: article.headline }],
    ...(article.dek
      ? { descriptions: [{ role: "summary", contenttype: "text/plain", value: article.dek }] }
      : {}),
    ...(byline ? { by: byline } : {}),
    ...(article.datelinePlace ? { located: article.datelinePlace } : {}),
    bodies: [
      {
        role: "main",
        contenttype: "text/html",
        value: withAbsoluteMediaUrls(article.bodyHtml, urls.origin),
      },
    ],
    ...(people.length > 0 ? { people } : {}),
    ...(organisations.length > 0 ? { organisations } : {}),
    ...(subjects.length > 0 ? { subjects } : {}),
    altids: [
      { role: "slug", value: article.slug },
      { role: "url", value: urls.article(article.slug) },
    ],
  };
}

export type NinjsItem = ReturnType<typeof toNinjs>;

/** `RESPONSIBLE_EDITOR` → `responsible-editor`. */
function ninjsRole(role: BylineRole): string {
  return role.toLowerCase().replaceAll("_", "-");
}
