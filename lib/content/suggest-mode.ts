/**
 * "Suggest changes" in the editor: while it is on, this person's typing, deleting and
 * formatting become suggestions (suggestion-marks.ts) instead of changes, through
 * @handlewithcare/prosemirror-suggest-changes, which rewrites each transaction before it
 * is applied. Changes from other people (Yjs), undo and redo, and transactions marked
 * `skipSuggestion` (a comment's range) pass through untouched.
 */
import { Extension } from "@tiptap/core";
import {
  isSuggestChangesEnabled,
  suggestChanges,
  suggestChangesKey,
  transformToSuggestionTransaction,
} from "@handlewithcare/prosemirror-suggest-changes";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { newSuggestionId } from "./suggestion-marks";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    suggestMode: {
      /** Turns suggestion mode on or off for this editor. */
      setSuggestMode: (enabled: boolean) => ReturnType;
    };
  }
}

export type SuggestModeOptions = { userId: string };

export function isSuggesting(state: EditorState): boolean {
  return isSuggestChangesEnabled(state);
}

/** Marks a transaction to be applied as it is even in suggestion mode. */
export function skipSuggestion(tr: Transaction): Transaction {
  return tr.setMeta(suggestChangesKey, { skip: true });
}

function passesThrough(tr: Transaction): boolean {
  const ySync = (tr.getMeta("y-sync$") ?? {}) as {
    isUndoRedoOperation?: boolean;
    isChangeOrigin?: boolean;
  };
  return (
    !tr.docChanged ||
    Boolean(ySync.isChangeOrigin || ySync.isUndoRedoOperation) ||
    "skip" in ((tr.getMeta(suggestChangesKey) as object | undefined) ?? {})
  );
}

export const SuggestMode = Extension.create<SuggestModeOptions>({
  name: "suggestMode",

  addOptions() {
    return { userId: "" };
  },

  addProseMirrorPlugins() {
    return [suggestChanges()];
  },

  addCommands() {
    return {
      setSuggestMode:
        (enabled) =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(suggestChangesKey, { enabled }));
          return true;
        },
    };
  },

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state;
    if (!isSuggestChangesEnabled(state) || passesThrough(transaction)) return next(transaction);
    const userId = this.options.userId;
    next(transformToSuggestionTransaction(transaction, state, () => newSuggestionId(userId)));
  },
});
