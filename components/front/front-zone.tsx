"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { FrontStory } from "@/lib/schemas/front";
import type { Zone } from "./arrangement";

/**
 * One place on the front (the lead, the top stories, a section's pins): its stories in
 * order, each movable by dragging within the list or by "Move up" / "Move down", and
 * removable. The buttons name the story, so a screen reader hears which one moves.
 */
export function FrontZone({
  zone,
  title,
  empty,
  stories,
  onMove,
  onRemove,
}: {
  zone: Zone;
  title: string;
  empty: string;
  stories: FrontStory[];
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const t = useTranslations("front");
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const headingId = `zone-${zone.replace(":", "-")}`;
  // After a move the row is drawn elsewhere: keep the keyboard on the button just used (or
  // its sibling, when the story reached an end), so "Move up" can be pressed again.
  const moveAndFocus = (from: number, to: number, direction: "up" | "down") => {
    onMove(from, to);
    const id = stories[from]?.id;
    requestAnimationFrame(() => {
      const own = document.getElementById(`${headingId}-${direction}-${id}`);
      const other = document.getElementById(
        `${headingId}-${direction === "up" ? "down" : "up"}-${id}`,
      );
      ((own as HTMLButtonElement | null)?.disabled ? other : own)?.focus();
    });
  };
  return (
    <section aria-labelledby={headingId} className="rounded border border-[var(--color-rule)] p-4">
      <h2 id={headingId} className="mb-2 font-semibold">
        {title}
      </h2>
      {stories.length === 0 ? (
        <p className="text-sm text-[var(--color-muted)]">{empty}</p>
      ) : (
        <ol className="space-y-2">
          {stories.map((story, index) => (
            <li
              key={story.id}
              draggable={stories.length > 1}
              data-front-story={story.headline}
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = "move";
                event.dataTransfer.setData("text/plain", story.id);
                setDragging(index);
              }}
              onDragOver={(event) => {
                if (dragging === null) return;
                event.preventDefault();
                setOver(index);
              }}
              onDragLeave={() => setOver(null)}
              onDrop={(event) => {
                event.preventDefault();
                if (dragging !== null) onMove(dragging, index);
                setDragging(null);
                setOver(null);
              }}
              onDragEnd={() => {
                setDragging(null);
                setOver(null);
              }}
              className={`flex flex-wrap items-center gap-2 rounded border bg-white px-3 py-2 ${
                over === index ? "border-[var(--color-accent)]" : "border-[var(--color-rule)]"
              } ${stories.length > 1 ? "cursor-grab" : ""}`}
            >
              <span className="min-w-[12rem] flex-1 break-words">
                {zone !== "lead" && (
                  <span className="mr-2 tabular-nums text-[var(--color-muted)]">{index + 1}.</span>
                )}
                {story.headline}
                {!story.isLive && (
                  <span className="ml-2 text-xs font-semibold text-red-800">{t("notLive")}</span>
                )}
              </span>
              <span className="flex flex-wrap gap-1">
                {zone !== "lead" && (
                  <>
                    <Button
                      size="xs"
                      id={`${headingId}-up-${story.id}`}
                      disabled={index === 0}
                      aria-label={t("moveUpLabel", { headline: story.headline })}
                      onClick={() => moveAndFocus(index, index - 1, "up")}
                    >
                      {t("moveUp")}
                    </Button>
                    <Button
                      size="xs"
                      id={`${headingId}-down-${story.id}`}
                      disabled={index === stories.length - 1}
                      aria-label={t("moveDownLabel", { headline: story.headline })}
                      onClick={() => moveAndFocus(index, index + 1, "down")}
                    >
                      {t("moveDown")}
                    </Button>
                  </>
                )}
                <Button
                  size="xs"
                  variant="ghost"
                  aria-label={t("removeLabel", { headline: story.headline })}
                  onClick={() => onRemove(index)}
                >
                  {t("remove")}
                </Button>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
