import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { FeedCard } from "@/components/planning/feed-card";
import { PlanningNav } from "@/components/planning/planning-nav";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser, toActor } from "@/lib/auth";
import { requestOrigin } from "@/lib/server/http/request-origin";
import { listFeeds } from "@/lib/server/planning/feeds/list-feeds";
import { createCalendarFeedAction, regenerateCalendarFeedAction } from "./actions";

const actions = { create: createCalendarFeedAction, regenerate: regenerateCalendarFeedAction };

/**
 * /newsroom/planning/feeds: private iCalendar addresses for phone calendars. Everyone has
 * "My calendar"; a desk's feed is listed for editors and admins and the desk's heads.
 */
export default async function CalendarFeedsPage() {
  const user = await requireUser();
  const [feeds, origin, t] = await Promise.all([
    listFeeds(toActor(user)),
    requestOrigin(),
    getTranslations("planning.feedsPage"),
  ]);
  return (
    <NextIntlClientProvider>
      <PlanningNav current="feeds" />
      <section aria-labelledby="feeds-heading" className="space-y-4">
        <PageHeader id="feeds-heading" title={t("title")} description={t("intro")} className="" />
        {feeds.map((feed) => (
          <FeedCard
            key={feed.sectionId ?? "mine"}
            sectionId={feed.sectionId}
            title={feed.sectionId ? `${feed.name} · ${feed.nameEn}` : t("mine")}
            description={feed.sectionId ? t("deskDescription") : t("mineDescription")}
            address={feed.token ? `${origin}/calendar/${feed.token}.ics` : null}
            actions={actions}
          />
        ))}
      </section>
    </NextIntlClientProvider>
  );
}
