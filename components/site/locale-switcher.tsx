import { getLocale, getTranslations } from "next-intl/server";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

/**
 * The UI language switcher: a plain form posting to /locale, one submit button per
 * language, so it works without JavaScript (published pages ship none). The current
 * language is marked and not offered again.
 */
export async function LocaleSwitcher() {
  const locale = await getLocale();
  const t = await getTranslations("site");
  return (
    <form
      method="post"
      action="/locale"
      aria-label={t("changeLanguage")}
      className="flex items-center gap-1 text-sm"
    >
      <span className="sr-only">{t("language")}</span>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-current={option === locale ? "true" : undefined}
          disabled={option === locale}
          className="rounded px-2 py-1 text-[var(--color-muted)] hover:bg-[var(--color-rule)] disabled:font-semibold disabled:text-[var(--color-ink)]"
        >
          {LOCALE_NAMES[option]}
        </button>
      ))}
    </form>
  );
}
