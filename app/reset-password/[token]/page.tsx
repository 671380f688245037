import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/auth/password-form";
import { resetPasswordAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const t = await getTranslations("auth");
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="mb-6 text-xl font-bold">{t("setPassword")}</h1>
      <NextIntlClientProvider>
        <PasswordForm action={resetPasswordAction} token={token} />
      </NextIntlClientProvider>
      <p className="mt-6 text-sm">
        <a href="/login" className="underline">
          {t("signIn")}
        </a>
      </p>
    </main>
  );
}
