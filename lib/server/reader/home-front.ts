import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { readerDb } from "@/lib/reader-db";
import { frontStoryIds, SECTION_STORIES, TOP_STORIES, type TFrontSlots } from "@/lib/schemas/front";
import type { PublishedSummary } from "../articles/published-article";
import { cached } from "../cache/reader-cache";
import { readSlots } from "../front/front-rules";
import { listLive, listLiveByIds } from "./listings";
import { listSections } from "./lookups";

type NavSection = Awaited<ReturnType<typeof listSections>>[number];

export type HomeFront = {
  lead: PublishedSummary | null;
  top: PublishedSummary[];
  sections: { section: NavSection; items: PublishedSummary[] }[];
};

/**
 * The reader's home page: the newest published front, cached under `home` (a front publish
 * and every publish or unpublish of a story drop it on every instance).
 */
export function getHomeFront(): Promise<HomeFront> {
  return cached(
    "home-front",
    () => [cacheTags.home, cacheTags.sections],
    async () => {
      const latest = await readerDb.frontPage.findFirst({
        orderBy: { number: "desc" },
        select: { slots: true },
      });
      return resolveFront(latest ? readSlots(latest.slots) : null);
    },
  );
}

/**
 * An arrangement as readers see it: stories no longer live drop out, and empty places are
 * filled with the newest live stories not already shown (placed stories are kept for their
 * own place, never used as filler). With no front at all (`null`), the page is as before
 * any front: the newest six, then each section's newest four.
 * "Preview front" calls this with the editor's unpublished arrangement.
 */
export async function resolveFront(slots: TFrontSlots | null): Promise<HomeFront> {
  const placed = slots ? frontStoryIds(slots) : [];
  const [sections, placedLive, newest] = await Promise.all([
    listSections(),
    listLiveByIds(placed),
    listLive({}, { limit: 1 + TOP_STORIES + placed.length }),
  ]);
  const live = new Map(placedLive.map((story) => [story.id, story]));
  const pick = (ids: readonly string[]) => ids.flatMap((id) => live.get(id) ?? []);
  const shown = new Set(live.keys());
  const fill = (items: PublishedSummary[], count: number) => {
    if (!slots) return items.slice(0, count);
    const fresh = items.filter((item) => !shown.has(item.id)).slice(0, Math.max(count, 0));
    for (const item of fresh) shown.add(item.id);
    return fresh;
  };
  const lead = pick(slots?.lead ? [slots.lead] : [])[0] ?? fill(newest.items, 1)[0] ?? null;
  const topPins = pick(slots?.top ?? []);
  const top = [
    ...topPins,
    ...fill(newest.items.slice(slots ? 0 : 1), TOP_STORIES - topPins.length),
  ];
  const recent = await Promise.all(
    sections.map(
      async (section) =>
        (
          await listLive(
            { sectionId: section.id },
            { limit: Math.min(SECTION_STORIES + shown.size, 100) },
          )
        ).items,
    ),
  );
  // In the newsroom's section order, so an earlier section gets a shared story first.
  return {
    lead,
    top,
    sections: sections.map((section, index) => {
      const pins = pick(slots?.sections[section.id] ?? []);
      return {
        section,
        items: [...pins, ...fill(recent[index] ?? [], SECTION_STORIES - pins.length)],
      };
    }),
  };
}
