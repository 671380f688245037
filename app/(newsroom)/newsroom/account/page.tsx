import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/auth/password-form";
import { requireUser } from "@/lib/auth";
import { changePasswordAction } from "./actions";

export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations("auth");
  return (
    <section aria-labelledby="account-heading" className="space-y-4">
      <h1 id="account-heading" className="text-2xl font-bold">
        {t("account")}
      </h1>
      <p className="text-[var(--color-muted)]">
        {user.name} · {user.email}
      </p>
      <h2 className="font-semibold">{t("changePassword")}</h2>
      <NextIntlClientProvider>
        <PasswordForm action={changePasswordAction} askCurrent />
      </NextIntlClientProvider>
    </section>
  );
}
