import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getTranslations } from "next-intl/server";
import { EventDay } from "@/components/planning/event-day";
import { NewEventButton } from "@/components/planning/new-event-button";
import { PlanningNav } from "@/components/planning/planning-nav";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser, toActor } from "@/lib/auth";
import { getEventWeek } from "@/lib/server/planning/events/list-events";
import { createPlanEventAction, deletePlanEventAction, updatePlanEventAction } from "./actions";

const actions = { update: updatePlanEventAction, remove: deletePlanEventAction };

/**
 * /newsroom/planning/events: the events to cover, a week at a time (Monday first, in the
 * newsroom's zone). Everyone in the newsroom reads it; editors and admins change it.
 */
export default async function PlanningEventsPage({
  searchParams,
}: {
  searchParams: Promise<{ week?: string | string[] }>;
}) {
  const user = await requireUser();
  const asked = (await searchParams).week;
  const [{ week, days, sections, canManage }, t, format] = await Promise.all([
    getEventWeek(toActor(user), typeof asked === "string" ? asked : null),
    getTranslations("planning.eventsPage"),
    getFormatter(),
  ]);
  const span = format.dateTimeRange(
    new Date(`${week.days[0]}T12:00:00Z`),
    new Date(`${week.days[6]}T12:00:00Z`),
    { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
  );
  const weekLink = (day: string) => `/newsroom/planning/events?week=${day}`;
  return (
    <NextIntlClientProvider>
      <PlanningNav current="events" />
      <section aria-labelledby="events-heading">
        <PageHeader
          id="events-heading"
          title={t("title")}
          description={t("weekOf", { span })}
          actions={
            canManage ? (
              <NewEventButton action={createPlanEventAction} sections={sections} days={week.days} />
            ) : undefined
          }
        />
        <nav aria-label={t("weeks")} className="mb-4 flex flex-wrap gap-2 print:hidden">
          <Link href={weekLink(week.previous)} className={buttonClass("secondary", "sm")}>
            {t("previous")}
          </Link>
          <Link
            href={weekLink(week.current)}
            aria-current={week.days[0] === week.current ? "page" : undefined}
            className={buttonClass("secondary", "sm")}
          >
            {t("thisWeek")}
          </Link>
          <Link href={weekLink(week.next)} className={buttonClass("secondary", "sm")}>
            {t("next")}
          </Link>
        </nav>
        {days.map(({ day, events }) => (
          <EventDay
            key={day}
            day={day}
            events={events}
            sections={sections}
            actions={canManage ? actions : null}
          />
        ))}
      </section>
    </NextIntlClientProvider>
  );
}
