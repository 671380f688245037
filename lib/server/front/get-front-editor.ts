import "server-only";
import { db } from "@/lib/db";
import {
  frontStoryIds,
  type FrontCards,
  type FrontHistoryEntry,
  type TFrontSlots,
} from "@/lib/schemas/front";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { loadFrontStories } from "./front-stories";
import { latestFront, readSlots } from "./front-rules";

/** How much of the history the page lists (every front stays in the table). */
const HISTORY_SHOWN = 30;

export type FrontSectionChoice = { id: string; name: string; nameEn: string };

export type FrontEditorState = {
  /** The live front's number (0 before the first): what a publish starts from. */
  number: number;
  cards: FrontCards;
  sections: FrontSectionChoice[];
  history: FrontHistoryEntry[];
};

/** An arrangement's ids as the stories themselves (unknown ids left out). */
export async function toFrontCards(slots: TFrontSlots): Promise<FrontCards> {
  const stories = new Map((await loadFrontStories(frontStoryIds(slots))).map((s) => [s.id, s]));
  const pick = (ids: string[]) => ids.flatMap((id) => stories.get(id) ?? []);
  return {
    lead: (slots.lead && stories.get(slots.lead)) || null,
    top: pick(slots.top),
    sections: Object.fromEntries(
      Object.entries(slots.sections).map(([id, ids]) => [id, pick(ids)]),
    ),
  };
}

/** /newsroom/front (`front.manage`): the live arrangement, the sections and the history. */
export async function getFrontEditor(actor: Actor): Promise<FrontEditorState> {
  await authorize(actor, "front.manage", { resourceType: "front" });
  const [latest, sections, history] = await Promise.all([
    latestFront(),
    db.section.findMany({
      where: { archivedAt: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, name: true, nameEn: true },
    }),
    db.frontPage.findMany({
      orderBy: { number: "desc" },
      take: HISTORY_SHOWN,
      select: {
        number: true,
        publishedAt: true,
        restoredFrom: true,
        publishedBy: { select: { name: true } },
      },
    }),
  ]);
  // Pins of a section since archived or deleted are not offered again (readers no longer
  // see that section on the home page, and a deleted one would refuse the next publish).
  const stored = readSlots(latest?.slots);
  const shown = new Set(sections.map((section) => section.id));
  const slots = {
    ...stored,
    sections: Object.fromEntries(Object.entries(stored.sections).filter(([id]) => shown.has(id))),
  };
  return {
    number: latest?.number ?? 0,
    cards: await toFrontCards(slots),
    sections,
    history: history.map((row) => ({
      number: row.number,
      publishedBy: row.publishedBy?.name ?? null,
      publishedAt: row.publishedAt.toISOString(),
      restoredFrom: row.restoredFrom,
    })),
  };
}
