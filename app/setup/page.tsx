import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
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
    <AuthCard title={t("setup.title")} intro={t("setup.intro")}>
      <SetupForm action={createFirstAdminAction} token={given!} />
    </AuthCard>
  );
}
