import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export const metadata: Metadata = { robots: { index: false } };

/** What an unpublished article's address shows, with status 410 (set by the front server). */
export default async function GonePage() {
  const t = await getTranslations("gone");
  return (
    <section className="mx-auto max-w-[40rem] py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-[var(--color-muted)]">{t("body")}</p>
      <p className="mt-8">
        <Link href="/" className="underline">
          {t("home")}
        </Link>
      </p>
    </section>
  );
}
