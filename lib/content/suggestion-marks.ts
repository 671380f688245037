/**
 * Suggestion mode's marks, in the shape @handlewithcare/prosemirror-suggest-changes works
 * with: `insertion` (proposed text, underlined), `deletion` (text proposed for removal,
 * struck through) and `modification` (a node's attribute proposed to change, such as a
 * heading's level). A replacement is a deletion and an insertion with the same id.
 *
 * The id says who suggested it and when ("<user id>:<ms base 36>:<random>"), so the marks
 * need no other attributes and the author survives copying between Yjs and JSON.
 * Nothing here touches the DOM: the server builds its schema from this module too.
 */
import { Mark } from "@tiptap/core";

export const SUGGESTION_MARK_NAMES = ["insertion", "deletion", "modification"] as const;
/** For a node spec's `marks`: block nodes that may be proposed or struck whole. */
export const SUGGESTION_MARKS = SUGGESTION_MARK_NAMES.join(" ");

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const ID = new RegExp(`^(${UUID}):([0-9a-z]{1,10}):([0-9a-z]{1,12})$`);

// A regex rather than zod: this module is part of the editor's browser bundle.
export function isSuggestionId(value: unknown): value is string {
  return typeof value === "string" && ID.test(value);
}

/** A new suggestion's id for `userId`, made at `now`. */
export function newSuggestionId(userId: string, now: number = Date.now()): string {
  const random = Math.floor(Math.random() * 36 ** 8).toString(36);
  return `${userId}:${now.toString(36)}:${random}`;
}

/** Who made the suggestion and when, read from its id (null for an id Galley did not make). */
export function suggestionOrigin(id: unknown): { authorId: string; at: Date } | null {
  if (typeof id !== "string") return null;
  const match = ID.exec(id);
  if (!match) return null;
  return { authorId: match[1]!, at: new Date(parseInt(match[2]!, 36)) };
}

// Colours that keep 4.5:1 on white for names, carets and suggestions.
const COLORS = ["#b45309", "#1d4ed8", "#047857", "#9d174d", "#6d28d9", "#0e7490", "#b91c1c"];

/** A person's colour: the same in every browser (from their id), different for most pairs. */
export function colorFor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLORS[hash % COLORS.length]!;
}

function suggestionAttrs(id: unknown, kind: string) {
  const origin = suggestionOrigin(id);
  return {
    "data-suggestion": String(id),
    class: `suggestion suggestion-${kind}`,
    ...(origin ? { style: `--suggestion-color: ${colorFor(origin.authorId)}` } : {}),
  };
}

const idAttribute = { id: { default: null, rendered: false } };

/**
 * Marks made only by suggestion mode: none of them parses from HTML, so pasted or
 * imported markup can never pass itself off as someone's suggestion.
 */
export const Insertion = Mark.create({
  name: "insertion",
  inclusive: false,
  excludes: SUGGESTION_MARKS,
  addAttributes: () => idAttribute,
  renderHTML: ({ mark }) => ["ins", suggestionAttrs(mark.attrs.id, "insertion"), 0],
});

export const Deletion = Mark.create({
  name: "deletion",
  inclusive: false,
  excludes: SUGGESTION_MARKS,
  addAttributes: () => idAttribute,
  renderHTML: ({ mark }) => ["del", suggestionAttrs(mark.attrs.id, "deletion"), 0],
});

export const Modification = Mark.create({
  name: "modification",
  inclusive: false,
  excludes: "insertion deletion",
  addAttributes: () => ({
    ...idAttribute,
    type: { default: "attr", rendered: false },
    attrName: { default: null, rendered: false },
    previousValue: { default: null, rendered: false },
    newValue: { default: null, rendered: false },
  }),
  renderHTML: ({ mark }) => ["span", suggestionAttrs(mark.attrs.id, "modification"), 0],
});

export const SuggestionMarks = [Insertion, Deletion, Modification];
