import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/import/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { createImportAction, previewImportAction } from "./actions";

export default async function ImportPage() {
  await requireUser();
  const t = await getTranslations("import");
  return (
    <section aria-labelledby="import-heading" className="max-w-3xl space-y-4">
      <PageHeader id="import-heading" title={t("title")} description={t("intro")} className="" />
      <NextIntlClientProvider>
        <ImportForm preview={previewImportAction} create={createImportAction} />
      </NextIntlClientProvider>
    </section>
  );
}
