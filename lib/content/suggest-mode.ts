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
import type { Mark, Node as PMNode } from "@tiptap/pm/model";
import { Plugin, type EditorState, type Transaction } from "@tiptap/pm/state";
import {
  AddMarkStep,
  AddNodeMarkStep,
  Mapping,
  RemoveMarkStep,
  RemoveNodeMarkStep,
  ReplaceAroundStep,
  ReplaceStep,
} from "@tiptap/pm/transform";
import { DecorationSet } from "@tiptap/pm/view";
import { Composition } from "./suggest-composition";
import { newSuggestionId, SUGGESTION_MARK_NAMES, suggestionOrigin } from "./suggestion-marks";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    suggestMode: {
      /** Turns suggestion mode on or off for this editor. */
      setSuggestMode: (enabled: boolean) => ReturnType;
    };
  }
}

export type SuggestModeOptions = {
  userId: string;
  /**
   * Told when a composition (a Chinese input method's) starts and when it has been
   * turned into a suggestion: the co-editing connection holds back what is sent meanwhile,
   * so the server only ever sees the finished suggestion.
   */
  onComposition?: (composing: boolean) => void;
};

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

const isSuggestionMark = (mark: { type: { name: string } }): boolean =>
  SUGGESTION_MARK_NAMES.includes(mark.type.name as never);

/** Whether a transaction may have added, removed or moved a suggestion's marks. */
function touchesSuggestions(tr: Transaction): boolean {
  const ySync = (tr.getMeta("y-sync$") ?? {}) as { isChangeOrigin?: boolean };
  if (ySync.isChangeOrigin) return true; // someone else's change: anything may have come
  return tr.steps.some((step, index) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep)
      return isSuggestionMark(step.mark);
    if (step instanceof AddNodeMarkStep || step instanceof RemoveNodeMarkStep)
      return isSuggestionMark(step.mark);
    if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) {
      const { from, to, slice } = step as unknown as {
        from: number;
        to: number;
        slice: { content: PMNode["content"] };
      };
      let found = false;
      slice.content.descendants((node) => {
        found ||= node.marks.some(isSuggestionMark);
        return !found;
      });
      const before = tr.docs[index];
      if (!found && before && from < to)
        before.nodesBetween(from, to, (node) => {
          found ||= node.marks.some(isSuggestionMark);
          return !found;
        });
      return found;
    }
    return true;
  });
}

/** Whether every inline node from `from` to `to` already carries exactly `mark`. */
function carries(doc: PMNode, from: number, to: number, mark: Mark): boolean {
  let all = true;
  doc.nodesBetween(from, to, (node) => {
    if (node.isInline && !mark.isInSet(node.marks)) all = false;
    return all;
  });
  return all;
}

/**
 * The library joins a change to a suggestion it touches, whoever made that one: typing
 * right after 校對's proposed 甲 would make 李榕's 乙 part of 校對's suggestion. Marks it
 * puts on new text under someone else's id are put under this person's instead (one new
 * id per id replaced, so a replacement's two halves stay one suggestion).
 */
function inOwnName(tracked: Transaction, state: EditorState, userId: string): Transaction {
  const foreign = (mark: Mark) =>
    isSuggestionMark(mark) && suggestionOrigin(mark.attrs.id)?.authorId !== userId;
  const borrowed = tracked.steps.some(
    (step, index) =>
      step instanceof AddMarkStep &&
      foreign(step.mark) &&
      !carries(tracked.docs[index]!, step.from, step.to, step.mark),
  );
  if (!borrowed) return tracked;
  const mine = new Map<string, string>();
  const tr = state.tr;
  tracked.steps.forEach((step, index) => {
    if (
      step instanceof AddMarkStep &&
      foreign(step.mark) &&
      !carries(tracked.docs[index]!, step.from, step.to, step.mark)
    ) {
      const theirs = String(step.mark.attrs.id);
      const id = mine.get(theirs) ?? newSuggestionId(userId);
      mine.set(theirs, id);
      tr.step(
        new AddMarkStep(step.from, step.to, step.mark.type.create({ ...step.mark.attrs, id })),
      );
    } else {
      tr.step(step);
    }
  });
  // The same document, marks aside: the selection carries over as it is.
  if (tracked.selectionSet) tr.setSelection(tracked.selection.map(tr.doc, new Mapping()));
  if (tracked.storedMarksSet) tr.setStoredMarks(tracked.storedMarks);
  if (tracked.scrolledIntoView) tr.scrollIntoView();
  for (const [key, value] of Object.entries((tracked as unknown as { meta: object }).meta))
    tr.setMeta(key, value);
  return tr;
}

type SuggestState = { enabled: boolean; decorations: DecorationSet };

/**
 * The library's plugin (whether suggesting is on, its arrow-key handling, pilcrows where a
 * paragraph break is proposed or struck), with its decorations kept from one transaction
 * to the next: the library walks the whole document on every update, which a long story
 * pays for on every keystroke; here they are found again only when suggestions may have
 * changed.
 */
function suggestChangesPlugin(): Plugin<SuggestState> {
  const library = suggestChanges();
  const find = library.props.decorations as unknown as (state: EditorState) => DecorationSet;
  return new Plugin<SuggestState>({
    key: suggestChangesKey as never,
    state: {
      init: (_config, state) => ({ enabled: false, decorations: find(state) }),
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(suggestChangesKey) as { enabled?: boolean } | undefined;
        const enabled = meta && "enabled" in meta ? Boolean(meta.enabled) : value.enabled;
        const decorations = !tr.docChanged
          ? value.decorations
          : touchesSuggestions(tr)
            ? find(state)
            : value.decorations.map(tr.mapping, tr.doc);
        return { enabled, decorations };
      },
    },
    props: {
      decorations(state) {
        return (this as Plugin<SuggestState>).getState(state)?.decorations;
      },
      handleKeyDown: library.props.handleKeyDown as never,
    },
  });
}

export const SuggestMode = Extension.create<SuggestModeOptions>({
  name: "suggestMode",

  addOptions() {
    return { userId: "" };
  },

  addStorage() {
    return { composition: null as Composition | null };
  },

  onCreate() {
    this.storage.composition = new Composition(this.options.userId, this.options.onComposition);
  },

  addProseMirrorPlugins() {
    const storage = this.storage as { composition: Composition | null };
    return [
      suggestChangesPlugin(),
      new Plugin({
        props: {
          handleDOMEvents: {
            compositionstart: (view) => {
              if (isSuggestChangesEnabled(view.state)) storage.composition?.start(view);
              return false; // ProseMirror's own handling follows
            },
            compositionend: (view) => {
              if (storage.composition?.active) storage.composition.end(view);
              return false;
            },
          },
        },
      }),
    ];
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
    const composing = (this.storage as { composition: Composition | null }).composition?.active;
    if (!isSuggestChangesEnabled(state) || composing || passesThrough(transaction))
      return next(transaction);
    const userId = this.options.userId;
    const tracked = transformToSuggestionTransaction(transaction, state, () =>
      newSuggestionId(userId),
    );
    next(inOwnName(tracked, state, userId));
  },
});
