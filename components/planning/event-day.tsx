import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { EventSectionChoice, PlanEventView } from "@/lib/schemas/plan-events";
import { EventActions, type EventActionsProps } from "./event-actions";

/** The wall time's clock ("09:30"), or with its date when an event ends on another day. */
function clock(wall: string, day: string): string {
  return wall.startsWith(day) ? wall.slice(11, 16) : wall.replace("T", " ");
}

/**
 * One day of the events week: its events in time order, each with time, title, place,
 * section, notes, links and the planned items covering it (linked to the item page).
 */
export async function EventDay({
  day,
  events,
  sections,
  actions,
}: {
  day: string;
  events: PlanEventView[];
  sections: EventSectionChoice[];
  /** Present only for those who may change the plan. */
  actions: EventActionsProps | null;
}) {
  const t = await getTranslations("planning.eventsPage");
  const format = await getFormatter();
  const headingId = `day-${day}`;
  const title = format.dateTime(new Date(`${day}T12:00:00Z`), {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  });
  return (
    <section aria-labelledby={headingId} className="border-t border-[var(--color-rule)] py-3">
      <h2 id={headingId} className="mb-2 text-sm font-semibold">
        <time dateTime={day}>{title}</time>
      </h2>
      {events.length === 0 ? (
        <p className="text-sm text-[var(--color-muted)]">{t("noEvents")}</p>
      ) : (
        <ul className="space-y-3">
          {events.map((event) => (
            <li key={event.id} className="grid gap-x-4 gap-y-1 sm:grid-cols-[7rem_1fr]">
              <p className="text-sm tabular-nums text-[var(--color-muted)]">
                <time dateTime={event.startsAt}>{clock(event.startsAt, day)}</time>
                {event.endsAt && (
                  <>
                    {"–"}
                    <time dateTime={event.endsAt}>{clock(event.endsAt, day)}</time>
                  </>
                )}
              </p>
              <article aria-label={event.title} className="min-w-0 space-y-1">
                <h3 className="font-semibold">{event.title}</h3>
                {(event.place || event.section) && (
                  <p className="text-sm">
                    {event.place && (
                      <span>
                        {t("at")} {event.place}
                      </span>
                    )}
                    {event.place && event.section && (
                      <span className="text-[var(--color-muted)]"> · </span>
                    )}
                    {event.section && (
                      <span>
                        {event.section.name} · {event.section.nameEn}
                      </span>
                    )}
                  </p>
                )}
                {event.notes && <p className="whitespace-pre-line text-sm">{event.notes}</p>}
                {event.links.length > 0 && (
                  <ul className="text-sm">
                    {event.links.map((link) => (
                      <li key={link} className="truncate">
                        <a href={link} rel="noopener noreferrer" className="underline">
                          {link}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
                {event.items.length > 0 && (
                  <div className="text-sm">
                    <span className="text-[var(--color-muted)]">{t("covering")} </span>
                    {event.items.map((item, index) => (
                      <span key={item.id}>
                        {index > 0 && ", "}
                        <Link href={`/newsroom/planning/items/${item.id}`} className="underline">
                          {item.headline}
                        </Link>
                      </span>
                    ))}
                  </div>
                )}
                {actions && <EventActions event={event} sections={sections} actions={actions} />}
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
