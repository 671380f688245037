import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/auth/password-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { changePasswordAction } from "./actions";

export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations("auth");
  return (
    <section aria-labelledby="account-heading" className="space-y-4">
      <PageHeader
        id="account-heading"
        title={t("account")}
        description={`${user.name} · ${user.email}`}
        className=""
      />
      <h2 className="font-semibold">{t("changePassword")}</h2>
      <NextIntlClientProvider>
        <PasswordForm action={changePasswordAction} askCurrent />
      </NextIntlClientProvider>
    </section>
  );
}
