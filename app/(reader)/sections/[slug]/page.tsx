import type { Metadata } from "next";
import { FEED_TYPES } from "@/lib/site-url";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ListingPage } from "@/components/reader/listing-page";
import { convertText } from "@/lib/content/reader-script";
import { formatCursor, listLive } from "@/lib/server/reader/listings";
import type { ReaderSearchParams } from "@/lib/reader-routes";
import { readListingParams } from "@/lib/server/reader/listing-params";
import { findSection } from "@/lib/server/reader/lookups";
import { summariesInScript } from "@/lib/server/reader/script-view";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<ReaderSearchParams<"section">>;
};

async function sectionName(slug: string) {
  const section = await findSection(decodeURIComponent(slug));
  if (!section) return null;
  const locale = await getLocale();
  return { section, name: locale === "en" ? section.nameEn : section.name };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await sectionName((await params).slug);
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
  const found = await sectionName((await params).slug);
  if (!found) notFound();
  const { script, after } = readListingParams(await searchParams);
  const t = await getTranslations("reader");
  const { items, next } = await listLive(
    { sectionId: found.section.id },
    { limit: 20, ...(after ? { after } : {}) },
  );
  return (
    <ListingPage
      kicker={t("section")}
      title={script ? convertText(found.name, "zh-Hant", script) : found.name}
      description={found.section.description}
      path={`/sections/${found.section.slug}`}
      script={script}
      items={summariesInScript(items, script)}
      nextCursor={next && formatCursor(next)}
    />
  );
}
