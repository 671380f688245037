import Link from "next/link";
import { getTranslations } from "next-intl/server";

export type PlanningPage = "budget" | "pitches" | "events" | "feeds";
const PAGES: ReadonlyArray<{ key: PlanningPage; href: string }> = [
  { key: "budget", href: "/newsroom/budget" },
  { key: "pitches", href: "/newsroom/planning/pitches" },
  { key: "events", href: "/newsroom/planning/events" },
  { key: "feeds", href: "/newsroom/planning/feeds" },
];

/** The planning pages' own row of links, under the newsroom navigation's one "Planning" link. */
export async function PlanningNav(props: { current: PlanningPage | null }) {
  const t = await getTranslations("planning");
  return (
    <nav aria-label={t("nav")} className="mb-4 flex flex-wrap gap-x-5 gap-y-1 text-sm print:hidden">
      {PAGES.map((page) => (
        <Link
          key={page.key}
          href={page.href}
          aria-current={props.current === page.key ? "page" : undefined}
          className={
            props.current === page.key
              ? "font-semibold underline underline-offset-4"
              : "underline-offset-4 hover:underline"
          }
        >
          {t(page.key)}
        </Link>
      ))}
    </nav>
  );
}
