import { getFormatter, getTranslations } from "next-intl/server";
import type { ArticleLanguage, CreditEntry } from "@/lib/content/credits";
import { ArticleBody } from "./article-body";
import { CorrectionsBox, type CorrectionItem } from "./corrections-box";
import { CreditBlock } from "./credit-block";
import { PublishedTime } from "./published-time";

/**
 * Everything an article page shows, as plain data: a live snapshot on the reader site, or
 * the working copy in a preview (never published yet: no times).
 */
export type ArticleViewModel = {
  headline: string;
  dek: string | null;
  language: ArticleLanguage;
  datelinePlace: string | null;
  datelineDate: Date | null;
  section: { name: string } | null;
  credits: CreditEntry[];
  /**
   * The lead photo's `<figure>`, rendered on the server like the body's images; not shown
   * when the body has the same photo (once is enough, and the body's copy has its caption).
   */
  featuredImage?: { html: string; isInBody?: boolean } | null;
  /** Rendered on the server from a validated document (see ArticleBody). */
  bodyHtml: string;
  publishedAt: Date | null;
  updatedAt: Date | null;
  corrections: CorrectionItem[];
};

/** The article as readers see it; the reader page and both previews render this one markup. */
export async function ArticleView({
  article,
  toolbar,
  creditQuery,
  printAddress,
  publicationName,
  children,
  live,
}: {
  article: ArticleViewModel;
  /** The page's address, printed with the paper's name at the top of a printed copy. */
  printAddress?: string;
  /** The paper's name as the page's masthead shows it (the publication settings). */
  publicationName?: string;
  /** Above the headline: the reader's 繁/简 toggle. */
  toolbar?: React.ReactNode;
  /** `?script=…` carried into the contributor links. */
  creditQuery?: string;
  /** After the credits: tags and related articles. */
  children?: React.ReactNode;
  /** Right after the body: live coverage's key events and updates. */
  live?: React.ReactNode;
}) {
  const t = await getTranslations("article");
  const format = await getFormatter();
  const dateline = [
    article.datelinePlace,
    article.datelineDate &&
      format.dateTime(article.datelineDate, { month: "long", day: "numeric", timeZone: "UTC" }),
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <article lang={article.language} className="mx-auto max-w-[40rem]">
      {printAddress && publicationName && (
        <p className="print-masthead hidden print:block" data-print-masthead>
          <span className="font-serif text-2xl font-bold">{publicationName}</span>
          <span className="block text-xs">{printAddress}</span>
        </p>
      )}
      <header className="mb-8">
        <div className="mb-2 flex items-center justify-between gap-4">
          {article.section ? (
            <p className="text-sm font-semibold text-[var(--color-accent)]">
              {article.section.name}
            </p>
          ) : (
            <span />
          )}
          {toolbar}
        </div>
        <h1 className="font-serif text-[1.75rem] font-bold leading-snug sm:text-4xl">
          {article.headline}
        </h1>
        {article.dek && (
          <p className="mt-3 text-lg leading-relaxed text-[var(--color-muted)]">{article.dek}</p>
        )}
        <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-[var(--color-muted)]">
          {dateline && (
            <span data-dateline>
              <span className="sr-only">{t("dateline")}: </span>
              {dateline}
            </span>
          )}
          {article.publishedAt && (
            <PublishedTime date={article.publishedAt} label={t("published")} />
          )}
          {article.updatedAt && <PublishedTime date={article.updatedAt} label={t("updated")} />}
        </p>
      </header>
      {article.featuredImage && !article.featuredImage.isInBody && (
        <div
          className="article-featured mb-8"
          dangerouslySetInnerHTML={{ __html: article.featuredImage.html }}
        />
      )}
      <ArticleBody html={article.bodyHtml} />
      {live}
      <CorrectionsBox corrections={article.corrections} />
      <CreditBlock
        credits={article.credits}
        language={article.language}
        label={t("credits")}
        {...(creditQuery ? { query: creditQuery } : {})}
      />
      {children}
    </article>
  );
}
