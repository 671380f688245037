"use client";

import type { Transaction } from "@tiptap/pm/state";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { useEffect, useState } from "react";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { TArticleFields } from "@/lib/schemas/article";
import type { WorkingCopy } from "./save-client";
import type { ArticleEditorState } from "./use-article-editor";

export type ConvertScript = (input: {
  articleId: string;
  to: "hans" | "hant";
  baseVersion: number;
}) => Promise<ActionResult<{ version: number }>>;

type Outcome = "converted" | "undone" | "failed" | null;

async function readWorkingCopy(articleId: string): Promise<WorkingCopy | null> {
  const response = await fetch(`/api/v1/articles/${articleId}/working-copy`, {
    credentials: "same-origin",
    cache: "no-store",
  }).catch(() => null);
  return response?.ok ? ((await response.json()) as WorkingCopy) : null;
}

/**
 * "Convert to Simplified / Traditional" after a confirmation, and its way back: the
 * server converts and saves (a CONVERSION revision), the converted copy replaces the one
 * on screen without a reload, and until the person edits again "Undo conversion" (or
 * Ctrl/⌘ Z) puts the copy from before back and saves it.
 */
export function useScriptConvert(
  articleId: string,
  state: ArticleEditorState,
  convertScript: ConvertScript,
) {
  const { autosave, getFields, load, editor, collab } = state;
  const [before, setBefore] = useState<TArticleFields | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const convert = async (to: "hans" | "hant") => {
    setBusy(true);
    setOutcome(null);
    try {
      // Convert what is on screen, not an older copy: save first, and stop if that failed.
      if ((await autosave.flush("MANUAL")) !== "saved") return setOutcome("failed");
      const kept = getFields();
      const result = await convertScript({ articleId, to, baseVersion: autosave.version.current });
      const copy = result.ok ? await readWorkingCopy(articleId) : null;
      if (!copy) return setOutcome("failed");
      // The converted body arrives through the co-editing document: offer the way back only
      // once it is here (undoing before it arrives would meet it half-way).
      if (!(await collab.waitForBody(copy.fields.body))) return setOutcome("failed");
      // The fields come here.
      load(copy.fields, { history: false });
      autosave.resolveConflict(copy.version, false, undefined, copy.metaVersion);
      setBefore(kept);
      setOutcome("converted");
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!before) return;
    // Putting the old body back is this person's own edit of the shared document.
    load(before, { history: false, body: true });
    setBefore(null);
    autosave.markChanged();
    const saved = await autosave.flush("MANUAL");
    setOutcome(saved === "saved" ? "undone" : "failed");
  };

  /** Any later edit ends the offer: undoing then would throw that edit away. */
  const forget = () => {
    if (before) setBefore(null);
  };

  useEffect(() => {
    if (!before || !editor) return;
    // Only this person's edits end it: the conversion itself arrives as a remote change.
    const end = ({ transaction }: { transaction: Transaction }) => {
      if (!transaction.getMeta(ySyncPluginKey)?.isChangeOrigin) setBefore(null);
    };
    editor.on("update", end);
    return () => void editor.off("update", end);
  }, [before, editor]);

  // While the offer stands, Ctrl/⌘ Z means "Undo conversion" (before the body's own undo).
  useEffect(() => {
    if (!before) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== "z")
        return;
      event.preventDefault();
      event.stopPropagation();
      void undo();
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  });

  return { convert, undo, forget, canUndo: before !== null, outcome, busy };
}
