import { withAbsoluteMediaUrls } from "../image-html";
import { escapeHtml } from "../render-html";
import { formatCredits, roleLabel, type BylineRole } from "../credits";
import { lastModified, type LiveArticleData } from "../live-article";
import type { ReaderUrls } from "../reader-urls";
import type { OutwardFieldName } from "../../schemas/article-fields";

/**
 * Where each article field that feeds carry goes (the field map's `feeds: true`): a field
 * marked so must be placed here, and the round-trip test checks its value arrives.
 */
export const FEED_FIELD_PLACES = {
  headline: "title",
  dek: "summary",
  slug: "url",
  sectionId: "categories (the section)",
  tagIds: "categories (the tags)",
  language: "language",
  bylines: "creditLine, people",
  body: "contentHtml",
} as const satisfies Record<OutwardFieldName<"feeds">, string>;

/** One article as every feed format carries it. */
export type FeedEntry = {
  /** Stable across slug changes, so a feed reader never shows an article twice. */
  guid: string;
  url: string;
  title: string;
  summary: string | null;
  /** The printed credits, e.g. `德州日報新媒體出品　記者｜王賀　編輯｜李榕`. */
  creditLine: string;
  /** The credit line as a paragraph, then the live body. */
  contentHtml: string;
  language: string;
  people: FeedPerson[];
  categories: { term: string; label: string; url: string }[];
  published: Date;
  updated: Date;
};

export type FeedPerson = {
  name: string;
  url: string | null;
  role: BylineRole;
  /** The role as printed in the article's language (記者, 編輯, Photo:…). */
  label: string;
  isOrganization: boolean;
  /** Wrote, shot or drew the piece (an Atom author), rather than edited or produced it (a contributor). */
  isCreator: boolean;
};

/** The channel a feed describes: the whole site, or one section. */
export type FeedChannel = {
  title: string;
  description: string;
  language: string;
  homeUrl: string;
  urls: { rss: string; atom: string; json: string };
};

const NOT_CREATORS = new Set<BylineRole>(["EDITOR", "RESPONSIBLE_EDITOR", "PRODUCER"]);

export function toFeedEntry(article: LiveArticleData, urls: ReaderUrls): FeedEntry {
  const creditLine = formatCredits(article.credits, article.language);
  return {
    guid: `urn:uuid:${article.id}`,
    url: urls.article(article.slug),
    title: article.headline,
    summary: article.dek,
    creditLine,
    contentHtml:
      (creditLine ? `<p class="credits">${escapeHtml(creditLine)}</p>\n` : "") +
      withAbsoluteMediaUrls(article.bodyHtml, urls.origin),
    language: article.language,
    people: article.credits.map((credit) => ({
      name: credit.name,
      url: credit.slug ? urls.contributor(credit.slug) : null,
      role: credit.role,
      label: roleLabel(credit.role, article.language),
      isOrganization: credit.kind === "ORGANIZATION",
      isCreator: !NOT_CREATORS.has(credit.role),
    })),
    categories: [
      ...(article.section
        ? [
            {
              term: article.section.slug,
              label: article.section.name,
              url: urls.section(article.section.slug),
            },
          ]
        : []),
      ...article.tags.map((tag) => ({ term: tag.slug, label: tag.name, url: urls.tag(tag.slug) })),
    ],
    published: article.publishedAt,
    updated: lastModified(article),
  };
}

/** The newest change among the entries: a feed's own "updated" time, stable between builds. */
export function feedUpdated(entries: FeedEntry[]): Date {
  return entries.reduce(
    (latest, entry) => (entry.updated > latest ? entry.updated : latest),
    new Date(0),
  );
}
