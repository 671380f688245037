import "server-only";
import { getLocale } from "next-intl/server";
import { db } from "@/lib/db";
import { sectionNameInUi } from "@/lib/content/reader-script";
import { instantToWallTime, newsroomTimeZone } from "@/lib/time-zone";
import type { Actor, Permission } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import { getPublication } from "../../settings/get-publication";

/** Today in the newsroom's zone, as a day ("2026-12-06"). */
export function todayInNewsroom(now: Date = new Date()): string {
  return instantToWallTime(now, newsroomTimeZone()).slice(0, 10);
}

export function tomorrowInNewsroom(now: Date = new Date()): string {
  const today = new Date(`${todayInNewsroom(now)}T00:00:00Z`);
  return new Date(today.getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** What "New pitch" and "New planned item" choose from, and their empty values. */
export async function getPlanFormOptions(actor: Actor, permission: Permission) {
  await authorize(actor, permission, { resourceType: "plan-item" });
  const [locale, publication, sections, events] = await Promise.all([
    getLocale(),
    getPublication(),
    db.section.findMany({
      where: { archivedAt: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, name: true, nameEn: true, nameHans: true },
    }),
    db.planEvent.findMany({
      where: { startsAt: { gte: new Date(Date.now() - 86_400_000) } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 100,
      select: { id: true, title: true, startsAt: true },
    }),
  ]);
  const zone = newsroomTimeZone();
  return {
    sections: sections.map((s) => ({ id: s.id, label: sectionNameInUi(s, locale) })),
    events: events.map((e) => ({
      id: e.id,
      label: `${instantToWallTime(e.startsAt, zone).replace("T", " ")} ${e.title}`,
    })),
    empty: {
      headline: "",
      summary: null,
      sectionId: null,
      expectedLength: null,
      lengthUnit:
        publication.defaultLanguage === "en" ? ("WORDS" as const) : ("CHARACTERS" as const),
      needs: [],
    },
  };
}
