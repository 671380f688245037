import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The home page's "Live now": running live coverage, above the front the desk arranged. */
export async function LiveNow({
  items,
  query,
}: {
  items: { slug: string; headline: string; language: string }[];
  query: string;
}) {
  if (items.length === 0) return null;
  const t = await getTranslations("live");
  return (
    <section
      aria-labelledby="live-now-heading"
      className="rounded border border-[var(--color-accent)] px-4 py-3"
    >
      <h2
        id="live-now-heading"
        className="flex items-center gap-2 text-sm font-bold uppercase tracking-wide text-[var(--color-accent)]"
      >
        <span
          aria-hidden="true"
          className="inline-block h-2 w-2 rounded-full bg-[var(--color-accent)]"
        />
        {t("now")}
      </h2>
      <ul className="mt-1 space-y-1">
        {items.map((item) => (
          <li key={item.slug} lang={item.language}>
            <Link
              href={`/articles/${item.slug}${query}`}
              className="font-serif text-lg font-bold hover:underline"
            >
              {item.headline}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
