import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions/set-locale";
import { LocaleSwitcher } from "@/components/site/locale-switcher";

export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("site");
  return (
    <div className="min-h-screen bg-white">
      <header className="border-b border-[var(--color-rule)] bg-[var(--color-paper)]">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/newsroom" className="font-serif text-xl font-bold">
            {t("name")}{" "}
            <span className="font-sans text-sm font-normal text-[var(--color-muted)]">
              {t("newsroom")}
            </span>
          </Link>
          <nav aria-label={t("mainNavigation")} className="flex items-center gap-4 text-sm">
            <Link href="/" className="hover:underline">
              {t("home")}
            </Link>
            <LocaleSwitcher action={setLocale} />
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
