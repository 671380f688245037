import "server-only";
import { sectionNameIn, type Script } from "@/lib/content/reader-script";
import type { HomeFront } from "./home-front";
import { summariesInScript } from "./script-view";

/** A resolved front in the reader's script and UI language, as FrontPageView draws it. */
export function homeInScript(front: HomeFront, script: Script | null, locale: string) {
  return {
    lead: front.lead ? (summariesInScript([front.lead], script)[0] ?? null) : null,
    top: summariesInScript(front.top, script),
    sections: front.sections.map(({ section, items }) => ({
      id: section.id,
      slug: section.slug,
      name: locale === "en" ? section.nameEn : sectionNameIn(section, script),
      items: summariesInScript(items, script),
    })),
  };
}
