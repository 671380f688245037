import { httpUrl } from "./settings";
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
    .refine((text) => {
      if (!WALL_TIME.test(text)) return true; // the pattern has said so already
      const [day, time] = text.split("T") as [string, string];
      const [y, m, d] = day.split("-").map(Number) as [number, number, number];
      const [h, mi] = time.split(":").map(Number) as [number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCMonth() === m - 1 && date.getUTCDate() === d && h < 24 && mi < 60;
    }, message);

/** One address per line, each a full http(s) URL; a bad line is refused, never dropped. */
const links = z
  .string()
  .max(4_000, "Keep the links under 4,000 characters.")
  .optional()
  .transform((text) =>
    (text ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .refine((lines) => lines.length <= MAX_EVENT_LINKS, {
    message: `List at most ${MAX_EVENT_LINKS} links.`,
  })
  .refine((lines) => lines.every((line) => httpUrl(line) !== null), {
    message: "Write each link as a full address starting with https://, one a line.",
  })
  .transform((lines) => [...new Set(lines.map((line) => httpUrl(line)!.href))]);

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
