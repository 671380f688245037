import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleList } from "@/components/reader/article-list";
import { ArticleView } from "@/components/reader/article-view";
import { JsonLd } from "@/components/reader/json-ld";
import { LiveCoverage } from "@/components/reader/live-coverage";
import { ScriptToggle } from "@/components/reader/script-toggle";
import { languageOf, nameInScript, scriptOf, type Script } from "@/lib/content/reader-script";
import type { ReaderSearchParams } from "@/lib/reader-routes";
import { getPublishedArticle } from "@/lib/server/articles/get-published-article";
import { listRelated } from "@/lib/server/reader/listings";
import { findTags } from "@/lib/server/reader/lookups";
import { articleInScript, liveInScript, summariesInScript } from "@/lib/server/reader/script-view";
import { getLiveCoverage } from "@/lib/server/reader/live-updates";
import { liveBlogJsonLd } from "@/lib/server/reader/live-structured-data";
import { requestOrigin } from "@/lib/server/http/request-origin";
import { scriptChoice } from "@/lib/server/reader/script-choice";
import { readerPublication } from "@/lib/server/reader/reader-publication";
import { newsArticleJsonLd } from "@/lib/server/reader/structured-data";
import { absoluteAt, absoluteMediaAt, FEED_TYPES } from "@/lib/site-url";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<ReaderSearchParams<"article">>;
};

/**
 * The live article in the reader's script: the URL's ?script, else their Chinese UI's,
 * else its own. `script` is the conversion shown (null: its own script), which the
 * canonical URL names; `choice.query` is what links carry on.
 */
async function load({ params, searchParams }: Props) {
  const slug = decodeURIComponent((await params).slug);
  const live = await getPublishedArticle(slug);
  if (!live) return null;
  const own = scriptOf(live.language);
  const choice = await scriptChoice((await searchParams).script);
  const wanted = choice.chosen ?? choice.plain;
  const script: Script | null = own && wanted && wanted !== own ? wanted : null;
  const path = `/articles/${live.slug}`;
  const url = script ? `${path}?script=${script}` : path;
  return { live, own, script, choice, path, url, article: articleInScript(live, script) };
}

const OG_LOCALE = { "zh-Hant": "zh_TW", "zh-Hans": "zh_CN", en: "en_US" } as const;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props);
  if (!loaded) return {};
  const { article, own, path, url } = loaded;
  const [origin, { name: siteName }] = await Promise.all([requestOrigin(), readerPublication()]);
  const description = article.seoDescription ?? article.dek ?? undefined;
  const other: Script | null = own === "hant" ? "hans" : own === "hans" ? "hant" : null;
  const featured = article.featuredImage && {
    url: absoluteMediaAt(origin, article.featuredImage.url),
    width: article.featuredImage.width,
    height: article.featuredImage.height,
    alt: article.featuredImage.alt,
  };
  return {
    title: article.seoTitle ?? article.headline,
    ...(description ? { description } : {}),
    alternates: {
      types: FEED_TYPES,
      canonical: url,
      ...(own && other
        ? {
            languages: {
              [languageOf(own)]: path,
              [languageOf(other)]: `${path}?script=${other}`,
              "x-default": path,
            },
          }
        : {}),
    },
    openGraph: {
      // A page's openGraph replaces the layout's whole, so the site's name is restated here.
      siteName,
      type: "article",
      url,
      title: article.headline,
      ...(description ? { description } : {}),
      locale: OG_LOCALE[article.language],
      publishedTime: article.publishedAt.toISOString(),
      ...(article.updatedAt ? { modifiedTime: article.updatedAt.toISOString() } : {}),
      ...(article.section ? { section: article.section.name } : {}),
      authors: article.credits
        .filter((credit) => credit.slug && credit.role !== "PRODUCER")
        .map((credit) => absoluteAt(origin, `/contributors/${credit.slug}`)),
      ...(featured ? { images: [featured] } : {}),
    },
    twitter: {
      card: featured ? "summary_large_image" : "summary",
      title: article.headline,
      ...(description ? { description } : {}),
      ...(featured ? { images: [featured] } : {}),
    },
  };
}

export default async function ArticlePage(props: Props) {
  const loaded = await load(props);
  if (!loaded) notFound();
  const { live, article, own, script, choice, path, url } = loaded;
  const t = await getTranslations("reader");
  const { query } = choice;
  const older = (await props.searchParams).older;
  const [tags, related, origin, publication, coverage] = await Promise.all([
    findTags(live.tagIds),
    listRelated(live.id, { sectionId: live.sectionId, tagIds: live.tagIds }),
    requestOrigin(),
    readerPublication(),
    live.kind === "LIVE"
      ? getLiveCoverage(live.id, typeof older === "string" ? older : undefined)
      : null,
  ]);
  const shownCoverage = coverage && liveInScript(coverage, live.language, script);
  const jsonLd = await newsArticleJsonLd(article, origin, url);
  return (
    <>
      <JsonLd
        data={
          shownCoverage
            ? liveBlogJsonLd(jsonLd, shownCoverage, {
                startedAt: live.publishedAt,
                endedAt: live.liveEndedAt,
                origin,
                path: url,
              })
            : jsonLd
        }
      />
      <ArticleView
        live={
          shownCoverage && (
            <LiveCoverage
              articleId={live.id}
              coverage={shownCoverage}
              endedAt={live.liveEndedAt}
              path={path}
              query={query}
              nonce={(await headers()).get("x-nonce") ?? undefined}
            />
          )
        }
        article={article}
        creditQuery={query}
        printAddress={absoluteAt(origin, url)}
        publicationName={publication.name}
        toolbar={
          own && <ScriptToggle path={path} current={script ?? own} plain={choice.plain ?? own} />
        }
      >
        {tags.length > 0 && (
          <nav aria-label={t("tags")} className="mt-6 flex flex-wrap gap-2 text-sm">
            {tags.map((tag) => (
              <Link
                key={tag.id}
                href={`/tags/${tag.slug}${query}`}
                className="rounded-full border border-[var(--color-rule)] px-3 py-0.5 hover:bg-[var(--color-rule)]"
              >
                {nameInScript(tag.name, script ?? own ?? choice.shown)}
              </Link>
            ))}
          </nav>
        )}
        {related.length > 0 && (
          <section aria-labelledby="related-heading" className="mt-12 print:hidden">
            <h2 id="related-heading" className="mb-2 font-serif text-lg font-bold">
              {t("related")}
            </h2>
            <ArticleList
              items={summariesInScript(related, choice.shown)}
              query={query}
              headingLevel={3}
            />
          </section>
        )}
      </ArticleView>
    </>
  );
}
