import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Prisma.TransactionClient | typeof db;

/** Live stories that carry any of `tagIds`: their pages show the tags' names and links. */
export function liveArticlesWithTags(
  tagIds: string[],
  client: Client = db,
): Promise<{ id: string; slug: string }[]> {
  return client.publishedVersion
    .findMany({
      where: { isLive: true, tagIds: { hasSome: tagIds } },
      select: { articleId: true, slug: true },
    })
    .then((rows) => rows.map((row) => ({ id: row.articleId, slug: row.slug })));
}

/**
 * How many stories use the tag: in their working copy or in a live version (a story can
 * still be live with a tag its working copy has since dropped).
 */
export async function storiesUsingTag(client: Client, tagId: string): Promise<number> {
  const [row] = await client.$queryRaw<{ count: number }[]>`
    select count(*)::int as count from (
      select "articleId" from "ArticleTag" where "tagId" = ${tagId}::uuid
      union
      select "articleId" from "PublishedVersion" where "isLive" and ${tagId}::uuid = any("tagIds")
    ) used`;
  return row?.count ?? 0;
}
