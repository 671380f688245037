import type { Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { QUOTE_MAX } from "@/lib/content/comment-limits";

export type InlineDraft = { markId: string; from: number; to: number; quote: string };

/** The text between two positions as a reader sees it: ruby as its base, breaks as new lines. */
export function textOf(doc: PMNode, from: number, to: number): string {
  return doc.textBetween(from, to, "\n", (leaf) =>
    leaf.type.name === "ruby" ? String(leaf.attrs.base ?? "") : leaf.isInline ? "\n" : "",
  );
}

/** What an inline comment would be about: the selected range and its text, or null if nothing is selected. */
export function draftFromSelection(editor: Editor): InlineDraft | null {
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  const quote = textOf(editor.state.doc, from, to).trim();
  if (quote === "") return null;
  return { markId: crypto.randomUUID(), from, to, quote: quote.slice(0, QUOTE_MAX) };
}

/** Where the comment's mark is now (first to last marked piece), or null once the text is gone. */
export function findCommentRange(doc: PMNode, markId: string): { from: number; to: number } | null {
  let from = -1;
  let to = -1;
  doc.descendants((node, pos) => {
    if (
      node.marks.some((mark) => mark.type.name === "comment" && mark.attrs.commentId === markId)
    ) {
      if (from < 0) from = pos;
      to = pos + node.nodeSize;
    }
  });
  return from < 0 ? null : { from, to };
}

/**
 * Marks the draft's range, if it still holds the quoted text (the person may have edited
 * the body while writing the comment). Returns whether it did.
 */
export function markDraft(editor: Editor, draft: InlineDraft): boolean {
  const { doc } = editor.state;
  if (draft.to > doc.content.size) return false;
  if (textOf(doc, draft.from, draft.to).trim().slice(0, QUOTE_MAX) !== draft.quote) return false;
  // The cursor ends after the range, so typing on later cannot replace the commented words.
  return editor
    .chain()
    .setTextSelection({ from: draft.from, to: draft.to })
    .setComment(draft.markId)
    .setTextSelection(draft.to)
    .run();
}

/** Selects the comment's range and brings it into view; false when the text was removed. */
export function revealComment(editor: Editor, markId: string): boolean {
  const range = findCommentRange(editor.state.doc, markId);
  if (!range) return false;
  editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  return true;
}
