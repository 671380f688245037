import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { JsonLd } from "@/components/reader/json-ld";
import { ListingPage } from "@/components/reader/listing-page";
import { nameInScript } from "@/lib/content/reader-script";
import { requestOrigin } from "@/lib/server/http/request-origin";
import { formatCursor, listLive } from "@/lib/server/reader/listings";
import type { ReaderSearchParams } from "@/lib/reader-routes";
import { readListingParams } from "@/lib/server/reader/listing-params";
import { findContributor } from "@/lib/server/reader/lookups";
import { scriptChoice } from "@/lib/server/reader/script-choice";
import { summariesInScript } from "@/lib/server/reader/script-view";
import { absoluteAt, FEED_TYPES } from "@/lib/site-url";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<ReaderSearchParams<"contributor">>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const contributor = await findContributor(decodeURIComponent((await params).slug));
  if (!contributor) return {};
  const { shown } = await scriptChoice((await searchParams).script);
  return {
    title: nameInScript(contributor.name, shown),
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
  const query = await searchParams;
  const { after } = readListingParams(query);
  const choice = await scriptChoice(query.script);
  const t = await getTranslations("reader");
  const { items, next } = await listLive(
    { contributorId: contributor.id },
    { limit: 20, ...(after ? { after } : {}) },
  );
  const path = `/contributors/${contributor.slug}`;
  const name = nameInScript(contributor.name, choice.shown);
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": contributor.kind === "ORGANIZATION" ? "Organization" : "Person",
          name,
          url: absoluteAt(await requestOrigin(), path),
        }}
      />
      <ListingPage
        kicker={t(contributor.kind === "ORGANIZATION" ? "organization" : "contributor")}
        title={name}
        description={nameInScript(contributor.bio, choice.shown)}
        path={path}
        choice={choice}
        items={summariesInScript(items, choice.shown)}
        nextCursor={next && formatCursor(next)}
      />
    </>
  );
}
