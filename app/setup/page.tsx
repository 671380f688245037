import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/auth/setup-form";
import { isSetupOpen } from "@/lib/server/setup/create-first-admin";
import { createFirstAdminAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The first admin, on a database of one's own. Not found unless no active admin exists and
 * the token is the one `npm start` printed: without it the page does not tell that a
 * setup is pending.
 */
export default async function SetupPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const given = typeof token === "string" ? token : undefined;
  if (!(await isSetupOpen(given))) notFound();
  const t = await getTranslations();
  return (
    <main
      id="main"
      className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-16"
    >
      <p className="mb-2 font-serif text-3xl font-bold">{t("site.name")}</p>
      <h1 className="mb-2 text-lg font-semibold">{t("setup.title")}</h1>
      <p className="mb-8 text-sm text-[var(--color-muted)]">{t("setup.intro")}</p>
      <NextIntlClientProvider>
        <SetupForm action={createFirstAdminAction} token={given!} />
      </NextIntlClientProvider>
    </main>
  );
}
