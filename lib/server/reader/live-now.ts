import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { readerDb } from "@/lib/reader-db";
import { cached } from "../cache/reader-cache";
import { toArticleLanguage } from "../articles/published-article";

export type LiveNowItem = {
  slug: string;
  headline: string;
  language: ReturnType<typeof toArticleLanguage>;
};

/**
 * Live coverage running now (published, not ended), newest first, for the home page's
 * "Live now". Cached under `home`: publishing, unpublishing and ending coverage drop it.
 */
export function listLiveNow(): Promise<LiveNowItem[]> {
  return cached(
    "live-now",
    () => [cacheTags.home],
    async () => {
      const rows = await readerDb.article.findMany({
        where: { kind: "LIVE", status: "PUBLISHED", liveEndedAt: null },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: 5,
        select: { liveVersion: { select: { slug: true, headline: true, language: true } } },
      });
      return rows.flatMap(({ liveVersion }) =>
        liveVersion
          ? [
              {
                slug: liveVersion.slug,
                headline: liveVersion.headline,
                language: toArticleLanguage(liveVersion.language),
              },
            ]
          : [],
      );
    },
  );
}
