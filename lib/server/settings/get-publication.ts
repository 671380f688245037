import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import type { PublicationView } from "@/lib/content/publication";
import { db } from "@/lib/db";
import type { SocialAccount } from "@/lib/schemas/settings";
import { LANGUAGE_FROM_DB } from "../articles/article-columns";
import { cached } from "../cache/reader-cache";
import { mediaUrl } from "../media/media-keys";

/** What stands in if the row is missing (its migration makes it; a hand-emptied table should not 500). */
const FALLBACK: PublicationView = {
  names: { "zh-Hant": "Galley", "zh-Hans": "Galley", en: "Galley" },
  taglines: { "zh-Hant": "", "zh-Hans": "", en: "" },
  logo: null,
  logoMediaId: null,
  defaultLanguage: "zh-Hant",
  socialAccounts: [],
  copyright: "",
  publicUrl: null,
  version: 0,
};

/**
 * The publication's settings, read once per process and kept until a save invalidates
 * `publication` (here and, over the cache channel, on every other instance). Every reader
 * page asks for it, so it must not cost a query each time.
 */
export function getPublication(): Promise<PublicationView> {
  return cached("publication", () => [cacheTags.publication], loadPublication);
}

/** Uncached: the settings form, which must show the stored version. */
export async function loadPublication(): Promise<PublicationView> {
  const row = await db.publication.findUnique({
    where: { id: 1 },
    include: {
      logo: { select: { storageKey: true, width: true, height: true } },
    },
  });
  if (!row) return FALLBACK;
  return {
    names: { "zh-Hant": row.nameHant, "zh-Hans": row.nameHans, en: row.nameEn },
    taglines: { "zh-Hant": row.taglineHant, "zh-Hans": row.taglineHans, en: row.taglineEn },
    logo: row.logo
      ? { url: mediaUrl(row.logo.storageKey), width: row.logo.width, height: row.logo.height }
      : null,
    logoMediaId: row.logoMediaId,
    defaultLanguage: LANGUAGE_FROM_DB[row.defaultLanguage],
    socialAccounts: Array.isArray(row.socialAccounts)
      ? (row.socialAccounts as SocialAccount[])
      : [],
    copyright: row.copyright,
    publicUrl: row.publicUrl,
    version: row.version,
  };
}
