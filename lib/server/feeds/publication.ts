import type { ArticleLanguage } from "@/lib/content/credits";

/** A feed's language: that of most of its articles, the newsroom's own when it has none. */
export function prevailingLanguage(languages: ArticleLanguage[]): ArticleLanguage {
  const counts = new Map<ArticleLanguage, number>();
  for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  let best: ArticleLanguage = "zh-Hant";
  for (const [language, count] of counts) if (count > (counts.get(best) ?? 0)) best = language;
  return best;
}
