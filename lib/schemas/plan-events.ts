import { wallTimeToInstant } from "@/lib/time-zone";
import { linkLines } from "./link-lines";
import { optionalText, z } from "./zod";

/** An event's notes run to a briefing, not a story. */
export const MAX_EVENT_LINKS = 10;

/** "2027-03-04T09:30": a datetime-local input's text (seconds allowed), in the newsroom's zone. */
const WALL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

const wallTime = (message: string) =>
  z
    .string()
    .trim()
    .regex(WALL_TIME, message)
    // 2027-02-30 matches the pattern; a real calendar day and clock time does not stop there.
    // (the pattern has already refused other shapes; the zone does not change validity)
    .refine((text) => !WALL_TIME.test(text) || wallTimeToInstant(text, "UTC") !== null, message);

const links = linkLines(MAX_EVENT_LINKS);

const eventFields = {
  title: z
    .string()
    .trim()
    .min(1, "Give the event a title.")
    .max(200, "Keep the title under 200 characters."),
  startsAt: wallTime("Enter when the event starts, as a date and a time."),
  endsAt: z
    .union([z.literal(""), wallTime("Enter when the event ends, as a date and a time.")])
    .nullable()
    .optional()
    .transform((value) => value || null),
  place: optionalText(200, "Keep the place under 200 characters."),
  notes: optionalText(4_000, "Keep the notes under 4,000 characters."),
  links,
  sectionId: z
    .union([z.literal(""), z.uuid("Choose a section from the list.")])
    .nullable()
    .optional()
    .transform((value) => value || null),
};

/** Both wall times are in one zone, so their text orders as the instants do. */
const endsAfterStart = (value: { startsAt: string; endsAt: string | null }) =>
  value.endsAt === null || value.endsAt.slice(0, 16) > value.startsAt.slice(0, 16);
const endsAfterStartMessage = {
  message: "The end must come after the start.",
  path: ["endsAt"],
};

/** What "New event" sends: wall times in the newsroom's zone, links one a line. */
export const ZCreatePlanEvent = z
  .strictObject(eventFields)
  .refine(endsAfterStart, endsAfterStartMessage);
export type TCreatePlanEvent = z.output<typeof ZCreatePlanEvent>;
export type TPlanEventFormInput = z.input<typeof ZCreatePlanEvent>;

/** "Edit event": the same fields and the version the form was loaded at. */
export const ZUpdatePlanEvent = z
  .strictObject({ eventId: z.uuid(), version: z.number().int().min(1), ...eventFields })
  .refine(endsAfterStart, endsAfterStartMessage);
export type TUpdatePlanEvent = z.output<typeof ZUpdatePlanEvent>;
export type TPlanEventUpdateInput = z.input<typeof ZUpdatePlanEvent>;

export const ZDeletePlanEvent = z.strictObject({ eventId: z.uuid() });
export type TDeletePlanEvent = z.output<typeof ZDeletePlanEvent>;

/**
 * A calendar feed: "mine" (the person's own) or a desk's section id. A word rather than a
 * null, so no mangled desk request can turn into a request for one's own feed.
 */
export const ZCalendarFeedTarget = z.strictObject({
  feed: z.union([z.literal("mine"), z.uuid("Choose a desk from the list.")]),
});
export type TCalendarFeedTarget = z.output<typeof ZCalendarFeedTarget>;

/** Why an event change was refused beyond its code (the form names the sentence). */
export const PLAN_EVENT_REFUSALS = ["stale", "sectionMissing", "badTime"] as const;
export type PlanEventRefusal = (typeof PLAN_EVENT_REFUSALS)[number];

/** One event as the events page hands it to its components (times as wall text). */
export type PlanEventView = {
  id: string;
  version: number;
  title: string;
  /** "2027-03-04T09:30" in the newsroom's zone. */
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  notes: string | null;
  links: string[];
  section: { id: string; name: string; nameEn: string } | null;
  items: Array<{ id: string; headline: string }>;
};

/** A desk the event can belong to. */
export type EventSectionChoice = { id: string; name: string; nameEn: string };
