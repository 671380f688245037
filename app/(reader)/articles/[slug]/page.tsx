import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { ArticleBody } from "@/components/reader/article-body";
import { CreditBlock } from "@/components/reader/credit-block";
import { PublishedTime } from "@/components/reader/published-time";
import { getPublishedArticle } from "@/lib/server/articles/get-published-article";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getPublishedArticle(decodeURIComponent((await params).slug));
  if (!article) return {};
  return { title: article.headline, ...(article.dek ? { description: article.dek } : {}) };
}

export default async function ArticlePage({ params }: Props) {
  await connection();
  const article = await getPublishedArticle(decodeURIComponent((await params).slug));
  if (!article) notFound();
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
      <header className="mb-8">
        {article.section && (
          <p className="mb-2 text-sm font-semibold text-[var(--color-accent)]">
            {article.section.name}
          </p>
        )}
        <h1 className="font-serif text-[1.75rem] font-bold leading-snug sm:text-4xl">
          {article.headline}
        </h1>
        {article.dek && (
          <p className="mt-3 text-lg leading-relaxed text-[var(--color-muted)]">{article.dek}</p>
        )}
        <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-[var(--color-muted)]">
          {dateline && <span aria-label={t("dateline")}>{dateline}</span>}
          <PublishedTime date={article.publishedAt} label={t("published")} />
          {article.updatedAt && <PublishedTime date={article.updatedAt} label={t("updated")} />}
        </p>
      </header>
      <ArticleBody html={article.bodyHtml} />
      <CreditBlock credits={article.credits} language={article.language} label={t("credits")} />
    </article>
  );
}
