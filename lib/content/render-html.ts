/**
 * Server-side HTML for the reader site, feeds and the content API, rendered from the
 * validated Tiptap JSON. Defence in depth: although the body is validated before it
 * is stored, this renderer still treats every node as untrusted. It walks only the
 * node and mark types it knows, drops everything else, escapes every text and
 * attribute, and only links to http:, https: and mailto:.
 */
import type { Doc } from "./doc";
import { renderImageHtml, type MediaLookup } from "./image-html";
import { safeHref } from "./safe-href";

export { safeHref };

type UnknownNode = {
  type?: unknown;
  text?: unknown;
  attrs?: unknown;
  content?: unknown;
  marks?: unknown;
};

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

function asNodes(value: unknown): UnknownNode[] {
  return Array.isArray(value)
    ? value.filter((node): node is UnknownNode => typeof node === "object" && node !== null)
    : [];
}

function attr(node: UnknownNode, name: string): unknown {
  return typeof node.attrs === "object" && node.attrs !== null
    ? (node.attrs as Record<string, unknown>)[name]
    : undefined;
}

/**
 * Simple marks, outermost first; the link (if any) wraps them all. Any other mark is
 * dropped, the `comment` mark above all: inline comments never reach readers.
 */
const SIMPLE_MARKS: ReadonlyArray<readonly [string, string]> = [
  ["bold", "strong"],
  ["italic", "em"],
  ["underline", "u"],
  ["strike", "s"],
];

function renderText(node: UnknownNode): string {
  if (typeof node.text !== "string") return "";
  const marks = asNodes(node.marks);
  let html = escapeHtml(node.text);
  for (const [type, tag] of [...SIMPLE_MARKS].reverse()) {
    if (marks.some((mark) => mark.type === type)) html = `<${tag}>${html}</${tag}>`;
  }
  const link = marks.find((mark) => mark.type === "link");
  const href = link ? safeHref(attr(link, "href")) : null;
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>` : html;
}

function renderInline(content: unknown): string {
  return asNodes(content)
    .map((node) => {
      switch (node.type) {
        case "text":
          return renderText(node);
        case "ruby": {
          const base = attr(node, "base");
          const reading = attr(node, "reading");
          if (typeof base !== "string") return "";
          if (typeof reading !== "string" || reading === "") return escapeHtml(base);
          // <rp> keeps "領(lǐng)" readable in browsers and readers without ruby support.
          return `<ruby>${escapeHtml(base)}<rp>(</rp><rt>${escapeHtml(reading)}</rt><rp>)</rp></ruby>`;
        }
        case "hardBreak":
          return "<br>";
        default:
          return "";
      }
    })
    .join("");
}

/**
 * What a render needs besides the document: the media library's view of each image the
 * body names (by id), and how many images were rendered so far (the first one may be on
 * the first screen).
 */
type RenderContext = { media: MediaLookup; images: number; block: number };

/**
 * An image among the first blocks of the body is likely on the first screen, so it loads
 * at once; every later image waits until the reader scrolls near it.
 */
const EAGER_BEFORE_BLOCK = 2;

function renderListItems(content: unknown, context: RenderContext): string {
  return asNodes(content)
    .filter((item) => item.type === "listItem")
    .map((item) => `<li>${renderBlocks(item.content, context)}</li>`)
    .join("");
}

function renderImage(node: UnknownNode, context: RenderContext): string {
  const id = attr(node, "mediaId");
  const media = typeof id === "string" ? context.media.get(id.toLowerCase()) : undefined;
  const eager = context.images === 0 && context.block < EAGER_BEFORE_BLOCK;
  const html = renderImageHtml(
    media,
    { alt: attr(node, "alt"), caption: attr(node, "caption"), credit: attr(node, "credit") },
    { eager },
  );
  if (html) context.images++;
  return html;
}

/** ` colspan="2"`, or nothing for the default span of 1 and anything that is not a span. */
function spanAttr(node: UnknownNode, name: "colspan" | "rowspan"): string {
  const value = attr(node, name);
  return Number.isSafeInteger(value) && (value as number) > 1 ? ` ${name}="${String(value)}"` : "";
}

/**
 * Rows and cells only: column widths and alignment are editing aids that the reader
 * site's stylesheet decides, and a table has no <thead> because header cells may sit in
 * any row (Tiptap marks them per cell, not per row).
 */
function renderTable(content: unknown, context: RenderContext): string {
  const rows = asNodes(content)
    .filter((row) => row.type === "tableRow")
    .map((row) => {
      const cells = asNodes(row.content)
        .map((cell) => {
          const tag = cell.type === "tableHeader" ? "th" : cell.type === "tableCell" ? "td" : null;
          if (!tag) return "";
          const spans = spanAttr(cell, "colspan") + spanAttr(cell, "rowspan");
          return `<${tag}${spans}>${renderBlocks(cell.content, context)}</${tag}>`;
        })
        .join("");
      return `<tr>${cells}</tr>`;
    })
    .join("");
  return `<table><tbody>${rows}</tbody></table>`;
}

function renderBlock(node: UnknownNode, context: RenderContext): string {
  switch (node.type) {
    case "paragraph":
      return `<p>${renderInline(node.content)}</p>`;
    case "heading": {
      // The headline is the page's h1, so body headings are h2 or h3 whatever arrives.
      const tag = attr(node, "level") === 3 ? "h3" : "h2";
      return `<${tag}>${renderInline(node.content)}</${tag}>`;
    }
    case "blockquote":
      return `<blockquote>${renderBlocks(node.content, context)}</blockquote>`;
    case "bulletList":
      return `<ul>${renderListItems(node.content, context)}</ul>`;
    case "orderedList": {
      const start = attr(node, "start");
      const startAttr =
        Number.isSafeInteger(start) && start !== 1 ? ` start="${String(start)}"` : "";
      return `<ol${startAttr}>${renderListItems(node.content, context)}</ol>`;
    }
    case "horizontalRule":
      return "<hr>";
    case "pullQuote":
      return `<aside class="pull-quote">${renderInline(node.content)}</aside>`;
    case "table":
      return renderTable(node.content, context);
    case "image":
      return renderImage(node, context);
    default:
      return "";
  }
}

function renderBlocks(content: unknown, context: RenderContext): string {
  return asNodes(content)
    .map((node) => renderBlock(node, context))
    .join("");
}

const NO_MEDIA: MediaLookup = new Map();

/**
 * The body as HTML. `media`: the media library's view of the body's images, by id
 * (lowercase); an image whose media is missing is left out. Without variants yet (a
 * publish within seconds of the upload) an image is served as its original.
 */
export function renderDocToHtml(doc: Doc, options: { media?: MediaLookup } = {}): string {
  const root: unknown = doc;
  if (typeof root !== "object" || root === null || (root as UnknownNode).type !== "doc") return "";
  const context: RenderContext = { media: options.media ?? NO_MEDIA, images: 0, block: 0 };
  return asNodes((root as UnknownNode).content)
    .map((node, index) => {
      context.block = index;
      return renderBlock(node, context);
    })
    .join("");
}
