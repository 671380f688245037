import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PublishChecksForm } from "@/components/sections/publish-checks-form";
import { SectionSetupLinks } from "@/components/sections/section-setup-links";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser, toActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getPublishChecksPage } from "@/lib/server/sections/get-publish-checks";
import { updatePublishChecksAction } from "./actions";

/** /newsroom/sections/<slug>/checks: the section's pre-publish checklist (admins only). */
export default async function SectionChecksPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = toActor(await requireUser());
  const { slug } = await params;
  // Like the other admin pages: to anyone without review.manage the page does not exist.
  const page = await getPublishChecksPage(actor, slug).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("publishChecks");
  return (
    <NextIntlClientProvider>
      <section aria-labelledby="checks-heading" className="max-w-2xl space-y-6">
        <SectionSetupLinks slug={slug} current="checks" />
        <PageHeader
          id="checks-heading"
          title={t("pageTitle", { section: page.section.name, sectionEn: page.section.nameEn })}
          description={t("pageIntro")}
          className=""
        />
        <PublishChecksForm
          sectionId={page.section.id}
          version={page.version}
          config={page.config}
          save={updatePublishChecksAction}
        />
      </section>
    </NextIntlClientProvider>
  );
}
