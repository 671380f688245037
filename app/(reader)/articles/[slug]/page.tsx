import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleView } from "@/components/reader/article-view";
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
  return <ArticleView article={article} />;
}
