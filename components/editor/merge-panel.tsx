"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Doc } from "@/lib/content/doc";
import type { TArticleFields } from "@/lib/schemas/article";
import {
  markConflicts,
  MergeConflicts,
  mergeConflictsKey,
  type MarkedConflict,
} from "./merge-conflicts";
import type { WorkingCopy } from "./save-client";
import type { useAutosave } from "./use-autosave";

type Autosave = ReturnType<typeof useAutosave>;

/**
 * The three-way merge, fetched only once a conflict appears (most sessions never have
 * one, and the editor's first chunk is at its budget). The conflict dialog waits for it
 * (lazy-parts.tsx), so "Merge both" never does.
 */
export const loadMergeDocs = () => import("@/lib/content/merge-docs");
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
    async (mine: TArticleFields, theirs: WorkingCopy) => {
      const { mergeDocs } = await loadMergeDocs();
      const base = autosave.base.current?.fields ?? null;
      const outcome = mergeDocs(
        base?.body as Doc | null,
        mine.body as Doc,
        theirs.fields.body as Doc,
      );
      load({ ...mergeFields(base, mine, theirs.fields), body: outcome.doc });
      if (outcome.conflicts.length === 0 || !editor) {
        resolveConflict(theirs.version, true, theirs.fields, theirs.metaVersion);
        return;
      }
      holding.current = true;
      holdForMerge(theirs.version, theirs.fields, theirs.metaVersion);
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
