import "server-only";
import type { FrontStory, TFindFrontStories } from "@/lib/schemas/front";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { searchArticles } from "../search/search-articles";
import { loadFrontStories } from "./front-stories";

const RESULTS = 10;

/**
 * "Find a story" (`front.manage`): live stories matching the words, with the readers'
 * Chinese-aware search over the live snapshots (復工 finds 复工). Those documents are
 * written in the publish transaction, so a story is findable the moment it is live (the
 * newsroom's working-copy index waits for its sweep).
 */
export async function findFrontStories(
  actor: Actor,
  input: TFindFrontStories,
  ip: string | null = null,
): Promise<FrontStory[]> {
  await authorize(actor, "front.manage", { resourceType: "front", ip });
  const { items } = await searchArticles({ q: input.q, limit: RESULTS });
  const stories = await loadFrontStories(items.map((hit) => hit.id));
  return stories.filter((story) => story.isLive);
}
