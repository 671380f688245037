/**
 * The front page's limits and its plain shape, without zod, so the front editor in the
 * browser can use them (lib/schemas/front.ts validates the same shape on the server).
 */

/** How many top stories the home page shows at least (empty places are filled). */
export const TOP_STORIES = 5;
/** The most top stories an editor may place (the rest of the page is sections). */
export const MAX_TOP_STORIES = 12;
/** Stories a section shows on the home page: its pins first, then its newest. */
export const SECTION_STORIES = 4;

/** An arrangement by ids: the lead, the top stories in order, each section's pins. */
export type FrontSlotIds = {
  lead: string | null;
  top: string[];
  sections: Record<string, string[]>;
};

/** Every story an arrangement places, lead first. */
export function frontStoryIds(slots: FrontSlotIds): string[] {
  return [
    ...(slots.lead ? [slots.lead] : []),
    ...slots.top,
    ...Object.values(slots.sections).flat(),
  ];
}
