import { generateJSON } from "@tiptap/html/server";
import { applyAnnotations, type AnnotationMode } from "./annotations";
import { parseCreditLine } from "./credit-lines";
import { parseDateline, suggestHeadline } from "./dateline";
import {
  docToPlainText,
  inlineToPlainText,
  type BlockNode,
  type Doc,
  type InlineNode,
} from "./doc";
import { editorExtensions } from "./editor-extensions";
import type { ImportedText } from "./plain-text";
import { takeTitleLines } from "./import-headline";
import { findTextDamage } from "./text-damage";
import type { Credit } from "./credit-roles";

/**
 * HTML (from a web page, or from Word through mammoth) to a draft: parsed with the
 * editor's own schema, so styles, scripts, classes and anything the schema lacks fall
 * away; trailing credit lines become bylines; annotations are handled as chosen.
 */
export function htmlToImported(
  html: string,
  options: { annotations: AnnotationMode },
): ImportedText {
  const parsed = generateJSON(html, editorExtensions()) as Doc;
  const blocks = [...(parsed.content ?? [])].filter(
    (block) => blockText(block) !== "" || block.type !== "paragraph",
  );
  const credits: Credit[] = [];
  while (blocks.length > 0) {
    const last = blocks.at(-1)!;
    const found = last.type === "paragraph" ? parseCreditLine(blockText(last)) : null;
    if (!found) break;
    credits.unshift(...found);
    blocks.pop();
  }
  // A headline (and dek) on the first blocks goes to those fields, not again into the body.
  const top = blocks.slice(0, 3);
  const title = top.every((block) => block.type === "paragraph" || block.type === "heading")
    ? takeTitleLines(top.map(blockText))
    : { headline: null, dek: null };
  blocks.splice(0, (title.headline === null ? 0 : 1) + (title.dek === null ? 0 : 1));
  const first = blocks[0];
  if (first?.type === "paragraph" && /^by\s/i.test(blockText(first))) {
    const byline = parseCreditLine(blockText(first));
    if (byline) {
      credits.unshift(...byline);
      blocks.shift();
    }
  }
  const withoutCredits: Doc = {
    type: "doc",
    content: blocks.length > 0 ? blocks : [{ type: "paragraph" }],
  };
  const lead = blocks.find((block) => block.type === "paragraph");
  const leadText = lead ? blockText(lead) : "";
  return {
    doc: annotateDoc(withoutCredits, options.annotations),
    credits,
    damage: findTextDamage(docToPlainText(withoutCredits)),
    suggestedHeadline: title.headline ?? suggestHeadline(leadText),
    dek: title.dek,
    dateline: parseDateline(leadText).dateline,
  };
}

function blockText(block: BlockNode): string {
  return "content" in block &&
    Array.isArray(block.content) &&
    (block.type === "paragraph" || block.type === "heading")
    ? inlineToPlainText(block.content as InlineNode[]).trim()
    : "";
}

/** Applies the annotation choice to every text node, keeping its marks. */
function annotateDoc(doc: Doc, mode: AnnotationMode): Doc {
  if (mode === "keep") return doc;
  const visit = (node: Record<string, unknown>): Record<string, unknown> => {
    if (!Array.isArray(node.content)) return node;
    const content = (node.content as Array<Record<string, unknown>>).flatMap((child) => {
      if (child.type !== "text" || typeof child.text !== "string") return [visit(child)];
      return applyAnnotations(child.text, mode).map((segment) =>
        segment.type === "text"
          ? { ...child, text: segment.text }
          : { type: "ruby", attrs: { base: segment.base, reading: segment.reading } },
      );
    });
    return { ...node, content };
  };
  return visit(doc as unknown as Record<string, unknown>) as unknown as Doc;
}
