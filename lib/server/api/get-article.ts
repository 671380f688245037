import "server-only";
import { toNinjs, type NinjsItem } from "@/lib/content/ninjs";
import { readerUrls } from "@/lib/content/reader-urls";
import { AppError } from "@/lib/errors";
import { loadLiveArticles } from "../articles/load-live-articles";
import { isUuidLike } from "./article-query";

/**
 * A published article as a ninjs item, from its live snapshot. Anything else (a draft,
 * an unpublished article, an id that names nothing) is the same 404, so the API never
 * tells outsiders that an unpublished article exists.
 */
export async function getApiArticle(articleId: string, origin: string): Promise<NinjsItem> {
  const [article] = isUuidLike(articleId)
    ? await loadLiveArticles({ where: { articleId: articleId.toLowerCase() }, take: 1 })
    : [];
  if (!article) throw new AppError("NOT_FOUND", "No published article has this id.");
  return toNinjs(article, readerUrls(origin));
}
