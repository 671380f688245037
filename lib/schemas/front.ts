import { frontStoryIds, MAX_TOP_STORIES, SECTION_STORIES } from "./front-limits";
import { z } from "./zod";

export { frontStoryIds, MAX_TOP_STORIES, SECTION_STORIES, TOP_STORIES } from "./front-limits";

const storyIds = (max: number, message: string) =>
  z.array(z.uuid("Choose stories from the search.")).max(max, message);

/**
 * An arrangement of the home page: the lead, the top stories in order and, per section,
 * the stories it pins. Stored as the FrontPage row's `slots`; a story appears once.
 */
export const ZFrontSlots = z
  .strictObject({
    lead: z.uuid("Choose stories from the search.").nullable(),
    top: storyIds(MAX_TOP_STORIES, `Place at most ${MAX_TOP_STORIES} top stories.`),
    sections: z
      .record(
        z.uuid(),
        storyIds(SECTION_STORIES, `Pin at most ${SECTION_STORIES} stories in a section.`),
      )
      .refine((value) => Object.keys(value).length <= 100, "Too many sections."),
  })
  .refine(
    (slots) => {
      const all = frontStoryIds(slots);
      return new Set(all).size === all.length;
    },
    { message: "A story can take only one place on the front.", path: ["top"] },
  );
export type TFrontSlots = z.output<typeof ZFrontSlots>;

export const EMPTY_FRONT: TFrontSlots = { lead: null, top: [], sections: {} };

/**
 * "Publish front": the arrangement, and the number of the front the editor started from
 * (0 when there was none), so a publish in between is refused rather than overwritten.
 */
export const ZPublishFront = z.strictObject({
  baseNumber: z.int().min(0),
  slots: ZFrontSlots,
});
export type TPublishFront = z.output<typeof ZPublishFront>;

export const ZRestoreFront = z.strictObject({
  number: z.int().min(1),
  baseNumber: z.int().min(0),
});
export type TRestoreFront = z.output<typeof ZRestoreFront>;

export const ZFindFrontStories = z.strictObject({
  q: z.string().trim().min(1, "Type a word from the story.").max(200),
});
export type TFindFrontStories = z.output<typeof ZFindFrontStories>;

/** A story as the front editor shows it. */
export type FrontStory = {
  id: string;
  headline: string;
  sectionId: string | null;
  sectionName: string | null;
  /** False once it is unpublished: it will drop out of the reader's front. */
  isLive: boolean;
};

/** The front editor's arrangement: the stories themselves rather than their ids. */
export type FrontCards = {
  lead: FrontStory | null;
  top: FrontStory[];
  sections: Record<string, FrontStory[]>;
};

/** One entry of the front's history. */
export type FrontHistoryEntry = {
  number: number;
  publishedBy: string | null;
  publishedAt: string;
  restoredFrom: number | null;
};

/**
 * Why a publish was refused as stale: who published in between, when, and what is now
 * different (the lead's headline; whether the top stories or which sections' pins changed).
 */
export type FrontStaleDetails = {
  reason: "stale";
  by: string;
  at: string;
  latest: number;
  lead: string;
  top: number;
  sections: string;
};
