import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleView } from "@/components/reader/article-view";
import { PreviewBanner } from "@/components/reader/preview-banner";
import { requireUser, toActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getArticlePreview } from "@/lib/server/preview/get-preview";

export const metadata: Metadata = { robots: "noindex" };

/** "Preview": the working copy exactly as the reader page would show it. */
export default async function ArticlePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const article = await getArticlePreview(toActor(user), id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("preview");
  return (
    <div>
      <p className="mb-4">
        <Link href={`/newsroom/articles/${id}`} className="text-sm underline">
          ← {t("back")}
        </Link>
      </p>
      <PreviewBanner />
      <ArticleView article={article} />
    </div>
  );
}
