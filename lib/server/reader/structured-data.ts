import "server-only";
import { publicationName } from "@/lib/content/publication";
import { nameInScript, scriptOf } from "@/lib/content/reader-script";
import type { PublishedArticle } from "../articles/published-article";
import { getPublication } from "../settings/get-publication";
import { findContributor } from "./lookups";
import { absoluteAt, absoluteMediaAt } from "@/lib/site-url";
import type { OutwardFieldName } from "@/lib/schemas/article-fields";

/**
 * Where each article field the JSON-LD carries goes (the field map's `jsonLd: true`): a
 * field marked so must be placed here, and the round-trip test checks its value arrives.
 */
export const JSON_LD_FIELD_PLACES = {
  headline: "headline",
  dek: "description",
  slug: "url, mainEntityOfPage (the page's path)",
  sectionId: "articleSection",
  language: "inLanguage",
  datelinePlace: "dateline",
  datelineDate: "dateline",
  featuredImageId: "image",
  bylines: "author, editor, sourceOrganization",
} as const satisfies Record<OutwardFieldName<"jsonLd">, string>;

/** Roles whose people wrote or made the story (schema.org author); desk roles are editors. */
const AUTHOR_ROLES = new Set([
  "REPORTER",
  "CORRESPONDENT",
  "WRITER",
  "PHOTOGRAPHER",
  "VIDEOGRAPHER",
  "ILLUSTRATOR",
  "TRANSLATOR",
]);
const EDITOR_ROLES = new Set(["EDITOR", "RESPONSIBLE_EDITOR"]);

/** Who publishes: the publication's name (in the article's script) and its logo, if it has one. */
export type Publisher = {
  name: string;
  logo: { url: string; width: number; height: number } | null;
};

/** What a contributor's profile adds to their schema.org Person (or Organization). */
export type CreditProfile = { jobTitle: string | null; image: string | null; sameAs: string[] };

/**
 * A contributor as schema.org names them: a Person with `jobTitle`, or an Organization
 * (which has no job title); `image` their photo, `sameAs` their own pages elsewhere.
 */
export function personJsonLd(
  who: { kind?: "PERSON" | "ORGANIZATION" | undefined; name: string; url?: string },
  profile: CreditProfile | undefined,
  origin: string,
) {
  const isOrganization = who.kind === "ORGANIZATION";
  return {
    "@type": isOrganization ? "Organization" : "Person",
    name: who.name,
    ...(who.url ? { url: who.url } : {}),
    ...(profile?.jobTitle && !isOrganization ? { jobTitle: profile.jobTitle } : {}),
    ...(profile?.image ? { image: absoluteMediaAt(origin, profile.image) } : {}),
    ...(profile?.sameAs.length ? { sameAs: profile.sameAs } : {}),
  };
}

/** The profiles of an article's credited contributors, by address, titles in its script. */
async function creditProfiles(article: PublishedArticle): Promise<Map<string, CreditProfile>> {
  const slugs = [
    ...new Set(article.credits.flatMap((credit) => (credit.slug ? [credit.slug] : []))),
  ];
  const script = scriptOf(article.language);
  const found = await Promise.all(slugs.map((slug) => findContributor(slug)));
  return new Map(
    found.flatMap((contributor) =>
      contributor
        ? [
            [
              contributor.slug,
              {
                jobTitle: nameInScript(contributor.jobTitle, script),
                image: contributor.photo?.url ?? null,
                sameAs: contributor.links,
              },
            ] as const,
          ]
        : [],
    ),
  );
}

/** schema.org NewsArticle for an article page (Google's article structured data). */
export async function newsArticleJsonLd(article: PublishedArticle, origin: string, path: string) {
  const [publication, profiles] = await Promise.all([getPublication(), creditProfiles(article)]);
  return buildNewsArticleJsonLd(
    article,
    origin,
    path,
    { name: publicationName(publication, article.language), logo: publication.logo },
    profiles,
  );
}

/** The JSON-LD itself, for `publisher`. */
export function buildNewsArticleJsonLd(
  article: PublishedArticle,
  origin: string,
  path: string,
  publisher: Publisher,
  /** Credited contributors' profiles by address (jobTitle, image, sameAs). */
  profiles: ReadonlyMap<string, CreditProfile> = new Map(),
) {
  const absoluteUrl = (sitePath: string) => absoluteAt(origin, sitePath);
  const person = (credit: PublishedArticle["credits"][number]) =>
    personJsonLd(
      {
        kind: credit.kind,
        name: credit.name,
        ...(credit.slug ? { url: absoluteUrl(`/contributors/${credit.slug}`) } : {}),
      },
      credit.slug ? profiles.get(credit.slug) : undefined,
      origin,
    );
  const authors = article.credits.filter((credit) => AUTHOR_ROLES.has(credit.role));
  const editors = article.credits.filter((credit) => EDITOR_ROLES.has(credit.role));
  const producers = article.credits.filter((credit) => credit.role === "PRODUCER");
  const dateline = [article.datelinePlace, article.datelineDate?.toISOString().slice(0, 10)]
    .filter(Boolean)
    .join(" ");
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": absoluteUrl(path) },
    url: absoluteUrl(path),
    headline: article.headline,
    ...(article.dek ? { description: article.dek } : {}),
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.updatedAt ?? article.publishedAt).toISOString(),
    inLanguage: article.language,
    ...(article.section ? { articleSection: article.section.name } : {}),
    ...(dateline ? { dateline } : {}),
    author: (authors.length ? authors : producers).map(person),
    ...(editors.length ? { editor: editors.map(person) } : {}),
    ...(producers.length ? { sourceOrganization: producers.map(person) } : {}),
    image: [
      article.featuredImage
        ? absoluteMediaAt(origin, article.featuredImage.url)
        : absoluteUrl("/og-default.png"),
    ],
    publisher: {
      "@type": "Organization",
      name: publisher.name,
      url: absoluteUrl("/"),
      ...(publisher.logo
        ? {
            logo: {
              "@type": "ImageObject",
              url: absoluteMediaAt(origin, publisher.logo.url),
              width: publisher.logo.width,
              height: publisher.logo.height,
            },
          }
        : {}),
    },
  };
}
