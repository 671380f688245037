import { Mark, markPasteRule, mergeAttributes } from "@tiptap/core";
import type { MarkType } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { safeHref } from "./safe-href";

/**
 * Galley's link mark: http, https and mailto only (`safeHref`), in the editor and on the
 * server alike. It replaces @tiptap/extension-link, whose URL finder (linkifyjs, about
 * 10 KB gzipped of the editor's 300 KB budget) recognises far more than Galley keeps: a
 * typed or pasted link here is a full http(s) URL, never a bare "example.com" (often a
 * credit line, not a link). Same name and attributes as Tiptap's, so stored bodies and
 * the toolbar's setLink/unsetLink are unchanged.
 */

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    link: {
      setLink: (attributes: { href: string }) => ReturnType;
      unsetLink: () => ReturnType;
    };
  }
}

const allowed = (href: unknown): href is string =>
  typeof href === "string" && safeHref(href) !== null;

/** A URL in running text; closing punctuation (Latin or CJK) after it is not part of it. */
const URL_IN_TEXT = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]}'’”」』。，、；：！？）]/g;
/** A URL just finished by a space or other white space. */
const TYPED_URL =
  /(?:^|\s)(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]}'’”」』。，、；：！？）])[^\s]*\s$/;

/** Typing white space after a URL links it (undo takes the link back off). */
function autolink(type: MarkType) {
  return new Plugin({
    key: new PluginKey("galleyAutolink"),
    appendTransaction(transactions, _before, state) {
      const typed = transactions.some((tr) => tr.docChanged && !tr.getMeta("preventAutolink"));
      if (!typed || !state.selection.empty) return null;
      const { $from } = state.selection;
      const start = Math.max(0, $from.parentOffset - 2_000);
      const before = $from.parent.textBetween(start, $from.parentOffset, undefined, "\ufffc");
      const match = TYPED_URL.exec(before);
      if (!match?.[1] || !allowed(match[1])) return null;
      const from = $from.pos - before.length + match.index + match[0].indexOf(match[1]);
      const to = from + match[1].length;
      if (state.doc.textBetween(from, to) !== match[1] || state.doc.rangeHasMark(from, to, type))
        return null;
      return state.tr.addMark(from, to, type.create({ href: match[1] }));
    },
  });
}

/** Pasting a URL over selected words links them. */
function linkOnPaste(type: MarkType) {
  return new Plugin({
    key: new PluginKey("galleyLinkOnPaste"),
    props: {
      handlePaste(view, event) {
        const text = event.clipboardData?.getData("text/plain").trim() ?? "";
        const { state } = view;
        if (state.selection.empty || !/^https?:\/\/\S+$/.test(text) || !allowed(text)) return false;
        view.dispatch(
          state.tr
            .addMark(state.selection.from, state.selection.to, type.create({ href: text }))
            .setMeta("preventAutolink", true),
        );
        return true;
      },
    },
  });
}

export const LinkMark = Mark.create({
  name: "link",
  priority: 1000,
  keepOnSplit: false,
  exitable: true,
  // Typing at the end of a link does not lengthen it.
  inclusive: false,

  addAttributes() {
    return {
      href: { default: null, parseHTML: (element) => element.getAttribute("href") },
      // Kept so bodies stored by @tiptap/extension-link stay valid; the reader site decides
      // target and rel when it renders, and the server drops them from what it stores.
      target: { default: null },
      rel: { default: null },
      class: { default: null },
      title: { default: null },
    };
  },

  parseHTML() {
    return [
      {
        tag: "a[href]",
        getAttrs: (dom) => (allowed((dom as HTMLElement).getAttribute("href")) ? null : false),
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    const href = allowed(HTMLAttributes.href) ? HTMLAttributes.href : "";
    return ["a", mergeAttributes(HTMLAttributes, { href }), 0];
  },

  addCommands() {
    return {
      setLink:
        (attributes) =>
        ({ chain }) =>
          allowed(attributes.href) &&
          chain().setMark(this.name, attributes).setMeta("preventAutolink", true).run(),
      unsetLink:
        () =>
        ({ chain }) =>
          chain()
            .unsetMark(this.name, { extendEmptyMarkRange: true })
            .setMeta("preventAutolink", true)
            .run(),
    };
  },

  addPasteRules() {
    // URLs inside pasted text become links.
    return [
      markPasteRule({
        find: URL_IN_TEXT,
        type: this.type,
        getAttributes: (match) => (allowed(match[0]) ? { href: match[0] } : false),
      }),
    ];
  },

  addProseMirrorPlugins() {
    return [autolink(this.type), linkOnPaste(this.type)];
  },
});

/**
 * The only link protocols Galley keeps, in the editor and on the server alike. Relative
 * URLs are refused too: a body link always points at another site or a mail address.
 * Bare domains ("example.com") are refused here as well, so the editor never stores a
 * link the server would refuse; a link dialog should pass input through
 * `normalizeLinkHref` first.
 */
export function isAllowedLinkHref(href: string | undefined): boolean {
  return href !== undefined && safeHref(href) !== null;
}

/**
 * What a person typed into a link field, made into an href Galley keeps, or null:
 * "example.com/a" becomes "https://example.com/a", "a@b.cn" becomes "mailto:a@b.cn".
 */
export function normalizeLinkHref(input: string): string | null {
  const value = input.trim();
  if (value === "") return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[^:/]+\.[^:/]+:\d/.test(value)) {
    return safeHref(value);
  }
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return safeHref(`mailto:${value}`);
  const url = safeHref(`https://${value.replace(/^\/\//, "")}`);
  // "https://foo" parses, but a host without a dot is a typo, not a site.
  return url !== null && new URL(url).hostname.includes(".") ? url : null;
}
