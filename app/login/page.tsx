import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth";
import { signIn } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signIn"), robots: { index: false } };
}

export default async function LoginPage() {
  if (await getCurrentUser()) redirect("/newsroom");
  const t = await getTranslations();
  return (
    <AuthCard title={t("auth.title")}>
      <LoginForm action={signIn} />
    </AuthCard>
  );
}
