import { isRealDay } from "./query-params";
import { optionalText, z } from "./zod";

/** What a planned story may need from other desks. */
export const PLAN_NEEDS = ["photos", "video", "graphics"] as const;
export type PlanNeed = (typeof PLAN_NEEDS)[number];
/** Byline roles an assignment can carry (the people a desk sends out). */
export const ASSIGNMENT_ROLES = [
  "REPORTER",
  "PHOTOGRAPHER",
  "VIDEOGRAPHER",
  "WRITER",
  "ILLUSTRATOR",
  "EDITOR",
  "PRODUCER",
] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];
/** The longest a planned story may be said to run: no newspaper story is longer. */
export const MAX_EXPECTED_LENGTH = 100_000;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar day as forms send it ("2026-12-07"), checked to be a real date. */
export const zDay = z
  .string()
  .trim()
  .regex(DAY, "Enter the day as a date, e.g. 2026-12-07.")
  .refine(isRealDay, "That day does not exist; check the date.");

/** An empty select sends ""; none is null. */
const optionalId = (message: string) =>
  z
    .union([z.uuid(message), z.literal("")])
    .nullable()
    .optional()
    .transform((value) => value || null);

/** A whole number typed in a text box (forms send text, typed calls may send a number). */
const expectedLength = z
  .union([z.number(), z.string().trim()])
  .nullable()
  .optional()
  .transform((value, context) => {
    if (value === null || value === undefined || value === "") return null;
    const number = typeof value === "number" ? value : Number(value.replace(/[,，\s]/g, ""));
    if (!Number.isInteger(number) || number < 1 || number > MAX_EXPECTED_LENGTH) {
      context.addIssue({
        code: "custom",
        message: "Enter the expected length as a whole number, e.g. 800.",
      });
      return z.NEVER;
    }
    return number;
  });

const needs = z
  .union([z.enum(PLAN_NEEDS), z.array(z.enum(PLAN_NEEDS))])
  .optional()
  .transform((value) => [...new Set(value === undefined ? [] : [value].flat())]);

/** What a pitch says: the fields of "New pitch", also the start of every planned item. */
const pitchFields = {
  headline: z
    .string()
    .trim()
    .min(1, "Give the story a working headline.")
    .max(200, "Keep the working headline under 200 characters."),
  summary: optionalText(2000, "Keep the summary under 2,000 characters."),
  sectionId: optionalId("Choose a section from the list."),
  day: zDay,
  expectedLength,
  lengthUnit: z.enum(["CHARACTERS", "WORDS"], "Choose characters or words."),
  needs,
};

/** Where an item runs: set by the desk on the budget, not by the pitcher. */
const slotFields = {
  webSlot: optionalText(40, "Keep the web slot under 40 characters."),
  printPage: optionalText(20, "Keep the print page under 20 characters."),
  eventId: optionalId("Choose an event from the list."),
};

export const ZCreatePitch = z.strictObject(pitchFields);
export type TCreatePitch = z.output<typeof ZCreatePitch>;

export const ZCreatePlanItem = z.strictObject({ ...pitchFields, ...slotFields });
export type TCreatePlanItem = z.output<typeof ZCreatePlanItem>;

export const ZUpdatePlanItem = z.strictObject({
  itemId: z.uuid(),
  version: z.coerce.number().int().min(1),
  ...pitchFields,
  ...slotFields,
});
export type TUpdatePlanItem = z.output<typeof ZUpdatePlanItem>;

export const ZDecidePitch = z
  .strictObject({
    itemId: z.uuid(),
    decision: z.enum(["accept", "decline"]),
    note: optionalText(1000, "Keep the note under 1,000 characters."),
  })
  .refine((input) => input.decision === "accept" || input.note !== null, {
    path: ["note"],
    message: "Say why the pitch is declined; the reporter reads it.",
  });
export type TDecidePitch = z.output<typeof ZDecidePitch>;

export const ZSpikePlanItem = z.strictObject({
  itemId: z.uuid(),
  version: z.coerce.number().int().min(1),
  spiked: z.boolean(),
  note: optionalText(1000, "Keep the note under 1,000 characters."),
});
export type TSpikePlanItem = z.output<typeof ZSpikePlanItem>;

export const ZAssign = z.strictObject({
  itemId: z.uuid(),
  userId: z.uuid("Choose a person from the list."),
  role: z.enum(ASSIGNMENT_ROLES, "Choose a role from the list."),
  /** A wall-clock time in the newsroom's zone, as a datetime-local field sends it. */
  deadline: z.string().trim().min(1, "Enter a deadline.").max(40, "Enter a deadline."),
  note: optionalText(1000, "Keep the note under 1,000 characters."),
  /** "Reassign": the assignment this one replaces (withdrawn in the same transaction). */
  replacesId: optionalId("Choose the assignment to replace."),
});
export type TAssign = z.output<typeof ZAssign>;

export const ZWithdrawAssignment = z.strictObject({ assignmentId: z.uuid() });
export type TWithdrawAssignment = z.output<typeof ZWithdrawAssignment>;

export const ZRespondAssignment = z
  .strictObject({
    assignmentId: z.uuid(),
    answer: z.enum(["accept", "decline"]),
    reason: optionalText(1000, "Keep the reason under 1,000 characters."),
  })
  .refine((input) => input.answer === "accept" || input.reason !== null, {
    path: ["reason"],
    message: "Say why you cannot take it; the editor reads it.",
  });
export type TRespondAssignment = z.output<typeof ZRespondAssignment>;

export const ZStartStory = z.strictObject({ itemId: z.uuid() });
export type TStartStory = z.output<typeof ZStartStory>;

export const ZLinkStory = z.strictObject({
  itemId: z.uuid(),
  /** null unlinks the story. */
  articleId: optionalId("Choose a story from the list."),
});
export type TLinkStory = z.output<typeof ZLinkStory>;

/**
 * Why a planning change was refused, beyond its code: `stale` (someone changed the item
 * since the page was opened), `decided` (the pitch was decided meanwhile), `withdrawn`
 * (the assignment was given to someone else), `answered`, `inactive` (the person is
 * deactivated), `pastDeadline`, `spiked`, `hasStory`, `linkedElsewhere`, `duplicate`.
 */
export type PlanningRefusal =
  | "stale"
  | "decided"
  | "withdrawn"
  | "answered"
  | "inactive"
  | "pastDeadline"
  | "spiked"
  | "hasStory"
  | "linkedElsewhere"
  | "duplicate"
  | "notAssignee";
