"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Doc } from "@/lib/content/doc";
import { mergeDocs } from "@/lib/content/merge-docs";
import type { TArticleFields } from "@/lib/schemas/article";
import {
  keepSide,
  markConflicts,
  MergeConflicts,
  mergeConflictsKey,
  type MarkedConflict,
} from "./merge-conflicts";
import type { WorkingCopy } from "./save-client";
import type { useAutosave } from "./use-autosave";

type Autosave = ReturnType<typeof useAutosave>;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Every field but the body, three-way: theirs where only they changed it, else mine. */
function mergeFields(base: TArticleFields | null, mine: TArticleFields, theirs: TArticleFields) {
  const merged: Record<string, unknown> = { ...mine };
  for (const key of Object.keys(theirs) as Array<keyof TArticleFields>) {
    if (key !== "body" && base && same(mine[key], base[key])) merged[key] = theirs[key];
  }
  return merged as TArticleFields;
}

/**
 * "Merge both": merges against the copy both started from. A clean merge is saved at
 * once; otherwise the conflicts are marked in the body and saving waits until the person
 * has kept one side of each.
 */
export function useMerge(
  editor: Editor | null,
  autosave: Autosave,
  load: (fields: TArticleFields) => void,
) {
  const [conflicts, setConflicts] = useState<MarkedConflict[]>([]);
  const holding = useRef(false);
  useEffect(() => {
    if (!editor) return;
    const read = () => setConflicts(mergeConflictsKey.getState(editor.state) ?? []);
    editor.on("transaction", read);
    return () => void editor.off("transaction", read);
  }, [editor]);
  const { resolveConflict, holdForMerge, version } = autosave;
  useEffect(() => {
    if (conflicts.length > 0 || !holding.current) return;
    holding.current = false;
    resolveConflict(version.current, true);
  }, [conflicts, resolveConflict, version]);

  const start = useCallback(
    (mine: TArticleFields, theirs: WorkingCopy) => {
      const base = autosave.base.current?.fields ?? null;
      const outcome = mergeDocs(
        base?.body as Doc | null,
        mine.body as Doc,
        theirs.fields.body as Doc,
      );
      load({ ...mergeFields(base, mine, theirs.fields), body: outcome.doc });
      if (outcome.conflicts.length === 0 || !editor) {
        resolveConflict(theirs.version, true, theirs.fields);
        return;
      }
      holding.current = true;
      holdForMerge(theirs.version, theirs.fields);
      markConflicts(editor, outcome.conflicts);
    },
    [autosave.base, editor, holdForMerge, load, resolveConflict],
  );
  return { start, conflicts };
}

/** The editor extension that frames conflicts in the body, labelled in the UI's language. */
export function useMergeMarkers() {
  const t = useTranslations("editor.merge");
  const [extension] = useState(() =>
    MergeConflicts.configure({
      label: (number, side, isEmpty) =>
        t("marker", {
          number,
          side: `${t(side === "mine" ? "yours" : "theirs")}${isEmpty ? ` ${t("deleted")}` : ""}`,
        }),
    }),
  );
  return extension;
}

/** The list beside the body: one entry per conflict, each with "Keep yours" and "Keep theirs". */
export function MergePanel({
  editor,
  conflicts,
}: {
  editor: Editor | null;
  conflicts: MarkedConflict[];
}) {
  const t = useTranslations("editor.merge");
  if (!editor || conflicts.length === 0) return null;
  const excerpt = (from: number, to: number) =>
    to > from ? editor.state.doc.textBetween(from, to, " ").slice(0, 160) : t("deleted");
  return (
    <section
      aria-labelledby="merge-title"
      className="my-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
    >
      <h2 id="merge-title" className="font-semibold">
        {t("title")}
      </h2>
      <p role="alert" className="mt-1 text-amber-900">
        {t("explain", { count: conflicts.length })}
      </p>
      <ol className="mt-2 space-y-3">
        {conflicts.map((conflict) => (
          <li key={conflict.number} aria-label={t("conflict", { number: conflict.number })}>
            <p className="font-medium">{t("conflict", { number: conflict.number })}</p>
            <dl className="mt-1 grid gap-1 sm:grid-cols-2">
              {(["mine", "theirs"] as const).map((side) => (
                <div key={side} className="min-w-0 rounded bg-white p-2">
                  <dt className="text-xs text-[var(--color-muted)]">
                    {t(side === "mine" ? "yours" : "theirs")}
                  </dt>
                  <dd className="font-serif">{excerpt(conflict[side].from, conflict[side].to)}</dd>
                </div>
              ))}
            </dl>
            <div className="mt-2 flex flex-wrap gap-2">
              <button
                type="button"
                onClick={() => keepSide(editor, conflict.number, "mine")}
                className="rounded border border-amber-400 bg-white px-2 py-1"
              >
                {t("keepYours")}
              </button>
              <button
                type="button"
                onClick={() => keepSide(editor, conflict.number, "theirs")}
                className="rounded border border-amber-400 bg-white px-2 py-1"
              >
                {t("keepTheirs")}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
