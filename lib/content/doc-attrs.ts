/**
 * What each attribute of Galley's schema may hold. ProseMirror checks only that an
 * attribute exists (and drops unknown ones silently); these rules are the server's
 * stricter word on values arriving from clients, and they accept everything the editor
 * itself produces (for example `start: null` from a pasted `<ol start="x">`).
 */
import type { Node as PMNode } from "@tiptap/pm/model";
import { isCommentId } from "./comment-marks";
import { IMAGE_LIMITS, isMediaId } from "./image-node";
import { isSuggestionId } from "./suggestion-marks";

type Rule = (value: unknown) => boolean;

const isString: Rule = (value) => typeof value === "string";
const isStringOrNull: Rule = (value) => value === null || typeof value === "string";

/** HTML's own ceilings (colspan 1000, rowspan 65534); larger spans would let one cell make the editor build an enormous table map. */
const span =
  (max: number): Rule =>
  (value) =>
    Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= max;

const textUpTo =
  (max: number, nullable: boolean): Rule =>
  (value) =>
    (nullable && value === null) || (typeof value === "string" && value.length <= max);

const smallValue: Rule = (value) =>
  value === null ||
  typeof value === "boolean" ||
  Number.isFinite(value) ||
  (typeof value === "string" && value.length <= 200);

const colwidth: Rule = (value) =>
  value === null ||
  (Array.isArray(value) &&
    value.length <= 1000 &&
    value.every((width) => width === null || (Number.isFinite(width) && width >= 0)));

const cellRules: Record<string, Rule> = {
  colspan: span(1000),
  rowspan: span(65534),
  colwidth,
  align: (value) => value === null || value === "left" || value === "center" || value === "right",
};

const NODE_RULES: Record<string, Record<string, Rule>> = {
  heading: { level: (value) => value === 2 || value === 3 },
  orderedList: {
    start: (value) => value === null || Number.isSafeInteger(value),
    type: isStringOrNull,
  },
  ruby: { base: isString, reading: isString },
  image: {
    mediaId: isMediaId,
    alt: textUpTo(IMAGE_LIMITS.alt, false),
    caption: textUpTo(IMAGE_LIMITS.caption, true),
    credit: textUpTo(IMAGE_LIMITS.credit, true),
  },
  tableCell: cellRules,
  tableHeader: cellRules,
};

/**
 * Link attrs besides href are what Tiptap's Link mark always carries; Galley accepts them
 * (the editor sends them) and validateDoc drops them. href has its own check: safeHref.
 */
const MARK_RULES: Record<string, Record<string, Rule>> = {
  link: {
    href: isString,
    target: isStringOrNull,
    rel: isStringOrNull,
    class: isStringOrNull,
    title: isStringOrNull,
  },
  comment: { commentId: isCommentId },
  insertion: { id: isSuggestionId },
  deletion: { id: isSuggestionId },
  modification: {
    id: isSuggestionId,
    // What suggestion mode records of a node attribute it proposes to change (a heading's
    // level, a list's start): the names and small plain values the schema itself has.
    type: (value) => value === "attr" || value === "mark" || value === "nodeType",
    attrName: (value) => value === null || (typeof value === "string" && value.length <= 40),
    previousValue: smallValue,
    newValue: smallValue,
  },
};

function ruleFor(
  table: Record<string, Record<string, Rule>>,
  type: string,
  name: string,
): Rule | undefined {
  const rules = Object.hasOwn(table, type) ? table[type] : undefined;
  return rules && Object.hasOwn(rules, name) ? rules[name] : undefined;
}

export function hasAttrRule(kind: "node" | "mark", type: string, name: string): boolean {
  return ruleFor(kind === "node" ? NODE_RULES : MARK_RULES, type, name) !== undefined;
}

/**
 * True when `value` is acceptable for the attribute. An attribute without a rule (one a
 * new extension adds before this table learns it) is refused: a test checks that every
 * attribute of galleySchema has a rule, so that shows up at once, not in production.
 */
export function isValidAttrValue(
  kind: "node" | "mark",
  type: string,
  name: string,
  value: unknown,
): boolean {
  const rule = ruleFor(kind === "node" ? NODE_RULES : MARK_RULES, type, name);
  return rule ? rule(value) : false;
}

export type InvalidAttr = { kind: "node" | "mark"; type: string; name: string };

/** The first attribute, in document order, whose value the rules refuse. */
export function findInvalidAttr(node: PMNode): InvalidAttr | null {
  const owners = [
    { kind: "node" as const, type: node.type.name, attrs: node.attrs },
    ...node.marks.map((mark) => ({
      kind: "mark" as const,
      type: mark.type.name,
      attrs: mark.attrs,
    })),
  ];
  for (const { kind, type, attrs } of owners) {
    for (const [name, value] of Object.entries(attrs)) {
      if (!isValidAttrValue(kind, type, name, value)) return { kind, type, name };
    }
  }
  let found: InvalidAttr | null = null;
  node.forEach((child) => {
    found ??= findInvalidAttr(child);
  });
  return found;
}
