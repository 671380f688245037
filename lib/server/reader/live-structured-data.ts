import { absoluteAt } from "@/lib/site-url";
import type { ReaderLiveCoverage } from "@/lib/content/live-coverage";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** An update's text for `articleBody`: its HTML (ours, escaped by the renderer) without tags. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/(p|h\d|li|blockquote|figcaption)>/g, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

const firstLine = (text: string) => {
  const line = text.split("\n")[0] ?? "";
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
};

/**
 * schema.org LiveBlogPosting (Google's live blog structured data): the article's
 * NewsArticle with the coverage's start and end, and the updates on this page as
 * BlogPostings, each linking to its place on the page.
 */
export function liveBlogJsonLd<T extends { dateModified: string; url: string }>(
  article: T,
  coverage: ReaderLiveCoverage,
  options: { startedAt: Date; endedAt: Date | null; origin: string; path: string },
) {
  const modified = [new Date(article.dateModified), coverage.lastPublishedAt, options.endedAt]
    .filter((date): date is Date => date !== null)
    .reduce((latest, date) => (date > latest ? date : latest));
  return {
    ...article,
    "@type": "LiveBlogPosting",
    dateModified: modified.toISOString(),
    coverageStartTime: options.startedAt.toISOString(),
    ...(options.endedAt ? { coverageEndTime: options.endedAt.toISOString() } : {}),
    liveBlogUpdate: coverage.updates.map((update) => {
      const text = htmlToText(update.bodyHtml);
      return {
        "@type": "BlogPosting",
        headline: update.title ?? firstLine(text),
        url: absoluteAt(options.origin, `${options.path}#update-${update.id}`),
        datePublished: update.publishedAt.toISOString(),
        ...(update.editedAt ? { dateModified: update.editedAt.toISOString() } : {}),
        articleBody: text,
        ...(update.authors.length
          ? {
              author: update.authors.map((author) => ({
                "@type": "Person",
                name: author.name,
                url: absoluteAt(options.origin, `/contributors/${author.slug}`),
              })),
            }
          : {}),
      };
    }),
  };
}
