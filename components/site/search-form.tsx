import { getTranslations } from "next-intl/server";
import type { Script } from "@/lib/content/reader-script";

/**
 * The site header's search: a plain GET form to /search, so it works without
 * JavaScript and every search has a URL that can be shared or bookmarked. On the results
 * page it holds the query searched; a reader's 繁/简 choice goes along with the search.
 */
export async function SearchForm({
  query = "",
  script = null,
}: {
  query?: string;
  script?: Script | null;
}) {
  const t = await getTranslations("search");
  return (
    <form
      role="search"
      action="/search"
      method="get"
      aria-label={t("label")}
      className="flex items-center gap-2 text-sm"
    >
      <label htmlFor="site-search" className="text-[var(--color-muted)]">
        {t("label")}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        defaultValue={query}
        enterKeyHint="search"
        autoComplete="off"
        className="w-36 rounded border border-[var(--color-rule)] px-2 py-1 sm:w-48"
      />
      {script && <input type="hidden" name="script" value={script} />}
      <button
        type="submit"
        className="rounded bg-[var(--color-ink)] px-3 py-1 text-white hover:opacity-90"
      >
        {t("button")}
      </button>
    </form>
  );
}
