import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Script } from "@/lib/content/reader-script";
import { ArticleList, type ArticleListItem } from "./article-list";
import { ScriptToggle } from "./script-toggle";

/** The reader's 繁/简 choice as a page passes it on (lib/server/reader/script-choice.ts). */
export type ListingScript = { chosen: Script | null; plain: Script | null; shown: Script | null };

/**
 * A section, tag or contributor page: its heading, the 繁/简 toggle, its live articles
 * newest first, and "Older articles" (a plain link with a keyset cursor).
 */
export async function ListingPage({
  title,
  kicker,
  description,
  path,
  choice,
  items,
  nextCursor,
  picture,
  about,
}: {
  /** Beside the heading: a contributor's photo. */
  picture?: React.ReactNode;
  /** Under the heading: a contributor's title and links. */
  about?: React.ReactNode;
  title: string;
  kicker: string;
  description?: string | null;
  path: string;
  choice: ListingScript;
  items: ArticleListItem[];
  nextCursor: string | null;
}) {
  const t = await getTranslations("reader");
  const { chosen } = choice;
  const query = chosen ? `?script=${chosen}` : "";
  const nextHref = nextCursor
    ? `${path}?${new URLSearchParams({ ...(chosen ? { script: chosen } : {}), after: nextCursor })}`
    : null;
  return (
    <section aria-labelledby="listing-heading">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4 border-b border-[var(--color-rule)] pb-4">
        <div className="flex min-w-0 items-start gap-4 sm:items-center">
          {picture}
          <div className="min-w-0">
            <p className="text-xs font-semibold uppercase tracking-wide text-[var(--color-accent)]">
              {kicker}
            </p>
            <h1 id="listing-heading" className="font-serif text-3xl font-bold">
              {title}
            </h1>
            {about}
            {description && <p className="mt-2 text-[var(--color-muted)]">{description}</p>}
          </div>
        </div>
        <ScriptToggle path={path} current={choice.shown} plain={choice.plain} />
      </div>
      {items.length === 0 ? (
        <p className="text-[var(--color-muted)]">{t("nothingYet")}</p>
      ) : (
        <ArticleList items={items} query={query} />
      )}
      {nextHref && (
        <p className="mt-6">
          <Link href={nextHref} className="underline">
            {t("older")}
          </Link>
        </p>
      )}
    </section>
  );
}
