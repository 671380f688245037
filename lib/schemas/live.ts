import { z } from "./zod";

/** A live update's title is a line, not a headline: short enough for the key events list. */
export const LIVE_TITLE_MAX = 120;
export const LIVE_NOTE_MAX = 500;
export const LIVE_CORRECTION_MAX = 2000;
/** People an update credits, at most. */
export const LIVE_AUTHORS_MAX = 6;

const title = z
  .string()
  .trim()
  .max(LIVE_TITLE_MAX, "An update's title can be at most 120 characters.")
  .transform((value) => (value === "" ? null : value))
  .nullable();

const authorIds = z
  .array(z.uuid())
  .max(LIVE_AUTHORS_MAX, "An update can credit at most six people.")
  .refine((ids) => new Set(ids).size === ids.length, "Each person is credited once.");

/**
 * "Add update": an optional title, the rich text (Tiptap JSON, validated by the use-case
 * with the body's schema), "Key event", and whom it credits (empty: the writer).
 */
export const ZLiveUpdateAdd = z.strictObject({
  articleId: z.uuid(),
  title,
  body: z.unknown(),
  isKey: z.boolean(),
  authorIds,
});
export type TLiveUpdateAdd = z.infer<typeof ZLiveUpdateAdd>;

/** Editing an update names the version the form started from. */
export const ZLiveUpdateEdit = z.strictObject({
  updateId: z.uuid(),
  version: z.number().int().positive(),
  title,
  body: z.unknown(),
  isKey: z.boolean(),
  authorIds,
});
export type TLiveUpdateEdit = z.infer<typeof ZLiveUpdateEdit>;

export const ZLiveUpdateRef = z.strictObject({
  updateId: z.uuid(),
  version: z.number().int().positive(),
});

export const ZLiveUpdateRemove = z.strictObject({
  updateId: z.uuid(),
  version: z.number().int().positive(),
  note: z
    .string()
    .trim()
    .min(1, "Say why the update is removed: the note stays on the record.")
    .max(LIVE_NOTE_MAX, "The note can be at most 500 characters."),
});

export const ZLiveUpdateCorrect = z.strictObject({
  updateId: z.uuid(),
  version: z.number().int().positive(),
  text: z
    .string()
    .trim()
    .min(1, "Write the correction: it cannot be empty.")
    .max(LIVE_CORRECTION_MAX, "A correction can be at most 2,000 characters."),
});

/** "End coverage" (ended: true) and "Reopen coverage" (false). */
export const ZLiveCoverageEnd = z.strictObject({ articleId: z.uuid(), ended: z.boolean() });

/** The live desk's heartbeat: whether this person is writing an update now. */
export const ZLiveDeskPing = z.strictObject({ articleId: z.uuid(), writing: z.boolean() });
