import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * Above a section's review chain and its pre-publish checks: back to all sections, and
 * across to the other half of the desk's rules, which an admin usually sets together.
 */
export async function SectionSetupLinks(props: { slug: string; current: "review" | "checks" }) {
  const t = await getTranslations("sections");
  const other = props.current === "review" ? "checks" : "review";
  return (
    <nav aria-label={t("setupLinks")} className="flex flex-wrap gap-4 text-sm">
      <Link href="/newsroom/sections" className="underline underline-offset-2">
        {t("allSections")}
      </Link>
      <Link
        href={`/newsroom/sections/${props.slug}/${other}`}
        className="underline underline-offset-2"
      >
        {other === "checks" ? t("toChecks") : t("toReviewChain")}
      </Link>
    </nav>
  );
}
