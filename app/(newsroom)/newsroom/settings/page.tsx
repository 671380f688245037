import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/settings/settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { can, requireUser, toActor } from "@/lib/auth";
import { getSettingsForm } from "@/lib/server/settings/get-settings-form";
import { updateSettingsAction } from "./actions";

export default async function SettingsPage() {
  const actor = toActor(await requireUser());
  // Like /newsroom/users: to anyone else the page does not exist.
  if (!can(actor, "settings.manage")) notFound();
  const [form, t] = await Promise.all([getSettingsForm(actor), getTranslations("settings")]);
  return (
    <NextIntlClientProvider>
      <section aria-labelledby="settings-heading" className="max-w-3xl space-y-6">
        <PageHeader id="settings-heading" title={t("title")} className="" />
        <p className="text-sm text-[var(--color-muted)]">{t("intro")}</p>
        <SettingsForm form={form} action={updateSettingsAction} />
      </section>
    </NextIntlClientProvider>
  );
}
