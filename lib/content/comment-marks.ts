/**
 * Inline comments live in the body as a `comment` mark carrying the comment's id, so
 * ProseMirror keeps the range attached while the text around it is edited. The mark is
 * editorial: it must never reach readers, so everything that leaves the newsroom (the
 * live snapshot, its HTML) goes through `stripCommentMarks` first.
 */
import type { Doc } from "./doc";

// A regex rather than zod: this module is part of the editor's browser bundle.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A comment mark's id: a UUID (the browser makes it with crypto.randomUUID()). */
export function isCommentId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

type JsonMark = { type?: unknown; attrs?: unknown };
type JsonNode = { type?: unknown; text?: unknown; marks?: unknown; content?: unknown };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function withoutCommentMarks(marks: unknown): JsonMark[] | undefined {
  if (!Array.isArray(marks)) return undefined;
  const kept = marks.filter((mark): mark is JsonMark => isObject(mark) && mark.type !== "comment");
  return kept.length > 0 ? kept : undefined;
}

/** Two text runs that differ only by a comment mark become one again once it is gone. */
function joinText(nodes: JsonNode[]): JsonNode[] {
  const joined: JsonNode[] = [];
  for (const node of nodes) {
    const last = joined.at(-1);
    if (
      last?.type === "text" &&
      node.type === "text" &&
      typeof last.text === "string" &&
      typeof node.text === "string" &&
      JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])
    ) {
      joined[joined.length - 1] = { ...last, text: last.text + node.text };
    } else {
      joined.push(node);
    }
  }
  return joined;
}

function stripNode(node: unknown): unknown {
  if (!isObject(node)) return node;
  const copy: JsonNode & Record<string, unknown> = { ...node };
  if ("marks" in copy) {
    const marks = withoutCommentMarks(copy.marks);
    if (marks) copy.marks = marks;
    else delete copy.marks;
  }
  if (Array.isArray(copy.content))
    copy.content = joinText(copy.content.map(stripNode) as JsonNode[]);
  return copy;
}

/** The document without any comment marks (a new object; the input is not changed). */
export function stripCommentMarks(doc: Doc): Doc {
  return stripNode(doc) as Doc;
}

/** Every comment id marked in the document, in document order, each once. */
export function findCommentIds(doc: unknown): string[] {
  const ids = new Set<string>();
  const walk = (node: unknown) => {
    if (!isObject(node)) return;
    if (Array.isArray(node.marks)) {
      for (const mark of node.marks) {
        if (isObject(mark) && mark.type === "comment" && isObject(mark.attrs)) {
          const id = mark.attrs.commentId;
          if (typeof id === "string") ids.add(id);
        }
      }
    }
    if (Array.isArray(node.content)) node.content.forEach(walk);
  };
  walk(doc);
  return [...ids];
}
