/**
 * An image from the media library placed in the body: a block atom that names the Media
 * row by id and carries what belongs to this use of the photo (its alt text, caption and
 * credit). The file, its size, variants and placeholder stay on the Media row, so the
 * same photo in two articles is one file with two captions.
 *
 * Alt text is per use and starts from the Media row's alt when the image is inserted; an
 * image "has alt text" when this node's alt or the Media row's alt is non-empty (see
 * `imageAlt`), the rule the reader's HTML and the publish check share.
 *
 * Nothing here touches the DOM at import time: the server builds the schema from it too.
 */
import { mergeAttributes, Node, type NodeViewRenderer } from "@tiptap/core";
import type { Doc } from "./doc";

export type ImageAttrs = {
  mediaId: string;
  alt: string;
  caption: string | null;
  credit: string | null;
};

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    image: {
      /** Inserts an image block at the selection (or at `position`, e.g. where a file was dropped). */
      insertImage: (attrs: ImageAttrs, position?: number) => ReturnType;
    };
  }
}

/** Bounds on what one use of an image may say; the server refuses longer values. */
export const IMAGE_LIMITS = { alt: 1000, caption: 2000, credit: 300 } as const;

// A regex rather than zod: this module is part of the editor's browser bundle.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isMediaId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** The attribute value from a pasted `<figure data-…>`: null when absent. */
const dataAttr = (name: string) => (element: HTMLElement) => element.getAttribute(`data-${name}`);
const toDataAttr =
  (name: keyof ImageAttrs) =>
  (attributes: Record<string, unknown>): Record<string, string> => {
    const value = attributes[name];
    return typeof value === "string" ? { [`data-${name}`]: value } : {};
  };

export const Image = Node.create({
  name: "image",
  group: "block",
  atom: true,
  // Not draggable: the view holds text fields, and a draggable parent would turn selecting
  // their text with the mouse into dragging the whole image. Cut and paste moves it.
  selectable: true,

  addAttributes() {
    return {
      // A null default only so that ProseMirror can build the node: the server's attribute
      // rules refuse anything but a UUID (doc-attrs.ts), so a stored image always has one.
      mediaId: {
        default: null,
        parseHTML: dataAttr("media-id"),
        renderHTML: toDataAttr("mediaId"),
      },
      alt: {
        default: "",
        parseHTML: (element: HTMLElement) => element.getAttribute("data-alt") ?? "",
        renderHTML: toDataAttr("alt"),
      },
      caption: { default: null, parseHTML: dataAttr("caption"), renderHTML: toDataAttr("caption") },
      credit: { default: null, parseHTML: dataAttr("credit"), renderHTML: toDataAttr("credit") },
    };
  },

  parseHTML() {
    // Only Galley's own figures (copied from this editor): an <img> pasted from another
    // site names no Media row, so it is not an image Galley can serve.
    return [
      {
        tag: "figure[data-media-id]",
        getAttrs: (element) => (isMediaId(element.getAttribute("data-media-id")) ? null : false),
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ["figure", mergeAttributes(HTMLAttributes, { class: "article-image" })];
  },

  addCommands() {
    return {
      insertImage:
        (attrs, position) =>
        ({ commands }) => {
          const content = { type: this.name, attrs };
          return position === undefined
            ? commands.insertContent(content)
            : commands.insertContentAt(position, content);
        },
    };
  },
});

/** The image node with an editor-only view (the browser's React node view). */
export function imageWithNodeView(nodeView: NodeViewRenderer) {
  return Image.extend({ addNodeView: () => nodeView });
}

/** The alt text readers get: this use's alt, else the Media row's, else none. */
export function imageAlt(nodeAlt: unknown, mediaAlt: string | null | undefined): string {
  const own = typeof nodeAlt === "string" ? nodeAlt.trim() : "";
  return own !== "" ? own : (mediaAlt ?? "").trim();
}

type JsonNode = { type?: unknown; attrs?: unknown; content?: unknown };

/** Every image node of a document, in document order (at any depth). */
export function docImages(doc: Doc | unknown): ImageAttrs[] {
  const found: ImageAttrs[] = [];
  const walk = (node: unknown) => {
    if (typeof node !== "object" || node === null) return;
    const { type, attrs, content } = node as JsonNode;
    if (type === "image" && typeof attrs === "object" && attrs !== null) {
      const a = attrs as Record<string, unknown>;
      if (isMediaId(a.mediaId)) {
        found.push({
          mediaId: a.mediaId,
          alt: typeof a.alt === "string" ? a.alt : "",
          caption: typeof a.caption === "string" ? a.caption : null,
          credit: typeof a.credit === "string" ? a.credit : null,
        });
      }
    }
    if (Array.isArray(content)) content.forEach(walk);
  };
  walk(doc);
  return found;
}

/** The distinct media ids of a document's images, in document order. */
export function docMediaIds(doc: Doc | unknown): string[] {
  return [...new Set(docImages(doc).map((image) => image.mediaId.toLowerCase()))];
}
