"use client";

import { useMemo, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/schemas/action-result";
import type {
  FrontCards,
  FrontHistoryEntry,
  TPublishFront,
  TRestoreFront,
} from "@/lib/schemas/front";
import { frontStoryIds } from "@/lib/schemas/front-limits";
import {
  hasRoom,
  move,
  place,
  previewHref,
  storiesIn,
  toSlots,
  without,
  type Zone,
} from "./arrangement";
import { FrontHistory } from "./front-history";
import { FrontSearch, type FindStories } from "./front-search";
import { FrontZone } from "./front-zone";
import { useFrontResult } from "./use-front-result";

export type FrontActions = {
  find: FindStories;
  publish: (input: TPublishFront) => Promise<ActionResult<{ number: number }>>;
  restore: (input: TRestoreFront) => Promise<ActionResult<{ number: number; cards: FrontCards }>>;
};

/**
 * The desk's arrangement of the home page, kept in the browser until "Publish front".
 * `number` is the live front it started from: a publish in between is refused (with who,
 * when and what changed) and the arrangement stays here; the next press publishes it.
 */
export function FrontEditor({
  number,
  cards: initial,
  sections,
  history,
  actions,
}: {
  number: number;
  cards: FrontCards;
  sections: { id: string; name: string }[];
  history: FrontHistoryEntry[];
  actions: FrontActions;
}) {
  const t = useTranslations("front");
  const sentence = useFrontResult();
  const [cards, setCards] = useState(initial);
  const [base, setBase] = useState(number);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const sectionNames = useMemo(
    () => Object.fromEntries(sections.map((section) => [section.id, section.name])),
    [sections],
  );
  const placedIds = useMemo(() => new Set(frontStoryIds(toSlots(cards))), [cards]);

  const answer = (result: ActionResult<unknown>, done: string) => {
    if (
      !result.ok &&
      result.details?.reason === "stale" &&
      typeof result.details.latest === "number"
    )
      setBase(result.details.latest);
    setNotice({ ok: result.ok, text: sentence(result, done) });
  };
  const publish = () =>
    startTransition(async () => {
      const result = await actions.publish({ baseNumber: base, slots: toSlots(cards) });
      if (result.ok) setBase(result.data.number);
      answer(result, "published");
    });
  const restore = (from: number) =>
    startTransition(async () => {
      const result = await actions.restore({ number: from, baseNumber: base });
      if (result.ok) {
        setCards(result.data.cards);
        setBase(result.data.number);
      }
      answer(result, "restored");
    });
  const change = (next: FrontCards) => {
    setCards(next);
    setNotice(null);
  };
  const zone = (key: Zone, title: string, empty: string) => (
    <FrontZone
      key={key}
      zone={key}
      title={title}
      empty={empty}
      stories={storiesIn(cards, key)}
      onMove={(from, to) => change(move(cards, key, from, to))}
      onRemove={(index) => {
        const story = storiesIn(cards, key)[index];
        if (story) change(without(cards, story.id));
      }}
    />
  );

  return (
    <div className="space-y-8">
      <FrontSearch
        find={actions.find}
        sectionNames={sectionNames}
        placedIds={placedIds}
        onPlace={(story, key) => {
          if (hasRoom(without(cards, story.id), key)) change(place(cards, story, key));
          else setNotice({ ok: false, text: t("full") });
        }}
      />
      <div className="space-y-4">
        <p className="text-sm text-[var(--color-muted)]">{t("dragHint")}</p>
        {zone("lead", t("lead"), t("emptyLead"))}
        {zone("top", t("top"), t("emptyTop"))}
        <div className="grid gap-4 md:grid-cols-2">
          {sections.map((section) =>
            zone(`section:${section.id}`, t("pinned", { section: section.name }), t("emptyPins")),
          )}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <a
          href={previewHref(cards)}
          target="_blank"
          rel="noopener"
          className={buttonClass("secondary", "md")}
        >
          {t("preview")}
        </a>
        <Button variant="primary" size="md" disabled={pending} onClick={publish}>
          {t("publish")}
        </Button>
      </div>
      {notice && <Alert tone={notice.ok ? "success" : "error"}>{notice.text}</Alert>}
      <FrontHistory history={history} pending={pending} onRestore={restore} />
    </div>
  );
}
