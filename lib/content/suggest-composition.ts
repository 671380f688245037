/**
 * Suggestion mode and input methods (see suggest-mode.ts): a composition goes in as
 * typed and becomes one suggestion when it ends.
 */
import {
  suggestChangesKey,
  transformToSuggestionTransaction,
} from "@handlewithcare/prosemirror-suggest-changes";
import type { Node as PMNode } from "@tiptap/pm/model";
import { TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { newSuggestionId } from "./suggestion-marks";

// ProseMirror reads the composition's last DOM change a little after compositionend.
const SETTLE_MS = 50;

/**
 * An input method composes in the DOM, and ProseMirror follows it one transaction per
 * change; wrapping the first composed letter in a suggestion's mark would pull the text
 * out from under the input method ("j進展"). So while composing, changes go in as typed,
 * and when the composition is done the whole of it is turned into one suggestion: the
 * text as it was before is put back and the change made again as a suggestion (what was
 * selected struck, what was composed proposed).
 */
export class Composition {
  private before: PMNode | null = null;
  private settle: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly userId: string,
    private readonly notify: ((composing: boolean) => void) | undefined,
  ) {}

  get active(): boolean {
    return this.before !== null;
  }

  start(view: EditorView) {
    clearTimeout(this.settle);
    if (this.before) return; // the next phrase of the same input: one suggestion
    this.before = view.state.doc;
    this.notify?.(true);
  }

  end(view: EditorView) {
    clearTimeout(this.settle);
    this.settle = setTimeout(() => this.finish(view), SETTLE_MS);
  }

  private finish(view: EditorView) {
    const before = this.before;
    this.before = null;
    try {
      if (before && !view.isDestroyed) view.dispatch(asSuggestion(view.state, before, this.userId));
    } finally {
      this.notify?.(false);
    }
  }
}

/** The transaction that turns the change from `before` to `state.doc` into a suggestion. */
function asSuggestion(state: EditorState, before: PMNode, userId: string): Transaction {
  // Applied as it is: it is the suggestion already.
  const tr = state.tr.setMeta(suggestChangesKey, { skip: true });
  const from = before.content.findDiffStart(state.doc.content);
  const end = before.content.findDiffEnd(state.doc.content);
  if (from === null || !end) return tr;
  let { a: endBefore, b: endNow } = end;
  const overlap = from - Math.min(endBefore, endNow);
  if (overlap > 0) {
    endBefore += overlap;
    endNow += overlap;
  }
  tr.replace(from, endNow, before.slice(from, endBefore));
  const restored = state.apply(tr);
  const intended = restored.tr.replace(from, endBefore, state.doc.slice(from, endNow));
  const tracked = transformToSuggestionTransaction(intended, restored, () =>
    newSuggestionId(userId),
  );
  for (const step of tracked.steps) tr.step(step);
  // The caret goes where the input method left it: after the composed text.
  return tr.setSelection(TextSelection.near(tr.doc.resolve(tr.mapping.map(endNow))));
}
