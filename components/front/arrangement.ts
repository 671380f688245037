import type { FrontCards, FrontStory } from "@/lib/schemas/front";
import { MAX_TOP_STORIES, SECTION_STORIES, type FrontSlotIds } from "@/lib/schemas/front-limits";

/** A place on the front: the lead, the top stories, or one section's pins. */
export type Zone = "lead" | "top" | `section:${string}`;

export function storiesIn(cards: FrontCards, zone: Zone): FrontStory[] {
  if (zone === "lead") return cards.lead ? [cards.lead] : [];
  if (zone === "top") return cards.top;
  return cards.sections[zone.slice("section:".length)] ?? [];
}

function withZone(cards: FrontCards, zone: Zone, stories: FrontStory[]): FrontCards {
  if (zone === "lead") return { ...cards, lead: stories[0] ?? null };
  if (zone === "top") return { ...cards, top: stories };
  return { ...cards, sections: { ...cards.sections, [zone.slice("section:".length)]: stories } };
}

/** The arrangement without `id` anywhere (a story takes one place on the front). */
export function without(cards: FrontCards, id: string): FrontCards {
  const keep = (stories: FrontStory[]) => stories.filter((story) => story.id !== id);
  return {
    lead: cards.lead?.id === id ? null : cards.lead,
    top: keep(cards.top),
    sections: Object.fromEntries(
      Object.entries(cards.sections).map(([section, stories]) => [section, keep(stories)]),
    ),
  };
}

/** Whether `zone` can take one more story. */
export function hasRoom(cards: FrontCards, zone: Zone): boolean {
  if (zone === "lead") return true;
  return storiesIn(cards, zone).length < (zone === "top" ? MAX_TOP_STORIES : SECTION_STORIES);
}

/**
 * Places a story: as the lead (the old lead becomes the first top story, as a desk would
 * move it down), or last among the top stories or a section's pins.
 */
export function place(cards: FrontCards, story: FrontStory, zone: Zone): FrontCards {
  const rest = without(cards, story.id);
  if (zone === "lead")
    return {
      ...rest,
      lead: story,
      top: rest.lead ? [rest.lead, ...rest.top].slice(0, MAX_TOP_STORIES) : rest.top,
    };
  return withZone(rest, zone, [...storiesIn(rest, zone), story]);
}

/** Moves the story at `from` to `to` within one zone (drag and drop, Move up / down). */
export function move(cards: FrontCards, zone: Zone, from: number, to: number): FrontCards {
  const stories = [...storiesIn(cards, zone)];
  if (to < 0 || to >= stories.length || from === to) return cards;
  const [story] = stories.splice(from, 1);
  stories.splice(to, 0, story!);
  return withZone(cards, zone, stories);
}

/** What the server stores: ids only, and no empty section entries. */
export function toSlots(cards: FrontCards): FrontSlotIds {
  const ids = (stories: FrontStory[]) => stories.map((story) => story.id);
  return {
    lead: cards.lead?.id ?? null,
    top: ids(cards.top),
    sections: Object.fromEntries(
      Object.entries(cards.sections)
        .filter(([, stories]) => stories.length > 0)
        .map(([section, stories]) => [section, ids(stories)]),
    ),
  };
}

/** "Preview front": the unpublished arrangement travels in the address (ids only). */
export function previewHref(cards: FrontCards): string {
  return `/newsroom/front/preview?slots=${encodeURIComponent(JSON.stringify(toSlots(cards)))}`;
}
