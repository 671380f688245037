import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { JsonLd } from "@/components/reader/json-ld";
import { ListingPage } from "@/components/reader/listing-page";
import { convertText } from "@/lib/content/reader-script";
import { formatCursor, listLive } from "@/lib/server/reader/listings";
import type { ReaderSearchParams } from "@/lib/reader-routes";
import { readListingParams } from "@/lib/server/reader/listing-params";
import { findContributor } from "@/lib/server/reader/lookups";
import { summariesInScript } from "@/lib/server/reader/script-view";
import { absoluteUrl, FEED_TYPES } from "@/lib/site-url";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<ReaderSearchParams<"contributor">>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const contributor = await findContributor(decodeURIComponent((await params).slug));
  if (!contributor) return {};
  return {
    title: contributor.name,
    alternates: {
      types: FEED_TYPES,
      canonical: `/contributors/${contributor.slug}`,
    },
  };
}

/** Every byline links here: the contributor and their published work. */
export default async function ContributorPage({ params, searchParams }: Props) {
  const contributor = await findContributor(decodeURIComponent((await params).slug));
  if (!contributor) notFound();
  const { script, after } = readListingParams(await searchParams);
  const t = await getTranslations("reader");
  const { items, next } = await listLive(
    { contributorId: contributor.id },
    { limit: 20, ...(after ? { after } : {}) },
  );
  const path = `/contributors/${contributor.slug}`;
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": contributor.kind === "ORGANIZATION" ? "Organization" : "Person",
          name: contributor.name,
          url: absoluteUrl(path),
        }}
      />
      <ListingPage
        kicker={t(contributor.kind === "ORGANIZATION" ? "organization" : "contributor")}
        title={script ? convertText(contributor.name, "zh-Hant", script) : contributor.name}
        description={contributor.bio}
        path={path}
        script={script}
        items={summariesInScript(items, script)}
        nextCursor={next && formatCursor(next)}
      />
    </>
  );
}
