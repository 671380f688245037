import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-[var(--color-muted)]">{t("body")}</p>
      <p className="mt-8">
        <Link href="/" className="text-[var(--color-accent)] underline">
          {t("back")}
        </Link>
      </p>
    </main>
  );
}
