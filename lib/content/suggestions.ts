/**
 * Suggestions in a stored body: what is proposed (listSuggestions), the copy as it stands
 * without them (withoutSuggestions: what readers, the live snapshot and the stage checks
 * see until a suggestion is accepted) and deciding them (decideSuggestions). Accepting and
 * rejecting run the same ProseMirror commands the editor would, so the server's result is
 * the editor's.
 */
import {
  applySuggestion,
  applySuggestions,
  revertSuggestion,
  revertSuggestions,
} from "@handlewithcare/prosemirror-suggest-changes";
import type { Node as PMNode } from "@tiptap/pm/model";
import { EditorState, type Transaction } from "@tiptap/pm/state";
import { stripCommentMarks } from "./comment-marks";
import type { Doc } from "./doc";
import { galleySchema } from "./editor-extensions";
import { suggestionOrigin, SUGGESTION_MARK_NAMES } from "./suggestion-marks";

// Suggestion mode anchors a proposed or struck paragraph break to a zero-width space.
const ANCHOR = /\u200B/g;

type JsonNode = { type?: unknown; text?: unknown; marks?: unknown; content?: unknown };
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function suggestionMarkOf(node: JsonNode): { type: string; id: string } | null {
  if (!Array.isArray(node.marks)) return null;
  for (const mark of node.marks) {
    if (!isObject(mark) || !SUGGESTION_MARK_NAMES.includes(mark.type as never)) continue;
    const id = isObject(mark.attrs) ? mark.attrs.id : undefined;
    return { type: String(mark.type), id: String(id) };
  }
  return null;
}

/** Whether any suggestion is in the document (a quick walk over the JSON). */
export function hasSuggestions(doc: unknown): boolean {
  const walk = (node: unknown): boolean =>
    isObject(node) &&
    (suggestionMarkOf(node) !== null || (Array.isArray(node.content) && node.content.some(walk)));
  return walk(doc);
}

type Command = (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean;

function run(doc: Doc, commands: Command[]): Doc {
  let state = EditorState.create({ doc: galleySchema().nodeFromJSON(doc) as PMNode });
  for (const command of commands) {
    command(state, (tr) => {
      state = state.apply(tr);
    });
  }
  return state.doc.toJSON() as Doc;
}

/** The body as it stands before every suggestion: what is proposed is not there yet. */
export function withoutSuggestions(doc: Doc): Doc {
  return hasSuggestions(doc) ? run(doc, [revertSuggestions]) : doc;
}

/**
 * What readers may see of a body: no suggestion that is not accepted, no comment range.
 * Everything that leaves the newsroom (the live snapshot, its HTML, preview) goes through it.
 */
export function readerDoc(doc: Doc): Doc {
  return stripCommentMarks(withoutSuggestions(doc));
}

export type SuggestionDecision = "accept" | "reject";

/** The body with the suggestions `ids` (or every one) accepted or rejected. */
export function decideSuggestions(
  doc: Doc,
  ids: readonly string[] | "all",
  decision: SuggestionDecision,
): Doc {
  if (ids === "all")
    return run(doc, [decision === "accept" ? applySuggestions : revertSuggestions]);
  const one = decision === "accept" ? applySuggestion : revertSuggestion;
  return run(
    doc,
    ids.map((id) => one(id as never)),
  );
}

export type SuggestionSummary = {
  id: string;
  authorId: string | null;
  at: Date | null;
  /** The text proposed (insertions), and the text proposed for removal (deletions). */
  inserted: string;
  deleted: string;
  /** A node attribute proposed to change (a heading's level), with no text of its own. */
  formatting: boolean;
};

function textOf(node: JsonNode): string {
  if (node.type === "text") return String(node.text ?? "");
  if (node.type === "ruby" && isObject((node as { attrs?: unknown }).attrs))
    return String((node as { attrs: { base?: unknown } }).attrs.base ?? "");
  if (node.type === "hardBreak") return "\n";
  if (!Array.isArray(node.content)) return "";
  const inner = (node.content as JsonNode[]).map(textOf).join("");
  return node.type === "paragraph" || node.type === "heading" ? `${inner}\n` : inner;
}

/** Every suggestion in the document, in document order, with its text and origin. */
export function listSuggestions(doc: unknown): SuggestionSummary[] {
  const found = new Map<string, SuggestionSummary>();
  const walk = (node: unknown) => {
    if (!isObject(node)) return;
    const mark = suggestionMarkOf(node);
    if (mark) {
      let entry = found.get(mark.id);
      if (!entry) {
        const origin = suggestionOrigin(mark.id);
        entry = {
          id: mark.id,
          authorId: origin?.authorId ?? null,
          at: origin?.at ?? null,
          inserted: "",
          deleted: "",
          formatting: false,
        };
        found.set(mark.id, entry);
      }
      if (mark.type === "insertion") entry.inserted += textOf(node);
      else if (mark.type === "deletion") entry.deleted += textOf(node);
      else entry.formatting = true;
      if (mark.type !== "modification") return;
    }
    if (Array.isArray(node.content)) node.content.forEach(walk);
  };
  walk(doc);
  for (const entry of found.values()) {
    entry.inserted = entry.inserted.replace(ANCHOR, "").trimEnd();
    entry.deleted = entry.deleted.replace(ANCHOR, "").trimEnd();
  }
  return [...found.values()];
}
