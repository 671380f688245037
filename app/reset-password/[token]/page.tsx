import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
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
    <AuthCard
      title={t("setPassword")}
      footer={
        <Link href="/login" className="underline">
          {t("signIn")}
        </Link>
      }
    >
      <PasswordForm action={resetPasswordAction} token={token} />
    </AuthCard>
  );
}
