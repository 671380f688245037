/**
 * Galley's document format: Tiptap (ProseMirror) JSON. The body is stored as this
 * JSON and rendered to HTML on the server; the editor issue adds node types by
 * widening the unions below, and every switch over them is exhaustive so the
 * compiler names each place that has to learn the new node.
 */
/**
 * A link's attrs hold only `href` once validated: the editor also emits target, rel, class
 * and title (null by Galley's configuration), and validateDoc drops them, because the
 * reader site decides how links open.
 */
export type Mark =
  | { type: "bold" | "italic" | "underline" | "strike" }
  | { type: "link"; attrs: { href: string } }
  /** An inline comment's range (newsroom only; stripped before anything reaches readers). */
  | { type: "comment"; attrs: { commentId: string } }
  /** Suggestion mode (suggestion-marks.ts): newsroom only, like comments. */
  | { type: "insertion" | "deletion"; attrs: { id: string } }
  | { type: "modification"; attrs: ModificationAttrs };

type SmallValue = string | number | boolean | null;
export type ModificationAttrs = {
  id: string;
  type: "attr" | "mark" | "nodeType";
  attrName: string | null;
  previousValue: SmallValue;
  newValue: SmallValue;
};

export type TextNode = { type: "text"; text: string; marks?: Mark[] };
/** An inline atom: a character with its reading shown above it (領 with lǐng). */
export type RubyNode = { type: "ruby"; attrs: { base: string; reading: string } };
export type HardBreakNode = { type: "hardBreak" };
export type InlineNode = TextNode | RubyNode | HardBreakNode;

export type ParagraphNode = { type: "paragraph"; content?: InlineNode[] };
export type HeadingNode = { type: "heading"; attrs: { level: 2 | 3 }; content?: InlineNode[] };
export type BlockquoteNode = { type: "blockquote"; content: BlockNode[] };
export type ListItemNode = { type: "listItem"; content: BlockNode[] };
export type BulletListNode = { type: "bulletList"; content: ListItemNode[] };
export type OrderedListNode = {
  type: "orderedList";
  /** `start` is null when the editor parsed a pasted `<ol start="x">`; `type` is HTML's `<ol type>`. */
  attrs?: { start?: number | null; type?: string | null };
  content: ListItemNode[];
};
export type HorizontalRuleNode = { type: "horizontalRule" };
/** A quotation set large beside the text: inline content only, rendered as an aside. */
export type PullQuoteNode = { type: "pullQuote"; content?: InlineNode[] };

/** Tiptap's TableKit attrs; spans of 1 and a null colwidth are the defaults. */
export type TableCellAttrs = {
  colspan?: number;
  rowspan?: number;
  colwidth?: number[] | null;
  align?: "left" | "center" | "right" | null;
};
export type TableCellNode = { type: "tableCell"; attrs?: TableCellAttrs; content: BlockNode[] };
export type TableHeaderNode = { type: "tableHeader"; attrs?: TableCellAttrs; content: BlockNode[] };
export type TableRowNode = { type: "tableRow"; content?: (TableCellNode | TableHeaderNode)[] };
export type TableNode = { type: "table"; content: TableRowNode[] };
/**
 * A photo from the media library (see image-node.ts): the Media row by id, with this
 * use's alt text, caption and credit.
 */
export type ImageNode = {
  type: "image";
  attrs: { mediaId: string; alt: string; caption: string | null; credit: string | null };
};

export type BlockNode =
  | ParagraphNode
  | HeadingNode
  | BlockquoteNode
  | BulletListNode
  | OrderedListNode
  | HorizontalRuleNode
  | PullQuoteNode
  | TableNode
  | ImageNode;

export type Doc = { type: "doc"; content: BlockNode[] };

/** What a new article starts with: Tiptap needs at least one block to put the cursor in. */
export function emptyDoc(): Doc {
  return { type: "doc", content: [{ type: "paragraph" }] };
}

/**
 * Text suggested but not accepted (an insertion mark on it or on its block) is not the
 * story's text yet: plain text, counts and search leave it out, and keep text proposed for
 * deletion until that is accepted. The zero-width spaces suggestion mode anchors to are
 * dropped as well.
 */
const isProposed = (node: { marks?: unknown }) =>
  Array.isArray(node.marks) &&
  node.marks.some((mark: { type?: unknown }) => mark?.type === "insertion");
const ANCHOR = /\u200B/g;

export function inlineToPlainText(content: InlineNode[] | undefined): string {
  return (content ?? [])
    .map((node) => {
      switch (node.type) {
        case "text":
          return isProposed(node) ? "" : node.text.replace(ANCHOR, "");
        // The reading is a reading aid, not part of the text: searching, counting
        // and excerpts see 領, not 領lǐng.
        case "ruby":
          return node.attrs.base;
        case "hardBreak":
          return "\n";
      }
    })
    .join("");
}

function blockLines(block: BlockNode): string[] {
  // Block nodes carry marks only as suggestions (whole proposed paragraphs, list items).
  if (isProposed(block as { marks?: unknown })) return [];
  switch (block.type) {
    case "paragraph":
    case "heading":
    case "pullQuote":
      return [inlineToPlainText(block.content)];
    case "table":
      // Row by row, cell by cell: the order a screen reader reads a table in.
      return block.content.flatMap((row) =>
        (row.content ?? []).flatMap((cell) => cell.content.flatMap(blockLines)),
      );
    case "blockquote":
      return block.content.flatMap(blockLines);
    case "bulletList":
    case "orderedList":
      return block.content.flatMap((item) => item.content.flatMap(blockLines));
    // Captions and credits are the photo's, not the story's text: counts stay the text's.
    case "horizontalRule":
    case "image":
      return [];
  }
}

/** The text a reader reads, one line per paragraph, heading or list paragraph. */
export function docToPlainText(doc: Doc): string {
  return doc.content.flatMap(blockLines).join("\n");
}

function countParagraphs(blocks: BlockNode[]): number {
  let count = 0;
  for (const block of blocks) {
    switch (block.type) {
      case "paragraph":
        if (inlineToPlainText(block.content).trim() !== "") count++;
        break;
      case "blockquote":
        count += countParagraphs(block.content);
        break;
      case "bulletList":
      case "orderedList":
        for (const item of block.content) count += countParagraphs(item.content);
        break;
      // A pull quote repeats the body, and a table's cells are data, not paragraphs.
      case "heading":
      case "horizontalRule":
      case "pullQuote":
      case "table":
      case "image":
        break;
    }
  }
  return count;
}

/**
 * Paragraphs with visible text, at any depth (in quotes and lists too). Empty
 * paragraphs are the editor's scaffolding, so an empty doc has none.
 */
export function paragraphCount(doc: Doc): number {
  return countParagraphs(doc.content);
}

/**
 * The same block whichever side wrote it down: the editor's JSON and the stored (validated)
 * JSON differ in key order and in empty attributes (null attrs, `marks: []`), which must not
 * make an untouched paragraph look changed.
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== null && item !== undefined)
    .map(([key, item]) => [key, canonical(item)] as const)
    .filter(([key, item]) => {
      if ((key === "marks" || key === "content") && Array.isArray(item)) return item.length > 0;
      if (key === "attrs" && item && typeof item === "object") return Object.keys(item).length > 0;
      return true;
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

/** Whether two bodies are the same document, whatever their key order or empty attributes. */
export function sameDoc(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
