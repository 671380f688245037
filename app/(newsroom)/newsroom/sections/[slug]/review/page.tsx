import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ReviewChainForm } from "@/components/sections/review-chain-form";
import { Alert } from "@/components/ui/alert";
import { SectionSetupLinks } from "@/components/sections/section-setup-links";
import { PageHeader } from "@/components/ui/page-header";
import { can, requireUser, toActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getReviewChain } from "@/lib/server/sections/get-review-chain";
import { getPublication } from "@/lib/server/settings/get-publication";
import { updateReviewChainAction } from "./actions";

/**
 * /newsroom/sections/<slug>/review: the section's review chain (admins: `review.manage`).
 * A Chinese paper's section still on the default single review starts the template
 * choice on 三審三校, saying so; nothing changes until an admin saves, because a new
 * newsroom has no proofreaders yet and stories would wait in stages no one can pass.
 */
export default async function ReviewChainPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = toActor(await requireUser());
  // Like users and settings: to anyone without the permission the page does not exist.
  if (!can(actor, "review.manage")) notFound();
  const { slug } = await params;
  const [page, publication, t] = await Promise.all([
    getReviewChain(actor, decodeURIComponent(slug)).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    getPublication(),
    getTranslations("reviewChain"),
  ]);
  const language = publication.defaultLanguage;
  const isChinese = language !== "en";
  const note = page.isDefault ? (isChinese ? t("suggested") : t("onDefault")) : undefined;
  return (
    <NextIntlClientProvider>
      <section aria-labelledby="review-chain-heading" className="max-w-4xl space-y-6">
        <SectionSetupLinks slug={page.section.slug} current="review" />
        <PageHeader
          id="review-chain-heading"
          title={t("title", { name: page.section.name })}
          description={t("intro")}
          className=""
        />
        {page.inReview > 0 && <Alert tone="info">{t("inReview", { count: page.inReview })}</Alert>}
        <ReviewChainForm
          page={page}
          language={language}
          suggested={isChinese ? "san-shen-san-jiao" : "copy-desk-slot"}
          note={note}
          action={updateReviewChainAction}
        />
      </section>
    </NextIntlClientProvider>
  );
}
