"use client";

import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { findImagesWithoutAlt } from "@/lib/content/images-without-alt";
import { listSuggestions } from "@/lib/content/suggestions";
import {
  ALT_TEXT_ONLY,
  evaluatePublishChecks,
  type PublishCheckResult,
  type PublishChecksConfig,
} from "@/lib/content/publish-checks";

/** What the server hands the checklist (lib/server/articles/publish-checklist.ts). */
export type PublishChecklistFacts = {
  configs: Record<string, PublishChecksConfig>;
  openComments: number;
  stagesPassed: boolean;
};

/** A library image as the checklist needs it (the editor's EditorMedia has these). */
type LibraryImage = {
  id: string;
  alt: string | null;
  caption: string | null;
  fileName?: string | null;
};

export type ChecklistCopy = {
  headline: string;
  dek: string | null;
  bylines: readonly unknown[];
  sectionId: string | null;
  featuredImageId: string | null;
  body: unknown;
};

type CountDamage = (body: unknown) => number;

/**
 * The damage finder, loaded only once a section's checklist asks for it: most sections
 * never do, and the editor's JavaScript is at its budget. Null until it has arrived.
 */
function useDamageCounter(wanted: boolean): CountDamage | null {
  const [count, setCount] = useState<CountDamage | null>(null);
  useEffect(() => {
    if (!wanted || count) return;
    let live = true;
    void import("@/lib/content/body-damage").then((module) => {
      if (live) setCount(() => module.countBodyDamage);
    });
    return () => {
      live = false;
    };
  }, [wanted, count]);
  return count;
}

/**
 * "Before publishing": the story's section's checklist, run in the browser on the copy as
 * typed with the same function the server refuses with, so an item turns to passing the
 * moment it is fixed. Each item says ✓ or ✗ in text as well as colour.
 */
export function PublishChecklist({
  facts,
  copy,
  library,
}: {
  facts: PublishChecklistFacts;
  copy: ChecklistCopy;
  library: ReadonlyMap<string, LibraryImage>;
}) {
  const t = useTranslations("publishChecks");
  // The body changes with every keystroke; the damage scan may lag a frame behind it.
  const body = useDeferredValue(copy.body);
  const config = (copy.sectionId && facts.configs[copy.sectionId]) || ALT_TEXT_ONLY;
  const countDamage = useDamageCounter(config.checks.includes("damage"));
  const { headline, dek, bylines, sectionId, featuredImageId } = copy;
  const results = useMemo(() => {
    const images = findImagesWithoutAlt(body, featuredImageId, library).map((image) => {
      const row = library.get(image.mediaId);
      return (image.useCaption ?? row?.caption ?? "").trim() || row?.fileName || image.mediaId;
    });
    return evaluatePublishChecks(
      {
        headline,
        dek,
        bylineCount: bylines.length,
        sectionId,
        damageSpots: countDamage && config.checks.includes("damage") ? countDamage(body) : 0,
        imagesWithoutAlt: images,
        openComments: facts.openComments,
        openSuggestions: config.checks.includes("suggestions") ? listSuggestions(body).length : 0,
        stagesPassed: facts.stagesPassed,
      },
      config,
    );
  }, [
    body,
    headline,
    dek,
    bylines,
    sectionId,
    featuredImageId,
    library,
    facts,
    config,
    countDamage,
  ]);
  if (results.length === 0) return null;

  const detail = (result: PublishCheckResult): string | null => {
    if (result.ok) return null;
    switch (result.id) {
      case "altText":
        return t("checklist.images", { images: (result.images ?? []).join("、") });
      case "damage":
        return t("checklist.damage", { count: result.count ?? 0 });
      case "comments":
      case "suggestions":
        return t("checklist.comments", { count: result.count ?? 0 });
      default:
        return null;
    }
  };
  return (
    <section aria-labelledby="checklist-heading" className="space-y-2">
      <h2 id="checklist-heading" className="text-sm font-semibold">
        {t("checklist.heading")}
      </h2>
      <ul className="space-y-1 text-sm">
        {results.map((result) => {
          const more = detail(result);
          const count =
            result.id === "headlineLength"
              ? t("checklist.headline", { length: result.length ?? 0, limit: result.limit ?? 0 })
              : null;
          return (
            <li key={result.id} className={result.ok ? "text-green-800" : "text-red-800"}>
              <span aria-hidden="true" className="inline-block w-4 font-bold">
                {result.ok ? "✓" : "✗"}
              </span>
              {t(`names.${result.id}`)}
              {count && <span className="text-[var(--color-muted)]"> ({count})</span>}
              <span className="sr-only">
                {": "}
                {result.ok ? t("checklist.passing") : t("checklist.failing")}
              </span>
              {more && <span className="block pl-4 text-xs">{more}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
