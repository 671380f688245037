import type { Metadata } from "next";
import { FEED_TYPES } from "@/lib/site-url";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ListingPage } from "@/components/reader/listing-page";
import { nameInScript, sectionNameIn, type Script } from "@/lib/content/reader-script";
import { formatCursor, listLive } from "@/lib/server/reader/listings";
import type { ReaderSearchParams } from "@/lib/reader-routes";
import { readListingParams } from "@/lib/server/reader/listing-params";
import { findSection } from "@/lib/server/reader/lookups";
import { scriptChoice } from "@/lib/server/reader/script-choice";
import { summariesInScript } from "@/lib/server/reader/script-view";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<ReaderSearchParams<"section">>;
};

/** The section and its name as the navigation shows it: English in the English UI. */
async function sectionName(slug: string, script: Script | null) {
  const section = await findSection(decodeURIComponent(slug));
  if (!section) return null;
  const locale = await getLocale();
  return {
    section,
    name: locale === "en" ? section.nameEn : sectionNameIn(section, script),
    description: nameInScript(section.description, script),
  };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { shown } = await scriptChoice((await searchParams).script);
  const found = await sectionName((await params).slug, shown);
  if (!found) return {};
  return {
    title: found.name,
    alternates: {
      // This section's own feeds.
      types: Object.fromEntries(
        Object.entries(FEED_TYPES).map(([type, href]) => [
          type,
          `/sections/${found.section.slug}${href}`,
        ]),
      ),
      canonical: `/sections/${found.section.slug}`,
    },
  };
}

export default async function SectionPage({ params, searchParams }: Props) {
  const query = await searchParams;
  const choice = await scriptChoice(query.script);
  const found = await sectionName((await params).slug, choice.shown);
  if (!found) notFound();
  const { after } = readListingParams(query);
  const t = await getTranslations("reader");
  const { items, next } = await listLive(
    { sectionId: found.section.id },
    { limit: 20, ...(after ? { after } : {}) },
  );
  return (
    <ListingPage
      kicker={t("section")}
      title={found.name}
      description={found.description}
      path={`/sections/${found.section.slug}`}
      choice={choice}
      items={summariesInScript(items, choice.shown)}
      nextCursor={next && formatCursor(next)}
    />
  );
}
