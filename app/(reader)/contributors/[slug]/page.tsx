import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ContributorAbout, ContributorPhoto } from "@/components/reader/contributor-profile";
import { JsonLd } from "@/components/reader/json-ld";
import { ListingPage } from "@/components/reader/listing-page";
import { nameInScript } from "@/lib/content/reader-script";
import { requestOrigin } from "@/lib/server/http/request-origin";
import { formatCursor, listLive } from "@/lib/server/reader/listings";
import type { ReaderSearchParams } from "@/lib/reader-routes";
import { readListingParams } from "@/lib/server/reader/listing-params";
import { findContributor, findContributorRedirect } from "@/lib/server/reader/lookups";
import { scriptChoice } from "@/lib/server/reader/script-choice";
import { personJsonLd } from "@/lib/server/reader/structured-data";
import { summariesInScript } from "@/lib/server/reader/script-view";
import { absoluteAt, FEED_TYPES } from "@/lib/site-url";

/** "https://www.weibo.com/wang" → "weibo.com": what a profile link is labelled with. */
function linkLabel(url: string): string {
  const { hostname, pathname } = new URL(url);
  const host = hostname.replace(/^www\./, "");
  return pathname.length > 1 ? `${host}${pathname.replace(/\/$/, "")}` : host;
}

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
  const slug = decodeURIComponent((await params).slug);
  const contributor = await findContributor(slug);
  const query = await searchParams;
  if (!contributor) {
    // Renamed or merged away: the front server answers 301 first; this covers `next dev`.
    const moved = await findContributorRedirect(slug);
    if (!moved) notFound();
    const script = typeof query.script === "string" ? `?script=${query.script}` : "";
    permanentRedirect(`/contributors/${encodeURIComponent(moved)}${script}`);
  }
  const { after } = readListingParams(query);
  const choice = await scriptChoice(query.script);
  const t = await getTranslations("reader");
  const { items, next } = await listLive(
    { contributorId: contributor.id },
    { limit: 20, ...(after ? { after } : {}) },
  );
  const path = `/contributors/${contributor.slug}`;
  const name = nameInScript(contributor.name, choice.shown);
  const jobTitle = nameInScript(contributor.jobTitle, choice.shown);
  const origin = await requestOrigin();
  const person = personJsonLd(
    { kind: contributor.kind, name, url: absoluteAt(origin, path) },
    { jobTitle, image: contributor.photo?.url ?? null, sameAs: contributor.links },
    origin,
  );
  return (
    <>
      <JsonLd data={{ "@context": "https://schema.org", ...person }} />
      <ListingPage
        kicker={t(contributor.kind === "ORGANIZATION" ? "organization" : "contributor")}
        picture={contributor.photo && <ContributorPhoto photo={contributor.photo} name={name} />}
        about={
          <ContributorAbout
            jobTitle={jobTitle}
            links={contributor.links.map((url) => ({ url, label: linkLabel(url) }))}
            linksLabel={t("contributorLinks", { name })}
          />
        }
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
