import "server-only";
import { slugify, uniqueSlug } from "@/lib/content/slug";
import { db } from "@/lib/db";

/** A readable, unused slug for a headline (pinyin for Chinese), ignoring the article's own. */
export async function suggestSlug(headline: string, articleId: string): Promise<string> {
  const base = slugify(headline.slice(0, 300));
  return uniqueSlug(base, async (candidate) => {
    const found = await db.article.findUnique({ where: { slug: candidate }, select: { id: true } });
    if (found && found.id !== articleId) return true;
    return (
      (
        await db.redirect.findUnique({
          where: { fromSlug: candidate },
          select: { articleId: true },
        })
      )?.articleId !== undefined && found?.id !== articleId
    );
  });
}
