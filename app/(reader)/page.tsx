import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PublishedTime } from "@/components/reader/published-time";
import { listPublishedArticles } from "@/lib/server/articles/list-published-articles";

export default async function HomePage() {
  await connection(); // read the live snapshots on each request (issue 6 adds the cache)
  const t = await getTranslations();
  const { items } = await listPublishedArticles({ limit: 30 });
  return (
    <section aria-labelledby="latest-heading">
      <h1 id="latest-heading" className="mb-6 font-serif text-2xl font-bold">
        {t("home.title")}
      </h1>
      {items.length === 0 ? (
        <p className="text-[var(--color-muted)]">{t("home.empty")}</p>
      ) : (
        <ul className="divide-y divide-[var(--color-rule)]">
          {items.map((item) => (
            <li key={item.id} className="py-5" lang={item.language}>
              {item.section && (
                <p className="mb-1 text-xs font-semibold tracking-wide text-[var(--color-accent)]">
                  {item.section.name}
                </p>
              )}
              <h2 className="font-serif text-xl font-bold leading-snug">
                <Link href={`/articles/${item.slug}`} className="hover:underline">
                  {item.headline}
                </Link>
              </h2>
              {item.dek && <p className="mt-1 text-[var(--color-muted)]">{item.dek}</p>}
              <p className="mt-2 text-sm text-[var(--color-muted)]">
                <PublishedTime date={item.publishedAt} label={t("article.published")} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
