/**
 * Simplified ⇄ Traditional conversion of copy with OpenCC, for the reader's 繁/简 choice
 * and the editor's "convert body" command.
 *
 * Target: Taiwan-standard characters (OpenCC `tw`, character forms only, no vocabulary
 * changes such as 软件 → 軟體). OpenCC's generic `t` writes its own reference forms
 * (爲, 裏, 麪, 着) that Taiwan and Hong Kong readers rarely see in print; `tw` gives 為,
 * 裡, 麵, 著, the forms the sample article and most Traditional copy use. Reading the
 * other way, `tw` as the source also knows those forms (著力 → 着力), and reads generic
 * and Hong Kong Traditional just as well for news copy.
 */
import { Converter as cn2t } from "opencc-js/cn2t";
import { Converter as t2cn } from "opencc-js/t2cn";
import type { Doc, InlineNode } from "./doc";

export type Script = "hans" | "hant";
type Convert = (text: string) => string;

// Building a converter loads its dictionaries into a trie: do it once, on first use.
let simplify: Convert | undefined;
let traditionalize: Convert | undefined;

function converter(script: Script): Convert {
  if (script === "hans") return (simplify ??= t2cn({ from: "tw", to: "cn" }));
  return (traditionalize ??= cn2t({ from: "cn", to: "tw" }));
}

export function toSimplified(text: string): string {
  return converter("hans")(text);
}

export function toTraditional(text: string): string {
  return converter("hant")(text);
}

/** What converts in an inline node: the text, or a ruby's base (its reading is pinyin). */
function pieceOf(node: InlineNode): string {
  switch (node.type) {
    case "text":
      return node.text;
    case "ruby":
      return node.attrs.base;
    case "hardBreak":
      return "\n";
  }
}

function withPiece(node: InlineNode, piece: string): InlineNode {
  switch (node.type) {
    case "text":
      return { ...node, text: piece };
    case "ruby":
      return { ...node, attrs: { ...node.attrs, base: piece } };
    case "hardBreak":
      return node;
  }
}

/**
 * Converts a run of inline nodes as one text, so that phrases split by formatting
 * (头 in bold, 发 plain) still convert as phrases (頭髮, not 頭發), then hands each node
 * its share back. Should a conversion ever change the length, the run falls back to
 * converting node by node, which is never wrong about boundaries.
 */
function convertInline(content: InlineNode[], convert: Convert): InlineNode[] {
  const pieces = content.map((node) => Array.from(pieceOf(node)));
  const converted = Array.from(convert(pieces.map((piece) => piece.join("")).join("")));
  if (converted.length !== pieces.reduce((sum, piece) => sum + piece.length, 0)) {
    return content.map((node) => withPiece(node, convert(pieceOf(node))));
  }
  let offset = 0;
  return content.map((node, index) => {
    const length = pieces[index]?.length ?? 0;
    const piece = converted.slice(offset, offset + length).join("");
    offset += length;
    return withPiece(node, piece);
  });
}

type AnyNode = { type: string; content?: unknown[] };
const INLINE_PARENTS = new Set(["paragraph", "heading", "pullQuote"]);

/** An image's caption and alt text are prose and convert; its credit is a name, like a byline. */
function convertImage<T extends AnyNode>(node: T, convert: Convert): T {
  const attrs = (node as { attrs?: Record<string, unknown> }).attrs ?? {};
  const text = (value: unknown) => (typeof value === "string" ? convert(value) : value);
  return { ...node, attrs: { ...attrs, caption: text(attrs.caption), alt: text(attrs.alt) } };
}

function convertNode<T extends AnyNode>(node: T, convert: Convert): T {
  if (node.type === "image") return convertImage(node, convert);
  if (!node.content) return node;
  const content = INLINE_PARENTS.has(node.type)
    ? convertInline(node.content as InlineNode[], convert)
    : (node.content as AnyNode[]).map((child) => convertNode(child, convert));
  return { ...node, content };
}

/**
 * The document in the other script: text, ruby bases and image captions and alt text
 * convert; ruby readings, image credits, marks, links and the structure stay as they are. Returns a new document.
 */
export function convertDoc(doc: Doc, script: Script): Doc {
  return convertNode(doc, converter(script));
}
