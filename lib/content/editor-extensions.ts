/**
 * The one list of Tiptap extensions that defines Galley's document schema. The browser
 * editor (`useEditor({ extensions: editorExtensions() })`) and the server's validator
 * (`galleySchema`) build from the same list, so a document the editor can produce is a
 * document the server accepts, and nothing else is.
 *
 * Nothing here may touch the DOM at import time: the server imports this module too.
 */
import {
  getSchema,
  Mark,
  mergeAttributes,
  Node,
  type Extensions,
  type NodeViewRenderer,
} from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { TableCell, TableHeader, TableKit } from "@tiptap/extension-table";
import { Blockquote } from "@tiptap/extension-blockquote";
import { Bold } from "@tiptap/extension-bold";
import { Document } from "@tiptap/extension-document";
import { HardBreak } from "@tiptap/extension-hard-break";
import { Heading } from "@tiptap/extension-heading";
import { HorizontalRule } from "@tiptap/extension-horizontal-rule";
import { Italic } from "@tiptap/extension-italic";
import { BulletList, ListItem, ListKeymap, OrderedList } from "@tiptap/extension-list";
import { Paragraph } from "@tiptap/extension-paragraph";
import { Strike } from "@tiptap/extension-strike";
import { Text } from "@tiptap/extension-text";
import { Underline } from "@tiptap/extension-underline";
import { Dropcursor, Gapcursor, Placeholder, TrailingNode, UndoRedo } from "@tiptap/extensions";
import { isCommentId } from "./comment-marks";
import { Image, imageWithNodeView } from "./image-node";
import { LinkMark } from "./link-mark";
import { skipSuggestion } from "./suggest-mode";
import { SUGGESTION_MARKS, SuggestionMarks } from "./suggestion-marks";

export type RubyAttrs = { base: string; reading: string };

// Tiptap's command registry is an interface on purpose (declaration merging), so these
// two entries cannot be `type`s.
declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    ruby: {
      /** Replaces the selection with one ruby atom (領 with lǐng above it). */
      setRuby: (attrs: RubyAttrs) => ReturnType;
    };
    pullQuote: {
      /** Turns the current block into a pull quote, or a pull quote back into a paragraph. */
      togglePullQuote: () => ReturnType;
    };
    comment: {
      /** Marks the selection as the range of the inline comment `commentId`. */
      setComment: (commentId: string) => ReturnType;
      /** Removes the comment's mark wherever it is (a comment that failed to save). */
      unsetComment: (commentId: string) => ReturnType;
    };
  }
}

/** The text of a <ruby> element without its <rt> and <rp> parts. */
function rubyBase(element: HTMLElement): string {
  let base = "";
  element.childNodes.forEach((child) => {
    const name = child.nodeName.toLowerCase();
    if (name !== "rt" && name !== "rp") base += child.textContent ?? "";
  });
  return base.trim();
}

function rubyReading(element: HTMLElement): string {
  return Array.from(element.querySelectorAll("rt"))
    .map((rt) => rt.textContent ?? "")
    .join("")
    .trim();
}

/**
 * A character with its reading above it. An atom rather than a mark with content: the
 * base and the reading are edited together (one dialog), and plain-text views see the
 * base only.
 */
export const Ruby = Node.create({
  name: "ruby",
  inline: true,
  group: "inline",
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      // `rendered: false`: the values are children of <ruby>, never HTML attributes.
      base: { default: "", rendered: false, validate: "string", parseHTML: rubyBase },
      reading: { default: "", rendered: false, validate: "string", parseHTML: rubyReading },
    };
  },

  parseHTML() {
    return [{ tag: "ruby" }];
  },

  renderHTML({ node }) {
    const base = String(node.attrs.base ?? "");
    const reading = String(node.attrs.reading ?? "");
    // <rp> keeps "領(lǐng)" readable wherever ruby is not supported (and in copied text).
    return ["ruby", {}, base, ["rp", {}, "("], ["rt", {}, reading], ["rp", {}, ")"]];
  },

  renderText({ node }) {
    return String(node.attrs.base ?? "");
  },

  addCommands() {
    return {
      setRuby:
        ({ base, reading }) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { base, reading } }),
    };
  },
});

/** A quotation set large beside the text; one block of inline content, no nesting. */
export const PullQuote = Node.create({
  name: "pullQuote",
  group: "block",
  content: "inline*",
  defining: true,

  parseHTML() {
    return [{ tag: "aside.pull-quote" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["aside", mergeAttributes(HTMLAttributes, { class: "pull-quote" }), 0];
  },

  addCommands() {
    return {
      togglePullQuote:
        () =>
        ({ commands }) =>
          commands.toggleNode(this.name, "paragraph"),
    };
  },
});

/**
 * An inline comment's range: `<span data-comment-id="…">`. The comment itself (text,
 * author, resolved or not) is a database row; the mark only keeps the range attached
 * while the text around it changes. Not inclusive, so typing at either edge does not
 * widen the range; `excludes: ""` lets two comments overlap. Never rendered for readers
 * (see comment-marks.ts).
 */
export const CommentMark = Mark.create({
  name: "comment",
  inclusive: false,
  excludes: "",

  addAttributes() {
    return {
      commentId: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-comment-id"),
        renderHTML: (attributes) => ({ "data-comment-id": String(attributes.commentId) }),
      },
    };
  },

  parseHTML() {
    // Only a well-formed id: pasted or imported HTML must not smuggle in anything else.
    return [
      {
        tag: "span[data-comment-id]",
        getAttrs: (element) =>
          isCommentId(element.getAttribute("data-comment-id")) ? null : false,
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes(HTMLAttributes, { class: "comment-highlight" }), 0];
  },

  addCommands() {
    return {
      // addMark, not Tiptap's setMark: setMark would copy the attributes of a comment
      // already on the text, while two comments on the same words are two marks.
      setComment:
        (commentId) =>
        ({ tr, dispatch }) => {
          const { from, to, empty } = tr.selection;
          if (empty) return false;
          // A comment's range is not a proposed change, in suggestion mode too.
          if (dispatch) skipSuggestion(tr).addMark(from, to, this.type.create({ commentId }));
          return true;
        },
      unsetComment:
        (commentId) =>
        ({ tr, dispatch }) => {
          tr.doc.descendants((node, pos) => {
            for (const mark of node.marks) {
              if (mark.type.name === this.name && mark.attrs.commentId === commentId)
                skipSuggestion(tr).removeMark(pos, pos + node.nodeSize, mark);
            }
          });
          dispatch?.(tr);
          return true;
        },
    };
  },
});

export type EditorExtensionOptions = {
  placeholder?: string;
  /** The browser's view of an image block (preview, caption, credit, alt); same schema. */
  imageNodeView?: NodeViewRenderer;
  /**
   * Co-editing: the Collaboration extension brings its own undo, which undoes only this
   * person's changes; ProseMirror's history would undo others' too.
   */
  collaborative?: boolean;
};

/**
 * The block containers whose children may carry a suggestion as a whole (a paragraph,
 * list item or row proposed or struck), as suggestion mode needs.
 */
const withSuggestions = <T extends { extend: (config: { marks: string }) => T }>(node: T) =>
  node.extend({ marks: SUGGESTION_MARKS });

export function editorExtensions(options: EditorExtensionOptions = {}): Extensions {
  const extensions: Extensions = [
    // StarterKit's extensions, in its order, without Code and CodeBlock (which the body
    // does not allow): importing StarterKit would ship them to every editor anyway.
    Bold,
    withSuggestions(Blockquote),
    withSuggestions(BulletList),
    withSuggestions(Document),
    Dropcursor,
    Gapcursor,
    HardBreak,
    // The headline is the page's h1; the body has two levels below it.
    Heading.configure({ levels: [2, 3] }),
    ...(options.collaborative ? [] : [UndoRedo]),
    HorizontalRule,
    Italic,
    withSuggestions(ListItem),
    ListKeymap,
    // http, https and mailto links; a typed or pasted URL is linked (see link-mark.ts).
    LinkMark,
    withSuggestions(OrderedList),
    Paragraph,
    Strike,
    Text,
    Underline,
    TrailingNode,
    TableKit.configure({ table: { resizable: false }, tableCell: false, tableHeader: false }),
    withSuggestions(TableCell),
    withSuggestions(TableHeader),
    Ruby,
    PullQuote,
    CommentMark,
    ...SuggestionMarks,
    options.imageNodeView ? imageWithNodeView(options.imageNodeView) : Image,
  ];
  if (options.placeholder !== undefined) {
    extensions.push(Placeholder.configure({ placeholder: options.placeholder }));
  }
  return extensions;
}

let schema: Schema | undefined;

/**
 * Galley's ProseMirror schema, built on first call and then shared: building it resolves
 * every extension, which a module import should not pay for.
 */
export function galleySchema(): Schema {
  schema ??= getSchema(editorExtensions());
  return schema;
}
