/**
 * Turns pasted plain text (an agency feed, a page copied from the web) into a Galley
 * document: one paragraph per line, credit lines split off, inline pinyin turned
 * into ruby (or removed, or kept), damage pointed out for the editor, and a
 * suggested headline and dateline. It never repairs damage: see text-damage.ts.
 */
import { applyAnnotations, type AnnotationMode } from "./annotations";
import { splitTrailingCredits, type Credit } from "./credit-lines";
import { parseDateline, suggestHeadline, type Dateline } from "./dateline";
import type { Doc, InlineNode, ParagraphNode } from "./doc";
import { takeTitleLines } from "./import-headline";
import { findTextDamage, type TextDamage } from "./text-damage";

export type { Dateline } from "./dateline";

export type TextToDocOptions = { annotations: AnnotationMode };

export type ImportedText = {
  doc: Doc;
  credits: Credit[];
  /** Offsets are relative to the text exactly as passed in (before CRLF normalisation). */
  damage: TextDamage[];
  /** The headline line taken off the top, else the lead's first clause. */
  suggestedHeadline: string;
  /** A dek line under the headline line, taken off the body too. */
  dek: string | null;
  dateline: Dateline;
};

function toParagraph(line: string, mode: AnnotationMode): ParagraphNode {
  const content: InlineNode[] = applyAnnotations(line, mode).map((segment) =>
    segment.type === "text"
      ? { type: "text", text: segment.text }
      : { type: "ruby", attrs: { base: segment.base, reading: segment.reading } },
  );
  return content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
}

export function textToDoc(text: string, options: TextToDocOptions): ImportedText {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const split = splitTrailingCredits(lines);
  const { credits } = split;
  // Credits first: a headline needs body under it, and a credit line is not body.
  const title = takeTitleLines(split.body);
  const body = title.rest;
  const lead = body[0] ?? "";
  const paragraphs = body.map((line) => toParagraph(line, options.annotations));
  return {
    doc: { type: "doc", content: paragraphs.length > 0 ? paragraphs : [{ type: "paragraph" }] },
    credits,
    damage: findTextDamage(text),
    suggestedHeadline: title.headline ?? suggestHeadline(lead),
    dek: title.dek,
    dateline: parseDateline(lead).dateline,
  };
}
