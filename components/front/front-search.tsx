"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { FrontStory, TFindFrontStories } from "@/lib/schemas/front";
import type { Zone } from "./arrangement";

export type FindStories = (input: TFindFrontStories) => Promise<ActionResult<FrontStory[]>>;

/**
 * "Find a story": published stories matching the words (either script), each with the
 * places it can take: the lead, the top stories, or a pin in its own section.
 */
export function FrontSearch({
  find,
  sectionNames,
  placedIds,
  onPlace,
}: {
  find: FindStories;
  /** Section id → the name shown, for the sections on the front. */
  sectionNames: Record<string, string>;
  placedIds: ReadonlySet<string>;
  onPlace: (story: FrontStory, zone: Zone) => void;
}) {
  const t = useTranslations("front");
  const [q, setQ] = useState("");
  const [results, setResults] = useState<FrontStory[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();
  const search = (event: React.FormEvent) => {
    event.preventDefault();
    if (!q.trim()) return;
    startTransition(async () => {
      const result = await find({ q });
      setFailed(!result.ok);
      setResults(result.ok ? result.data : []);
    });
  };
  return (
    <div className="space-y-3">
      <form onSubmit={search} className="flex flex-wrap items-end gap-2" role="search">
        <TextField
          label={t("find")}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          className="min-w-0 flex-1"
        />
        <Button type="submit" disabled={pending}>
          {t("search")}
        </Button>
      </form>
      {failed && <p className="text-sm text-red-800">{t("searchFailed")}</p>}
      {results && !failed && results.length === 0 && (
        <p className="text-sm text-[var(--color-muted)]">{t("noResults")}</p>
      )}
      {results && results.length > 0 && (
        <ul aria-label={t("results")} className="divide-y divide-[var(--color-rule)]">
          {results.map((story) => {
            const section = story.sectionId ? sectionNames[story.sectionId] : undefined;
            return (
              <li key={story.id} className="flex flex-wrap items-center gap-2 py-2">
                <span className="min-w-[12rem] flex-1 break-words">
                  {story.headline}
                  {story.sectionName && (
                    <span className="ml-2 text-xs text-[var(--color-muted)]">
                      {story.sectionName}
                    </span>
                  )}
                  {placedIds.has(story.id) && (
                    <span className="ml-2 text-xs font-semibold text-[var(--color-accent)]">
                      {t("onFront")}
                    </span>
                  )}
                </span>
                <span className="flex flex-wrap gap-1">
                  <Button
                    size="xs"
                    aria-label={t("makeLeadLabel", { headline: story.headline })}
                    onClick={() => onPlace(story, "lead")}
                  >
                    {t("makeLead")}
                  </Button>
                  <Button
                    size="xs"
                    aria-label={t("addTopLabel", { headline: story.headline })}
                    onClick={() => onPlace(story, "top")}
                  >
                    {t("addTop")}
                  </Button>
                  {section && (
                    <Button
                      size="xs"
                      aria-label={t("pinLabel", { headline: story.headline, section })}
                      onClick={() => onPlace(story, `section:${story.sectionId}`)}
                    >
                      {t("pin", { section })}
                    </Button>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
