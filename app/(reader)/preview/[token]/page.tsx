import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ArticleView } from "@/components/reader/article-view";
import { PreviewBanner } from "@/components/reader/preview-banner";
import { getSharedPreview } from "@/lib/server/preview/get-preview";

// Static, so the tag is in the first bytes of <head>. The front server and proxy.ts add
// X-Robots-Tag: noindex and Cache-Control: private, no-store to every /preview/ response.
export const metadata: Metadata = { robots: "noindex" };

/**
 * A shared preview, opened without an account. A revoked, expired or unknown token is a
 * plain 404 (the front server answers it before Next renders; notFound() is the fallback).
 */
export default async function SharedPreviewPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  await connection();
  const article = await getSharedPreview((await params).token);
  if (!article) notFound();
  const t = await getTranslations("preview");
  return (
    <>
      <PreviewBanner note={t("sharedNote")} />
      <ArticleView article={article} />
    </>
  );
}
