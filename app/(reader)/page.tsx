import { getLocale, getTranslations } from "next-intl/server";
import { FrontPageView } from "@/components/reader/front-page-view";
import { LiveNow } from "@/components/reader/live-now";
import { ScriptToggle } from "@/components/reader/script-toggle";
import type { ReaderSearchParams } from "@/lib/reader-routes";
import { getHomeFront } from "@/lib/server/reader/home-front";
import { homeInScript } from "@/lib/server/reader/home-view";
import { listLiveNow } from "@/lib/server/reader/live-now";
import { headlinesInScript } from "@/lib/server/reader/script-view";
import { scriptChoice } from "@/lib/server/reader/script-choice";

/** The front page as the desk arranged it (/newsroom/front), filled with the newest stories. */
export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<ReaderSearchParams<"home">>;
}) {
  const choice = await scriptChoice((await searchParams).script);
  const { shown: script, query } = choice;
  const [t, locale, front, liveNow] = await Promise.all([
    getTranslations(),
    getLocale(),
    getHomeFront(),
    listLiveNow(),
  ]);
  return (
    <div className="space-y-12">
      <div className="flex items-center justify-between gap-4">
        <h1 className="font-serif text-2xl font-bold">{t("home.title")}</h1>
        <ScriptToggle path="/" current={script} plain={choice.plain} />
      </div>
      <LiveNow items={headlinesInScript(liveNow, script)} query={query} />
      <FrontPageView {...homeInScript(front, script, locale)} query={query} />
    </div>
  );
}
