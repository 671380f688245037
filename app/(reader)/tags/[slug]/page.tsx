import type { Metadata } from "next";
import { FEED_TYPES } from "@/lib/site-url";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ListingPage } from "@/components/reader/listing-page";
import { nameInScript } from "@/lib/content/reader-script";
import { formatCursor, listLive } from "@/lib/server/reader/listings";
import type { ReaderSearchParams } from "@/lib/reader-routes";
import { readListingParams } from "@/lib/server/reader/listing-params";
import { findTag } from "@/lib/server/reader/lookups";
import { scriptChoice } from "@/lib/server/reader/script-choice";
import { summariesInScript } from "@/lib/server/reader/script-view";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<ReaderSearchParams<"tag">>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const tag = await findTag(decodeURIComponent((await params).slug));
  if (!tag) return {};
  const { shown } = await scriptChoice((await searchParams).script);
  return {
    title: nameInScript(tag.name, shown),
    alternates: {
      types: FEED_TYPES,
      canonical: `/tags/${tag.slug}`,
    },
  };
}

export default async function TagPage({ params, searchParams }: Props) {
  const tag = await findTag(decodeURIComponent((await params).slug));
  if (!tag) notFound();
  const query = await searchParams;
  const { after } = readListingParams(query);
  const choice = await scriptChoice(query.script);
  const t = await getTranslations("reader");
  const { items, next } = await listLive(
    { tagId: tag.id },
    { limit: 20, ...(after ? { after } : {}) },
  );
  return (
    <ListingPage
      kicker={t("tag")}
      title={nameInScript(tag.name, choice.shown)}
      path={`/tags/${tag.slug}`}
      choice={choice}
      items={summariesInScript(items, choice.shown)}
      nextCursor={next && formatCursor(next)}
    />
  );
}
