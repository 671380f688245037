import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/import/import-form";
import { requireUser } from "@/lib/auth";
import { createImportAction, previewImportAction } from "./actions";

export default async function ImportPage() {
  await requireUser();
  const t = await getTranslations("import");
  return (
    <section aria-labelledby="import-heading" className="max-w-3xl space-y-4">
      <h1 id="import-heading" className="text-2xl font-bold">
        {t("title")}
      </h1>
      <p className="text-sm text-[var(--color-muted)]">{t("intro")}</p>
      <NextIntlClientProvider>
        <ImportForm preview={previewImportAction} create={createImportAction} />
      </NextIntlClientProvider>
    </section>
  );
}
