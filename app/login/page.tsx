import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
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
    <main
      id="main"
      className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-16"
    >
      <p className="mb-2 font-serif text-3xl font-bold">{t("site.name")}</p>
      <h1 className="mb-8 text-lg text-[var(--color-muted)]">{t("auth.title")}</h1>
      <NextIntlClientProvider>
        <LoginForm action={signIn} />
      </NextIntlClientProvider>
    </main>
  );
}
