import ical from "ical-generator";

/**
 * The private calendar feeds (/calendar/<token>.ics) as iCalendar text. ical-generator
 * escapes text (commas, semicolons, newlines) and folds lines at 75 octets without
 * splitting a UTF-8 character; times are written in UTC. Pure: the use-case loads the
 * rows, this writes them.
 */
export type CalendarAssignment = {
  id: string;
  role: string;
  deadline: Date;
  note: string | null;
  /** Named in a desk's feed, where the assignments are several people's. */
  assignee: string | null;
  item: { id: string; headline: string; summary: string | null };
};

export type CalendarEvent = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  notes: string | null;
  links: string[];
};

/** Byline roles as a phone's calendar shows them: Chinese first, then English. */
const ROLE_WORDS: Record<string, string> = {
  REPORTER: "記者 Reporter",
  CORRESPONDENT: "通訊員 Correspondent",
  WRITER: "撰文 Writer",
  PHOTOGRAPHER: "攝影 Photographer",
  VIDEOGRAPHER: "攝像 Videographer",
  ILLUSTRATOR: "插圖 Illustrator",
  TRANSLATOR: "翻譯 Translator",
  EDITOR: "編輯 Editor",
  RESPONSIBLE_EDITOR: "責任編輯 Responsible editor",
  PRODUCER: "出品 Producer",
};

export function roleWords(role: string): string {
  return ROLE_WORDS[role] ?? role;
}

/** The newsroom's address of a planned item, which the lead's item page answers. */
export function itemUrl(origin: string, itemId: string): string {
  return `${origin}/newsroom/planning/items/${itemId}`;
}

export function buildPlanCalendar(options: {
  name: string;
  origin: string;
  now: Date;
  assignments: CalendarAssignment[];
  events: CalendarEvent[];
  /** The events page's address for an event's week (the page takes any day of it). */
  eventUrl: (event: CalendarEvent) => string;
}): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: "Galley", product: "Planning", language: "EN" },
    // Phone calendars poll subscribed feeds; an hour keeps deadlines fresh without hammering.
    ttl: 3_600,
  });
  for (const assignment of options.assignments) {
    const who = assignment.assignee
      ? `${assignment.assignee}, ${roleWords(assignment.role)}`
      : roleWords(assignment.role);
    const url = itemUrl(options.origin, assignment.item.id);
    calendar.createEvent({
      id: `assignment-${assignment.id}@galley`,
      stamp: options.now,
      start: assignment.deadline,
      end: assignment.deadline,
      summary: `截稿 Deadline: ${assignment.item.headline} (${who})`,
      description: [assignment.item.summary, assignment.note, url].filter(Boolean).join("\n\n"),
      url,
    });
  }
  for (const event of options.events) {
    calendar.createEvent({
      id: `event-${event.id}@galley`,
      stamp: options.now,
      start: event.startsAt,
      end: event.endsAt ?? event.startsAt,
      summary: event.title,
      location: event.place,
      description: [event.notes, event.links.join("\n")].filter(Boolean).join("\n\n") || null,
      url: options.eventUrl(event),
    });
  }
  return calendar.toString();
}
