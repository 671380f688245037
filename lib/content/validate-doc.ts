/**
 * The server's guard for article bodies arriving from clients. A body is accepted only if
 * it is a document the editor could have produced: Galley's node and mark types, their
 * attributes with sensible values, links to http, https or mailto only, within size,
 * depth and node limits. What is returned is ProseMirror's normalised JSON, which is what
 * gets stored; HTML is rendered from it later, never taken from the client.
 */
import { Node as PMNode, type Schema } from "@tiptap/pm/model";
import type { Doc } from "./doc";
import { findInvalidAttr } from "./doc-attrs";
import { galleySchema } from "./editor-extensions";
import { jsonByteLength } from "./json-size";
import { safeHref } from "./safe-href";

/**
 * The node limit is defence in depth: at about 21 bytes for the smallest node JSON, 2 MB
 * cannot hold 100,000 nodes today, but the limits are independent so raising one does
 * not silently lift the other.
 */
export type DocLimits = { maxBytes: number; maxDepth: number; maxNodes: number };
export const DOC_LIMITS: DocLimits = {
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 40,
  maxNodes: 100_000,
};

/**
 * - TOO_LARGE: over DOC_LIMITS.maxBytes of UTF-8 JSON (checked first, before anything else).
 * - INVALID_DOCUMENT: not JSON of Galley's schema (unknown node, mark or attribute, bad
 *   value, wrong structure, too deep, too many nodes).
 * - UNSAFE_LINK: a link whose href is not an absolute http, https or mailto URL.
 */
export type DocErrorCode = "TOO_LARGE" | "INVALID_DOCUMENT" | "UNSAFE_LINK";
export type ValidateDocResult =
  { ok: true; doc: Doc } | { ok: false; code: DocErrorCode; message: string };
type Refusal = Extract<ValidateDocResult, { ok: false }>;

const refuse = (code: DocErrorCode, message: string): Refusal => ({ ok: false, code, message });
const invalid = (message: string) => refuse("INVALID_DOCUMENT", message);

/** Names from the client are quoted back to the person, so keep them short. */
function quote(value: string, max = 30): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value;
  return `“${shown}”`;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function checkSize(input: unknown, maxBytes: number): Refusal | null {
  const bytes = jsonByteLength(input, maxBytes);
  if (bytes === null) return invalid("The body is not a valid Galley document.");
  if (bytes <= maxBytes) return null;
  const mb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return refuse(
    "TOO_LARGE",
    `The body is larger than ${mb} MB; split the article or remove pasted material.`,
  );
}

type Walk = { schema: Schema; limits: DocLimits; nodes: number };

const what = (kind: "node" | "mark") => (kind === "node" ? "element" : "formatting");

/** Names only: values are checked on the built node, where ProseMirror has filled defaults. */
function checkAttrNames(
  kind: "node" | "mark",
  type: string,
  attrs: unknown,
  known: object,
): Refusal | null {
  if (attrs === undefined || attrs === null) return null;
  if (!isObject(attrs))
    return invalid(`The ${what(kind)} ${quote(type)} has malformed attributes.`);
  for (const name of Object.keys(attrs)) {
    if (!Object.hasOwn(known, name)) {
      return invalid(
        `The ${what(kind)} ${quote(type)} has an attribute Galley does not support: ${quote(name)}.`,
      );
    }
  }
  return null;
}

function checkMark(walk: Walk, mark: unknown): Refusal | null {
  if (!isObject(mark) || typeof mark.type !== "string") {
    return invalid("The body contains malformed text formatting.");
  }
  const markType = Object.hasOwn(walk.schema.marks, mark.type)
    ? walk.schema.marks[mark.type]
    : undefined;
  if (!markType) {
    return invalid(`The body contains formatting Galley does not support: ${quote(mark.type)}.`);
  }
  const refused = checkAttrNames("mark", mark.type, mark.attrs, markType.spec.attrs ?? {});
  if (refused || mark.type !== "link") return refused;
  const href = isObject(mark.attrs) ? mark.attrs.href : undefined;
  if (typeof href !== "string" || safeHref(href) === null) {
    const shown = typeof href === "string" ? quote(href.trim(), 20) : "a link without an address";
    return refuse("UNSAFE_LINK", `Links may only use http, https or mailto; ${shown} was refused.`);
  }
  return null;
}

function checkNode(walk: Walk, node: unknown, depth: number): Refusal | null {
  const { maxDepth, maxNodes } = walk.limits;
  if (depth > maxDepth) return invalid(`The body is nested more than ${maxDepth} levels deep.`);
  if (++walk.nodes > maxNodes) {
    return invalid(
      `The body has more than ${maxNodes.toLocaleString("en")} elements; split the article.`,
    );
  }
  if (!isObject(node) || typeof node.type !== "string") {
    return invalid("The body contains something that is not a document element.");
  }
  const { type } = node;
  // hasOwn: `schema.nodes.constructor` exists on every object and is no node type.
  const nodeType = Object.hasOwn(walk.schema.nodes, type) ? walk.schema.nodes[type] : undefined;
  if (!nodeType) {
    return invalid(`The body contains an element Galley does not support: ${quote(type)}.`);
  }
  if (type === "text" && (typeof node.text !== "string" || node.text === "")) {
    return invalid("The body contains an empty or malformed piece of text.");
  }
  const refused = checkAttrNames("node", type, node.attrs, nodeType.spec.attrs ?? {});
  if (refused) return refused;
  if (node.marks !== undefined) {
    if (!Array.isArray(node.marks)) return invalid("The body contains malformed text formatting.");
    for (const mark of node.marks) {
      const markRefused = checkMark(walk, mark);
      if (markRefused) return markRefused;
    }
  }
  if (node.content !== undefined) {
    if (!Array.isArray(node.content)) return invalid(`The element ${quote(type)} is malformed.`);
    for (const child of node.content) {
      const childRefused = checkNode(walk, child, depth + 1);
      if (childRefused) return childRefused;
    }
  }
  return null;
}

/** ProseMirror's structural errors, said in words; the node's name is all they share. */
function structureMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : "";
  const marks = /^Invalid collection of marks for node (\w+)/.exec(text);
  if (marks?.[1])
    return `The body combines text formatting in a way Galley does not allow (in ${quote(marks[1])}).`;
  const attr = /for attribute (\w+) on type (\w+)/.exec(text);
  if (attr?.[1] && attr[2])
    return `The element ${quote(attr[2])} has an invalid value for ${quote(attr[1])}.`;
  const content = /^Invalid content for node (\w+)/.exec(text);
  if (content?.[1])
    return `The body puts elements where Galley does not allow them (inside ${quote(content[1])}).`;
  return "The body is not a valid Galley document.";
}

type JsonNode = { attrs?: Json; content?: JsonNode[]; marks?: { type: string; attrs?: Json }[] };

/** Links keep only their href: target, rel and class are for the reader site to decide. */
function normaliseLinks(node: JsonNode): void {
  for (const mark of node.marks ?? []) {
    if (mark.type === "link") mark.attrs = { href: String(mark.attrs?.href ?? "").trim() };
  }
  node.content?.forEach(normaliseLinks);
}

/** `limits` exists for tests; callers use the defaults. */
export function validateDoc(input: unknown, limits: DocLimits = DOC_LIMITS): ValidateDocResult {
  const tooLarge = checkSize(input, limits.maxBytes);
  if (tooLarge) return tooLarge;
  if (!isObject(input) || input.type !== "doc") {
    return invalid("The body must be a whole document.");
  }
  const schema = galleySchema();
  const refused = checkNode({ schema, limits, nodes: 0 }, input, 1);
  if (refused) return refused;
  let node: PMNode;
  try {
    node = PMNode.fromJSON(schema, input);
    node.check();
  } catch (error) {
    return invalid(structureMessage(error));
  }
  // After fromJSON, so that defaults count: a heading sent without attrs is level 1.
  const bad = findInvalidAttr(node);
  if (bad)
    return invalid(
      `The ${what(bad.kind)} ${quote(bad.type)} has an invalid value for ${quote(bad.name)}.`,
    );
  const json = node.toJSON() as JsonNode;
  normaliseLinks(json);
  return { ok: true, doc: json as Doc };
}
