import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { sectionNameIn } from "@/lib/content/reader-script";
import { listSections } from "@/lib/server/reader/lookups";
import { readerPublication } from "@/lib/server/reader/reader-publication";
import { layoutScriptChoice } from "@/lib/server/reader/script-choice";
import { LocaleSwitcher } from "@/components/site/locale-switcher";
import { SearchForm } from "@/components/site/search-form";

export default async function ReaderLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("site");
  const [sections, locale, choice, { publication, name, tagline }] = await Promise.all([
    listSections(),
    getLocale(),
    layoutScriptChoice(),
    readerPublication(),
  ]);
  // The reader's 繁/简 choice travels in every link of the header (a cached page is keyed
  // on the URL that holds it, so it is always the right one).
  const { query } = choice;
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <header className="border-b border-[var(--color-rule)]">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <Link
            href={`/${query}`}
            className="flex items-center gap-3 font-serif text-3xl font-bold tracking-tight text-[var(--color-ink)]"
            data-masthead
          >
            {publication.logo && (
              // The name beside it is the link's text, so the logo is decoration here.
              // eslint-disable-next-line @next/next/no-img-element
              <img
                src={publication.logo.url}
                alt=""
                width={publication.logo.width}
                height={publication.logo.height}
                className="h-10 w-auto"
              />
            )}
            {name}
          </Link>
          <nav
            aria-label={t("mainNavigation")}
            className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm"
          >
            <Link href={`/${query}`} className="hover:underline">
              {t("home")}
            </Link>
            {sections.map((section) => (
              <Link
                key={section.id}
                href={`/sections/${section.slug}${query}`}
                className="hover:underline"
              >
                {locale === "en" ? section.nameEn : sectionNameIn(section, choice.shown)}
              </Link>
            ))}
            <LocaleSwitcher />
          </nav>
          <SearchForm query={choice.q} script={choice.chosen} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <footer className="mt-16 space-y-2 border-t border-[var(--color-rule)] py-6 text-center text-sm text-[var(--color-muted)]">
        <p>{tagline ? `${name} · ${tagline}` : name}</p>
        {publication.socialAccounts.length > 0 && (
          <nav aria-label={t("social")} className="flex flex-wrap justify-center gap-x-4">
            {publication.socialAccounts.map((account) => (
              <a key={account.url} href={account.url} rel="me noopener" className="hover:underline">
                {account.network}
              </a>
            ))}
          </nav>
        )}
        {publication.copyright && <p>{publication.copyright}</p>}
      </footer>
    </>
  );
}
